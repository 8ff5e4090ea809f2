"""Text helpers: Unicode normalisation, paragraphs, language, Punkt sentences, same-story detection.

Every function is pure except the thin `load_*` readers. Offsets are Python string indices
(code points) into the text passed in, so ``text[start:end]`` is always the returned span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import numpy as np
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktTrainer

Span = tuple[int, int, str]  # (start, end, text) with text == source[start:end]

# ---------------------------------------------------------------- Unicode


def nfc(text: str) -> str:
    """Return `text` in Unicode Normalization Form C (composed: "e" + U+0301 becomes "é")."""
    return unicodedata.normalize("NFC", text)


_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a"  # ‘ ’ ‚ ‛ ′ ‹ ›
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"  # “ ” „ ‟ ″ « »
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # ‐ ‑ ‒ – — ― −
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width chars, BOM
_UNICODE_SPACES = "".join(
    chr(c) for c in range(0x80, 0x3001) if unicodedata.category(chr(c)) == "Zs"
)  # NBSP, narrow NBSP, thin, figure, em/en spaces, ideographic space...
_MATCHING_TABLE = str.maketrans(
    {
        **{c: "'" for c in _SINGLE_QUOTES},
        **{c: '"' for c in _DOUBLE_QUOTES},
        **{c: "-" for c in _DASHES},
        **{c: " " for c in _UNICODE_SPACES},
        **{c: None for c in _INVISIBLE},
    }
)


def normalise_for_matching(text: str) -> str:
    """Return a casefolded NFC copy of `text` with ASCII quotes, dashes and spaces, for matching only.

    Typographic quotes and apostrophes become ' or ", dashes and the minus sign become -,
    every Unicode space separator (NBSP, narrow NBSP, thin space...) becomes " ", and soft
    hyphens, zero-width characters and BOMs are dropped. The result may be SHORTER or LONGER
    than `text` (dropped invisibles; casefold turns "ß" into "ss"), so never use its offsets
    on the original: keep the original for display and offsets. Line breaks and tabs are kept.
    """
    return nfc(nfc(text).translate(_MATCHING_TABLE).casefold())


# ---------------------------------------------------------------- paragraphs

# The same line boundaries as str.splitlines().
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_TRIM = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _INVISIBLE


def trimmed_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Return (start, end) of text[start:end] without leading/trailing whitespace, BOM and zero-width marks."""
    part = text[start:end]
    kept = part.strip(_TRIM)
    left = len(part) - len(part.lstrip(_TRIM)) if kept else 0
    return start + left, start + left + len(kept)


def paragraphs(text: str) -> list[Span]:
    """Return every non-blank line of `text`, trimmed of whitespace and BOM/zero-width marks, as (start, end, line)."""
    spans = []
    for line in _LINE.finditer(text):
        start, end = trimmed_span(text, line.start(), line.end())
        if start < end:
            spans.append((start, end, text[start:end]))
    return spans


# ---------------------------------------------------------------- language

LANGUAGES = ("en", "fr")  # the two languages the workbook must tell apart
MIN_LETTERS = 3  # fewer letters than this (after removing URLs, @handles, #tags, digits): "und"
MIN_CONFIDENCE = 0.6  # below this share of the en+fr probability the text is "und" ("Sports", "Blog")
MAX_CHARS = 10_000  # only the first 10,000 characters are read (bounds the time on a 10 MB line)
OTHER_MIN_LETTERS = 20  # a third language is only reported on at least this many letters...
OTHER_MIN_CONFIDENCE = 0.7  # ...and when py3langid's full model is at least this sure of it

_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+|\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:;…\"'»”“«(\[]$")

# Short function words that are frequent in one language and rare in the other (no "a", "on",
# "an", "son", "plus", "s": words of both). Used for a vote before the n-gram model.
_FUNCTION_WORDS = {
    "en": frozenset(
        "the of and to in is was that for with by from it be are were has have had this which "
        "not but or their his her they she he we our will would its who been than after also "
        "what there when into about".split()
    ),
    "fr": frozenset(
        "le la les de des du et à au aux un une est que qui dans pour sur pas ne il elle ils "
        "elles nous vous se sa ses ce cette ces qu d l n c j ont sont été par avec mais ou "
        "comme leur leurs été était".split()
    ),
}


