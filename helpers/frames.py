"""Argument frames of the France-NATO debate, tagged in sentences by English and French cues.

The codebook ``data/reference/frames.csv`` lists cues per frame and language (its header comments give its
origin and the three kinds of cue: stem, phrase, regex). ``tag_frames`` returns one row per (sentence,
frame) found, with the first cue of that frame in the sentence and its offsets; ``frame_matrix`` turns
those rows into a sentences x frames table of booleans.

Matching runs on a folded copy of each sentence (per character: str.casefold, accents stripped, typographic
apostrophes and hyphens made ASCII, œ/æ spelt oe/ae) that keeps, for every folded character, the index of
the original character it came from, so ``sentence[start:end]`` is the matched text of the original. Every
cue of either language is tried on every sentence (shared words such as "violation" need no language guess).

Negation: a match is dropped when a negator stands among the NEGATION_WINDOW (5) words just before it in
the same clause (a clause ends at . , ; : ! ? brackets, quotes, dashes, or "but", "mais", "however",
"cependant", "pourtant", "whereas", "tandis"). English negators: not (also "n't"), no, never, nor,
neither, none, nothing, cannot, hardly; French: pas, jamais, aucun(e), ni, nullement, rien, guère, non
(French "ne"/"n'" alone is not counted, so "n'est qu'une question de souveraineté" stays tagged).
A negator followed by only, just, merely, simply, least, less, doubt, seulement, uniquement, simplement,
que, moins, doute ("not only", "sans doute", "non moins") does not negate. Known limit: a frame invoked
through a negation ("France has no independent voice") is dropped too.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers import paths

Sentence = str
Frame = str
FRAMES: tuple[Frame, ...] = (
    "sovereignty_independence", "subordination_to_us", "dragged_into_wars", "nuclear_deterrent",
    "european_defence_autonomy", "russia_china_relations", "international_law", "isolation_betrayal",
)
LANGUAGES = ("en", "fr")
KINDS = ("stem", "phrase", "regex")
CODEBOOK_COLUMNS = ["frame", "language", "cue", "kind"]
TAG_COLUMNS = ["sentence", "frame", "cue", "start", "end"]
CODEBOOK_PATH = paths.REFERENCE / "frames.csv"

NEGATION_WINDOW = 5  # words before a cue, within its clause, where a negator cancels it
NEGATORS = frozenset({
    "not", "no", "never", "nor", "neither", "none", "nothing", "cannot", "hardly",
    "pas", "jamais", "aucun", "aucune", "ni", "nullement", "rien", "guere", "non",
})
NOT_NEGATING_AFTER = frozenset({
    "only", "just", "merely", "simply", "least", "less", "doubt",
    "seulement", "uniquement", "simplement", "que", "qu", "moins", "doute",
})
_CHAR_MAP = {"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'", "‐": "-", "‑": "-", "œ": "oe", "æ": "ae"}
_SEP = r"[\s\-']+"  # between the words of a stem or phrase cue
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]{}\"«»“”—–]|(?<!\w)(?:but|mais|however|cependant|pourtant|whereas|tandis)(?!\w)")
_WORD = re.compile(r"\w+")


class Cue(NamedTuple):
    """One compiled codebook entry."""

    frame: Frame
    pattern: re.Pattern[str]


def fold_char(char: str) -> str:
    """Return `char` casefolded, without accents, with ASCII apostrophes/hyphens (may be "" or 2+ characters)."""
    decomposed = unicodedata.normalize("NFD", char.casefold())
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_CHAR_MAP.get(c, c) for c in base)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return the folded `text` and, for each folded character, the index of its original character."""
    pieces = [(fold_char(char), i) for i, char in enumerate(text)]
    return "".join(p for p, _ in pieces), [i for p, i in pieces for _ in p]


def fold(text: str) -> str:
    """Return the folded copy of `text` used for matching (casefolded, accent-free)."""
    return fold_with_offsets(text)[0]


