"""Stance of each sentence towards "France should leave NATO, or its integrated military command".

Labels follow SemEval-2016 Task 6: FAVOR, AGAINST, NONE, with a graded ``position``:
leave_alliance / leave_command (FAVOR), distance_or_reform / none (NONE), stay / rejoin_or_deepen
(AGAINST).

Four methods share one interface, ``fit_method(name, sentences, labels, positions)`` then
``predict_with(model, sentences)`` -> DataFrame(label, position, score):

* ``majority``: the most frequent training label and its most frequent position.
* ``cues``: a transparent rule model over the cue lexicon ``data/reference/stance_lexicon.csv``
  (tokens by regex, Snowball stems from nltk, no downloaded data). It finds exit / stay / rejoin /
  join cues linked to a NATO target (only link words such as "the", "of", "France" may stand between
  them), reads their scope (integrated command or the whole alliance), negation and opposition just
  before them, deferral ("no immediate exit"), another country as their subject (Greece, Athens...),
  against-exit evaluatives ("suicide"), and whether a past exit is a person's decision or a bare fact.
  It ignores training data. ``explain`` and ``predict_cues`` show the cues that fired.
* ``tfidf``: TF-IDF word 1-2-grams (one-letter words kept) and char_wb 2-5-grams, sublinear tf, logistic
  regression (class_weight balanced, fixed random_state) for the label and another for the position
  (the likeliest position compatible with the label). ``FastTfidf`` vectorises in batch, reproducing
  sklearn's transform exactly.
* ``tfidf+cues``: the same with the cue model's features appended.

The cue model reads one sentence at a time plus a little context from the sentences before it in the
same call (a NATO target named in the previous two sentences lets "the bloc" count as NATO, and lets a
call for "an immediate withdrawal" with no object count as an exit; an exit proposal in the previous five
lets "MPs slammed the move as reckless" count as AGAINST), so pass an article's sentences in order.
Predictions are made in batches of CHUNK sentences; the context crosses batch edges, so batching never
changes a prediction.

Lexicon matching: sentences and patterns are tokenised alike (``tokens``), each pattern word is compared
as an accent-free Snowball stem in the entry's language ("stem") or as the accent-free lowercased word
("exact"); "*" in a pattern is a gap of 0-3 words within a clause. A sentence's language (English,
French or both) is voted by function words, and only that language's entries are tried.

``predict_stance(sentences)`` uses the default model: DEFAULT_METHOD fitted on the training pool
(the seed gold ``data/annotations/stance/labels.csv`` and the sheets of TRAINING_PATHS: sentences of
other pages, English and French), read and fitted on first call and cached. The held-out test sheets
``data/annotations/stance_test2_*/`` and ``stance_test3_*/`` are never part of it. With no training file at all it falls back to
the cue model (no training data needed). Deterministic; never raises on arbitrary Unicode; empty
input gives an empty frame with the columns.

``cross_validate`` scores every sentence with a model fitted on the other folds only, a fold being
whole pages (``page_folds``: each seed article alone, the other pages in k groups);
``leave_one_article_out`` is the special case of one article per fold.
Metrics: ``semeval_f_avg`` = (F1_FAVOR + F1_AGAINST) / 2, ``macro_f1`` over the three labels,
``per_class_table``, ``confusion`` and ``bootstrap_interval`` (percentile bootstrap over sentences;
with five articles the sentences are not independent, so the interval is optimistic).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from nltk.stem.snowball import SnowballStemmer
from scipy import sparse

from helpers import paths
from helpers.annotations import LABELS, POSITION_LABEL, STANCE_ITEMS, STANCE_SENTENCES, read_sheet
from helpers.speakers import attribute_speakers, load_actors, resolve_speakers  # noqa: F401  (public re-exports)

Sentence = str
POSITIONS = tuple(POSITION_LABEL)
DEFAULT_POSITION = {"FAVOR": "leave_alliance", "AGAINST": "stay", "NONE": "none"}
METHODS = ("majority", "cues", "tfidf", "tfidf+cues")
DEFAULT_METHOD = "tfidf+cues"  # the best on cross-validated F_avg over all training pages in notebook 02 (which asserts it)
RANDOM_STATE = 0
CV_JOBS = 2  # folds fitted side by side (joblib processes); the results do not depend on it
CHUNK = 4096  # sentences per prediction batch
PREDICTION_COLUMNS = ["label", "position", "score"]
LEXICON_PATH = paths.REFERENCE / "stance_lexicon.csv"
GOLD_PATH = paths.ROOT / "data" / "annotations" / "stance" / "labels.csv"
TRAINING_SHEETS = ("stance_train_en", "stance_train_fr", "stance_heldout", "stance_test", "stance_train3_en", "stance_train3_fr",
                   "stance_train4_en", "stance_train4_fr", "stance_train5_en", "stance_train5_fr")
# the first test sheet (stance_test) was looked at too often to stay a test and now trains; stance_test2_* and stance_test3_* never train
TRAINING_PATHS = tuple(paths.ROOT / "data" / "annotations" / name / "labels.csv" for name in TRAINING_SHEETS)
PRESENCE_ONLY = frozenset(("intent", "first_person"))  # families whose one-word entries only need to occur
GOLD_COLUMNS = ["doc_id", "sent_id", "text", "label", "position", "speaker", "speaker_kind", "note"]

# ---------------------------------------------------------------- tokens

_US = re.compile(r"\bU\.\s?S\.\s?A\.?|\bU\.\s?S\.(?!\w)|\bUSA\b|\bUS\b")
_NOT = re.compile(r"n[’']t\b", re.IGNORECASE)
_APOSTROPHES = re.compile("[’‘ʼ´`]")
_HYPHENS = re.compile("[\u2010\u2011]")
_SPACED_DASH = re.compile(r"(?:^|\s)-(?:\s|$)")
_TOKEN = re.compile(r"[^\W_]+|[,;:.!?()\[\]—–―]")
BOUNDARIES = frozenset(",;:.!?()[]—–―")
_EN_STEMMER = SnowballStemmer("english")
_FR_STEMMER = SnowballStemmer("french")
_FR_WORDS = frozenset("le la les de des du et est un une que qui dans pour pas ne sur au aux il elle nous ce cette sont "
                      "avec par plus se son sa ses l d qu n j c je ont été être faut mais ou en".split())
_EN_WORDS = frozenset("the of and to is in that it for was with on as be by this are from has have had not should will "
                      "would which its their they he she said an at but or".split())


def strip_accents(text: str) -> str:
    """Return `text` without combining accents ("réintégrer" -> "reintegrer")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Return the casefolded tokens of `text`: words, and clause punctuation (, ; : . ! ? ( ) —) as tokens.

    "U.S."/"US"/"USA" become "usa", "n't" becomes "not", apostrophes and hyphens split words
    ("l'OTAN" -> l, otan; "brain-dead" -> brain, dead); quotation marks are dropped.
    """
    text = str(text)
    if "US" in text or "U.S" in text or "U. S" in text:
        text = _US.sub(" usa ", text)
    if not text.isascii():
        text = _HYPHENS.sub("-", _APOSTROPHES.sub("'", text))
    text = text.casefold()
    if "'t" in text:
        text = _NOT.sub(" not", text)
    if "-" in text:
        text = _SPACED_DASH.sub(" — ", text)
    if "%" in text:  # "44%" / "44 %": a share, read by the poll rule
        text = text.replace("%", " percent ")
    return _TOKEN.findall(text)


class _Memo(dict):
    """A dict that computes and keeps missing values with `function` (cleared when it grows past `limit`)."""

    def __init__(self, function: Callable[[str], str], limit: int = 300_000) -> None:
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key: str) -> str:
        if len(self) > self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


_RAW = _Memo(strip_accents)
_STEM_EN = _Memo(lambda t: strip_accents(_EN_STEMMER.stem(t)) if t.isalpha() else t)
_STEM_FR = _Memo(lambda t: strip_accents(_FR_STEMMER.stem(t)) if t.isalpha() else t)


def _raw(token: str) -> str:
    """Return a token as compared by exact entries: accents stripped."""
    return _RAW[token]


def _stem_en(token: str) -> str:
    """Return the English Snowball stem of a token, accents stripped."""
    return _STEM_EN[token]


def _stem_fr(token: str) -> str:
    """Return the French Snowball stem of a token, accents stripped."""
    return _STEM_FR[token]


def language(toks: Sequence[str]) -> str:
    """Return "fr", "en" or "both" by a vote of the distinct function words among `toks`."""
    distinct = set(toks)
    fr, en = len(_FR_WORDS.intersection(distinct)), len(_EN_WORDS.intersection(distinct))
    return "fr" if fr > en else "en" if en > fr else "both"


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Entry:
    """One compiled lexicon pattern: its family, language, elements (None = a gap of 0-3 tokens) and text."""

    family: str
    language: str
    elements: tuple
    pattern: str


@dataclass(frozen=True)
class Lexicon:
    """Compiled cue patterns, indexed by view ("any", "en", "fr", "en_stem", "fr_stem") and first element."""

    index: dict
    link: frozenset
    families: tuple
    presence: dict = field(default_factory=dict)
    candidates: dict = field(default_factory=dict)  # per sentence language: a token -> entries memo


def load_lexicon(path: str | Path = LEXICON_PATH) -> pd.DataFrame:
    """Return the cue lexicon (family, language, pattern, match, note); '#' lines are its header notes."""
    frame = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False, comment="#")
    missing = [c for c in ("family", "language", "pattern", "match") if c not in frame.columns]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing column(s) {', '.join(missing)}")
    return frame


def _elements(pattern: str, view: str) -> tuple:
    """Return the compiled elements of a pattern for one view (raw or stemmed tokens; None for '*')."""
    result = []
    for piece in pattern.split():
        if piece == "*":
            result.append(None)
            continue
        for tok in tokens(piece):
            if tok in BOUNDARIES:
                continue
            result.append(_stem_en(tok) if view == "en_stem" else _stem_fr(tok) if view == "fr_stem" else _raw(tok))
    while result and result[0] is None:
        result.pop(0)
    return tuple(result)


def compile_lexicon(frame: pd.DataFrame, person_names: Iterable[str] = ()) -> Lexicon:
    """Return the Lexicon of a lexicon table, adding `person_names` (actor names and surnames) to the person family."""
    rows = list(frame[["family", "language", "pattern", "match"]].itertuples(index=False, name=None))
    rows += [("person", "any", name, "exact") for name in person_names]
    index: dict[str, dict[str, list[Entry]]] = {v: {} for v in ("any", "en", "fr", "en_stem", "fr_stem")}
    link = set()
    presence: dict[str, dict[str, set]] = {lang: {} for lang in ("en", "fr", "both")}
    for family, lang, pattern, match in rows:
        lang = lang if lang in ("en", "fr") else "any"
        view = "any" if lang == "any" else (f"{lang}_stem" if match == "stem" else lang)
        elements = _elements(pattern, view)
        if not elements:
            continue
        if family == "link":  # link words are looked up as a set, not matched as hits
            link.update(e for e in elements if e)
            continue
        if family in PRESENCE_ONLY and len(elements) == 1 and view in ("any", "en", "fr"):
            for sentence_lang in ("en", "fr", "both"):  # only whether they occur matters: a set lookup
                if lang in ("any", sentence_lang) or sentence_lang == "both":
                    presence[sentence_lang].setdefault(family, set()).add(elements[0])
            continue
        entry = Entry(family, lang, elements, pattern)
        index[view].setdefault(elements[0], []).append(entry)
    for lang in ("en", "fr", "both"):  # raw views merged per sentence language: one pass over the tokens
        merged: dict[str, list[Entry]] = {}
        for view in ("any",) + ((lang,) if lang != "both" else ("en", "fr")):
            for key, entries in index[view].items():
                merged.setdefault(key, []).extend(entries)
        index["raw_" + lang] = merged
    slots = {view: {key: _slot(entries) for key, entries in keyed.items()} for view, keyed in index.items()}
    families = tuple(sorted(set(frame["family"]) | {"person"}))
    frozen = {lang: tuple((f, frozenset(words)) for f, words in fams.items()) for lang, fams in presence.items()}
    lexicon = Lexicon(slots, frozenset(link), families, frozen)
    lexicon.candidates.update({lang: _Candidates(lexicon, lang) for lang in ("en", "fr", "both")})
    return lexicon


class _Slot(NamedTuple):
    """The entries sharing a first element: one-word entries as (family, pattern), entries by second element, gapped ones."""

    singles: tuple
    pairs: dict
    gapped: tuple


def _slot(entries: Sequence[Entry]) -> _Slot:
    """Return the _Slot of entries that share their first element."""
    pairs: dict[str, list[Entry]] = {}
    for e in entries:
        if len(e.elements) > 1 and e.elements[1] is not None:
            pairs.setdefault(e.elements[1], []).append(e)
    return _Slot(tuple((e.family, e.pattern) for e in entries if len(e.elements) == 1), {k: tuple(v) for k, v in pairs.items()},
                 tuple(e for e in entries if len(e.elements) > 1 and e.elements[1] is None))


def actor_names(actors: pd.DataFrame) -> list[str]:
    """Return the names and name aliases of an actors table (those starting with a capital), for the person family."""
    names = []
    for row in actors.itertuples(index=False):
        for alias in [row.name] + row.aliases.split("|"):
            alias = alias.strip()
            if alias and alias[0].isupper():
                names.append(alias)
        names.append(row.name.split()[-1])
    return names


@cache
def default_lexicon() -> Lexicon:
    """Return the workbook's compiled lexicon, with the people of data/reference/actors.csv (built once)."""
    return compile_lexicon(load_lexicon(), actor_names(load_actors()))