@cache
def _identifier():
    """Return py3langid's identifier with its shipped model and normalised probabilities (loaded once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def mask_names(text: str) -> str:
    """Return `text` without capitalised words that do not open a sentence (names, titles), unless that leaves < 2 words."""
    if text.isupper():
        return text
    kept, opening = [], True
    for word in text.split():
        core = word.lstrip("\"'«“‘([")
        if opening or not core[:1].isupper():
            kept.append(word)
        opening = not core or bool(_SENTENCE_END.search(word))
    return " ".join(kept) if len(kept) >= 2 else text


def function_word_vote(text: str) -> str:
    """Return "en" or "fr" when one language's function words clearly outnumber the other's (>= 2 and > 2x), else "und"."""
    words = _LETTERS.findall(text.casefold())
    en = sum(w in _FUNCTION_WORDS["en"] for w in words)
    fr = sum(w in _FUNCTION_WORDS["fr"] for w in words)
    if en >= 2 and en > 2 * fr:
        return "en"
    if fr >= 2 and fr > 2 * en:
        return "fr"
    return "und"


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of `text` ("en" or "fr"; another code only when clear), or "und" if too short to tell.

    Method, measured against py3langid and langdetect on data/annotations/language/ (see
    benchmarks/bench_text.py): read the first MAX_CHARS characters; drop URLs, @handles,
    #hashtags and digits; "und" below MIN_LETTERS letters. If py3langid's full model (shipped
    in the package) is >= 0.7 sure of a language outside LANGUAGES on >= 20 letters, return it
    (py3langid's code: ISO 639-1 where one exists). Otherwise choose between "en" and "fr" only:
    a function-word vote, then py3langid's en/fr probabilities, both on the text with
    capitalised non-initial words removed (names such as "La France Insoumise" pull English
    towards French), then on the whole text; "und" if the winner never reaches 0.6 of the en+fr
    probability (single words such as "Sports" or "Blog"). Deterministic: no sampling, no seed.
    """
    cleaned = _NOISE.sub(" ", nfc(text[:MAX_CHARS]))
    letters = sum(len(w) for w in _LETTERS.findall(cleaned))
    if letters < MIN_LETTERS:
        return "und"
    identifier = _identifier()
    best, confidence = identifier.classify(cleaned)
    if best not in LANGUAGES and confidence >= OTHER_MIN_CONFIDENCE and letters >= OTHER_MIN_LETTERS:
        return best
    masked = mask_names(cleaned)
    vote = function_word_vote(masked)
    if vote != "und":
        return vote
    for candidate in (masked, cleaned):
        best, share = en_fr_share(candidate)
        if share >= MIN_CONFIDENCE:
            return best
    return "und"


def en_fr_share(text: str) -> tuple[str, float]:
    """Return py3langid's likelier language of LANGUAGES for `text` and its share of their summed probability."""
    scores = dict(_identifier().rank(text))
    total = sum(scores.get(lang, 0.0) for lang in LANGUAGES)
    best = max(LANGUAGES, key=lambda lang: scores.get(lang, 0.0))
    return best, (scores.get(best, 0.0) / total if total > 0 else 0.0)


# ---------------------------------------------------------------- sentences (Punkt)


class NewsLanguageVars(PunktLanguageVars):
    """Punkt language variables that treat typographic quotes (“ ” ‘ ’ « ») like ASCII quotes.

    A period followed directly by ” or ’ is a candidate boundary (as before " or '), and a
    closing ” ’ » after a boundary (French puts a space before ») is kept with the sentence
    it closes. « is not moved: in French it opens a quote and is followed by a space.
    """

    re_boundary_realignment = re.compile(r"[\"')\]}”’»]+?(?:\s+|(?=--)|$)", re.MULTILINE)
    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,“”‘’«»]"

    @property
    def _re_non_word_chars(self) -> str:
        return r"(?:[)\";}\]\*:@\'\({\[“”‘’«»%s])" % re.escape(
            "".join(set(self.sent_end_chars) - {"."})
        )