def original_span(text: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Return the span of `text` that folded characters [start, end) came from, with trailing combining marks."""
    stop = offsets[end - 1] + 1
    while stop < len(text) and unicodedata.combining(text[stop]):
        stop += 1
    return offsets[start], stop


def cue_regex(cue: str, kind: str) -> str:
    """Return the regular expression (on folded text) for one codebook cue of the given kind."""
    if kind == "regex":
        return rf"(?<!\w)(?:{cue})(?!\w)"
    words = [w for w in re.split(_SEP, fold(cue)) if w]
    suffix = r"\w*" if kind == "stem" else ""
    return r"(?<!\w)" + _SEP.join(re.escape(w) + suffix for w in words) + r"(?!\w)"


def cue_problem(cue: str, kind: str) -> str | None:
    """Return why a (cue, kind) entry is unusable, or None if it is fine."""
    if not cue.strip():
        return "empty cue"
    if kind not in KINDS:
        return f"unknown kind {kind!r} (known: {', '.join(KINDS)})"
    if kind != "regex":
        return None
    unescaped = re.sub(r"\\.", "", cue)
    if fold(unescaped) != unescaped:
        return f"regex cue {cue!r} must be written folded (lowercase, no accents, apostrophe as ')"
    try:
        pattern = re.compile(cue)
    except re.error as error:
        return f"invalid regex {cue!r}: {error}"
    return f"regex cue {cue!r} matches the empty string" if pattern.fullmatch("") else None


def row_problem(row: pd.Series) -> str | None:
    """Return why one codebook row is invalid, or None."""
    if row["frame"] not in FRAMES:
        return f"unknown frame {row['frame']!r} (known: {', '.join(FRAMES)})"
    if row["language"] not in LANGUAGES:
        return f"unknown language {row['language']!r} (known: {', '.join(LANGUAGES)})"
    return cue_problem(row["cue"], row["kind"])


def check_codebook(codebook: pd.DataFrame, source: str = "codebook", first_line: int | None = None) -> pd.DataFrame:
    """Return the codebook's cue columns, stripped, or raise ValueError naming `source` and the bad row or line."""
    missing = [c for c in CODEBOOK_COLUMNS if c not in codebook.columns]
    if missing:
        raise ValueError(f"{source}: missing column(s) {', '.join(missing)} (expected {', '.join(CODEBOOK_COLUMNS)}; "
                         f"found {', '.join(map(str, codebook.columns))})")
    table = codebook[CODEBOOK_COLUMNS].fillna("").astype(str).apply(lambda column: column.str.strip())
    table = table.reset_index(drop=True)
    where = (lambda i: f"line {first_line + i}") if first_line is not None else (lambda i: f"row {i}")
    for i, row in table.iterrows():
        problem = row_problem(row)
        if problem:
            raise ValueError(f"{source}, {where(i)}: {problem}")
    keys = table["frame"] + "|" + table["language"] + "|" + table["kind"] + "|" + table["cue"].map(fold)
    if keys.duplicated().any():
        i = int(keys.duplicated().idxmax())
        frame, language, cue = table.loc[i, ["frame", "language", "cue"]]
        raise ValueError(f"{source}, {where(i)}: duplicate cue {cue!r} for {frame} ({language})")
    return table


def load_codebook(path: str | Path = CODEBOOK_PATH) -> pd.DataFrame:
    """Return the frame codebook (frame, language, cue, kind) read from `path`, validated."""
    path = paths.resolve(path)
    with path.open(encoding="utf-8") as handle:
        comments = next(i for i, line in enumerate([*handle, ""]) if not line.startswith("#"))
    table = pd.read_csv(path, skiprows=comments, dtype=str, keep_default_na=False, skip_blank_lines=False)
    return check_codebook(table, paths.display(path), first_line=comments + 2)


def compile_codebook(codebook: pd.DataFrame) -> list[Cue]:
    """Return the compiled cues of a (validated) codebook, in its row order."""
    table = check_codebook(codebook)
    return [Cue(f, re.compile(cue_regex(c, k))) for f, c, k in zip(table["frame"], table["cue"], table["kind"])]


@cache
def default_cues() -> tuple[Cue, ...]:
    """Return the compiled cues of the default codebook (read once)."""
    return tuple(compile_codebook(load_codebook()))


def negated(folded: str, start: int) -> bool:
    """Return True if a negator stands in the NEGATION_WINDOW words before `start`, within the same clause."""
    before = folded[:start]
    clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
    words = _WORD.findall(clause.replace("n't", " not"))[-NEGATION_WINDOW:]
    following = [*words[1:], ""]
    return any(w in NEGATORS and nxt not in NOT_NEGATING_AFTER for w, nxt in zip(words, following))


def sentence_tags(index: int, sentence: Sentence, cues: Sequence[Cue]) -> list[dict]:
    """Return one tag row per frame found in `sentence`: its earliest (then longest) non-negated match."""
    folded, offsets = fold_with_offsets(sentence)
    best: dict[Frame, tuple[int, int]] = {}
    for cue in cues:
        for match in cue.pattern.finditer(folded):
            span = match.span()
            if span[1] > span[0] and not negated(folded, span[0]):
                current = best.get(cue.frame)
                if current is None or (span[0], -span[1]) < (current[0], -current[1]):
                    best[cue.frame] = span
    rows = []
    for frame, (start, end) in best.items():
        begin, stop = original_span(sentence, offsets, start, end)
        rows.append({"sentence": index, "frame": frame, "cue": sentence[begin:stop], "start": begin, "end": stop})
    return rows


def checked_sentences(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Return `sentences` as a list, or raise TypeError for a bare string or a non-string item."""
    if isinstance(sentences, str):
        raise TypeError("tag_frames expects a sequence of sentences, not one string: wrap it in a list")
    items = list(sentences)
    bad = next((i for i, s in enumerate(items) if not isinstance(s, str)), None)
    if bad is not None:
        raise TypeError(f"sentence {bad} is {type(items[bad]).__name__}, not str")
    return items


def tag_frames(sentences: Sequence[Sentence], codebook: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return (sentence, frame, cue, start, end) rows, one per frame found, ordered by sentence, start, frame."""
    cues = default_cues() if codebook is None else compile_codebook(codebook)
    rows = [row for i, s in enumerate(checked_sentences(sentences)) for row in sentence_tags(i, s, cues)]
    tags = pd.DataFrame(rows, columns=TAG_COLUMNS).astype(
        {"sentence": "int64", "frame": "object", "cue": "object", "start": "int64", "end": "int64"})
    return tags.sort_values(["sentence", "start", "frame"], kind="stable").reset_index(drop=True)


def frame_matrix(tags: pd.DataFrame, n_sentences: int) -> pd.DataFrame:
    """Return a sentences x FRAMES table of booleans, True where `tags` has that (sentence, frame)."""
    unknown = sorted(set(tags["frame"]) - set(FRAMES))
    if unknown:
        raise ValueError(f"unknown frame(s) {', '.join(unknown)} (known: {', '.join(FRAMES)})")
    outside = tags["sentence"][(tags["sentence"] < 0) | (tags["sentence"] >= n_sentences)]
    if len(outside):
        raise ValueError(f"sentence index {int(outside.iloc[0])} outside 0..{n_sentences - 1}")
    matrix = pd.DataFrame(False, index=pd.RangeIndex(n_sentences, name="sentence"), columns=list(FRAMES))
    for sentence, frame in zip(tags["sentence"], tags["frame"]):
        matrix.loc[sentence, frame] = True
    return matrix
