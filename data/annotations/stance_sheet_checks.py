"""Checks and writers shared by the make_labels.py scripts of the stance sheets (data/annotations/stance*/).

Each sheet's script holds its annotator's decisions as tables (SOURCES: key -> (language, title, publisher, url,
published, query); ITEMS: (source key, text, label, position, speaker, note) in page order) and calls
``check_sheet`` before writing labels.csv and sources.csv. One copy of the rules keeps every sheet to the same
bar: labels agree with positions, texts and speakers are single clean lines, every source is used and in the
sheet's language, one contiguous passage per page, and no page or near-duplicate sentence (difflib ratio >=
NEAR_DUP, lower-cased) is shared with the seeds or with any other stance sheet present when the script runs.
``numbered_rows`` numbers the items and pages, ``write_sheet`` writes labels.csv and sources.csv, and ``replace_counts`` puts a sheet's counts between the
markers of its README. Standard library only, so that a script runs with a bare ``python3``.
"""
from __future__ import annotations

import csv
import difflib
import sys
from collections import Counter
from pathlib import Path

ANNOTATIONS = Path(__file__).resolve().parent
ROOT = ANNOTATIONS.parent.parent
SEED_MANIFEST = ROOT / "data" / "raw" / "manifest.csv"
NEAR_DUP = 0.85
LABEL_OF_POSITION = {
    "leave_alliance": "FAVOR",
    "leave_command": "FAVOR",
    "distance_or_reform": "NONE",
    "none": "NONE",
    "stay": "AGAINST",
    "rejoin_or_deepen": "AGAINST",
}


def fail(msg: str) -> None:
    """Stop the script with a message naming what is wrong."""
    sys.exit("make_labels.py: ERROR: " + msg)


def read_column(path: Path, column: str) -> list[str]:
    """Return the non-empty values of one column of a CSV file ([] if the file does not exist)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[column] for row in csv.DictReader(fh) if row.get(column)]


def norm_url(url: str) -> str:
    """Return a URL without scheme, "www." and trailing slash, so that two spellings of one page compare equal."""
    u = url.strip().lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def other_sheets(here: Path, name: str) -> list[Path]:
    """Return the file `name` of every data/annotations/stance*/ directory except `here`."""
    return sorted(p for p in ANNOTATIONS.glob(f"stance*/{name}") if p.parent.resolve() != here.resolve())


def _check_items(items: list, sources: dict) -> None:
    """Fail on an unknown source, label or position, a label that disagrees with its position, or a dirty field."""
    used = set()
    for i, (key, text, label, position, speaker, note) in enumerate(items, 1):
        where = f"item {i} ({text[:40]!r})"
        if key not in sources:
            fail(f"{where}: unknown source {key!r}")
        used.add(key)
        if position not in LABEL_OF_POSITION:
            fail(f"{where}: unknown position {position!r}")
        if LABEL_OF_POSITION[position] != label:
            fail(f"{where}: position {position} requires {LABEL_OF_POSITION[position]}, got {label!r}")
        if not text or text != text.strip() or any(c in text for c in "\n\r\t"):
            fail(f"{where}: text must be one non-empty line without surrounding blanks")
        if not speaker.strip() or speaker != speaker.strip() or "\n" in speaker:
            fail(f"{where}: empty speaker (use the holder, '[outlet]' or 'unnamed: ...')")
        if note != note.strip() or "\n" in note:
            fail(f"{where}: note must be one line without surrounding blanks")
    unused = [k for k in sources if k not in used]
    if unused:
        fail(f"sources never used: {unused}")
    seen, previous = set(), None
    for key, *_ in items:
        if key != previous and key in seen:
            fail(f"items of source {key!r} are not contiguous (one passage per page)")
        seen.add(key)
        previous = key


def _check_sources(sources: dict, language: str | tuple[str, ...], here: Path) -> None:
    """Fail on a bad source record, or a page that is a seed, a page of another sheet or declared twice."""
    excluded = {norm_url(u): "data/raw/manifest.csv (seed)" for u in read_column(SEED_MANIFEST, "url")}
    for path in other_sheets(here, "sources.csv"):
        for u in read_column(path, "url"):
            excluded.setdefault(norm_url(u), str(path.relative_to(ROOT)))
    languages = (language,) if isinstance(language, str) else tuple(language)
    urls = Counter()
    for key, src in sources.items():
        if len(src) != 6 or not all(src) or src[0] not in languages:
            fail(f"source {key}: bad record (6 non-empty fields, language {language!r})")
        url = norm_url(src[3])
        if url in excluded:
            fail(f"source {key}: URL already used by {excluded[url]}: {src[3]}")
        urls[url] += 1
    twice = [u for u, n in urls.items() if n > 1]
    if twice:
        fail(f"URL used by more than one source: {twice}")


def _check_near_duplicates(items: list, here: Path) -> tuple[list[Path], int]:
    """Fail on two near-identical items, or an item near-identical to a sentence of another stance sheet."""
    low = [item[1].lower() for item in items]
    for i in range(len(low)):
        for j in range(i + 1, len(low)):
            r = difflib.SequenceMatcher(None, low[i], low[j]).ratio()
            if r >= NEAR_DUP:
                fail(f"near-duplicate items {i + 1} and {j + 1} (ratio {r:.2f}): {items[i][1]!r}")
    sheets, n_other = other_sheets(here, "labels.csv"), 0
    for path in sheets:
        others = [t.lower() for t in read_column(path, "text")]
        n_other += len(others)
        for i, text in enumerate(low, 1):
            matcher = difflib.SequenceMatcher(None, text, "")
            for other in others:
                matcher.set_seq2(other)
                if matcher.real_quick_ratio() < NEAR_DUP or matcher.quick_ratio() < NEAR_DUP:
                    continue  # cheap upper bounds first: most pairs stop here
                r = matcher.ratio()
                if r >= NEAR_DUP:
                    fail(f"item {i} ({items[i - 1][1][:60]!r}) is a near-duplicate (ratio {r:.2f}) "
                         f"of a sentence of {path.relative_to(ROOT)}: {other!r}")
    return sheets, n_other


def check_sheet(items: list, sources: dict, language: str | tuple[str, ...], here: Path) -> tuple[list[Path], int]:
    """Run every check on one sheet's tables (`language`: the sources' language, or a tuple of allowed ones); return
    the other sheets' labels.csv files compared and their sentence count."""
    _check_items(items, sources)
    _check_sources(sources, language, here)
    return _check_near_duplicates(items, here)