LANG_VARS = NewsLanguageVars()


def normalise_abbreviation(abbreviation: str) -> str:
    """Return `abbreviation` as Punkt stores it: NFC, trimmed, lowercased, without its final period ("U.S." -> "u.s")."""
    return nfc(abbreviation).strip().lower().rstrip(".")


TRAIN_CHARS = 2_000_000  # Punkt's statistics settle long before this; training time grows linearly with text
TRAIN_CHARS_PER_TEXT = 200_000  # so that one huge page cannot dominate what is learnt


def train_punkt(texts: Sequence[str], abbreviations: Iterable[str]) -> PunktSentenceTokenizer:
    """Return a Punkt sentence tokenizer trained on `texts` (each line a paragraph) plus the given abbreviations.

    The trainer sees each text's non-blank lines separated by blank lines, so Punkt knows a
    line start is a sentence start. Of the abbreviations Punkt learns, only dotted ones
    ("u.s", "e.g") are kept: on a corpus of a few thousand words its statistics also take rare
    sentence-final words for abbreviations (it learnt "day" and "year" on the seeds), so single
    words must come from `abbreviations`, which are added after training. Collocations,
    sentence starters and capitalisation evidence are kept as learnt. No downloaded nltk data.
    Training reads at most TRAIN_CHARS characters (TRAIN_CHARS_PER_TEXT per text), in the given order.
    """
    trainer = PunktTrainer(lang_vars=LANG_VARS)
    budget = TRAIN_CHARS
    for text in texts:
        body = "\n\n".join(line for _, _, line in paragraphs(nfc(text[:min(budget, TRAIN_CHARS_PER_TEXT)])))
        if body:
            trainer.train(body, finalize=False)
        budget -= len(body)
        if budget <= 0:
            break
    trainer.finalize_training()
    params = trainer.get_params()
    learnt_dotted = {a for a in params.abbrev_types if "." in a}
    params.abbrev_types.clear()
    params.abbrev_types.update(learnt_dotted)
    params.abbrev_types.update(a for a in map(normalise_abbreviation, abbreviations) if a)
    return PunktSentenceTokenizer(params, lang_vars=LANG_VARS)


def split_sentences(text: str, tokenizer: PunktSentenceTokenizer) -> list[Span]:
    """Return the sentences of `text` as (start, end, sentence) with text[start:end] == sentence; none crosses a line break."""
    spans = []
    for para_start, _, para in paragraphs(text):
        for window_start, window in windows(para):
            for start, end in tokenizer.span_tokenize(window):
                s, e = trimmed_span(text, para_start + window_start + start, para_start + window_start + end)
                if s < e:
                    spans.append((s, e, text[s:e]))
    return spans


WINDOW_CHARS = 20_000  # Punkt's regexes run under nltk's 5 s ReDoS guard: a 10 MB paragraph would trip it
_WINDOW_CUT = re.compile(r"[.!?][\"'”’»)]*\s+")