def lexicon_sizes(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the number of patterns per family (rows) and language (columns)."""
    frame = load_lexicon() if frame is None else frame
    return frame.groupby(["family", "language"]).size().unstack(fill_value=0)


# ---------------------------------------------------------------- matching


class Hit(NamedTuple):
    """A lexicon pattern found in a sentence: tokens [start, end)."""

    family: str
    start: int
    end: int
    pattern: str


def _match_from(elements: tuple, k: int, arr: Sequence[str], pos: int) -> int | None:
    """Return the end of a match of elements[k:] at arr[pos:], or None (gaps never cross punctuation)."""
    if k == len(elements):
        return pos
    element = elements[k]
    if element is None:
        for skip in range(4):
            if skip and (pos + skip - 1 >= len(arr) or arr[pos + skip - 1] in BOUNDARIES):
                break
            end = _match_from(elements, k + 1, arr, pos + skip)
            if end is not None:
                return end
        return None
    if pos < len(arr) and arr[pos] == element:
        return _match_from(elements, k + 1, arr, pos + 1)
    return None


_VIEWS = ("raw", "en_stem", "fr_stem")


class _Candidates(dict):
    """token -> ((view number, _Slot), ...) for the lexicon entries a token can start, for one sentence language."""

    def __init__(self, lexicon: "Lexicon", lang: str, limit: int = 300_000) -> None:
        super().__init__()
        self.views = [(0, lexicon.index["raw_" + lang], _RAW)]
        if lang in ("en", "both"):
            self.views.append((1, lexicon.index["en_stem"], _STEM_EN))
        if lang in ("fr", "both"):
            self.views.append((2, lexicon.index["fr_stem"], _STEM_FR))
        self.limit = limit

    def __missing__(self, token: str) -> tuple:
        if len(self) > self.limit:
            self.clear()
        found = []
        for number, index, form in self.views:
            slot = index.get(form[token])
            if slot is not None:
                found.append((number, slot))
        value = self[token] = tuple(found)
        return value


def _view(toks: Sequence[str], number: int) -> list[str]:
    """Return the tokens as compared in view `number` (0 raw, 1 English stems, 2 French stems)."""
    return list(map((_RAW, _STEM_EN, _STEM_FR)[number].__getitem__, toks))


def find_hits(toks: Sequence[str], lexicon: Lexicon, lang: str) -> list[Hit]:
    """Return every lexicon hit in `toks` for a sentence in language `lang` ("en", "fr" or "both")."""
    candidates = list(map(lexicon.candidates[lang].__getitem__, toks))
    n, arrays, hits = len(toks), [None, None, None], []
    append, new, cls = hits.append, tuple.__new__, Hit
    for i in compress(range(n), candidates):
        for number, slot in candidates[i]:
            for family, pattern in slot.singles:
                append(new(cls, (family, i, i + 1, pattern)))
            if (slot.pairs and i + 1 < n) or slot.gapped:
                arr = arrays[number]
                if arr is None:
                    arr = arrays[number] = _view(toks, number)
                if slot.pairs and i + 1 < n:
                    for entry in slot.pairs.get(arr[i + 1], ()):
                        end = i + 2 if len(entry.elements) == 2 else _match_from(entry.elements, 2, arr, i + 2)
                        if end is not None:
                            append(new(cls, (entry.family, i, end, entry.pattern)))
                for entry in slot.gapped:
                    end = _match_from(entry.elements, 1, arr, i + 1)
                    if end is not None:
                        append(new(cls, (entry.family, i, end, entry.pattern)))
    return _maximal(hits)


def _maximal(hits: Iterable[Hit]) -> list[Hit]:
    """Return `hits` without those lying inside (or repeating) an earlier hit of the same family, in order."""
    kept, family, max_end = [], None, -1
    for h in sorted(hits, key=lambda h: (h.family, h.start, -h.end)):
        if h.family != family:
            family, max_end = h.family, -1
        if h.end <= max_end:
            continue
        kept.append(h)
        max_end = h.end
    return sorted(kept, key=lambda h: (h.start, h.start - h.end))


# ---------------------------------------------------------------- analysis of one sentence


@dataclass
class Event:
    """An exit, stay, rejoin or join cue linked to a NATO target, with what surrounds it."""

    kind: str
    start: int
    end: int
    scope: str
    pattern: str
    negated: bool = False
    opposed: bool = False
    supported: bool = False
    other_country: bool = False
    deferred: bool = False
    historical: bool = False
    decision: bool = False
    evaluated: bool = False
    implicit: bool = False
    hypothetical: bool = False
    corrected: bool = False
    asked: bool = False
    topic: bool = False  # the object of a study or a debate ("the consequences of France's return", "le débat sur la sortie")
    kept_open: bool = False  # the opposition to it is itself negated ("n'exclut pas une sortie", "does not rule out leaving")


@dataclass
class Analysis:
    """The tokens, cue hits and events of one sentence."""

    toks: list
    raw: list
    hits: list
    families: dict
    events: list = field(default_factory=list)
    language: str = "both"

    def has(self, family: str) -> bool:
        """Return True when `family` fired in the sentence."""
        return bool(self.families.get(family))


_TARGETS = ("target", "command_scope")
_PAST_EN = frozenset("left withdrew withdrawn took taken brought came rejoined returned quit".split())
_PAST_FR = frozenset("sortit quitta retira reintegra revint rejoignit fit ramena".split())
_AUX_FR = frozenset("a avait est etait ont sont fut furent eut s etaient".split())
_PREPOSITIONS = frozenset("from with to against unlike of for by de avec contre a pour par sans".split())
_CONJUNCTIONS = frozenset("and then et puis ensuite before avant".split())
_UNDER = frozenset(("under", "sous"))
_PASSIVE_BE = frozenset("be been being was were is are get got gets".split())
_OF = frozenset(("de", "du", "des", "d", "of", "from"))
_FRANCE_WORDS = frozenset(("france", "paris"))
_LIST_GLUE = frozenset(("and", "or", "et", "ou", "as", "well", "ainsi", "que", "then", "puis", "mais", "egalement", "aussi", "but", "also"))


def _clause_end(a: Analysis, start: int) -> int:
    """Return the index of the first clause boundary at or after `start` (or the sentence length)."""
    for j in range(start, len(a.toks)):
        if a.toks[j] in BOUNDARIES:
            return j
    return len(a.toks)


def _same_clause(a: Analysis, i: int, j: int) -> bool:
    """Return True when no clause punctuation lies between token positions i and j."""
    lo, hi = min(i, j), max(i, j)
    return not any(t in BOUNDARIES for t in a.toks[lo:hi])


def _starting(a: Analysis, families: Sequence[str], allow_weak: bool) -> dict:
    """Return token position -> target-like hits starting there (and ("end", position) -> hits ending there)."""
    starts: dict = {}
    for family in tuple(families) + (("target_weak",) if allow_weak else ()):
        for h in a.families.get(family, ()):
            starts.setdefault(h.start, []).append(h)
            starts.setdefault(("end", h.end), []).append(h)
    return starts


def _linked_target(a: Analysis, cue: Hit, starts: dict, other_starts: set, lexicon: Lexicon,
                   transparent: frozenset | set = frozenset()) -> Hit | None:
    """Return the NATO target a cue points to: right after it over link words only, or just before it."""
    # Link words, adverbs and one adjective (before "de/of/from", a link word or the target itself: "une sortie
    # planifiée de l'OTAN", "son retour complet dans l'Otan", "a loyal NATO ally") may stand between the cue and
    # its target; so may other organisations in a list ("quitter l'UE, l'euro et l'OTAN"), a membership noun ("a
    # return to full participation in NATO", `transparent`), and the subject genitive "of France" ("le retour de
    # la France dans l'OTAN"), which does not use up the window.
    j, loose, limit, listed = cue.end, 1, cue.end + 6, False
    while j < len(a.toks) and j <= limit:
        if j in starts:
            return min(starts[j], key=lambda h: (h.family != "command_scope", -h.end))
        if j in transparent or a.toks[j] in ("[", "]"):  # an editor's insertion: "leave the [NATO] command"
            j, limit = j + 1, limit + 1
            continue
        if a.toks[j] == "," and j == cue.end and a.raw[j + 1:j + 2] in (["non"], ["not"]) and _but_command(a, j + 2):
            j, limit = j + 2, limit + 3  # "se retirer, non pas de l'Alliance, mais de son organisation militaire intégrée"
            continue
        if a.raw[j] in _FRANCE_WORDS:
            limit += 2
        if j in other_starts:
            if not listed:
                limit += 8
            j, listed = j + 1, True
            continue
        word = a.raw[j]
        if listed and (word in _LIST_GLUE or a.toks[j] == ","):
            j += 1
            continue
        if word not in lexicon.link and not word.endswith("ly") and not (word.endswith("ment") and len(word) > 6):
            following = a.raw[j + 1] if j + 1 < len(a.raw) else ""
            if not (loose and word.isalpha() and (following in _OF or following in lexicon.link or (j + 1) in starts
                                                  or (j + 1) in transparent)):  # "a loyal member of NATO"
                break
            loose = 0
        j += 1
    if listed:
        return None
    for end in (cue.start, cue.start - 1):
        for h in starts.get(("end", end), ()):
            if end == cue.start or a.raw[end] == "s":
                return h
    return None


def _scope(a: Analysis, target: Hit) -> str:
    """Return "command" when the linked target is the integrated command (and nothing widens it), else "alliance"."""
    inserted = target.end < len(a.toks) and a.toks[target.end] == "]"  # "the [NATO] integrated command"
    end = _clause_end(a, target.end + 1 if inserted else target.start)
    command = target.family == "command_scope" or any(
        target.start <= h.start < min(target.start + 5, end) for h in a.families.get("command_scope", ()))
    if not command:
        return "alliance"
    after = max(target.end, max((h.end for h in a.families.get("command_scope", ()) if h.start < end and h.start >= target.start), default=target.end))
    if any(after <= h.start < end for h in a.families.get("alliance_scope", ())):
        return "alliance"
    targets = [h.start for h in a.families.get("target", ()) if after < h.start <= end + 4]
    if targets:
        for j in range(after, end):
            if a.raw[j] in _CONJUNCTIONS and any(j < t <= j + 4 for t in targets):
                return "alliance"
    return "command"


def _before(a: Analysis, family: str, start: int, window: int, exclude: Sequence[Hit] = ()) -> Hit | None:
    """Return the nearest hit of `family` ending at most `window` tokens before `start` in the same clause."""
    best = None
    for h in a.families.get(family, ()):
        if h.end <= start and start - h.end <= window and _same_clause(a, h.end, start) and h not in exclude:
            if best is None or h.end > best.end:
                best = h
    return best


_DETERMINER_NEGATIONS = frozenset(("no", "aucun", "aucune"))  # they negate the noun they stand before, not the next verb
_NOUN_TO_VERB = frozenset(("to", "in", "of", "for", "a", "de", "d", "pour"))
_NOT_ENOUGH = frozenset(("contente", "contentent", "contenter", "content", "limite", "limitent", "limiter", "satisfied"))


def _negated(a: Analysis, start: int) -> bool:
    """Return True when a negation stands just before token `start` (not "not only", not part of a deferral)."""
    deferrals = a.families.get("deferral", ())
    for h in a.families.get("negation", ()):
        if h.start < start < h.end or (h.end <= start and start - h.end <= 3 and _same_clause(a, h.end, start)):
            if any(d.start <= h.start < d.end for d in deferrals):
                continue
            if h.end < len(a.raw) and a.raw[h.end] in ("only", "just", "merely", "seulement"):
                continue
            if _NOT_ENOUGH & set(a.raw[h.start:h.end + 1]):  # "ne se contente pas d'un retour": a return, and more
                continue
            if (h.pattern in _DETERMINER_NEGATIONS and start - h.end > 1 and a.raw[start - 1] not in _NOUN_TO_VERB
                    and a.raw[h.end:h.end + 1] != ["to"]):
                continue  # "will lose no sovereignty if it returns" (but "aucun intérêt à rester", "no reason to stay", "No to X")
            return True
    return False


def _historical(a: Analysis, event: Event) -> bool:
    """Return True when the event is told in the past (a past form, a French perfect, or a year with no intent)."""
    word = a.raw[event.start]
    if a.language != "fr" and (word in _PAST_EN or (word.endswith("ed") and len(word) > 4)):
        return True
    if a.language != "en" and (word in _PAST_FR or any(a.raw[k] in _AUX_FR for k in range(max(0, event.start - 2), event.start))):
        return True
    # a year dates the event only inside its own clause ("the text provides for an immediate withdrawal, undoing
    # the decision taken in 2009" is a proposal, not a past fact)
    lo, hi = _clause_start(a, event.start), _clause_end(a, event.end)
    dated = any(len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099 for t in a.raw[lo:hi])
    return dated and not a.has("intent") and not a.has("advocacy") and not a.has("proposal")


def _after_preposition(a: Analysis, hit: Hit) -> bool:
    """Return True when a preposition stands just before the hit ("of France", "de la Grèce"): not a subject."""
    return hit.start > 0 and a.raw[hit.start - 1] in _PREPOSITIONS


def _subject_before(a: Analysis, start: int) -> tuple[str, Hit] | tuple[None, None]:
    """Return the family ("person", "france", "other_country") and hit of the nearest subject-like cue before `start`."""
    best, found = None, (None, None)
    for family in ("person", "france", "other_country"):
        for h in a.families.get(family, ()):
            if h.end <= start and (best is None or h.end > best):
                if family != "person" and _after_preposition(a, h):
                    continue
                best, found = h.end, (family, h)
    return found


def _subject_is_person(a: Analysis, start: int) -> bool:
    """Return True when the nearest subject-like cue before `start` names a person rather than France or a country."""
    return _subject_before(a, start)[0] == "person"


_LED = frozenset(("led", "dominated", "backed", "sponsored", "centric", "centred", "centered"))


def _modifier(a: Analysis, country: Hit) -> bool:
    """Return True when a country only qualifies a noun ("a U.S.-led alliance", "US-dominated"), not a subject."""
    return country.end < len(a.raw) and a.raw[country.end] in _LED


def _other_subject(a: Analysis, event: Event) -> bool:
    """Return True when another country is the subject (or, for joins and stays, the beneficiary) of the event."""
    inside = [h for h in a.families.get("other_country", ()) if event.start <= h.start < event.end and not _modifier(a, h)]
    if inside:
        return True
    best, kind = -1, None
    for family in ("other_country", "france"):
        for h in a.families.get(family, ()):
            if _modifier(a, h):
                continue
            if h.end <= event.start and event.start - h.end <= 8 and _same_clause(a, h.end, event.start) and h.end > best:
                if _after_preposition(a, h):
                    continue
                best, kind = h.end, family
    if kind == "other_country":
        return True
    if event.kind in ("stay", "join", "membership"):
        for h in a.families.get("other_country", ()):
            if event.end <= h.start <= event.end + (6 if event.kind == "membership" else 4) and _same_clause(a, event.end, h.start) and not _modifier(a, h):
                return True
    return False


def analyse(sentence: Sentence, lexicon: Lexicon | None = None, context_target: bool = False) -> Analysis:
    """Return the Analysis of one sentence: hits per family and the exit / stay / rejoin / join events."""
    lexicon = lexicon or default_lexicon()
    toks = tokens(sentence)
    lang = language(toks)
    hits = find_hits(toks, lexicon, lang)
    families: dict[str, list[Hit]] = {}
    for h in hits:
        families.setdefault(h.family, []).append(h)
    raw = list(map(_RAW.__getitem__, toks))
    if lexicon.presence:
        distinct = set(raw)
        for family, words in lexicon.presence[lang]:
            found = words.intersection(distinct)
            if found:
                families.setdefault(family, []).append(Hit(family, -1, -1, min(found)))
    a = Analysis(toks, raw, hits, families, language=lang)
    kinds = [k for k in ("exit", "stay", "membership", "rejoin", "join") if k in families]
    if not kinds and "command_scope" not in families:
        return a
    allow_weak = context_target or a.has("target")
    starts = _starting(a, _TARGETS, allow_weak)
    other_starts = {j for h in families.get("other_target", ()) for j in range(h.start, h.end)}  # tokens they cover
    transparent = {j for h in families.get("membership", ()) for j in range(h.start, h.end)}
    for kind in kinds:
        for cue in _merged(families[kind]):
            if kind == "exit" and raw[cue.start] == "left" and cue.start and raw[cue.start - 1] in _PASSIVE_BE:
                continue  # "it had been left isolated within the Alliance": the passive of leave is not an exit
            target = _linked_target(a, cue, starts, other_starts, lexicon, transparent if kind != "membership" else ())
            implicit = False
            if target is None:
                if (kind != "exit" or not context_target or not a.has("advocacy") or a.has("other_target")
                        or a.has("target") or a.has("other_country")):
                    continue
                implicit = True  # "the resolution calls for an immediate withdrawal" after a sentence naming NATO
            scope = _scope(a, target) if target else ("command" if a.has("command_scope") else "alliance")
            a.events.append(Event(kind, cue.start, cue.end, scope, cue.pattern, implicit=implicit))
    for cmd in families.get("command_scope", ()):  # "neither under an integrated NATO command": a refusal of the command
        for j in range(max(0, cmd.start - 4), cmd.start):
            if a.raw[j] in _UNDER and all(a.raw[k] in lexicon.link for k in range(j + 1, cmd.start)) and _negated(a, j):
                a.events.append(Event("exit", j, cmd.end, "command", "not under * command"))
                break
    for e in a.events:
        _describe(a, e)
        if e.kind == "join" and e.scope == "command" and not e.other_country:
            e.kind = "rejoin"  # France, a founding member, "joining" the integrated command is its return to it
    _mark_questions(a)
    a.events.sort(key=lambda e: e.start)
    return a


def _merged(hits: Sequence[Hit]) -> list[Hit]:
    """Return overlapping hits of one family merged into single spans (keeping the first pattern)."""
    merged: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        if merged and h.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Hit(last.family, last.start, max(last.end, h.end), last.pattern)
        else:
            merged.append(h)
    return merged


def _describe(a: Analysis, e: Event) -> None:
    """Fill the negation, opposition, deferral, other-country, past and evaluation flags of an event."""
    e.negated = _negated(a, e.start) and e.pattern != "not under * command"
    opposition = _before(a, "opposition", e.start, 8)
    e.kept_open = opposition is not None and _negated(a, opposition.start)
    e.topic = _before(a, "topic", e.start, 3) is not None
    e.opposed = (opposition is not None and not e.kept_open) or _opposed_decision(a, e) or _opposed_after(a, e)
    e.supported = _before(a, "support", e.start, 8) is not None
    clause = (_clause_start(a, e.start), _clause_end(a, e.end))
    deferral = [h for h in a.families.get("deferral", ()) if clause[0] <= h.start < clause[1]]
    timing = e.negated and any(clause[0] <= h.start < clause[1] for h in a.families.get("timing", ()))
    e.deferred = e.kind == "exit" and (bool(deferral) or timing)
    e.other_country = _other_subject(a, e)
    e.historical = _historical(a, e)
    e.decision = _subject_is_person(a, e.start) or _decided(a, e) or _agent_named(a)
    raised = _before(a, "hypothetical", e.start, 6) if e.kind == "exit" else None
    e.hypothetical = raised is not None and not any(0 <= h.start < raised.start for h in a.families.get("advocacy", ()))
    e.corrected = e.kind == "exit" and e.scope == "alliance" and _corrected_to_command(a, e)
    judged = a.families.get("against_exit", []) + (a.families.get("blunder", []) if e.kind in ("rejoin", "join") else [])
    e.evaluated = any(clause[0] <= h.start < clause[1] for h in judged)


def _decided(a: Analysis, e: Event) -> bool:
    """Return True when a decision or announcement verb ("announced", "a décidé", "entériné") governs the event.

    A decision names an actor acting (guideline 4.3), so the event is not a bare fact: the verb must stand
    before the event in the same sentence, at most 8 tokens before it, with no other event in between.
    """
    for h in a.families.get("decision", ()):
        if h.end <= e.start and e.start - h.end <= 8 and not any(h.end <= o.start < e.start for o in a.events if o is not e):
            return True
    return False


_ALLY = frozenset(("ally", "allies", "allie"))  # raw tokens are accent-free: allié(s) -> allie(s)


def _france_loyal_ally(a: Analysis, context_target: bool = False) -> bool:
    """Return True for "France is a loyal ally in NATO" / "les Français sont des alliés loyaux": a loyalty cue (a stay
    entry built on ally / allié) in a sentence that names NATO (or follows one that does) and has France as a
    subject, none of it negated."""
    if not (a.has("target") or a.has("command_scope") or context_target) or not a.has("france"):
        return False
    loyal = [h for h in a.families.get("stay", ()) if _ALLY & set(a.raw[h.start:h.end]) and not _negated(a, h.start)]
    return bool(loyal) and any(not _after_preposition(a, f) for f in a.families["france"])


def _opposed_decision(a: Analysis, e: Event) -> bool:
    """Return True when an opposition names the decision or proposal that the event spells out.

    "hostile à la décision du président, Nicolas Sarkozy, de ramener la France dans le commandement",
    "lashed out at calls made by the opposition leader to withdraw France from NATO": the opposition takes
    a decision or proposal noun at most 3 tokens after it, and the event is the first one after that noun.
    """
    nouns = [*a.families.get("decision", ()), *a.families.get("proposal", ())]
    for o in a.families.get("opposition", ()):
        for n in nouns:
            if 0 <= n.start - o.end <= 3 and n.end <= e.start and e.start - n.end <= 15 \
                    and not any(n.end <= other.start < e.start for other in a.events if other is not e):
                return True
    return False


_CLITIC_IT = frozenset(("y", "it", "this", "cela", "ceci"))


def _opposed_after(a: Analysis, e: Event) -> bool:
    """Return True when an opposition after the event points back to it ("le retour ... : X s'y oppose", "X is opposed to it")."""
    for o in a.families.get("opposition", ()):
        if e.end <= o.start and not _negated(a, o.start):
            before, after = a.raw[max(0, o.start - 2):o.start], a.raw[o.end:o.end + 2]
            if "y" in before or (after and after[0] in _CLITIC_IT) or (after[:1] == ["to"] and after[1:2] and after[1] in _CLITIC_IT):
                return True
    return False


def _agent_named(a: Analysis) -> bool:
    """Return True when a decision names its author ("by a decision of President de Gaulle", "under the leadership of", "à l'initiative du général")."""
    people = [h.start for h in a.families.get("person", ())]
    return any(any(0 < p - h.end <= 6 for p in people) for h in a.families.get("decision", ()))


_BUT = frozenset(("but", "mais", "only", "seulement", "uniquement"))


def _corrected_to_command(a: Analysis, e: Event) -> bool:
    """Return True for "not X but the command": a negated whole-alliance exit corrected by "but/mais" to the command.

    "Elle n'a jamais voulu sortir de l'OTAN, mais du commandement intégré" and "not from NATO, but from its
    integrated command" deny a full exit and assert a command exit: the correction keeps the exit call.
    """
    if not e.negated and not (e.end + 1 < len(a.raw) and a.toks[e.end] == "," and a.raw[e.end + 1] in ("non", "not")):
        return False
    return _but_command(a, e.end)


def _but_command(a: Analysis, start: int, negated: bool = False) -> bool:
    """Return True when "but" / "mais" (with `negated`, "but not" / "mais pas") follows `start` in the sentence and
    names the integrated command just after ("..., mais de son organisation militaire intégrée")."""
    for j in range(start, min(len(a.raw), start + 12)):
        if a.toks[j] in (".", ";", "!", "?"):
            return False
        if a.raw[j] not in ("but", "mais"):
            continue
        if not negated:
            return any(j < h.start <= j + 5 for h in a.families.get("command_scope", ()))
        if a.raw[j + 1:j + 2] in (["not"], ["pas"], ["non"]):
            return any(j < h.start <= j + 7 for h in a.families.get("command_scope", ()))
    return False


def _clause_start(a: Analysis, i: int) -> int:
    """Return the index just after the clause boundary before token `i` (or 0)."""
    for j in range(i - 1, -1, -1):
        if a.toks[j] in BOUNDARIES:
            return j + 1
    return 0


# ---------------------------------------------------------------- the cue model's decision


@dataclass(frozen=True)
class Verdict:
    """The cue model's reading of one sentence (cues: the Hits that fired, without link/person/intent words)."""

    label: str
    position: str
    score: float
    rule: str
    cues: tuple


_SILENT = frozenset(("link", "france", "person", "intent", "first_person"))


Vote = tuple[str, str, str]  # (side FAVOR/AGAINST/NOTE, position or note, rule)


# Exit idioms that are themselves a judgement or a call ("n'a rien à faire dans l'OTAN", "en finir avec l'OTAN")
_CALLING_EXITS = frozenset(("n * rien à faire dans", "n * rien à faire au sein", "no business in", "no business being in",
                            "en finir avec", "claquer la porte de", "larguer les amarres", "s'affranchir de",
                            "s'affranchir du", "non à", "ditch", "ditched", "ditching"))
_EXIT_EVIDENCE = ("speech", "intent", "person", "support", "proposal", "decision", "aim", "timing")


def _exit_vote(a: Analysis, e: Event, strong: bool) -> Vote:
    """Return the vote of an exit event: for leaving, against (negated, opposed, judged), deferred or a bare fact."""
    position = "leave_command" if e.scope == "command" else "leave_alliance"
    if e.deferred:
        return ("NOTE", "deferral", position)
    if e.kept_open:  # not ruling an exit out keeps it possible, without calling for it
        return ("NOTE", "not ruled out", "")
    if e.corrected:
        return ("FAVOR", "leave_command", "exit corrected to the command")
    if e.hypothetical and not (e.negated or e.opposed):
        return ("NOTE", "question", "")
    if e.negated or e.opposed:
        return ("AGAINST", "stay", "negated exit" if e.negated else "opposed exit")
    if _judged_negatively(a, e):
        return ("AGAINST", "stay", "against-exit evaluative")
    if e.topic:
        return ("NOTE", "topic", "")
    if e.historical and not (e.decision or strong):
        return ("NOTE", "bare fact", "")
    called = e.pattern in _CALLING_EXITS or "!" in a.toks  # "n'a rien à faire dans l'OTAN", "Leave NATO!"
    if not (strong or called or e.decision or e.implicit or any(a.has(f) for f in _EXIT_EVIDENCE)):
        return ("NOTE", "bare mention", "")  # "Sortie de l'OTAN", "France and NATO: the exit...": nobody holds it
    return ("FAVOR", position, "exit" + (" (implicit target)" if e.implicit else ""))


def _stay_vote(a: Analysis, e: Event, strong: bool) -> Vote:
    """Return the vote of a stay event: refused (for leaving), asserted with evidence (against), or a bare fact."""
    position = "leave_command" if e.scope == "command" else "leave_alliance"
    if e.negated or e.opposed:
        return ("FAVOR", position, "negated stay")
    if e.scope == "alliance" and _but_command(a, e.end, negated=True):  # "in NATO, but not in its integrated command"
        return ("FAVOR", "leave_command", "stay, but not in the command")
    if (e.evaluated or _judged_undesirable(a, e)) and not e.supported:
        return ("FAVOR", position, "stay judged negatively")
    if (e.supported or strong or a.has("speech") or e.decision) and not (e.historical and not (e.decision or strong)):
        return ("AGAINST", "stay", "stay")  # an actor's decision to keep France in carries its stance (guideline 4)
    return ("NOTE", "bare fact", "")


def _membership_vote(a: Analysis, e: Event, strong: bool) -> Vote:
    """Return the vote of a membership noun: only opposition (for leaving) or support (against) counts."""
    if e.negated or e.opposed:
        return ("FAVOR", "leave_command" if e.scope == "command" else "leave_alliance", "membership opposed")
    if _judged_undesirable(a, e) and not e.supported:
        return ("FAVOR", "leave_command" if e.scope == "command" else "leave_alliance", "membership judged undesirable")
    if e.supported and not e.historical:
        return ("AGAINST", "stay", "membership supported")
    return ("NOTE", "", "")


def _rejoin_vote(a: Analysis, e: Event, strong: bool) -> Vote:
    """Return the vote of a return / reintegration / deepening: opposed (for leaving), backed or decided (against)."""
    if e.negated or e.opposed or (e.evaluated and not e.supported):
        return ("FAVOR", "leave_command" if e.scope == "command" else "leave_alliance", "rejoin opposed")
    if e.topic and not e.supported:  # "a report entitled 'The consequences of France's return'": studied, not decided
        return ("NOTE", "topic", "")
    # France itself returning, told as news or a plan ("France to rejoin NATO's command", "France is resuming her
    # place"), is the state's announced decision (guideline: an actor's announcement carries its stance)
    kind, subject = _subject_before(a, e.start)
    france_acts = kind == "france" and _same_clause(a, subject.end, e.start)
    evidence = strong or a.has("speech") or a.has("intent") or a.has("person") or a.has("support") or france_acts
    if e.supported or strong or (e.historical and e.decision) or (not e.historical and evidence):
        return ("AGAINST", "rejoin_or_deepen", "rejoin")
    return ("NOTE", "bare fact", "")


def _join_vote(a: Analysis, e: Event, strong: bool) -> Vote:
    """Return the vote of a join: France refusing to join a bloc reads as distance; any other join is no stance."""
    return ("NOTE", "join refused" if e.negated else "", "")


_VOTERS = {"exit": _exit_vote, "stay": _stay_vote, "membership": _membership_vote, "rejoin": _rejoin_vote,
           "join": _join_vote}


def votes(a: Analysis) -> list[Vote]:
    """Return one vote per event of the sentence, in order (events about other countries vote NOTE other_country)."""
    strong = a.has("advocacy") or a.has("first_person")
    return [("NOTE", "other_country", "") if e.other_country else ("NOTE", "asked", "") if e.asked
            else _VOTERS[e.kind](a, e, strong) for e in a.events]


_PUBLIC = frozenset("francais french voters electeurs respondents sondes americans europeens europeans citizens citoyens".split())


_SHARES = frozenset(("majorite", "majority", "minorite", "minority"))


def _poll(a: Analysis) -> bool:
    """Return True for a poll result ("65% des Français veulent rester", "a majority of French voters"): public
    opinion measured, which the guideline reads as the outlet's report, not a position someone holds."""
    if a.has("poll"):
        return True
    raw = a.raw
    for i, word in enumerate(raw):
        if word.isdigit() or word in _SHARES:
            after = raw[i + 1:i + 4]
            if after[:1] in (["percent"], ["pourcent"]) or after[:2] in (["pour", "cent"], ["per", "cent"]):
                return True
            if after[:1] and after[0] in ("des", "of", "de") and _PUBLIC & set(after[1:3]):
                return True
    return False


def decide(a: Analysis, context_target: bool = False, context_exit: bool = False, context_rejoin: bool = False) -> Verdict:
    """Return the label, position, score and the rule that fired for an analysed sentence."""
    cues = tuple(h for h in a.hits if h.family not in _SILENT)
    if _poll(a):
        return Verdict("NONE", "none", 0.7, "a poll", cues)
    cast = votes(a)
    favor = [(p, r) for side, p, r in cast if side == "FAVOR"]
    against = [(p, r) for side, p, r in cast if side == "AGAINST"]
    notes = [p for side, p, _ in cast if side == "NOTE"]
    deferred_scope = next((r for side, p, r in cast if side == "NOTE" and p == "deferral"), None)
    if "asked" in notes and not favor and not against:
        return Verdict("NONE", "none", 0.6, "question", cues)
    if deferred_scope and not favor and not against:
        if a.has("aim"):
            return Verdict("FAVOR", deferred_scope, 0.7, "deferral keeping the aim", cues)
        return Verdict("NONE", "none", 0.7, "deferral", cues)
    if favor or against:
        return _majority(a, favor, against, cues)
    if "other_country" in notes:
        return Verdict("NONE", "none", 0.75, "another country", cues)
    anaphoric = not a.has("target") and context_exit and a.has("proposal")
    if anaphoric and (a.has("against_exit") or a.has("opposition")) and not a.has("support"):
        return Verdict("AGAINST", "stay", 0.6, "the exit proposal judged negatively", cues)
    if anaphoric and a.has("support") and not a.has("opposition"):
        return Verdict("FAVOR", "leave_alliance", 0.55, "the exit proposal supported", cues)
    # "the decision", "ce choix", "the move" after a sentence about France's return: judging it is taking a side on it
    returning = not a.has("target") and not a.events and context_rejoin and a.has("anaphor")
    judged = a.has("opposition") or a.has("blunder") or a.has("against_exit") or a.has("undesirable")
    if returning and judged and not a.has("support"):
        return Verdict("FAVOR", "leave_command", 0.55, "the return judged negatively", cues)
    if returning and a.has("support") and not judged:
        return Verdict("AGAINST", "rejoin_or_deepen", 0.55, "the return backed", cues)
    if "question" in notes:
        return Verdict("NONE", "distance_or_reform", 0.6, "the question raised, not answered", cues)
    if not cast and _france_loyal_ally(a, context_target):
        return Verdict("AGAINST", "stay", 0.6, "France a loyal ally", cues)
    if "join refused" in notes or a.has("distance"):
        return Verdict("NONE", "distance_or_reform", 0.7, "distance or reform", cues)
    targeted = a.has("target") or a.has("command_scope") or (a.has("target_weak") and context_target)
    if targeted and (a.has("criticism") or a.has("against_exit") or a.has("opposition")):
        return Verdict("NONE", "distance_or_reform", 0.6, "criticism of NATO", cues)
    if "bare fact" in notes:
        return Verdict("NONE", "none", 0.7, "bare fact", cues)
    return Verdict("NONE", "none", 0.9 if not cues else 0.8, "no stance cue", cues)


def _mark_questions(a: Analysis) -> None:
    """Flag the events inside a question: the stretch of the sentence that a "?" closes.

    A "?" ends a question; it does not make an earlier or later statement in the same unit a question (a
    book title "Vers la guerre ?" before "il réaffirme la nécessité de l'Alliance", an answer after it).
    """
    if "?" not in a.toks:
        return
    start = 0
    for j, t in enumerate(a.toks):
        if t in (".", "!", "?"):
            if t == "?":
                for e in a.events:
                    if start <= e.start < j:
                        e.asked = True
            start = j + 1


def _judged_undesirable(a: Analysis, e: Event) -> bool:
    """Return True when an undesirable/untenable predicate follows an event as its subject.

    "Le maintien de la France dans l'OTAN n'est plus souhaitable", "France's membership is untenable": the
    event is the subject, the predicate comes after it, and no exit event stands between them.
    """
    for h in a.families.get("undesirable", ()):
        if any(n.end <= h.start and h.start - n.end <= 3 and _same_clause(a, n.end, h.start) for n in a.families.get("negation", ())):
            continue  # "nous ne serons pas entraînés dans...": the harm is denied (a negation inside the cue, "plus tenable", is its own)
        if h.start >= e.end and not any(o.kind != e.kind and e.end <= o.start < h.start for o in a.events):
            return True
    return False


def _majority(a: Analysis, favor: list, against: list, cues: tuple) -> Verdict:
    """Return the verdict of the side with more votes (ties: the sentence's first event decides)."""
    if favor and against and all(p == "stay" for p, _ in against) and any(p == "leave_command" for p, _ in favor):
        against = []  # leaving the command while staying in the alliance is leave_command
    if favor and against and len(favor) == len(against):
        winner = "FAVOR" if _first_argues_leave(a) else "AGAINST"
    else:
        winner = "FAVOR" if len(favor) > len(against) else "AGAINST"
    if winner == "FAVOR":
        position = "leave_alliance" if any(p == "leave_alliance" for p, _ in favor) else "leave_command"
        return Verdict("FAVOR", position, _score(a, favor, against), favor[0][1], cues)
    position = "rejoin_or_deepen" if any(p == "rejoin_or_deepen" for p, _ in against) else "stay"
    return Verdict("AGAINST", position, _score(a, against, favor), against[0][1], cues)


def _first_argues_leave(a: Analysis) -> bool:
    """Return True when the sentence's first live event argues for leaving (an exit, or a refused stay or rejoin)."""
    for e in a.events:
        if e.other_country or e.deferred or e.kind == "join":
            continue
        refused = e.negated or e.opposed or e.evaluated
        return (e.kind == "exit") != refused
    return False


def _judged_negatively(a: Analysis, e: Event) -> bool:
    """Return True when an against-exit evaluative judges this exit.

    With an explicit call to leave in the sentence, only an evaluative in the exit's own clause counts
    ("calls to leave are reckless"); otherwise one in the exit's clause, or anywhere when the exit opens
    the sentence as its subject ("To leave NATO now ... is suicide", "Sortir de l'OTAN serait une folie").
    """
    if e.start <= 2 and _judged_undesirable(a, e):
        return True  # "Leaving NATO is untenable": the exit is the subject of an undesirable predicate
    if not a.has("against_exit"):
        return False
    if a.has("advocacy"):
        return _adjacent_evaluative(a, e)
    return e.evaluated or e.start <= 2


def _adjacent_evaluative(a: Analysis, e: Event) -> bool:
    """Return True when an against-exit evaluative sits in the exit's own clause, within 8 tokens."""
    for h in a.families.get("against_exit", ()):
        if _same_clause(a, h.start, e.start) and min(abs(h.start - e.end), abs(e.start - h.end)) <= 8:
            return True
    return False


def _score(a: Analysis, winning: list, losing: list) -> float:
    """Return a confidence in [0.5, 0.95] from the number of supporting events and evidence."""
    score = 0.6 + 0.08 * (len(winning) - 1) - 0.15 * len(losing)
    score += 0.1 if a.has("advocacy") or a.has("speech") or a.has("first_person") else 0.0
    score += 0.05 if a.has("target") else -0.05
    return float(min(0.95, max(0.5, score)))


CONTEXT = 5  # sentences of context the cue model looks back over


def read_in_order(sentences: Sequence[Sentence], lexicon: Lexicon | None = None,
                  before: Sequence[Sentence] = ()) -> Iterator[tuple[Analysis, Verdict]]:
    """Yield (Analysis, Verdict) per sentence, read in order; `before` (earlier sentences) only seeds the context.

    A generator, so that a long input never holds every Analysis at once (which would make the garbage
    collector rescan them all, many times over).
    """
    lexicon = lexicon or default_lexicon()
    before = list(before)[-CONTEXT:]
    recent_targets: list[bool] = []
    recent_exits: list[bool] = []
    recent_events: list[str] = []  # the kind of the last exit or rejoin event of each sentence ("" if none)
    for k, sentence in enumerate(before + list(sentences)):
        context_target, context_exit = any(recent_targets[-2:]), any(recent_exits[-CONTEXT:])
        latest = next((kind for kind in reversed(recent_events[-CONTEXT:]) if kind), "")
        a = analyse(_text(sentence), lexicon, context_target)
        verdict = decide(a, context_target, context_exit, latest == "rejoin")
        if k >= len(before):
            yield a, verdict
        recent_targets.append(a.has("target") or a.has("command_scope"))
        recent_exits.append(verdict.label == "FAVOR" and any(e.kind == "exit" for e in a.events))
        kinds = [e.kind for e in a.events if e.kind in ("exit", "rejoin") and not e.other_country]
        recent_events.append(kinds[-1] if kinds else "")


def cue_verdicts(sentences: Sequence[Sentence], lexicon: Lexicon | None = None,
                 before: Sequence[Sentence] = ()) -> list[Verdict]:
    """Return the cue model's Verdict for each sentence, reading them in order (context: the previous sentences)."""
    return [v for _, v in read_in_order(sentences, lexicon, before)]


def _text(value) -> str:
    """Return `value` as a string ("" for None or NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def predict_cues(sentences: Sequence[Sentence]) -> pd.DataFrame:
    """Return the cue model's label, position, score, rule and fired cues for each sentence, in order."""
    verdicts = cue_verdicts(list(sentences))
    return pd.DataFrame({
        "label": [v.label for v in verdicts], "position": [v.position for v in verdicts],
        "score": [v.score for v in verdicts], "rule": [v.rule for v in verdicts],
        "cues": [" | ".join(f"{h.family}:{h.pattern}" for h in v.cues) for v in verdicts],
    }, columns=PREDICTION_COLUMNS + ["rule", "cues"])


def explain(sentence: Sentence) -> list[str]:
    """Return the cues the cue model found in one sentence and, last, the rule that decided its label."""
    verdict = cue_verdicts([sentence])[0]
    return [f"{h.family}:{h.pattern}" for h in verdict.cues] + [f"rule: {verdict.rule} -> {verdict.label}/{verdict.position}"]


# ---------------------------------------------------------------- cue features for the linear model


FEATURE_FAMILIES = ("target", "target_weak", "command_scope", "alliance_scope", "exit", "stay", "membership", "rejoin", "join",
                    "against_exit", "distance", "criticism", "negation", "opposition", "support", "advocacy",
                    "intent", "first_person", "speech", "deferral", "aim", "proposal", "other_country", "france",
                    "other_target", "person", "timing")
_FAMILY_COLUMN = {f: k for k, f in enumerate(FEATURE_FAMILIES)}
_LABEL_COLUMN = {x: k for k, x in enumerate(LABELS)}
_POSITION_COLUMN = {x: k for k, x in enumerate(POSITIONS)}
_CAPPED = (0.0, 1 / 3, 2 / 3, 1.0)
FEATURE_NAMES = (tuple(f"n_{f}" for f in FEATURE_FAMILIES)
                 + ("ev_exit", "ev_exit_command", "ev_negated", "ev_opposed", "ev_other", "ev_deferred", "ev_fact",
                    "ev_stay", "ev_rejoin", "question")
                 + tuple(f"cue_{x}" for x in LABELS) + tuple(f"cue_{x}" for x in POSITIONS))


def cue_features(sentences: Sequence[Sentence], lexicon: Lexicon | None = None,
                 before: Sequence[Sentence] = ()) -> np.ndarray:
    """Return one row of cue features per sentence (family counts capped at 3 and scaled, event flags, cue verdict)."""
    rows = []
    n_families, events_at = len(FEATURE_FAMILIES), len(FEATURE_FAMILIES)
    verdict_at = events_at + 10
    for a, v in read_in_order(sentences, lexicon, before):
        row = [0.0] * len(FEATURE_NAMES)
        for family, found in a.families.items():
            k = _FAMILY_COLUMN.get(family)
            if k is not None:
                row[k] = _CAPPED[min(len(found), 3)]
        for e in a.events:
            if e.kind == "exit":
                row[events_at] = 1.0
                if e.scope == "command":
                    row[events_at + 1] = 1.0
            elif e.kind == "stay":
                row[events_at + 7] = 1.0
            elif e.kind == "rejoin":
                row[events_at + 8] = 1.0
            if e.negated:
                row[events_at + 2] = 1.0
            if e.opposed:
                row[events_at + 3] = 1.0
            if e.other_country:
                row[events_at + 4] = 1.0
            if e.deferred:
                row[events_at + 5] = 1.0
            if e.historical and not e.decision:
                row[events_at + 6] = 1.0
        if "?" in a.toks:
            row[events_at + 9] = 1.0
        row[verdict_at + _LABEL_COLUMN[v.label]] = 1.0
        row[verdict_at + len(LABELS) + _POSITION_COLUMN[v.position]] = 1.0
        rows.append(row)
    assert n_families + 10 + len(LABELS) + len(POSITIONS) == len(FEATURE_NAMES)
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))


