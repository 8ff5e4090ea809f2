"""Annotation sheets (gold labels made by hand): read, check, and set aside the rows that do not fit the corpus.

A sheet with a structural mistake (missing column, unknown label, a number that is not a number, a
duplicate key) raises `AnnotationError` listing every bad cell as "row N, column C", so it can be
fixed in one pass. A well-formed row that does not fit the corpus being run (its document or
sentence is not in it, its span lies outside the text, its text no longer matches) is not an error:
the row is set aside with its reason, the notebook shows and saves those rows, and
rows in = used + set aside.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.errors import InputError, MissingInputError
from helpers.paths import display

LABELS = ("FAVOR", "AGAINST", "NONE")
POSITION_LABEL = {
    "leave_alliance": "FAVOR", "leave_command": "FAVOR", "distance_or_reform": "NONE",
    "none": "NONE", "stay": "AGAINST", "rejoin_or_deepen": "AGAINST",
}
LINE_LABELS = ("content", "boilerplate")
SET_ASIDE_COLUMNS = ["sheet", "row", "key", "reason", "detail"]
MAX_LISTED = 20


class AnnotationError(InputError):
    """A malformed annotation sheet; the message lists the file, rows and columns at fault."""


@dataclass(frozen=True)
class Sheet:
    """What a kind of annotation sheet must hold: its columns, allowed values, integer columns and key."""

    kind: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    integers: tuple[str, ...] = ()
    help: str = ""


STANCE_SENTENCES = Sheet(
    "stance labels of corpus sentences", ("doc_id", "sent_id", "text", "label", "position", "speaker"), ("sent_id",),
    {"label": LABELS, "position": tuple(POSITION_LABEL)}, help="see data/annotations/stance/GUIDELINES.md")
STANCE_ITEMS = Sheet(
    "stance labels of sentences from other pages", ("item_id", "source_id", "language", "text", "label", "position", "speaker"),
    ("item_id",), {"label": LABELS, "position": tuple(POSITION_LABEL)}, help="see data/annotations/stance/GUIDELINES.md")
STANCE_SECOND = Sheet(
    "a second annotator's stance labels of a labelled sheet", ("id", "label", "position", "speaker"), ("id",),
    {"label": LABELS, "position": tuple(POSITION_LABEL)}, help="see data/annotations/stance_second/README.md")
TIME_EXPRESSIONS = Sheet(
    "gold temporal expressions", ("doc_id", "start", "end", "text", "type", "value", "granularity"), ("doc_id", "start", "end"),
    integers=("start", "end"), help="see data/annotations/timeline/GUIDELINE.md")
CLEANING_LINES = Sheet(
    "gold content/boilerplate lines", ("doc_id", "line_no", "start", "end", "text", "label", "category"), ("doc_id", "line_no"),
    {"label": LINE_LABELS}, ("line_no", "start", "end"), help="see data/annotations/cleaning/GUIDELINE.md")


def read_sheet(path: Path, sheet: Sheet, rename: dict[str, str] | None = None) -> pd.DataFrame:
    """Read and check an annotation CSV (thin I/O around check_sheet); `rename` maps file columns to sheet columns."""
    if not path.is_file():
        raise MissingInputError(f"{display(path)}: annotation sheet not found ({sheet.kind}); fix the parameter that names it, or pass \"\" to skip.")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except pd.errors.EmptyDataError:
        raise AnnotationError(f"{display(path)}: the file is empty; write the header {','.join(sheet.columns)} and one row per label.") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise AnnotationError(f"{display(path)}: not a readable UTF-8 CSV ({str(exc).strip()}).") from None
    return check_sheet(table.rename(columns=rename or {}), sheet, display(path))


def sheet_problems(table: pd.DataFrame, sheet: Sheet) -> list[tuple[int, str, str]]:
    """Return (row, column, problem) for every bad cell of a sheet whose columns are all present (header = row 1)."""
    problems = []
    for column, allowed in sheet.choices.items():
        for index, value in table[column].items():
            if value not in allowed:
                problems.append((int(index) + 2, column, f"{value!r} is not one of {', '.join(allowed)}"))
    for column in sheet.integers:
        for index, value in table[column].items():
            if not value.strip().isdigit():
                problems.append((int(index) + 2, column, f"{value!r} is not a whole number >= 0"))
    if "label" in sheet.choices and "position" in sheet.choices:
        for index, (label, position) in table[["label", "position"]].iterrows():
            if label in LABELS and POSITION_LABEL.get(position, label) != label:
                problems.append((int(index) + 2, "position", f"{position!r} goes with {POSITION_LABEL[position]}, not {label}"))
    if {"start", "end"} <= set(sheet.integers):
        for index, (start, end) in table[["start", "end"]].iterrows():
            if start.strip().isdigit() and end.strip().isdigit() and int(start) >= int(end):
                problems.append((int(index) + 2, "end", f"end {end} is not after start {start}"))
    duplicated = table[table.duplicated(list(sheet.key), keep="first")]
    for index in duplicated.index:
        problems.append((int(index) + 2, sheet.key[-1], f"duplicate {'/'.join(sheet.key)} {'/'.join(duplicated.loc[index, list(sheet.key)])}"))
    return sorted(problems)


def check_sheet(table: pd.DataFrame, sheet: Sheet, source: str) -> pd.DataFrame:
    """Return the sheet with integer columns as int, or raise AnnotationError listing every bad cell."""
    missing = [column for column in sheet.columns if column not in table.columns]
    if missing:
        raise AnnotationError(f"{source}: missing column(s) {', '.join(missing)}; a sheet of {sheet.kind} needs {', '.join(sheet.columns)} ({sheet.help}).")
    table = table.reset_index(drop=True)
    problems = sheet_problems(table, sheet)
    if problems:
        listed = "\n".join(f"  row {row}, column {column}: {problem}" for row, column, problem in problems[:MAX_LISTED])
        more = f"\n  ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
        raise AnnotationError(f"{source}: {len(problems)} problem(s) in this sheet of {sheet.kind}; fix these cells ({sheet.help}):\n{listed}{more}")
    return table.astype({column: int for column in sheet.integers})


def set_aside(table: pd.DataFrame, reasons: pd.Series, sheet_name: str, key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a checked sheet into (rows with an empty reason, one set-aside row per other row: sheet, row, key, reason, detail)."""
    bad = reasons != ""
    rejected = pd.DataFrame({
        "sheet": sheet_name, "row": (table.index[bad] + 2).astype(int), "key": table.loc[bad, key].astype(str),
        "reason": reasons[bad].str.split(":", n=1).str[0], "detail": reasons[bad].str.split(":", n=1).str[1].fillna("").str.strip(),
    }, columns=SET_ASIDE_COLUMNS)
    return table[~bad].reset_index(drop=True), rejected.reset_index(drop=True)