def windows(paragraph: str, size: int = WINDOW_CHARS) -> list[tuple[int, str]]:
    """Return (offset, piece) windows of at most about `size` characters, cut after a sentence end where there is one."""
    pieces, start = [], 0
    while len(paragraph) - start > size:
        limit = start + size
        cuts = [m.end() for m in _WINDOW_CUT.finditer(paragraph, start + size // 2, limit)]
        cut = cuts[-1] if cuts else (paragraph.rfind(" ", start + 1, limit) + 1 or limit)
        pieces.append((start, paragraph[start:cut]))
        start = cut
    pieces.append((start, paragraph[start:]))
    return pieces


def load_abbreviations(path: str | Path) -> frozenset[str]:
    """Return the abbreviations listed one per line in the UTF-8 file `path`, as written (trimmed); '#' lines are comments."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return frozenset(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))


# ---------------------------------------------------------------- same story

SAME_STORY_THRESHOLD = 0.13  # see same_story_clusters

# Stop words removed before TF-IDF, in the form the preprocessor produces (casefolded, no
# accents): scikit-learn's English list plus a French list written for this module.
_FRENCH_STOP_WORDS = """
a au aux avec ce ces cet cette ceci cela ça celle celles celui ceux chez comme dans de des du
elle elles en entre est et été était étaient être eux il ils je la le les leur leurs lui ma
mais me même mes moi mon ne ni nos notre nous on ont ou où par pas pour qu que quel quelle
quels quelles qui sa sans se ses si son sont sous sur ta te tes toi ton tous tout toute
toutes très tu un une vos votre vous y à été avait avaient avoir aussi alors après avant
bien car dont donc encore fait faire fut ici ils jamais là leur lors plus peu peut puis
quand sera seront selon ses soit son tandis toujours trop vers via voici voilà déjà
""".split()


def _strip_accents(text: str) -> str:
    """Return `text` without combining accents ("Guetté" -> "Guette")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def matching_key(text: str) -> str:
    """Return normalise_for_matching(text) without accents: the form compared by similarity_matrix."""
    return nfc(_strip_accents(normalise_for_matching(text)))


@cache
def _stop_words() -> frozenset[str]:
    """Return the English and French stop words in matching_key form."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(matching_key(w) for w in (*ENGLISH_STOP_WORDS, *_FRENCH_STOP_WORDS))


def similarity_matrix(texts: Sequence[str]) -> np.ndarray:
    """Return the n x n cosine similarity of `texts` as TF-IDF vectors (word 1-2-grams, sublinear tf, en+fr stop words).

    Texts are compared in matching_key form (casefold, ASCII quotes, no accents), so "Guetté"
    and "Guette" match. Chosen on the seeds' raw text, by the ratio of the same-story pair
    002/004 to the highest other pair: word 1-2-grams without stop words 0.172 / 0.072 = 2.4;
    with stop words 1.6; word unigrams 2.2; char_wb 3-5-grams 1.4; char_wb 4-6-grams 1.6.
    IDF is fitted on `texts` themselves, so values are relative to the set passed in. The
    diagonal is 1; a text with no (non-stop) words has similarity 0 to every other text.
    Deterministic and symmetric.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts)
    vectorizer = TfidfVectorizer(
        preprocessor=matching_key,
        analyzer="word",
        ngram_range=(1, 2),
        stop_words=sorted(_stop_words()),
        sublinear_tf=True,
        dtype=np.float64,
    )
    try:
        vectors = vectorizer.fit_transform(list(texts))
    except ValueError as error:
        if "empty vocabulary" not in str(error):
            raise
        return np.eye(n)  # no text has a single non-stop word
    sim = (vectors @ vectors.T).toarray()
    sim = np.clip((sim + sim.T) / 2, 0.0, 1.0)
    np.fill_diagonal(sim, 1.0)
    return sim


def same_story_clusters(sim: np.ndarray, threshold: float = SAME_STORY_THRESHOLD) -> list[int]:
    """Return a cluster id per document: connected components of sim >= threshold, ids numbered by first appearance.

    Default 0.13, the geometric mean of the lowest same-story pair and the highest
    different-story pair measured: seeds 002/004 (same resolution, two outlets) score 0.17 and
    the other seed pairs at most 0.07; in the literal test examples two rewrites score 0.18
    (English) and 0.28 (French), another story on the same topic (Le Pen and NATO) 0.105.
    Connected components chain: A~B and B~C put A and C together even if A and C differ.
    """
    sim = np.asarray(sim, dtype=float)
    if sim.ndim != 2 or sim.shape[0] != sim.shape[1]:
        raise ValueError(f"similarity matrix must be square, got shape {sim.shape}")
    linked = (sim >= threshold) | (sim.T >= threshold)
    labels = [-1] * sim.shape[0]
    next_id = 0
    for seed in range(len(labels)):
        if labels[seed] != -1:
            continue
        labels[seed], stack = next_id, [seed]
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(linked[i]):
                if labels[j] == -1:
                    labels[j] = next_id
                    stack.append(int(j))
        next_id += 1
    return labels