# ---------------------------------------------------------------- fast TF-IDF transform


class FastTfidf:
    """A fitted sklearn TfidfVectorizer's transform, reproduced in batch (same matrix, much faster on large inputs).

    Only the settings used here are supported: lowercase, no accent stripping, analyzer "word" with the
    default token pattern or "char_wb", any ngram_range, l2 norm, use_idf, optional sublinear_tf. For
    char_wb the n-grams of each distinct word are computed once and cached.
    """

    def __init__(self, vectorizer) -> None:
        self.vectorizer = vectorizer
        self.vocabulary = vectorizer.vocabulary_
        self.idf = vectorizer.idf_.astype(np.float64)
        self.analyzer = vectorizer.analyzer
        self.ngram_range = vectorizer.ngram_range
        self.token_pattern = re.compile(vectorizer.token_pattern)
        self.sublinear = vectorizer.sublinear_tf
        self._words: dict[str, np.ndarray] = {}

    def _word_features(self, word: str) -> np.ndarray:
        """Return the vocabulary indices of the char_wb n-grams of one word (cached)."""
        found = self._words.get(word)
        if found is None:
            w = f" {word} "
            grams = []
            lo, hi = self.ngram_range
            for n in range(lo, hi + 1):
                offset = 0
                grams.append(w[offset:offset + n])
                while offset + n < len(w):
                    offset += 1
                    grams.append(w[offset:offset + n])
                if offset == 0:
                    break
            ids = [self.vocabulary.get(g) for g in grams]
            found = np.fromiter((i for i in ids if i is not None), dtype=np.int64)
            if len(self._words) > 500_000:
                self._words.clear()
            self._words[word] = found
        return found

    def _doc_word_features(self, doc: str) -> list[int]:
        """Return the vocabulary indices of the word n-grams of one document."""
        toks = self.token_pattern.findall(doc)
        lo, hi = self.ngram_range
        grams = list(toks) if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            grams.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
        vocab = self.vocabulary
        return [i for i in map(vocab.get, grams) if i is not None]

    def transform(self, docs: Sequence[str]) -> sparse.csr_matrix:
        """Return the TF-IDF matrix of `docs`, equal to vectorizer.transform(docs)."""
        docs = [doc.lower() for doc in docs]
        counts = self._char_counts(docs) if self.analyzer == "char_wb" else self._word_counts(docs)
        return self._weigh(counts)

    def _char_counts(self, docs: list[str]) -> sparse.csr_matrix:
        """Return the n-gram count matrix: (documents x distinct words) @ (distinct words x n-grams)."""
        local: dict[str, int] = {}
        word_ids, lengths = [], []
        for doc in docs:
            words = doc.split()
            lengths.append(len(words))
            for w in words:
                k = local.get(w)
                if k is None:
                    k = local[w] = len(local)
                word_ids.append(k)
        arrays = [self._word_features(w) for w in local]
        sizes = np.fromiter((len(x) for x in arrays), dtype=np.int64, count=len(arrays))
        grams = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
        words = sparse.csr_matrix((np.ones(len(grams)), grams, np.concatenate([[0], np.cumsum(sizes)])),
                                  shape=(len(local), len(self.idf)))
        documents = sparse.csr_matrix((np.ones(len(word_ids)), np.asarray(word_ids, dtype=np.int64),
                                       np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])),
                                      shape=(len(docs), len(local)))
        return (documents @ words).tocsr()

    def _word_counts(self, docs: list[str]) -> sparse.csr_matrix:
        """Return the word n-gram count matrix of `docs`."""
        indices, lengths = [], []
        for doc in docs:
            ids = self._doc_word_features(doc)
            indices.extend(ids)
            lengths.append(len(ids))
        matrix = sparse.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64),
                                    np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)])),
                                   shape=(len(docs), len(self.idf)))
        matrix.sum_duplicates()
        return matrix

    def _weigh(self, matrix: sparse.csr_matrix) -> sparse.csr_matrix:
        """Return counts turned into l2-normalised TF-IDF rows (sublinear tf if the vectorizer used it)."""
        data = matrix.data.astype(np.float64, copy=False)
        if self.sublinear:
            data = np.log(data) + 1.0
        data *= self.idf[matrix.indices]
        rows = np.diff(matrix.indptr)
        row_of = np.repeat(np.arange(len(rows)), rows)
        norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=len(rows)))
        norms[norms == 0] = 1.0
        data /= norms[row_of]
        return sparse.csr_matrix((data, matrix.indices, matrix.indptr), shape=matrix.shape)