def sentence_reasons(gold: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """Return why each gold sentence row does not fit the corpus sentences ('' when it fits)."""
    texts = dict(zip(sentences["sent_id"], sentences["text"]))
    documents = set(sentences["doc_id"])

    def reason(row) -> str:
        if row["sent_id"] not in texts:
            where = "its document is not in this corpus" if row["doc_id"] not in documents else "the document has no such sentence (re-segmented?)"
            return f"not_in_corpus: sentence {row['sent_id']}: {where}"
        if texts[row["sent_id"]] != row["text"]:
            return f"text_mismatch: the corpus sentence now reads {texts[row['sent_id']][:60]!r}; relabel it"
        return ""
    return gold.apply(reason, axis=1).astype(str) if len(gold) else pd.Series([], dtype=str)


def span_reasons(gold: pd.DataFrame, texts: dict[str, str], id_column: str = "doc_id") -> pd.Series:
    """Return why each gold span row does not fit its document text ('' when text[start:end] == the row's text)."""
    def reason(row) -> str:
        if row[id_column] not in texts:
            return f"not_in_corpus: {id_column} {row[id_column]} is not in this corpus"
        body = texts[row[id_column]]
        if row["end"] > len(body):
            return f"span_outside_text: {row['start']}-{row['end']} runs past the end of the text ({len(body)} characters)"
        if body[row["start"]:row["end"]] != row["text"]:
            return f"text_mismatch: characters {row['start']}-{row['end']} read {body[row['start']:row['end']][:60]!r}, not the row's text"
        return ""
    return gold.apply(reason, axis=1).astype(str) if len(gold) else pd.Series([], dtype=str)


def line_reasons(gold: pd.DataFrame, lines: pd.DataFrame) -> pd.Series:
    """Return why each gold line row does not fit the page lines ('' when the same line has the same text)."""
    texts = {(d, n): t for d, n, t in zip(lines["doc_id"], lines["line_no"], lines["text"])}
    documents = set(lines["doc_id"])

    def reason(row) -> str:
        if row["doc_id"] not in documents:
            return f"not_in_corpus: document {row['doc_id']} is not in this corpus"
        found = texts.get((row["doc_id"], row["line_no"]))
        if found is None:
            return f"span_outside_text: the page has no line {row['line_no']}"
        if found != row["text"]:
            return f"text_mismatch: line {row['line_no']} now reads {found[:60]!r}; relabel it"
        return ""
    return gold.apply(reason, axis=1).astype(str) if len(gold) else pd.Series([], dtype=str)
