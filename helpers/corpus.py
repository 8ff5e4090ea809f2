"""The corpus: its manifest, its raw files, their checksums, and the reconciliation of the two.

A corpus is a folder of raw documents (`.txt` or `.html`) plus a `manifest.csv` with one row per
document. Mistakes in either give a `CorpusError` whose message names the file, row and column and
says what to do; a document that cannot be used is quarantined with a reason, never dropped.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from helpers.errors import InputError
from helpers.paths import MANIFEST_NAME, display

MANIFEST_COLUMNS = [
    "doc_id", "file", "sha256", "outlet", "url", "title",
    "published", "published_basis", "published_note", "language",
]
REQUIRED_VALUES = ["doc_id", "file", "sha256", "published_basis"]
PUBLISHED_BASES = ("stated", "inferred", "unknown")
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
REJECTED_COLUMNS = ["doc_id", "file", "stage", "reason", "detail"]
ISO_PARTIAL = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
SHA256 = re.compile(r"^[0-9a-f]{64}$")
LANGUAGE_CODE = re.compile(r"^(?:[a-z]{2}|und)$")
SUPPORTED_LANGUAGES = ("en", "fr", "und", "")  # the lexicons cover English and French; und/empty: detected later


class CorpusError(InputError):
    """An input mistake in a corpus folder or its manifest; the message says where and what to do."""


class ChecksumError(CorpusError):
    """A raw file whose bytes no longer match the sha256 recorded in the manifest."""


def sha256_bytes(data: bytes) -> str:
    """Return the hex sha256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def corpus_checksum(sha256s: Iterable[str]) -> str:
    """Return one sha256 over the documents' sha256 values (sorted, newline-joined)."""
    return sha256_bytes("\n".join(sorted(sha256s)).encode("ascii"))


def published_precision(value: str) -> str | None:
    """Return the precision of an ISO 8601 date ('year', 'month', 'day', 'minute'), None if malformed."""
    match = ISO_PARTIAL.match(value)
    if not match:
        return None
    for part in ("minute", "day", "month"):
        if match.group(part):
            return part
    return "year"


def published_problem(value: str, today: date) -> str | None:
    """Return what is wrong with a manifest `published` value, or None when it is valid or empty."""
    if value == "":
        return None
    if published_precision(value) is None:
        return "is not ISO 8601 (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
    year, month, day = (int(part) for part in (value[:4], value[5:7] or 1, value[8:10] or 1))
    try:
        first_day = date(year, month, day)
    except ValueError:
        return "is not a real calendar date"
    if first_day > today:
        return f"is in the future (after {today.isoformat()})"
    return None


def manifest_problems(manifest: pd.DataFrame, today: date) -> list[tuple[int, str, str]]:
    """Return (row, column, problem) for every invalid cell; rows are numbered as in the CSV (header = 1)."""
    problems = []
    for index, row in manifest.reset_index(drop=True).iterrows():
        line = int(index) + 2
        for column in REQUIRED_VALUES:
            if row[column] == "":
                problems.append((line, column, "is empty"))
        if row["sha256"] and not SHA256.match(row["sha256"]):
            problems.append((line, "sha256", "is not 64 lowercase hex digits"))
        if row["published_basis"] and row["published_basis"] not in PUBLISHED_BASES:
            problems.append((line, "published_basis", f"must be one of {', '.join(PUBLISHED_BASES)}"))
        if row["published_basis"] == "unknown" and row["published"]:
            problems.append((line, "published", "is filled but published_basis says unknown"))
        if (problem := published_problem(row["published"], today)) is not None:
            problems.append((line, "published", f"{row['published']!r} {problem}"))
        if row["language"] and not LANGUAGE_CODE.match(row["language"]):
            problems.append((line, "language", f"{row['language']!r} is not an ISO 639-1 code or 'und'"))
    duplicated = manifest["doc_id"][manifest["doc_id"].duplicated(keep="first")]
    for index, doc_id in duplicated.items():
        problems.append((int(index) + 2, "doc_id", f"{doc_id!r} is a duplicate: doc_id must be unique"))
    return sorted(problems)


def validate_manifest(manifest: pd.DataFrame, source: str, today: date) -> pd.DataFrame:
    """Return the manifest with its columns in order, or raise CorpusError listing every problem."""
    missing = [column for column in MANIFEST_COLUMNS if column not in manifest.columns]
    if missing:
        raise CorpusError(
            f"{source}: missing column(s) {', '.join(missing)}. The header must be: {','.join(MANIFEST_COLUMNS)}"
        )
    if manifest.empty:
        raise CorpusError(f"{source}: the manifest has no rows. Add one row per document ({','.join(MANIFEST_COLUMNS)}).")
    manifest = manifest[MANIFEST_COLUMNS].fillna("").astype(str).apply(lambda col: col.str.strip())
    problems = manifest_problems(manifest, today)
    if problems:
        listed = "\n".join(f"  row {line}, column {column}: {problem}" for line, column, problem in problems)
        raise CorpusError(f"{source}: {len(problems)} problem(s); fix these cells and rerun:\n{listed}")
    return manifest.reset_index(drop=True)


def load_manifest(corpus_dir: Path, today: date | None = None) -> pd.DataFrame:
    """Return the validated manifest of a corpus folder (thin I/O around validate_manifest)."""
    path = corpus_dir / MANIFEST_NAME
    if not path.is_file():
        raise CorpusError(
            f"{display(path)}: no manifest. Every corpus folder needs a {MANIFEST_NAME} with the header "
            f"{','.join(MANIFEST_COLUMNS)} (see README, 'Adding documents')."
        )
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{display(path)}: the file is empty. Write the header {','.join(MANIFEST_COLUMNS)} and one row per document.") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{display(path)}: not a readable UTF-8 CSV ({exc}).") from None
    return validate_manifest(manifest, display(path), today or date.today())