# ---------------------------------------------------------------- models


@dataclass
class MajorityModel:
    """Predicts the most frequent training label and its most frequent position."""

    label: str
    position: str
    score: float
    n_train: int = 0


@dataclass
class CueModel:
    """The transparent cue model (it does not learn from data)."""

    lexicon: Lexicon | None = None
    n_train: int = 0


@dataclass
class _Constant:
    """A stand-in classifier for a training set with a single class."""

    value: str

    def classes(self) -> np.ndarray:
        """Return the single class."""
        return np.asarray([self.value])


@dataclass
class TfidfModel:
    """TF-IDF word and char_wb n-grams (optionally with cue features) and two logistic regressions."""

    word: FastTfidf
    char: FastTfidf
    label_model: object
    position_model: object
    use_cues: bool
    cue_weight: float
    n_train: int
    train_docs: tuple = ()


def _vectorizers():
    """Return unfitted word (1-2) and char_wb (2-5) TF-IDF vectorizers."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True, sublinear_tf=True, min_df=1,
                           token_pattern=r"(?u)\b\w+\b")  # one-letter words kept: French l', d', à, y
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, sublinear_tf=True, min_df=1)
    return word, char


def _classifier(features, targets: Sequence[str]):
    """Return a fitted balanced logistic regression, or a _Constant when there is a single class."""
    from sklearn.linear_model import LogisticRegression

    if len(set(targets)) < 2:
        return _Constant(targets[0] if len(targets) else "NONE")
    model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=5000, random_state=RANDOM_STATE)
    return model.fit(features, list(targets))


def _blocks(model: TfidfModel, sentences: Sequence[str], before: Sequence[str] = (), dense_cues: bool = False) -> list:
    """Return the feature blocks of `sentences` for a fitted TfidfModel: word, char (and cue) matrices.

    With `dense_cues` the small cue block stays a numpy array (faster to score than a sparse one; same numbers).
    """
    blocks = [model.word.transform(sentences), model.char.transform(sentences)]
    if model.use_cues:
        cues = cue_features(sentences, before=before) * model.cue_weight
        blocks.append(cues if dense_cues else sparse.csr_matrix(cues))
    return blocks


def _features(model: TfidfModel, sentences: Sequence[str]) -> sparse.csr_matrix:
    """Return the feature matrix of `sentences` for a fitted TfidfModel (the blocks side by side)."""
    return sparse.hstack(_blocks(model, sentences), format="csr")


def _block_probabilities(classifier, blocks: Sequence) -> np.ndarray:
    """Return classifier.predict_proba of the side-by-side blocks, computed block by block (no stacking)."""
    from scipy.special import expit, softmax

    coef, start, scores = classifier.coef_, 0, None
    for block in blocks:
        part = block @ coef[:, start:start + block.shape[1]].T
        scores = part if scores is None else scores + part
        start += block.shape[1]
    scores = np.asarray(scores) + classifier.intercept_
    if coef.shape[0] == 1:
        positive = expit(scores[:, 0])
        return np.column_stack([1 - positive, positive])
    return softmax(scores, axis=1)


def fit_method(name: str, sentences: Sequence[Sentence], labels: Sequence[str], positions: Sequence[str],
               cue_weight: float = 1.0):
    """Return a model of method `name` ("majority", "cues", "tfidf", "tfidf+cues") fitted on the given sentences."""
    sentences = [_text(s) for s in sentences]
    labels, positions = [str(x) for x in labels], [str(x) for x in positions]
    if not (len(sentences) == len(labels) == len(positions)):
        raise ValueError(f"{len(sentences)} sentences, {len(labels)} labels, {len(positions)} positions")
    if name == "cues":
        return CueModel(n_train=len(sentences))
    if not sentences:
        raise ValueError(f"method {name!r} needs at least one labelled sentence")
    if name == "majority":
        label, count = Counter(labels).most_common(1)[0]
        position = Counter(p for lab, p in zip(labels, positions) if lab == label).most_common(1)[0][0]
        return MajorityModel(label, position, count / len(labels), len(labels))
    if name not in ("tfidf", "tfidf+cues"):
        raise ValueError(f"unknown method {name!r}; choose from {METHODS}")
    word, char = _vectorizers()
    for vectorizer in (word, char):
        try:
            vectorizer.fit(sentences)
        except ValueError:  # no word at all in the training sentences: fit on a placeholder instead
            vectorizer.fit(sentences + ["x"])
    model = TfidfModel(FastTfidf(word), FastTfidf(char), None, None, name == "tfidf+cues", cue_weight, len(sentences))
    features = _features(model, sentences)
    model.label_model = _classifier(features, labels)
    model.position_model = _classifier(features, positions)
    return model


def _probabilities(classifier, blocks: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Return (classes, probability matrix) of a fitted classifier or constant on feature blocks."""
    if isinstance(classifier, _Constant):
        return classifier.classes(), np.ones((blocks[0].shape[0], 1))
    return classifier.classes_, _block_probabilities(classifier, blocks)


