"""A corpus from Parquet shards: one document per row, written out as a corpus folder (raw files + manifest).

Crawls at scale (GDELT exports, a scraper's own dumps) often come as Parquet shards rather than one file
per page. The notebooks read a corpus folder, so `import_shards` turns the shards into one: each row
becomes a raw file named after its `doc_id` and a manifest row with its sha256, and every row that cannot
be used goes to `import-rejected.csv` with its shard, row and reason. Shards are read one record batch at
a time (pyarrow), so memory stays flat whatever the number of rows. An existing corpus folder is never
written into: raw data is immutable.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from helpers.corpus import LANGUAGE_CODE, MANIFEST_COLUMNS, CorpusError, published_problem, sha256_bytes
from helpers.errors import reconcile
from helpers.io import save_table
from helpers.paths import MANIFEST_NAME, ROOT, display

REQUIRED_COLUMNS = ("doc_id", "text")
OPTIONAL_COLUMNS = ("outlet", "url", "title", "published", "language", "format")
FORMATS = ("txt", "html")
REJECTED_NAME = "import-rejected.csv"
IMPORT_REJECTED_COLUMNS = ["shard", "row", "doc_id", "reason", "detail"]
SAFE_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
BATCH_ROWS = 1000


class ShardError(CorpusError):
    """A Parquet shard that cannot be read as a corpus (missing columns, unreadable file)."""


def shard_paths(pattern: str) -> list[Path]:
    """Return the shard files a glob pattern names (absolute, or relative to the repository root), sorted, or raise ShardError."""
    path = Path(pattern).expanduser()
    anchor, glob = (Path(path.anchor), str(path.relative_to(path.anchor))) if path.is_absolute() else (ROOT, pattern)
    found = sorted(p for p in anchor.glob(glob) if p.is_file())
    if not found:
        raise ShardError(f"{pattern}: no Parquet shard matches this pattern (give a file, or a glob such as 'crawl/part-*.parquet').")
    return found


def check_columns(columns: Iterable[str], shard: str) -> None:
    """Raise ShardError naming the shard when a required column is missing."""
    missing = [c for c in REQUIRED_COLUMNS if c not in set(columns)]
    if missing:
        raise ShardError(
            f"{shard}: missing column(s) {', '.join(missing)}. A shard needs {', '.join(REQUIRED_COLUMNS)}; "
            f"it may also have {', '.join(OPTIONAL_COLUMNS)}."
        )


def cell(value: object) -> str:
    """Return a shard cell as a stripped string ('' for nulls and NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, datetime):  # a timestamp column: minute precision when it has a time of day
        return value.isoformat()[:16] if (value.hour, value.minute) != (0, 0) else value.isoformat()[:10]
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def row_problem(record: dict[str, str], seen: set[str], today: date) -> tuple[str, str] | None:
    """Return (reason, detail) when a shard row cannot become a document, else None."""
    doc_id = record["doc_id"]
    if not doc_id:
        return "no_doc_id", "doc_id is empty: give every row a unique id"
    if not SAFE_DOC_ID.match(doc_id):
        return "unsafe_doc_id", f"doc_id {doc_id[:40]!r} is not a safe file name (letters, digits, '.', '_', '-'; at most 151 characters)"
    if doc_id in seen:
        return "duplicate_doc_id", f"doc_id {doc_id!r} already came in an earlier row: ids must be unique"
    if not record["text"].strip():
        return "empty_text", "text is empty"
    if record["format"] not in FORMATS:
        return "unknown_format", f"format {record['format']!r} must be one of {', '.join(FORMATS)}"
    if (problem := published_problem(record["published"], today)) is not None:
        return "bad_published", f"published {record['published']!r} {problem}"
    if record["language"] and not LANGUAGE_CODE.match(record["language"]):
        return "bad_language", f"language {record['language']!r} is not an ISO 639-1 code or 'und'"
    return None


def document(record: dict[str, str], shard: str, row: int) -> tuple[str, bytes, dict[str, str]]:
    """Return (file name, UTF-8 bytes, manifest row) for one valid shard row."""
    name = f"{record['doc_id']}.{record['format']}"
    data = record["text"].encode("utf-8")
    manifest_row = {
        "doc_id": record["doc_id"], "file": name, "sha256": sha256_bytes(data),
        "outlet": record["outlet"], "url": record["url"], "title": record["title"], "published": record["published"],
        "published_basis": "stated" if record["published"] else "unknown",
        "published_note": f"from the shard's published column ({shard}, row {row})" if record["published"] else f"no date in {shard}, row {row}",
        "language": record["language"],
    }
    return name, data, manifest_row


def shard_records(path: Path, batch_rows: int = BATCH_ROWS) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (row number from 1, record of string cells) for every row of one shard, a batch at a time."""
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise ShardError(f"{display(path)}: not a readable Parquet file ({type(exc).__name__}: {exc}).") from None
    names = handle.schema_arrow.names
    check_columns(names, display(path))
    wanted = [c for c in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if c in names]
    row = 0
    for batch in handle.iter_batches(batch_size=batch_rows, columns=wanted):
        columns = {name: batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            row += 1
            record = {name: cell(columns[name][i]) if name in columns else "" for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)}
            record["text"] = "" if columns["text"][i] is None else str(columns["text"][i])  # the text itself is kept byte for byte
            record["format"] = record["format"].lower() or "txt"
            record["language"] = record["language"].lower()
            yield row, record


def import_shards(pattern: str, corpus_dir: Path, today: date | None = None) -> str:
    """Write every usable row of the shards as a raw file plus manifest row in a new corpus folder; return the reconciled counts line."""
    today = today or date.today()
    shards = shard_paths(pattern)
    if corpus_dir.exists() and any(corpus_dir.iterdir()):
        raise CorpusError(f"{display(corpus_dir)}: the folder is not empty. Raw data is never overwritten: import into a new folder.")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    manifest, rejected, seen = [], [], set()
    rows_in = 0
    for path in shards:
        shard = display(path)
        for row, record in shard_records(path):
            rows_in += 1
            problem = row_problem(record, seen, today)
            if problem:
                rejected.append({"shard": shard, "row": row, "doc_id": record["doc_id"][:160], "reason": problem[0], "detail": problem[1]})
                continue
            seen.add(record["doc_id"])
            name, data, manifest_row = document(record, shard, row)
            (corpus_dir / name).write_bytes(data)
            manifest.append(manifest_row)
    save_table(pd.DataFrame(rejected, columns=IMPORT_REJECTED_COLUMNS), corpus_dir / REJECTED_NAME)
    if not manifest:
        raise ShardError(f"{pattern}: none of the {rows_in} row(s) could be used; the reasons are in {display(corpus_dir / REJECTED_NAME)}.")
    save_table(pd.DataFrame(manifest, columns=MANIFEST_COLUMNS), corpus_dir / MANIFEST_NAME)
    return reconcile("rows", rows_in, {"documents": len(manifest), "rejected": len(rejected)})