LABEL_COLUMNS = ["item_id", "source_id", "language", "text", "label", "position", "speaker", "note"]
SOURCE_COLUMNS = ["source_id", "language", "title", "publisher", "url", "published", "query", "n_sentences"]
COUNTS_START, COUNTS_END = "<!-- counts:start -->", "<!-- counts:end -->"


def numbered_rows(items: list, sources: dict, item_prefix: str, source_prefix: str) -> tuple[list[dict], dict]:
    """Return the label rows (items numbered item_prefix001..., in order) and the source ids (source_prefix01..., in order of first use)."""
    source_ids: dict = {}
    for key, *_ in items:
        if key not in source_ids:
            source_ids[key] = f"{source_prefix}{len(source_ids) + 1:02d}"
    rows = [{"item_id": f"{item_prefix}{i:03d}", "source_id": source_ids[key], "language": sources[key][0],
             "text": text, "label": label, "position": position, "speaker": speaker, "note": note}
            for i, (key, text, label, position, speaker, note) in enumerate(items, 1)]
    return rows, source_ids

def write_sheet(here: Path, rows: list[dict], source_ids: dict, sources: dict) -> None:
    """Write here/labels.csv (the rows) and here/sources.csv (one row per used source, with its number of sentences)."""
    with (here / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=LABEL_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    n_items = Counter(row["source_id"] for row in rows)
    with (here / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(SOURCE_COLUMNS)
        for key, source_id in source_ids.items():
            writer.writerow([source_id, *sources[key], n_items[source_id]])


def replace_counts(readme: Path, markdown: str) -> bool:
    """Put `markdown` between the counts markers of the README; return whether the README has them (and was rewritten)."""
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    if COUNTS_START not in text or COUNTS_END not in text:
        return False
    head, rest = text.split(COUNTS_START, 1)
    _, tail = rest.split(COUNTS_END, 1)
    readme.write_text(head + COUNTS_START + "\n" + markdown + "\n" + COUNTS_END + tail, encoding="utf-8")
    return True