def predict_with(model, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """Return label, position and score (0-1) for each sentence, in order, from a fitted model."""
    sentences = [_text(s) for s in sentences]
    if not sentences:
        return pd.DataFrame({"label": pd.Series(dtype="object"), "position": pd.Series(dtype="object"),
                             "score": pd.Series(dtype="float64")})
    if isinstance(model, MajorityModel):
        n = len(sentences)
        return pd.DataFrame({"label": [model.label] * n, "position": [model.position] * n,
                             "score": np.clip(np.full(n, model.score, dtype=np.float64), 0.0, 1.0)})
    if not isinstance(model, (CueModel, TfidfModel)):
        raise TypeError(f"not a stance model: {type(model).__name__}")
    parts = []
    for i in range(0, len(sentences), CHUNK):  # batches keep the matrices small; context crosses batch edges
        chunk, before = sentences[i:i + CHUNK], sentences[max(0, i - CONTEXT):i]
        if isinstance(model, CueModel):
            verdicts = cue_verdicts(chunk, model.lexicon, before)
            parts.append(pd.DataFrame({"label": [v.label for v in verdicts], "position": [v.position for v in verdicts],
                                       "score": np.clip(np.array([v.score for v in verdicts], dtype=np.float64), 0.0, 1.0)}))
        else:
            parts.append(_predict_tfidf(model, chunk, before))
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)


