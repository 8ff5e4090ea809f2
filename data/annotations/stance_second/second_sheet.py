"""Check a second annotator's decision table and write second.csv (shared by every make_second.py here; stdlib only)."""
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # ../stance_sheet_checks.py: what every stance sheet shares
from stance_sheet_checks import LABEL_OF_POSITION  # noqa: E402


def problems(rows, ids):
    """Return what is wrong with the (id, label, position, speaker, note) rows for a sheet of these ids."""
    found = [row[0] for row in rows]
    errors = [f"{i}: decided more than once" for i, n in sorted(Counter(found).items()) if n > 1]
    errors += [f"{i}: no decision" for i in ids if i not in set(found)]
    errors += [f"{i}: not an id of the sheet" for i in found if i not in set(ids)]
    for i, label, position, speaker, _ in rows:
        if LABEL_OF_POSITION.get(position) != label:
            errors.append(f"{i}: position {position!r} does not go with label {label!r}")
        if not speaker.strip():
            errors.append(f"{i}: empty speaker")
    return errors


def write(folder, rows):
    """Check the rows against the sheet the folder is named after and write folder/second.csv in that sheet's order."""
    folder = Path(folder)
    with open(folder.parent.parent / folder.name / "labels.csv", newline="", encoding="utf-8") as fh:
        first = list(csv.DictReader(fh))
    ids = [row.get("item_id") or row["sent_id"] for row in first]  # seed gold: sent_id; other sheets: item_id
    errors = problems(rows, ids)
    if errors:
        sys.exit(f"{folder / 'make_second.py'}: {len(errors)} problem(s)\n" + "\n".join(errors))
    by_id = {row[0]: row for row in rows}
    with open(folder / "second.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "label", "position", "speaker", "note"])
        writer.writerows(by_id[i] for i in ids)
    print(f"{folder.name}: {len(ids)} rows written; labels {dict(sorted(Counter(row[1] for row in rows).items()))}")