def document_files(corpus_dir: Path) -> list[str]:
    """Return the sorted names of the document files in a corpus folder."""
    return sorted(p.name for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


def reconcile(manifest: pd.DataFrame, files: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (manifest rows whose file exists, rejected rows for missing files and files with no row)."""
    present = set(files)
    listed = set(manifest["file"])
    kept = manifest[manifest["file"].isin(present)].reset_index(drop=True)
    rejected = [
        {"doc_id": row.doc_id, "file": row.file, "stage": "00-inventory", "reason": "file_missing",
         "detail": f"manifest row names {row.file!r}, which is not in the corpus folder: add the file or remove the row"}
        for row in manifest[~manifest["file"].isin(present)].itertuples()
    ] + [
        {"doc_id": "", "file": name, "stage": "00-inventory", "reason": "no_manifest_row",
         "detail": f"{name!r} has no row in {MANIFEST_NAME}: add one (doc_id, file, sha256, ...) to include it"}
        for name in sorted(present - listed)
    ]
    return kept, pd.DataFrame(rejected, columns=REJECTED_COLUMNS)


def checksum_mismatches(manifest: pd.DataFrame, actual: dict[str, str]) -> list[str]:
    """Return a line per manifest row whose recorded sha256 differs from the file's actual one."""
    return [
        f"{row.file}: manifest says {row.sha256[:12]}..., file is {actual[row.file][:12]}..."
        for row in manifest.itertuples() if actual[row.file] != row.sha256
    ]


def verify_checksums(manifest: pd.DataFrame, actual: dict[str, str], corpus_label: str) -> None:
    """Raise ChecksumError naming every file whose bytes do not match the manifest."""
    mismatches = checksum_mismatches(manifest, actual)
    if mismatches:
        raise ChecksumError(
            f"{corpus_label}: {len(mismatches)} raw file(s) changed since the manifest was written. Raw data is "
            "immutable: restore the original file, or if the new bytes are intended, record the new sha256 "
            "(`sha256sum FILE`) in manifest.csv.\n  " + "\n  ".join(mismatches)
        )


def read_bytes(corpus_dir: Path, files: Iterable[str]) -> dict[str, bytes]:
    """Return the bytes of each named file of the corpus folder."""
    return {name: (corpus_dir / name).read_bytes() for name in files}


def text_counts(text: str) -> dict[str, int]:
    """Return characters, lines and non-blank lines of a decoded document."""
    lines = text.splitlines()
    return {"characters": len(text), "lines": len(lines), "non_blank_lines": sum(1 for line in lines if line.strip())}


def inventory(manifest: pd.DataFrame, blobs: dict[str, bytes]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (one row per usable document with its size and encoding, rejected rows with reasons)."""
    from helpers.encoding import UndecodableError, decode_bytes

    rows, rejected = [], []
    for row in manifest.itertuples():
        data = blobs[row.file]
        try:
            text, encoding = decode_bytes(data)
        except UndecodableError as exc:
            rejected.append({"doc_id": row.doc_id, "file": row.file, "stage": "00-inventory", "reason": "undecodable", "detail": str(exc)})
            continue
        if not text.strip():
            rejected.append({"doc_id": row.doc_id, "file": row.file, "stage": "00-inventory", "reason": "empty",
                             "detail": "the file is empty or holds only whitespace: replace it or remove its manifest row"})
            continue
        if row.language not in SUPPORTED_LANGUAGES:
            rejected.append({"doc_id": row.doc_id, "file": row.file, "stage": "00-inventory", "reason": "unsupported_language",
                             "detail": f"the manifest says language {row.language!r}; the workbook reads {', '.join(SUPPORTED_LANGUAGES[:2])} "
                                       "(leave it empty or 'und' to let the cleaning detect it)"})
            continue
        rows.append({"doc_id": row.doc_id, "file": row.file, "outlet": row.outlet, "published": row.published,
                     "published_basis": row.published_basis, "language": row.language, "bytes": len(data),
                     "encoding": encoding, **text_counts(text)})
    columns = ["doc_id", "file", "outlet", "published", "published_basis", "language", "bytes", "encoding", "characters", "lines", "non_blank_lines"]
    return pd.DataFrame(rows, columns=columns), pd.DataFrame(rejected, columns=REJECTED_COLUMNS)


def documents_in(manifest: pd.DataFrame, rejected: pd.DataFrame) -> int:
    """Return how many documents came in: manifest rows plus files that have no row."""
    return len(manifest) + int((rejected["reason"] == "no_manifest_row").sum())


def describe(documents: pd.DataFrame) -> str:
    """Return one sentence describing the inventoried documents."""
    if documents.empty:
        return "No usable document in this corpus."
    dated = documents.loc[documents["published"] != "", "published"].sort_values()
    span = f"published from {dated.iloc[0]} to {dated.iloc[-1]}" if len(dated) else "with no known publication date"
    languages = ", ".join(f"{lang or 'unknown'} ({n})" for lang, n in documents["language"].value_counts().sort_index().items())
    outlets = documents.loc[documents["outlet"] != "", "outlet"].nunique()
    return (f"{len(documents)} documents from {outlets} known outlet(s), {span}; languages: {languages}; "
            f"{documents['characters'].sum():,} characters in {documents['non_blank_lines'].sum():,} non-blank lines.")