@lru_cache(maxsize=8)
def _compatible(position_classes: tuple) -> np.ndarray:
    """Return the (label x position class) matrix of which positions each label allows."""
    return np.array([[POSITION_LABEL.get(p) == lab for p in position_classes] for lab in LABELS])


def _predict_tfidf(model: TfidfModel, sentences: list[str], before: Sequence[str] = ()) -> pd.DataFrame:
    """Return the TfidfModel's predictions; the position is the likeliest one compatible with the label."""
    blocks = _blocks(model, sentences, before, dense_cues=True)
    label_classes, label_probs = _probabilities(model.label_model, blocks)
    position_classes, position_probs = _probabilities(model.position_model, blocks)
    best = label_probs.argmax(axis=1)
    labels = label_classes[best]
    scores = label_probs[np.arange(len(best)), best]
    compatible = _compatible(tuple(position_classes))
    masks = compatible[[_LABEL_COLUMN.get(label, 2) for label in labels]]  # one row of allowed positions per sentence
    chosen = position_classes[np.where(masks, position_probs, -np.inf).argmax(axis=1)]
    positions = chosen.tolist()
    fallback = None
    for i in np.flatnonzero(~masks.any(axis=1)):  # no position of the label was ever seen in training
        if fallback is None:
            fallback = cue_verdicts(sentences, before=before)
        cue = fallback[i].position
        positions[i] = cue if POSITION_LABEL.get(cue) == labels[i] else DEFAULT_POSITION.get(labels[i], "none")
    return pd.DataFrame({"label": labels.tolist(), "position": positions, "score": np.clip(scores.astype(np.float64), 0.0, 1.0)})


# ---------------------------------------------------------------- the default model


def load_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Return the checked gold stance labels of GOLD_PATH (or `path`); a malformed sheet raises AnnotationError."""
    return read_sheet(paths.resolve(GOLD_PATH if path is None else path), STANCE_SENTENCES)


POOL_COLUMNS = ["doc_id", "sent_id", "subset", "language", "text", "label", "position", "speaker"]


def training_pool(gold_path: str | Path = GOLD_PATH, sheets: Sequence[str | Path] = TRAINING_PATHS) -> pd.DataFrame:
    """Return every labelled training sentence: the seed gold (doc_id = article) and each sheet of items (doc_id = sheet:page)."""
    parts = []
    if gold_path and paths.resolve(gold_path).is_file():
        gold = load_gold(gold_path)
        parts.append(gold.assign(subset=Path(gold_path).parent.name, language=gold.get("language", "")))
    for sheet in sheets:
        items = read_sheet(paths.resolve(sheet), STANCE_ITEMS)
        name = Path(sheet).parent.name
        parts.append(items.assign(doc_id=name + ":" + items["source_id"], sent_id=name + ":" + items["item_id"], subset=name))
    if not parts:
        return pd.DataFrame(columns=POOL_COLUMNS)
    return pd.concat([part[POOL_COLUMNS] for part in parts], ignore_index=True)


def page_folds(pool: pd.DataFrame, k: int, own_fold: Iterable[str] = ()) -> pd.Series:
    """Return a fold name per row: each doc_id in `own_fold` alone (leave-one-article-out), the other pages in k groups."""
    from sklearn.model_selection import GroupKFold

    own = set(own_fold)
    folds = pd.Series("", index=pool.index, dtype=object)
    alone = pool["doc_id"].isin(own)
    folds[alone] = pool.loc[alone, "doc_id"]
    rest = pool[~alone]
    if len(rest) and rest["doc_id"].nunique() >= 2:
        for number, (_, held) in enumerate(GroupKFold(n_splits=min(k, rest["doc_id"].nunique())).split(rest, groups=rest["doc_id"]), start=1):
            folds[rest.index[held]] = f"pages {number}/{k}"
    elif len(rest):
        folds[rest.index] = "pages 1/1"
    return folds


def cross_validate(frame: pd.DataFrame, method: str, folds: pd.Series, fit: Callable | None = None) -> pd.DataFrame:
    """Return `frame` with pred_label, pred_position, score, method and fold: each fold predicted by a model fitted on the other folds.

    Raises AssertionError if a fold would train on one of its own pages (doc_id) or rows. Each page is
    predicted in order, so the cue model's context is the page's previous sentences.
    """
    from joblib import Parallel, delayed

    out = frame.copy()
    out["pred_label"], out["pred_position"], out["score"] = "", "", np.nan
    out["method"], out["fold"] = method, folds
    tasks = []
    for fold in pd.unique(folds):
        held = folds == fold
        train = frame[~held]
        leaked = set(train["doc_id"]) & set(frame.loc[held, "doc_id"])
        assert not leaked, f"fold {fold} trains on its own page(s) {sorted(leaked)[:3]}"
        assert not train.index.isin(frame.index[held]).any(), f"fold {fold} shares rows with its training set"
        pages = [(page.index, list(page["text"])) for _, page in frame[held].groupby("doc_id", sort=False)]
        tasks.append((fold, list(train["text"]), list(train["label"]), list(train["position"]), pages))
    # Folds are independent and each fit is deterministic, so running them side by side changes no prediction;
    # a caller's own `fit` (a test spy) runs in this process.
    jobs = 1 if fit is not None else CV_JOBS
    results = Parallel(n_jobs=jobs, max_nbytes=None)(delayed(_fold_predictions)(method, fit or fit_method, *task) for task in tasks)
    for index, pred in (item for result in results for item in result):
        out.loc[index, "pred_label"] = pred["label"].to_numpy()
        out.loc[index, "pred_position"] = pred["position"].to_numpy()
        out.loc[index, "score"] = pred["score"].to_numpy()
    return out


def _fold_predictions(method: str, fit: Callable, fold: str, texts: list[str], labels: list[str], positions: list[str],
                      pages: list[tuple[pd.Index, list[str]]]) -> list[tuple[pd.Index, pd.DataFrame]]:
    """Return (row index, predictions) per held-out page of one fold, from a model fitted on the fold's training rows."""
    model = fit(method, texts, labels, positions)
    if hasattr(model, "n_train"):
        assert model.n_train == len(texts), f"fold {fold}: model saw {model.n_train} sentences, not {len(texts)}"
    return [(index, predict_with(model, page)) for index, page in pages]


@cache
def _fitted_default(versions: tuple[tuple[str, float], ...], method: str):
    """Return `method` fitted on the training pool of these (path, modification time) files (cached per version)."""
    gold_path, *sheets = (path for path, _ in versions)
    pool = training_pool(gold_path, sheets)
    return fit_method(method, pool["text"], pool["label"], pool["position"])


def default_model(path: str | Path | None = None, sheets: Sequence[str | Path] | None = None):
    """Return the default model: DEFAULT_METHOD fitted on the seed gold (GOLD_PATH) and TRAINING_PATHS, or the cue model when none exists."""
    files = [paths.resolve(GOLD_PATH if path is None else path)] + [paths.resolve(p) for p in (TRAINING_PATHS if sheets is None else sheets)]
    present = [f for f in files[1:] if f.is_file()]
    if not files[0].is_file() and not present:
        return CueModel()
    versions = ((str(files[0]) if files[0].is_file() else "", files[0].stat().st_mtime if files[0].is_file() else 0.0),
                *((str(f), f.stat().st_mtime) for f in present))
    return _fitted_default(versions, DEFAULT_METHOD)


def predict_stance(sentences: Sequence[Sentence], model=None) -> pd.DataFrame:
    """Return one row per sentence, in order, with label (FAVOR/AGAINST/NONE), position and score (0-1).

    Without `model`, uses ``default_model()``: DEFAULT_METHOD trained on the training pool (the seed gold
    and TRAINING_PATHS; loaded lazily on the first call and cached), or the cue model if none exists.
    """
    if isinstance(sentences, str):
        sentences = [sentences]  # one sentence given bare, not a sequence of characters
    sentences = [_text(s) for s in (sentences if sentences is not None else [])]
    model = default_model() if model is None else model
    return predict_with(model, sentences)  # its scores are clipped to 0-1 where they are made


# ---------------------------------------------------------------- evaluation


def leave_one_article_out(frame: pd.DataFrame, method: str, fit: Callable | None = None) -> pd.DataFrame:
    """Return `frame` with predictions where each article (doc_id) is predicted by a model fitted on the others."""
    return cross_validate(frame, method, frame["doc_id"].astype(object), fit)


def _f1s(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> np.ndarray:
    """Return the per-label F1 scores, 2tp / (2tp + fp + fn), 0 where undefined (sklearn's f1_score with zero_division=0)."""
    # plain counts rather than sklearn: the bootstrap calls this thousands of times, and sklearn's checks dominate
    gold, pred = np.asarray(list(gold), dtype=object), np.asarray(list(pred), dtype=object)
    if len(gold) != len(pred):
        raise ValueError(f"{len(pred)} predictions for {len(gold)} gold labels")
    scores = []
    for label in labels:
        is_gold, is_pred = gold == label, pred == label
        tp = int(np.count_nonzero(is_gold & is_pred))
        denominator = int(np.count_nonzero(is_gold)) + int(np.count_nonzero(is_pred))
        scores.append(2 * tp / denominator if denominator else 0.0)
    return np.array(scores)


def semeval_f_avg(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Return the SemEval-2016 Task 6 score: the mean of F1(FAVOR) and F1(AGAINST)."""
    return float(np.mean(_f1s(gold, pred, ("FAVOR", "AGAINST"))))


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Return the macro-averaged F1 over FAVOR, AGAINST and NONE."""
    return float(np.mean(_f1s(gold, pred, LABELS)))


def per_class_table(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> pd.DataFrame:
    """Return precision, recall, F1, gold support and predicted count per class."""
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(list(gold), list(pred), labels=list(labels), zero_division=0)
    predicted = [sum(1 for x in pred if x == lab) for lab in labels]
    return pd.DataFrame({"class": list(labels), "precision": p, "recall": r, "f1": f, "support": s, "predicted": predicted})


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> pd.DataFrame:
    """Return the confusion matrix as a frame (rows gold, columns predicted)."""
    from sklearn.metrics import confusion_matrix

    matrix = confusion_matrix(list(gold), list(pred), labels=list(labels))
    return pd.DataFrame(matrix, index=pd.Index(labels, name="gold"), columns=pd.Index(labels, name="predicted"))


def bootstrap_interval(gold: Sequence[str], pred: Sequence[str], metric: Callable = semeval_f_avg, n: int = 1000,
                       seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Return the percentile bootstrap interval of `metric`, resampling sentences with replacement.

    Sentences of one article are not independent and the seed corpus has few articles, so this
    interval understates the uncertainty of a score on new articles.
    """
    gold, pred = np.asarray(list(gold), dtype=object), np.asarray(list(pred), dtype=object)
    if len(gold) != len(pred):
        raise ValueError(f"{len(pred)} predictions for {len(gold)} gold labels")
    if not len(gold):
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    values = [metric(gold[idx], pred[idx]) for idx in (rng.integers(0, len(gold), len(gold)) for _ in range(n))]
    tail = (1 - level) / 2 * 100
    return float(np.percentile(values, tail)), float(np.percentile(values, 100 - tail))
