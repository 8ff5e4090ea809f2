"""Temporal expressions in English and French news text, normalised to ISO 8601 against the publication date.

`extract_time_expressions(text, published)` is the public entry point. Detection is our own regular
grammar built from two small lexicons (data/reference/time_lexicon_en.csv and _fr.csv): a fast scan
finds trigger words (numbers, months, weekdays, units, seasons, deictics such as "now", "hier"), the
grammar's families are tried at the few word starts just before each trigger, and the first family
in longest-first order that matches and passes its context check wins (no overlaps). Values come from
our own normaliser; dateparser is only the peer (`dateparser_peer`). Offsets are Python string
indices into the text passed in, so ``text[start:end]`` is always the `text` column.

Span convention: the minimal temporal phrase without a leading preposition ("In 1966" -> "1966",
"on Monday" -> "Monday", "le 7 mars 1966" -> "7 mars 1966"); determiners are left out of calendar
dates ("the 4th of January 2022" -> "4th of January 2022", "the summer of 2021" -> "summer of
2021") but kept where they are part of the phrase: decades ("the 1960s", "les années 1960"),
"the past 30 years", French relatives ("l'an prochain", "la semaine dernière", "le lendemain").

False positives are ruled out by context, not by a list of bad strings:
- A bare four-digit number (1000-2099) is a year only in a temporal context: a temporal preposition
  before it (in, since, until, by, before, after, during, en, depuis, jusqu'en, dès, d'ici...); a
  lighter one (of, from, to, de, à, entre...) unless a plural noun or a count noun follows; a
  determiner or possessive followed by an event noun or a capitalised name ("the 1974 Cyprus
  crisis", "NATO's 2022 Strategic Concept"); an event noun after it ("2017 election"); a year range
  or list ("1966-2009", "1966 and 2009", "de 1966 à 2009"); parentheses ("(1966)"); a possessive
  ("2009's"); or a sentence start followed by a colon, comma or verb ("1949: France signs"). It is
  never a year after a currency sign, a label (n°, No., Article, page, flight...), a quantity word
  (more than, about, plus de, environ...) unless nothing follows, inside a run of numbers (phone
  numbers, "1,000", "2 000"), before %, percent, a currency or a count noun (troops, votes, seats,
  euros...), or after a capitalised name ("Agenda 2030").
- English month names must be capitalised ("may", "march" are not months); a month without a day
  or year needs a temporal word before it ("in May", "fin mars"), except unambiguous names
  (January, juillet...) not followed by a name; May, March, April, June, August and mars always
  need that word; "Mars" capitalised inside a sentence without a day is the planet; abbreviations
  (Jan., sept.) never stand alone.
- Weekdays: English ones must be capitalised; names are skipped (Black Friday, Good Friday, the
  Sunday Times, the Mail on Sunday, Mardi gras).
- "N units" is a duration, but not an age ("53 ans," / "10-year-old" / "53 years old"); "a year",
  "several years", "des années" need a word such as for/over/within/pendant/depuis before them.
- Nothing is read inside URLs, e-mail addresses, handles and hashtags; nothing followed by a
  percent sign or word; times of day alone, ordinals, "Article 5", "S-400", "WWII" never match.
"""

from __future__ import annotations

import csv
import datetime as dt
from bisect import bisect_right
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.engine import Mapper, local_map

COLUMNS = ["start", "end", "text", "value", "granularity", "type", "anchor"]
GRANULARITIES = ("minute", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
                 "early", "mid", "late", "duration", "present_ref", "set")
TYPES = ("date", "relative", "duration", "present_ref", "set")
LEXICON_FILES = {"en": paths.REFERENCE / "time_lexicon_en.csv", "fr": paths.REFERENCE / "time_lexicon_fr.csv"}

# ---------------------------------------------------------------- lexicon


def load_lexicon(path: str | Path) -> list[tuple[str, str, str]]:
    """Return the (kind, word, value) rows of a time lexicon CSV, skipping its `# origin` line."""
    with open(paths.resolve(path), encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(r["kind"].strip(), r["word"].strip().lower(), (r["value"] or "").strip()) for r in rows if r["word"]]


@dataclass(frozen=True)
class Lexicon:
    """Words of one kind per language: kind -> {word: value} for English, French and both."""

    en: dict[str, dict[str, str]]
    fr: dict[str, dict[str, str]]

    def words(self, kind: str, lang: str = "both") -> dict[str, str]:
        """Return {word: value} of one kind, for 'en', 'fr' or 'both' (French wins a clash)."""
        if lang == "both":
            return {**self.en.get(kind, {}), **self.fr.get(kind, {})}
        return dict(getattr(self, lang).get(kind, {}))


def group_lexicon(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """Return kind -> {word: value} from lexicon rows."""
    kinds: dict[str, dict[str, str]] = {}
    for kind, word, value in rows:
        kinds.setdefault(kind, {})[word] = value
    return kinds


@cache
def lexicon() -> Lexicon:
    """Return the English and French time lexicons (read once)."""
    return Lexicon(group_lexicon(load_lexicon(LEXICON_FILES["en"])), group_lexicon(load_lexicon(LEXICON_FILES["fr"])))


# ---------------------------------------------------------------- regex building blocks

SP = r"[^\S\r\n]+"  # horizontal whitespace, NBSP included; never a line break
OSP = r"[^\S\r\n]*"
AP = r"['’ʼ]"
HY = r"[-‐‑]"
END = r"(?!\w)"


def word_pattern(word: str) -> str:
    """Return a regex for a lexicon word: spaces match any horizontal space, apostrophes and hyphens any variant."""
    out = []
    for ch in word:
        out.append(SP if ch == " " else AP if ch in "'’" else HY if ch == "-" else re.escape(ch))
    return "".join(out)


def trie_pattern(words: Iterable[str]) -> str:
    """Return a non-capturing regex matching any of `words`, factored as a trie so it fails fast."""
    trie: dict = {}
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [word_pattern(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def words_re(kind: str, lang: str = "both", extra: Iterable[str] = ()) -> str:
    """Return a trie regex of the lexicon words of `kind` (plus `extra`) that ends where the word ends."""
    words = list(lexicon().words(kind, lang)) + list(extra)
    open_ended = [w for w in words if w.endswith((".", "'"))]
    closed = [w for w in words if not w.endswith((".", "'"))]
    parts = ([trie_pattern(open_ended)] if open_ended else []) + ([f"{trie_pattern(closed)}{END}"] if closed else [])
    return "(?:" + "|".join(parts) + ")"


# ---------------------------------------------------------------- grammar


def month_re() -> str:
    """Return the regex of a month name or abbreviation (English or French), group `mon`."""
    return "(?P<mon>" + words_re("month_abbr") + "|" + words_re("month") + ")"


def grammar_families() -> list[tuple[str, str]]:
    """Return (family, regex) pairs: every shape of temporal expression the tagger knows, longest first."""
    lex = lexicon()
    MON = month_re()
    MON_EN = "(?P<mon>" + words_re("month", "en") + ")"
    WD = "(?P<wd>" + words_re("weekday") + ")"
    WDX = "(?:(?P<wd>" + words_re("weekday_abbr") + "|" + words_re("weekday") + "),?" + SP + ")"
    DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|re|e|ème|è)?(?![\w%]|[.,]\d)"
    YEAR = r"(?P<year>1\d{3}|20\d{2})(?![\w%]|[.,]\d)"
    TIME = (r"(?P<time>(?:,?" + SP + r"(?:at|à|@)" + SP + r"|,?" + SP + r"|" + OSP + r"[-–]" + OSP + r")"
            r"(?:(?P<hh>[01]?\d|2[0-3])(?::|\.|" + OSP + r"h" + OSP + r")(?P<mm>[0-5]\d)(?:" + OSP + r"(?P<ap>[ap]\.?m\.?))?"
            r"|(?P<hh2>1[0-2]|0?[1-9])" + OSP + r"(?P<ap2>[ap]\.?m\.?)|(?P<hh3>[01]?\d|2[0-3])" + OSP + r"h)(?![\w:]))")
    NUM_EN = "(?P<num>" + words_re("number", "en", extra=[f"{t}-{u}" for t in ("twenty", "thirty", "forty", "fifty", "sixty",
             "seventy", "eighty", "ninety") for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]) + r"|\d+(?:[.,]\d+)?)"
    NUM_FR = "(?P<num>" + words_re("number", "fr") + r"|\d+(?:[.,]\d+)?)"
    UNIT_EN = "(?P<unit>" + words_re("unit", "en") + ")"
    UNIT_FR = "(?P<unit>" + words_re("unit", "fr") + ")"
    SEASON = "(?P<season>" + words_re("season") + ")"
    SEASON_EN = "(?P<season>" + words_re("season", "en") + ")"
    SEASON_FR = "(?P<season>" + words_re("season", "fr") + ")"
    QUAL = (r"(?P<q>(?:very" + SP + r")?(?:beginning|start|middle|end|close|turn)" + SP + r"of" + SP + r"|(?:early|late|mid)(?:"
            + SP + "|" + HY + r")|mid" + HY + r"|(?:fin|début|milieu)(?:" + SP + r"(?:du" + SP + r"mois" + SP + r")?de)?" + SP
            + r"|mi" + HY + r"|courant" + SP + r")")
    REL_EN = r"(?P<rel>this|last|next)"
    REL_FR = r"(?P<rel>dernier|dernière|prochain|prochaine|passé|passée)"
    DECADE_Q = r"(?:(?P<q>early|mid|late)(?:" + SP + "|" + HY + r"))?"
    ANCHOR_UNIT = r"(?P<unit>day|week|month|year|decade|morning|afternoon|evening|night|weekend)"
    ORD_EN = "(?P<ord>" + words_re("ordinal", "en") + r"|[1-4](?:st|nd|rd|th))"
    ORD_FR = "(?P<ord>" + words_re("ordinal", "fr") + r"|[1-4](?:er|e|ème))"
    PART = r"(?:" + SP + r"(?P<part>morning|afternoon|evening|night|matin|après-midi|soir|soirée|midi))?"
    families = [
        # absolute calendar dates
        ("dmy", WDX + "?" + DAY + "(?:" + SP + "of" + SP + "|" + SP + "|" + HY + ")" + MON + "(?:,?" + SP + "|" + HY + ")" + YEAR + TIME + "?"),
        ("mdy", WDX + "?" + MON + SP + DAY + "(?:," + OSP + "|" + SP + ")" + YEAR + TIME + "?"),
        ("iso", r"(?P<year>1\d{3}|20\d{2})(?P<sep>[-/])(?P<mo>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
                r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/]|-\d)"),
        ("num", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)" + YEAR + "(?!/)" + TIME + "?"),
        ("dm_rel", DAY + SP + MON + SP + r"(?P<rel>dernier|prochain)" + END),
        ("dm", WDX + "?" + DAY + "(?:" + SP + "of" + SP + "|" + SP + ")" + MON + TIME + "?"),
        ("day_first", r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?(?=(?:" + OSP + r"[-–]" + OSP + r"|" + SP + r"(?:and|et|au|to|&)"
                      + SP + r")(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e)?(?:" + SP + r"of)?" + SP + MON
                      + r"(?:,?" + SP + YEAR + r")?)"),
        ("md", WDX + "?" + MON + SP + DAY + r"(?!" + OSP + r"[,.]?" + OSP + r"\d)" + TIME + "?"),
        ("month_rel_of", MON + "(?:" + SP + "of|" + SP + "de|,)?" + SP + REL_EN + SP + "year" + END),
        ("month_rel_fr", MON + SP + REL_FR + END),
        ("month_rel_fr_year", MON + SP + r"(?:de" + SP + r")?l" + AP + r"(?:année|an)" + SP + REL_FR + END),
        ("month_this_fr", MON + SP + r"(?:de" + SP + r")?cette" + SP + r"année" + END),
        ("rel_month", REL_EN + SP + MON_EN),
        ("my", MON + "(?:" + SP + "of" + SP + "|" + SP + "de" + SP + "|" + SP + "d" + AP + "|," + OSP + "|" + SP + ")" + YEAR),
        ("qual_month", QUAL + OSP + MON + "(?:(?:" + SP + "of" + SP + "|" + SP + "de" + SP + "|," + OSP + "|" + SP + ")" + YEAR + ")?"),
        ("qual_year", QUAL + OSP + r"(?:(?:the" + SP + r")?year" + SP + r"|l" + AP + r"(?:an|année)" + SP + r")?" + YEAR),
        ("qual_rel", QUAL + OSP + r"(?:(?P<rel>this|last|next)" + SP + r"(?P<unit>year|month|week|decade|century)|the" + SP
                     + r"(?P<unit2>year|month|week|decade|century))" + END),
        ("qual_rel_fr", r"(?P<q>fin|début|milieu|mi)(?:" + HY + r"|" + SP + r"(?:de" + SP + r"l" + AP + r"|d" + AP + r"|de" + SP + r"(?:cette|la)"
                        + SP + r"|du" + SP + r"|de" + SP + r"(?=semaine|mois)))(?P<unit>année|an|mois|semaine)(?:" + SP
                        + r"(?P<rel>prochaine|prochain|dernière|dernier|passée|passé|en" + SP + r"cours))?" + END),
        ("season_year", SEASON + "(?:" + SP + "of" + SP + "|" + SP + "de" + SP + "|" + SP + "d" + AP + "|" + SP + ")" + YEAR),
        ("season_rel", REL_EN + SP + SEASON_EN + END),
        ("season_rel_fr", r"(?:l" + AP + r"|le" + SP + r")?" + SEASON_FR + SP + REL_FR + END),
        ("season_this_fr", r"(?:cet|ce)" + SP + SEASON_FR + END),
        ("quarter_q", r"(?P<kind>[QqHhTtSs])(?P<qn>[1-4])(?:" + SP + "|-|/)?" + YEAR),
        ("quarter_yq", YEAR + r"(?:" + SP + "|-|/)?(?P<kind>[QqHh])(?P<qn>[1-4])" + END),
        ("quarter_en", ORD_EN + SP + r"(?P<kind>quarter|half)(?:(?:" + SP + r"of" + SP + r"(?:the" + SP + r"year" + SP + r")?|" + SP + r")" + YEAR + r")?" + END),
        ("quarter_fr", ORD_FR + SP + r"(?P<kind>trimestre|semestre)(?:" + SP + r"(?:de" + SP + r"|d" + AP + r")?(?:l" + AP + r"année" + SP + r")?" + YEAR + r")?" + END),
        ("decade", r"(?:the" + SP + r")?" + DECADE_Q + r"(?P<cent>1\d|20)(?P<dec>\d)0" + AP + r"?s" + END),
        ("decade_short", r"the" + SP + DECADE_Q + AP + r"?(?P<dec>\d)0" + AP + r"?s" + END),
        ("decade_word", r"the" + SP + DECADE_Q + "(?P<word>" + words_re("decade_word", "en") + ")"),
        ("decade_fr", r"(?:(?:les|des|aux)" + SP + r")?années" + SP + r"(?:(?P<cent>19|20)?(?P<dec>\d)0(?!\d)|(?P<word>"
                      + words_re("decade_word", "fr") + r"))" + END),
        ("century_en", r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + words_re("ordinal", "en") + "))(?:" + HY + "|" + SP + r")century" + END),
        ("century_fr", r"(?P<n>[IVXivx]{1,5}|\d{1,2})(?:e|ème|è|er)" + OSP + r"siècle" + END),
        # relative to the previous date in the text (before the publication-relative ones: "cette année-là" is not "cette année")
        ("anchored", r"the" + SP + r"(?P<rel>following|previous|same|next|preceding|prior)" + SP + ANCHOR_UNIT + END),
        ("anchored_that", r"that" + SP + ANCHOR_UNIT + END),
        ("anchored_after", r"the" + SP + r"(?P<unit>day|week|month|year)" + SP + r"(?P<rel>before|after)" + END),
        ("anchored_fr", r"(?P<w>le" + SP + r"lendemain|la" + SP + r"veille|le" + SP + r"surlendemain|l" + AP + r"(?:année|an)" + SP
                        + r"(?:suivante|précédente|d" + AP + r"après|d" + AP + r"avant)|le" + SP + r"mois" + SP + r"(?:suivant|précédent|d" + AP
                        + r"après)|la" + SP + r"semaine" + SP + r"(?:suivante|précédente|d" + AP + r"après)|le" + SP + r"jour" + SP
                        + r"(?:suivant|précédent|même)|le" + SP + r"même" + SP + r"jour|la" + SP + r"même" + SP + r"année|le" + SP + r"même" + SP
                        + r"mois|(?:cette" + SP + r"(?:année|semaine|nuit)|ce" + SP + r"(?:jour|mois|soir|matin))" + HY + r"là)" + END),
        # relative to the publication date
        ("rel_unit", r"(?:(?P<ea>earlier|later)" + SP + r")?" + REL_EN + SP + r"(?P<unit>week|month|year|weekend|decade|century|quarter)" + END),
        ("rel_unit_fr", r"(?P<unit>la" + SP + r"semaine|le" + SP + r"mois|l" + AP + r"an(?:née)?|le" + SP + r"week" + HY + r"end|la" + SP
                        + r"décennie|le" + SP + r"siècle)" + SP + REL_FR + END),
        ("this_fr", r"(?P<unit>cette" + SP + r"(?:semaine|année|décennie)|ce" + SP + r"(?:mois(?:" + HY + r"ci)?|week" + HY + r"end|siècle))" + END),
        ("ago", r"(?:" + NUM_EN + "(?:" + SP + "|" + HY + "))?" + UNIT_EN + SP + r"(?P<dir>ago|earlier|later|before|after|afterwards|previously|on)" + END),
        ("ago_fr", r"il" + SP + r"y" + SP + r"a" + SP + r"(?:" + NUM_FR + SP + r")?" + UNIT_FR + END),
        ("later_fr", NUM_FR + SP + UNIT_FR + SP + r"(?P<dir>plus" + SP + r"tard|plus" + SP + r"tôt|auparavant|après|avant)" + END),
        ("weekday", r"(?:(?P<rel>last|next|this|coming|past|ce)" + SP + r")?" + WD + r"(?:" + SP + r"(?P<rel2>dernier|prochain|passé))?" + PART + END),
        ("deictic_day", r"(?P<w>yesterday|today|tomorrow|tonight|avant" + HY + r"hier|après" + HY + r"demain|hier|demain|aujourd" + AP + r"hui)" + PART + END),
        ("deictic_part", r"(?P<w>last|this|tomorrow|yesterday)" + SP + r"(?P<part>night|morning|afternoon|evening)" + END),
        ("deictic_part_fr", r"(?P<w>ce|cet|cette)" + SP + r"(?P<part>matin|soir|après" + HY + r"midi|nuit)" + END),
        ("present", "(?P<w>" + words_re("present") + ")"),
        # vague past and future references (TimeML PAST_REF / FUTURE_REF): tagged, with no value
        ("vague_ref", r"(?P<w>recently|lately|the" + SP + r"future|récemment|dernièrement|l" + AP + r"avenir|le" + SP + r"futur)" + END),
        # recurring times
        ("set_every", r"(?P<q>every|each)" + SP + r"(?:other" + SP + r")?(?:" + NUM_EN + SP + r")?(?:" + UNIT_EN + "|" + WD + ")"),
        ("set_chaque", r"chaque" + SP + r"(?:" + UNIT_FR + "|" + WD + r")"),
        ("set_tous", r"(?:tous|toutes)" + SP + r"les" + SP + r"(?:" + NUM_FR + SP + r")?(?:" + UNIT_FR + r"|(?P<wdp>"
                     + words_re("weekday_plural", "fr") + r"))"),
        ("set_per", r"(?:per|par)" + SP + r"(?P<unit>year|annum|month|week|day|an|année|mois|semaine|jour)" + END),
        ("set_adv", r"(?P<w>annually|every" + SP + r"year)" + END),
        ("set_times", r"(?P<times>once|twice|(?:three|four|\d+)" + SP + r"times|une" + SP + r"fois|deux" + SP + r"fois)" + SP
                      + r"(?:a|per|par)" + SP + r"(?P<unit>year|month|week|day|an|mois|semaine|jour)" + END),
        # durations
        ("duration", r"(?:the" + SP + r"(?P<mod>past|last|next|first|previous|coming|final|following)" + SP + r")?" + NUM_EN
                     + r"(?:" + SP + "|" + HY + ")" + UNIT_EN + r"(?!" + HY + r"old|" + SP + r"old\b)"),
        ("duration_fr", r"(?:(?P<det>les|ces)" + SP + r"(?:(?P<mod>derniers|dernières|premiers|premières|prochains|prochaines)" + SP + r")?)?"
                        + NUM_FR + SP + r"(?:(?P<mod2>derniers|dernières|premiers|premières|prochains|prochaines)" + SP + r")?" + UNIT_FR
                        + r"(?:" + SP + r"(?P<mod3>derniers|dernières|passés|passées|écoulés|écoulées|prochains|prochaines))?" + END),
        ("vague_en", r"(?P<mod>recent|the" + SP + r"(?:past|last|coming|next|previous)(?:" + SP + r"(?:few|several|many))?)" + SP
                     + r"(?P<unit>years|months|weeks|decades|days|centuries)" + END),
        ("vague_fr", r"(?:ces|les)" + SP + r"(?:dernières|derniers|prochaines|prochains)" + SP + r"(?P<unit>années|mois|semaines|décennies|jours|siècles)" + END),
        ("bare_units", r"(?P<unit>years|decades|months|weeks|centuries|années|décennies|siècles)" + END),
        # years
        ("month", MON),
        ("season", SEASON),
        ("year_word", r"(?:year|l" + AP + r"an(?:née)?)" + SP + YEAR),
        ("year", YEAR),
    ]
    return families


def tag_groups(family: str, pattern: str) -> str:
    """Return `pattern` with its named groups prefixed `family__` so families can share one regex."""
    pattern = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{family}__{m.group(1)}>", pattern)
    return re.sub(r"\(\?P=(\w+)\)", lambda m: f"(?P={family}__{m.group(1)})", pattern)


START = r"(?<![\w$€£¥#@])(?<![^\W\d_]" + HY + r")(?<!\w[.,/])"


@dataclass(frozen=True, eq=False)
class Grammar:
    """The compiled grammar: a fast trigger finder and each family's own anchored regex, with the characters each can start with."""

    trigger: re.Pattern
    trigger_lower: re.Pattern
    starter: re.Pattern  # a word an expression can start with (tried before a trigger)
    starter_lower: re.Pattern
    families: tuple[tuple[str, re.Pattern], ...]
    patterns: tuple[str, ...]  # each family's source regex, for the per-character finders
    first_chars: tuple[frozenset[str] | None, ...]  # per family, the lower-case characters it can start with (None: any)
    index: dict[str, int]  # family name -> position in `families`

    def families_at(self, char: str) -> list[tuple[str, re.Pattern]]:
        """Return the families that can start with `char` (a non-ASCII digit is looked up as 0, like \\d)."""
        return families_starting(self, first_key(char))

    def finder_at(self, char: str) -> re.Pattern | None:
        """Return one regex trying, in order, every family that can start with `char` (None when none can)."""
        return finder_starting(self, first_key(char))


def first_key(char: str) -> str:
    """Return the lookup key of a first character: lower case, non-ASCII digits as 0."""
    return "0" if char.isdigit() and not char.isascii() else char.lower()


def trigger_words() -> list[str]:
    """Return the content words of which every expression holds at least one (months, weekdays, units, seasons, deictics...)."""
    lex = lexicon()
    kinds = ("month", "month_abbr", "weekday", "weekday_abbr", "weekday_plural", "season", "unit", "decade_word")
    found = {w for k in kinds for w in lex.words(k)}
    found |= {"now", "nowadays", "currently", "presently", "present", "présent", "moment", "actuellement", "maintenant", "désormais",
              "dorénavant", "présentement", "yesterday", "today", "tomorrow", "tonight", "hier", "demain", "aujourd'hui",
              "avant-hier", "après-demain", "morning", "afternoon", "evening", "night", "weekend", "week-end", "matin", "soir",
              "soirée", "après-midi", "midi", "nuit", "lendemain", "veille", "surlendemain", "quarter", "half", "trimestre",
              "semestre", "century", "siècle", "annually", "annum", "années", "recently", "lately", "future", "récemment",
              "dernièrement", "avenir", "futur"}
    return sorted(found)


@cache
def first_words() -> frozenset[str]:
    """Return every lower-case word an expression can start with (other word starts before a trigger are not tried)."""
    lex = lexicon()
    kinds = ("month", "month_abbr", "weekday", "weekday_abbr", "season", "number", "ordinal", "present", "unit", "decade_word")
    found = {w.split(" ")[0].rstrip(".") for k in kinds for w in lex.words(k)}
    found |= {"the", "this", "last", "next", "early", "late", "mid", "earlier", "later", "that", "every", "each", "per", "par", "recent",
              "year", "l'", "la", "le", "les", "ces", "des", "aux", "ce", "cet", "cette", "il", "chaque", "tous", "toutes", "yesterday",
              "today", "tomorrow", "tonight", "avant", "après", "hier", "demain", "aujourd'", "fin", "début", "milieu", "mi", "courant",
              "annually", "once", "twice", "coming", "past", "beginning", "start", "middle", "end", "close", "turn", "années", "very",
              "three", "four", "une", "deux", "q1", "q2", "q3", "q4", "h1", "h2", "t1", "t2", "t3", "t4", "s1", "s2",
              "recently", "lately", "récemment", "dernièrement", "l", "le"}
    return frozenset(found)


@cache
def grammar() -> Grammar:
    """Return the compiled grammar (built once from the lexicons)."""
    families = grammar_families()
    flags = re.IGNORECASE
    special = r"|[qhts][1-4]\b|[ivx]{1,5}(?:e|ème|è|er)\b|" + AP + r"?\d0" + AP + r"?s"
    french_an = r"|(?:l" + AP + r"|un\s|par\s|chaque\s|\d\s)an(?!\w)"
    trigger = r"\d+|(?<!\w)(?:(?:" + trie_pattern(w for w in trigger_words() if w != "an") + r")(?!\w)" + special + french_an + ")"
    compiled = tuple((name, re.compile(START + pattern, flags)) for name, pattern in families)
    first = tuple(first_characters(pattern) for _, pattern in families)
    index = {name: i for i, (name, _) in enumerate(families)}
    firsts = first_words()
    starter = (r"(?<!\w)(?:\d|" + trie_pattern(w for w in firsts if w.endswith("'")) + r"|(?:"
               + trie_pattern(w for w in firsts if not w.endswith("'")) + r")(?!\w))")
    return Grammar(re.compile(trigger, flags), re.compile(trigger), re.compile(starter, flags), re.compile(starter), compiled,
                   tuple(p for _, p in families), first, index)


@cache
def families_starting(g: Grammar, key: str) -> list[tuple[str, re.Pattern]]:
    """Return the families of `g` that can start with the lower-case character `key` (cached per character)."""
    return [f for f, first in zip(g.families, g.first_chars) if first is None or key in first]


@cache
def finder_starting(g: Grammar, key: str) -> re.Pattern | None:
    """Return the alternation, in family order, of the families of `g` that can start with `key`; each alternative is a group named after its family."""
    chosen = [(name, pattern) for (name, _), pattern, first in zip(g.families, g.patterns, g.first_chars) if first is None or key in first]
    if not chosen:
        return None
    alternatives = "|".join(f"(?P<{name}>{tag_groups(name, pattern)})" for name, pattern in chosen)
    return re.compile(START + "(?:" + alternatives + ")", re.IGNORECASE)


def first_characters(pattern: str) -> frozenset[str] | None:
    """Return the lower-case characters a regex can start matching with, or None when any may (read from its parse tree)."""
    try:
        from re import _parser  # the standard library's own regex parser (private: any failure means "any character")

        chars, _ = sequence_firsts(list(_parser.parse(pattern, re.IGNORECASE)))
    except Exception:  # noqa: BLE001
        return None
    return None if chars is None else frozenset(chars)


def sequence_firsts(ops: list) -> tuple[set[str] | None, bool]:
    """Return (first characters, can be empty) of a parsed regex sequence; None when unknown."""
    chars: set[str] = set()
    for op, arg in ops:
        first, nullable = op_firsts(str(op), arg)
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def op_firsts(op: str, arg) -> tuple[set[str] | None, bool]:
    """Return (first characters, can be empty) of one parsed regex operation."""
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True
    if op == "LITERAL":
        return {chr(arg).lower()}, False
    if op == "IN":
        chars: set[str] = set()
        for kind, value in arg:
            kind = str(kind)
            if kind == "LITERAL":
                chars.add(chr(value).lower())
            elif kind == "RANGE" and value[1] - value[0] < 1000:
                chars |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            elif kind == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                chars |= set("0123456789")
            else:
                return None, False
        return chars, False
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, sub = arg
        first, nullable = sequence_firsts(list(sub))
        return first, low == 0 or nullable
    if op == "SUBPATTERN":
        return sequence_firsts(list(arg[-1]))
    if op == "ATOMIC_GROUP":
        return sequence_firsts(list(arg))
    if op == "BRANCH":
        chars, empty = set(), False
        for branch in arg[1]:
            first, nullable = sequence_firsts(list(branch))
            if first is None:
                return None, False
            chars |= first
            empty = empty or nullable
        return chars, empty
    return None, False


# ---------------------------------------------------------------- anchors (the publication date and earlier dates)


@dataclass(frozen=True)
class Anchor:
    """A point in time known to some precision: year, month, day or minute."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def precision(self) -> str:
        """Return 'year', 'month', 'day' or 'minute'."""
        return "minute" if self.minute is not None else "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        """Return the anchor as ISO 8601 cut to its precision."""
        return iso_value(self.year, self.month, self.day, self.hour, self.minute)

    @property
    def date(self) -> dt.date | None:
        """Return the calendar day, or None when the day is not known."""
        return dt.date(self.year, self.month, self.day) if self.day and self.month else None


_ISO_ANCHOR = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?)?)?")


def parse_anchor(value: object) -> Anchor | None:
    """Return the Anchor of a date, datetime, ISO string at any precision ('2026-01', '2022-01-04T17:23'), or None."""
    if value is None or (not isinstance(value, (str, dt.date)) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        return Anchor(value.year, value.month, value.day, value.hour, value.minute)
    if isinstance(value, dt.date):
        return Anchor(value.year, value.month, value.day)
    match = _ISO_ANCHOR.match(str(value))
    if not match:
        return None
    year, month, day, hour, minute = (int(g) if g else None for g in match.groups())
    try:
        dt.datetime(year, month or 1, day or 1, hour or 0, minute or 0)
    except ValueError:
        return None
    return Anchor(year, month, day if month else None, hour if day else None, minute if day and hour is not None else None)


def iso_value(year: int, month: int | None = None, day: int | None = None, hour: int | None = None, minute: int | None = None) -> str:
    """Return ISO 8601 cut to the finest part given ("1966", "2021-09", "2022-01-03", "2022-01-04T17:23")."""
    value = f"{year:04d}"
    if month:
        value += f"-{month:02d}"
        if day:
            value += f"-{day:02d}"
            if hour is not None:
                value += f"T{hour:02d}:{minute or 0:02d}"
    return value


def iso_week(day: dt.date) -> str:
    """Return the ISO week of a day ("2022-W01")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Return (year, month) moved by n months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def shift(anchor: Anchor | None, n: float, unit: str) -> tuple[str, str]:
    """Return (value, granularity) of `anchor` moved by n units (Y, M, W, FN, D, H, MIN, S, DE, CE); value "" when too coarse."""
    granularity = UNIT_GRANULARITY.get(unit, "day")
    if anchor is None or n != int(n):
        return "", granularity
    n = int(n)
    if unit == "Y":
        return f"{anchor.year + n:04d}", "year"
    if unit == "DE":
        return str((anchor.year + 10 * n) // 10), "decade"
    if unit == "CE":
        return f"{(anchor.year + 100 * n) // 100:02d}", "century"
    if unit == "M":
        return (iso_value(*add_months(anchor.year, anchor.month, n)), "month") if anchor.month else ("", "month")
    day = anchor.date
    if day is None:
        return "", granularity
    if unit in ("W", "FN"):
        return iso_week(day + dt.timedelta(weeks=n * (2 if unit == "FN" else 1))), "week"
    if unit == "D":
        return (day + dt.timedelta(days=n)).isoformat(), "day"
    if anchor.minute is None:
        return day.isoformat(), "day"
    moment = dt.datetime(anchor.year, anchor.month, anchor.day, anchor.hour, anchor.minute)
    moved = moment + dt.timedelta(**{TIMEDELTA_UNITS[unit]: n})
    return moved.strftime("%Y-%m-%dT%H:%M"), "minute"


TIMEDELTA_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds"}
UNIT_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "FN": "week", "D": "day", "H": "day", "MIN": "day", "S": "day",
                    "DE": "decade", "CE": "century"}


def weekday_on(anchor: Anchor | None, weekday: int, direction: str) -> str:
    """Return the ISO day of `weekday` (1 = Monday) relative to the anchor day: 'past' (on or before), 'future' (on or after), 'last' or 'next' (strictly)."""
    day = anchor.date if anchor else None
    if day is None:
        return ""
    back = (day.isoweekday() - weekday) % 7
    ahead = (weekday - day.isoweekday()) % 7
    offset = {"past": -back, "future": ahead, "last": -(back or 7), "next": ahead or 7}[direction]
    return (day + dt.timedelta(days=offset)).isoformat()


def anchor_from_value(value: str) -> Anchor | None:
    """Return the Anchor of a resolved value ("1966", "2021-09", "2022-01-03", "2021-SU" -> its year), or None for decades and durations."""
    if len(value) < 4 or not value[:4].isdigit():
        return None
    return parse_anchor(value) if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d(?:T\d\d:\d\d)?)?)?", value) else Anchor(int(value[:4]))


# ---------------------------------------------------------------- context around a candidate

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*['’ʼ]?|[^\w\s]")
_SENTENCE_END = re.compile(r"(?:[.!?…][\"”»’)]*\s|\n)")


def left_tokens(text: str, start: int, n: int = 4) -> list[str]:
    """Return up to n tokens (words with their apostrophes, or single punctuation marks) just before `start` on its line."""
    window = text[max(0, start - 60):start]
    cut = max(window.rfind("\n"), window.rfind("\r"))
    tokens = _TOKEN.findall(window[cut + 1:] if cut >= 0 else window)
    return [t.replace("’", "'").replace("ʼ", "'") for t in tokens[-n:]]


def right_tokens(text: str, end: int, n: int = 3) -> list[str]:
    """Return up to n tokens just after `end` on its line."""
    window = text[end:end + 60]
    cut = min((i for i in (window.find("\n"), window.find("\r")) if i >= 0), default=len(window))
    return [t.replace("’", "'").replace("ʼ", "'") for t in _TOKEN.findall(window[:cut])[:n]]


def sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding `pos` starts (a line break or . ! ? followed by a space, at most 300 characters back)."""
    lo = max(0, pos - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def sentence_end(text: str, pos: int) -> int:
    """Return where the sentence holding `pos` ends (at most 200 characters on)."""
    match = _SENTENCE_END.search(text, pos, min(len(text), pos + 200))
    return match.start() if match else min(len(text), pos + 200)


_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to|due\s+to|set\s+to|scheduled|expected\s+to|plans?\s+to|planned|intends?\s+to"
                     r"|upcoming|next|prochaine?s?|va|vont|allons|doit|doivent|devra\w*|compte|comptent"
                     r"|\w{2,}(?:era|ira|dra|rra|ront|rons|erez|irez|erai|irai)s?)\b|['’]ll\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|ago|last|yesterday|ont|avait|avaient|était|étaient|fut|furent|hier"
                   r"|dernière?s?|a\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|it|u|us))\b|\b[a-z]{2,}(?<!e)ed\b")


def future_tense(text: str, start: int, end: int) -> bool | None:
    """Return True when the clause around text[start:end] speaks of the future, False for the past, None when it does not say."""
    before = text[sentence_start(text, start):start]
    cues = [(m.end(), True) for m in _FUTURE.finditer(before)] + [(m.end(), False) for m in _PAST.finditer(before)]
    if cues:
        return max(cues)[1]
    after = text[end:min(sentence_end(text, end), end + 40)]
    future, past = _FUTURE.search(after), _PAST.search(after)
    if future and (not past or future.start() < past.start()):
        return True
    return False if past else None


# ---------------------------------------------------------------- masks: URLs, e-mail addresses, handles and hashtags

_MASK_TRIGGER = re.compile(r"[/@#]|www\.")
_WEB_SUFFIX = re.compile(r"\.(?:com|org|net|fr|uk|eu|int|gov|info|io|ru|de|be|ch)(?:/|$)", re.IGNORECASE)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every token that is a URL, path, e-mail address, handle or hashtag (no dates are read there)."""
    spans: list[tuple[int, int]] = []
    for trigger in _MASK_TRIGGER.finditer(text):
        i = trigger.start()
        if spans and i < spans[-1][1]:
            continue
        start = i
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = i
        while end < len(text) and not text[end].isspace():
            end += 1
        token = text[start:end]
        if ("://" in token or token.lower().startswith("www.") or "@" in token or token.startswith("#")
                or token.count("/") >= 3 or _WEB_SUFFIX.search(token)):
            spans.append((start, end))
    return spans


def overlaps_mask(masks: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return True when [start, end) overlaps a masked span."""
    i = bisect_right(masks, (start, float("inf"))) - 1
    return any(s < end and start < e for s, e in masks[max(i, 0):i + 2])


# ---------------------------------------------------------------- context checks (is this candidate a temporal expression?)


@dataclass(frozen=True)
class Words:
    """Lowercase word sets and lookups derived from the lexicons, for the context checks and the normaliser."""

    months: dict[str, int]
    months_en: frozenset[str]
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]
    weekdays_en: frozenset[str]
    units: dict[str, str]
    numbers: dict[str, str]
    ordinals: dict[str, str]
    seasons: dict[str, str]
    decade_words: dict[str, str]
    strong: frozenset[str]
    weak: frozenset[str]
    determiners: frozenset[str]
    quantity: frozenset[str]
    count_nouns: frozenset[str]
    event_nouns: frozenset[str]


@cache
def words() -> Words:
    """Return the lexicon word sets (built once)."""
    lex = lexicon()
    both = lex.words
    months = {w.rstrip("."): int(v) for k in ("month", "month_abbr") for w, v in both(k).items()}
    return Words(
        months=months, months_en=frozenset(w.rstrip(".") for k in ("month", "month_abbr") for w in lex.words(k, "en")),
        month_abbreviations=frozenset(w.rstrip(".") for w in both("month_abbr")) - set(both("month")),
        weekdays={w.rstrip("."): int(v) for k in ("weekday", "weekday_abbr", "weekday_plural") for w, v in lex.words(k, "en").items()}
        | {w.rstrip("."): int(v) for k in ("weekday", "weekday_plural") for w, v in lex.words(k, "fr").items()},
        weekdays_en=frozenset(lex.words("weekday", "en")),
        units=both("unit"), numbers={w.replace("’", "'"): v for w, v in both("number").items()}, ordinals=both("ordinal"),
        seasons=both("season"), decade_words=both("decade_word"),
        strong=frozenset(both("strong_prep")), weak=frozenset(both("weak_prep")), determiners=frozenset(both("determiner")),
        quantity=frozenset(both("quantity")), count_nouns=frozenset(both("count_noun")), event_nouns=frozenset(both("event_noun")),
    )


def norm(word: str) -> str:
    """Return a word lowercased with typographic apostrophes made straight and runs of spaces made one."""
    return " ".join(word.lower().replace("’", "'").replace("ʼ", "'").split())


def is_capitalised(word: str) -> bool:
    """Return True when a word starts with an upper-case letter."""
    return word[:1].isupper()


def at_sentence_start(left: list[str]) -> bool:
    """Return True when the left tokens end a sentence (or there are none on the line)."""
    return not left or left[-1] in {".", "!", "?", ":", ";", "…", "\"", "“", "«", "—", "–", "-", "•", "*"}


_PERCENT_AFTER = re.compile(r"[^\S\r\n]?(?:%|percent\b|per[^\S\r\n]?cent\b|pour[^\S\r\n]?cent\b|pc\b)", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"(?:\b(?:no|nos|n°|nº|art|arts|p|pp|vol|tel|tél|fax|ref|réf|ch|sec|para)\.?[^\S\r\n]*|[#№][^\S\r\n]*)$", re.IGNORECASE)
_LABEL_WORDS = {"number", "numéro", "article", "section", "page", "pages", "flight", "vol", "route", "code", "room", "resolution",
                "résolution", "law", "loi", "decree", "décret", "chapter", "chapitre", "isbn", "case", "bill", "amendment", "amendement",
                "paragraph", "paragraphe", "item", "line", "ligne", "square", "model", "type", "class", "series", "série", "issue",
                "episode", "épisode", "version", "release", "id", "ticket", "order", "postcode", "zip", "boulevard", "avenue", "rue",
                "street", "highway", "bus", "train", "seat", "row", "score", "rank", "level", "grade", "size", "scale"}
_RANGE_LEFT = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2})[^\S\r\n]*(?:[-–—/]|\b(?:to|and|or|through|until|till|à|au|et|ou)\b|,)[^\S\r\n]*$", re.IGNORECASE)
_RANGE_RIGHT = re.compile(r"[^\S\r\n]*(?:[-–—/]|\b(?:to|and|or|through|until|till|à|au|et|ou)\b|,)[^\S\r\n]*(1\d{3}|20\d{2})(?![\d%]|[.,]\d)"
                          r"(?:[^\S\r\n]+([^\W\d_]+))?", re.IGNORECASE)
_YEAR_OPENERS = {"was", "saw", "marked", "brought", "is", "will", "proved", "began", "ended", "became", "changed", "had", "fut", "est",
                 "marque", "marqua", "a", "voit", "vit", "restera", "reste", "sera"}


def count_follows(tokens: list[str], n: int = 1) -> bool:
    """Return True when one of the first n tokens after a number is a count noun (troops, votes, euros...)."""
    nouns = words().count_nouns
    return any(norm(t) in nouns for t in tokens[:n])


def year_ok(text: str, start: int, end: int) -> bool:
    """Return True when a bare four-digit number is a year: no veto (count, money, percent, label, number run) and a temporal context.

    Contexts: a temporal preposition before it (in, since, until, by, en, depuis, jusqu'en...), a lighter
    one (of, from, to, de, à...) unless a plural noun follows, a determiner followed by an event noun or
    a capitalised name ("the 1974 Cyprus crisis"), a year range or list ("1966-2009", "1966 and 2009"),
    parentheses, a possessive, or a sentence start followed by a colon or a verb such as "was".
    """
    w = words()
    year = int(text[start:end])
    left, right = left_tokens(text, start), right_tokens(text, end)
    lw = [norm(t) for t in left]
    rw = [norm(t) for t in right]
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    if _NUMBER_LABEL.search(before) or (lw and lw[-1] in _LABEL_WORDS) or text[start - 1:start] in {"$", "€", "£", "¥", "-"} and not _RANGE_LEFT.search(before):
        return False
    if re.search(r"\d[^\S\r\n]*[.\-/–]?[^\S\r\n]*$", before) and not _RANGE_LEFT.search(before):
        return False
    if re.match(r"[^\S\r\n]?(?:[€$£]|euros?\b|dollars?\b|[ap]\.?m\b|h\d|:\d|[.\-/][^\S\r\n]?\d)", after, re.IGNORECASE) and not _RANGE_RIGHT.match(after):
        if not re.match(r"[-–—/]\d{2}(?!\d)", after):
            return False
    if re.match(r"[^\S\r\n]\d", after):
        return False
    if count_follows(right):
        return False
    prev = lw[-1] if lw else ""
    if prev.split("'")[0] in {"l", "d", "qu", "jusqu", "lorsqu", "c", "s", "n"} and prev not in w.strong:  # "l'horizon" -> "horizon"
        prev = prev.split("'", 1)[-1]
    elif prev == "horizon":  # "à l'horizon 2030" is a date, the EU's "Horizon 2020" programme is a name
        prev = "Horizon"
    followed_by_stop = not right or not right[0][:1].isalnum()
    if prev in w.quantity or (prev == "de" and len(lw) > 1 and lw[-2] in w.quantity) or (prev == "to" and len(lw) > 1 and lw[-2] == "up"):
        return followed_by_stop
    partner, left_partner = _RANGE_RIGHT.match(after), _RANGE_LEFT.search(before)
    if left_partner and _NUMBER_LABEL.search(before[:left_partner.start()]):
        return False
    if left_partner or (partner and not (partner.group(2) and norm(partner.group(2)) in w.count_nouns)):
        return year >= 1500 or prev in w.strong
    tail = re.match(r"[-–—/](\d{2})(?![\w%]|[.,]\d)", after)
    if tail and int(tail.group(1)) > year % 100:
        return True
    if prev in w.strong or (prev == "of" and len(lw) > 1 and lw[-2] == "as"):
        return year >= 1000
    if year < 1500:
        return False
    nxt = rw[0] if rw else ""
    if prev in w.weak:
        plural = nxt[:1].isalpha() and right[0].islower() and nxt.endswith(("s", "x")) and len(nxt) > 3 and nxt not in w.event_nouns
        return not plural and not count_follows(right, 2)
    if prev == "(" and nxt in {")", "-", "–", "—", ",", ";", "/"}:
        return True
    if re.match(r"['’]s\b", after):
        return True
    if nxt in w.event_nouns or nxt in {"onwards", "onward"}:
        return True
    if prev in w.determiners or (prev.endswith("'s") and left and left[-1][:1].isupper()):
        return bool(right) and is_capitalised(right[0]) and right[0][:1].isalpha() and not count_follows(right, 2)
    if at_sentence_start(left):
        return nxt in {":", ",", "–", "—", "-"} or nxt in _YEAR_OPENERS
    return False


_MONTH_STRONG = {"in", "since", "until", "till", "by", "from", "during", "before", "after", "throughout", "early", "late", "mid",
                 "last", "next", "this", "each", "every", "between", "around", "en", "depuis", "jusqu'en", "dès", "avant", "après",
                 "pendant", "durant", "début", "fin", "mi", "courant", "entre", "jusqu'au", "mois", "month", "through", "of", "de", "d'"}
_MONTH_WEAK = {"to", "and", "or", "à", "au", "et", "ou", "-", "–", "/", ","}
_AMBIGUOUS_MONTHS = {"may", "march", "mars", "april", "june", "august"}


def month_word_ok(m: re.Match, text: str) -> bool:
    """Return True unless the match's month is lower-case English ("may") or a capitalised "Mars" inside a sentence without a day (the planet)."""
    word = m.group("mon")
    if not english_month_ok(word):
        return False
    if norm(word) == "mars" and word[:1] == "M" and m.start() == m.start("mon"):
        return at_sentence_start(left_tokens(text, m.start(), 1))
    return True


def english_month_ok(word: str) -> bool:
    """Return True unless an English month name is written in lower case (then it is "may", "march"...)."""
    key = norm(word).rstrip(".")
    return key not in words().months_en or is_capitalised(word) or key in lexicon().words("month", "fr")


def month_ok(text: str, start: int, end: int) -> bool:
    """Return True when a month name standing alone is a month: a temporal word before it, or a name that cannot be anything else."""
    w = words()
    word = text[start:end]
    key = norm(word).rstrip(".")
    if key in w.month_abbreviations or not english_month_ok(word):
        return False
    left, right = left_tokens(text, start), right_tokens(text, end)
    prev = norm(left[-1]) if left else ""
    if prev in _MONTH_STRONG and not (prev in {"of", "de", "d'"} and key in _AMBIGUOUS_MONTHS and is_capitalised(word)
                                      and not (len(left) > 1 and norm(left[-2]) in {"month", "mois"})):
        return True
    if prev in _MONTH_WEAK:
        window = text[max(0, start - 25):start]
        return key not in _AMBIGUOUS_MONTHS or any(norm(t).rstrip(".") in w.months for t in _TOKEN.findall(window))
    if key in _AMBIGUOUS_MONTHS:
        return False
    return not (right and is_capitalised(right[0]) and right[0][:1].isalpha())


_WEEKDAY_NAME_BEFORE = {"black", "good", "super", "bloody", "cyber", "holy", "ash", "palm", "easter", "maundy", "shrove", "on", "girl", "man"}
_WEEKDAY_NAME_AFTER = {"times", "telegraph", "express", "mirror", "post", "herald", "mail", "star", "independent", "tribune", "journal",
                       "night", "people", "sport", "gras", "saint", "noir", "morning"}


def weekday_ok(text: str, start: int, end: int, weekday: str) -> bool:
    """Return True unless a weekday is lower-case English or part of a name (Black Friday, the Sunday Times, Mardi gras)."""
    key = norm(weekday)
    if key in words().weekdays_en and not is_capitalised(weekday):
        return False
    left, right = left_tokens(text, start, 2), right_tokens(text, end, 1)
    prev = norm(left[-1]) if left else ""
    if prev == "on" and len(left) > 1 and norm(left[-2]) == "mail":
        return False
    if prev in _WEEKDAY_NAME_BEFORE and prev != "on" and is_capitalised(left[-1]):
        return False
    return not (right and norm(right[0]) in _WEEKDAY_NAME_AFTER and (is_capitalised(right[0]) or norm(right[0]) in {"gras", "saint"}))


_DURATION_CONTEXT = {"for", "over", "within", "in", "after", "than", "nearly", "almost", "about", "around", "under", "barely", "only",
                     "just", "half", "least", "another", "spent", "took", "lasted", "during", "throughout", "past", "next", "first",
                     "pendant", "durant", "depuis", "en", "dans", "sur", "après", "avant", "pour", "de", "d'", "ici", "voilà", "fait", "plus",
                     "moins", "près", "environ", "durée", "all"}
_VAGUE_NUMBERS = {"a", "an", "one", "few", "a few", "several", "many", "some", "des", "quelques", "plusieurs", "de nombreuses", "de nombreux"}


def duration_ok(text: str, start: int, end: int, groups: dict) -> bool:
    """Return True when "N units" is a duration: "a year", "several years", "des années" need a word such as for/over/pendant before them; ages are not durations."""
    num = norm(groups.get("num") or "")
    left, right = left_tokens(text, start), right_tokens(text, end, 2)
    prev = norm(left[-1]) if left else ""
    if groups.get("mod") or groups.get("det") or groups.get("mod2") or groups.get("mod3"):
        return True
    if num in _VAGUE_NUMBERS or (num == "un" and norm(groups.get("unit") or "") == "jour"):
        return prev in _DURATION_CONTEXT
    unit = norm(groups.get("unit") or "")
    if unit in {"ans", "an"}:  # French ages: "Marine Le Pen, 53 ans," / "âgé de 53 ans" / "il a 53 ans"
        if prev in {"âgé", "âgée", "âgés", "âgées", "a", "avait", "aura", "ses", "leurs", "ayant"} or (prev == "de" and len(left) > 1 and norm(left[-2]) in {"âgé", "âgée", "âge"}):
            return False
        if prev == "," and right and right[0] in {",", ")"}:
            return False
    if unit in {"years", "year"} and prev == "aged":
        return False
    return not (num[:1].isdigit() and len(num) == 4 and num.isdigit())


def follows_freely(text: str, end: int) -> bool:
    """Return True when nothing but punctuation, the end of the line or "that/this/then/cela" follows (the anchor is not an event)."""
    right = right_tokens(text, end, 1)
    return not right or not right[0][:1].isalnum() or norm(right[0]) in {"that", "this", "then", "cela", "ça", "ceci"}


def calendar_ok(year: int | None, month: int, day: int) -> bool:
    """Return True when the day exists in that month (29 February needs a leap year when the year is known)."""
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def day_month_year(groups: dict) -> tuple[int | None, int, int]:
    """Return (year or None, month, day) of a matched calendar date."""
    w = words()
    if groups.get("a"):  # numeric d/m/y: day first unless that is impossible
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (b, a) if b > 12 >= a else (a, b)
    else:
        month = int(groups["mo"]) if groups.get("mo") else w.months[norm(groups["mon"]).rstrip(".")]
        day = int(groups["day"])
    return (int(groups["year"]) if groups.get("year") else None), month, day


def date_ok(m: re.Match, text: str) -> bool:
    """Return True when a day-month(-year) match names a real day and an English month is capitalised."""
    g = m.groupdict()
    if g.get("mon") and not month_word_ok(m, text):
        return False
    if g.get("day2") and int(g["day2"]) <= int(g["day"]):
        return False
    year, month, day = day_month_year(g)
    return 1 <= month <= 12 and calendar_ok(year, month, day)


def day_month_ok(m: re.Match, text: str) -> bool:
    """Return True for a day and month without a year, unless the number is a count or the month a lower-case English word."""
    if not date_ok(m, text):
        return False
    left = left_tokens(text, m.start(), 2)
    return not (left and (left[-1][:1].isdigit() or norm(left[-1]) in words().quantity | {"the", "of", "top", "than"}) and not m.group("wd")
                and m.group(0)[:1].isdigit())


def month_alone_ok(m: re.Match, text: str) -> bool:
    """Return True when a lone month name is used as a month."""
    return month_word_ok(m, text) and month_ok(text, m.start(), m.end())


_SEASON_PREPOSITIONS = {"in", "by", "during", "until", "till", "since", "through", "throughout", "over", "before", "after", "early", "late",
                        "en", "au", "à", "depuis", "jusqu'au", "dès", "pendant", "durant", "avant", "après", "début", "fin", "courant"}


def season_alone_ok(m: re.Match, text: str) -> bool:
    """Return True for a season without a year after a temporal preposition ("in the summer", "by the autumn", "au printemps"); never "fall"."""
    if norm(m.group("season")) == "fall":
        return False
    left = [norm(t) for t in left_tokens(text, m.start(), 2)]
    if left and left[-1] in {"the", "l'", "le"}:
        left = left[:-1]
    return bool(left) and left[-1] in _SEASON_PREPOSITIONS


def english_month_match_ok(m: re.Match, text: str) -> bool:
    """Return True unless the match's month is a lower-case English month name or the planet Mars."""
    return month_word_ok(m, text)


def no_count_after_ok(m: re.Match, text: str) -> bool:
    """Return True unless a count noun follows the year ("summer 2000 troops")."""
    return not count_follows(right_tokens(text, m.end(), 1))


def quarter_ok(m: re.Match, text: str) -> bool:
    """Return True for a quarter or half with a year, or a lone quarter that nothing but punctuation follows."""
    return bool(m.groupdict().get("year")) or (norm(m.group("kind")) not in {"half", "semestre"} and follows_freely(text, m.end()))


def weekday_match_ok(m: re.Match, text: str) -> bool:
    """Return True when the weekday is a day (not "Black Friday", not lower-case English)."""
    return weekday_ok(text, m.start("wd"), m.end("wd"), m.group("wd"))


def deictic_ok(m: re.Match, text: str) -> bool:
    """Return True unless "Today" is part of a name ("Russia Today", "USA Today")."""
    word = m.group("w")
    left = left_tokens(text, m.start(), 1)
    return not (word[:1] == "T" and left and is_capitalised(left[-1]) and left[-1][:1].isalpha() and norm(left[-1]) not in {"i"})


def present_ok(m: re.Match, text: str) -> bool:
    """Return True unless "now" starts a compound ("now-defunct") or "maintenant" is a gerund ("en maintenant")."""
    key = norm(m.group("w"))
    left = left_tokens(text, m.start(), 1)
    if key == "now" and text[m.end():m.end() + 1] in "-‐‑" and text[m.end():m.end() + 1]:
        return False
    return not (key == "maintenant" and left and norm(left[-1]) == "en")


def ago_ok(m: re.Match, text: str) -> bool:
    """Return True for "N units ago/later"; "before/after/on" only when no event follows; no number needs a plural unit."""
    g = m.groupdict()
    direction = norm(g.get("dir") or "")
    if direction in {"before", "after", "on", "après", "avant"} and not follows_freely(text, m.end()):
        return False
    unit = norm(g["unit"])
    return bool(g.get("num")) or unit.endswith("s") or unit == "mois"


def anchored_after_ok(m: re.Match, text: str) -> bool:
    """Return True for "the day before/after" when no event follows."""
    return follows_freely(text, m.end())


def duration_match_ok(m: re.Match, text: str) -> bool:
    """Return True when "N units" is a duration (see duration_ok)."""
    return duration_ok(text, m.start(), m.end(), m.groupdict())


def bare_units_ok(m: re.Match, text: str) -> bool:
    """Return True for "years"/"decades" standing alone after for/in/over/within ("for years", "in decades")."""
    left = left_tokens(text, m.start(), 1)
    return bool(left) and norm(left[-1]) in {"for", "in", "over", "within", "after", "throughout", "pendant", "durant", "depuis"}


def year_match_ok(m: re.Match, text: str) -> bool:
    """Return True when a bare four-digit number is a year (see year_ok)."""
    return year_ok(text, m.start("year"), m.end("year"))


def qual_year_ok(m: re.Match, text: str) -> bool:
    """Return True unless a count noun follows ("late 2000 troops" is not a date)."""
    return not count_follows(right_tokens(text, m.end(), 2), 2)


def month_year_ok(m: re.Match, text: str) -> bool:
    """Return True for month + year unless the month is lower-case English or the number is a count."""
    return month_word_ok(m, text) and not count_follows(right_tokens(text, m.end(), 1))


_AFTER_NOUN_FUTURE = {"of", "and", "or", "is", "was", "will", "would", "as", "in", "for", "with", "that", "but", "to", "when",
                      "de", "et", "ou", "est", "sera", "pour", "que", "qui", "mais", "dans"}


def vague_ok(m: re.Match, text: str) -> bool:
    """Return True unless "the future" / "l'avenir" modifies a noun ("a future European command" is an adjective)."""
    if not norm(m.group("w")).replace("’", "'").endswith(("future", "avenir", "futur")):
        return True
    after = right_tokens(text, m.end(), 1)
    return not after or not after[0][:1].isalpha() or norm(after[0]) in _AFTER_NOUN_FUTURE


VALIDATORS: dict[str, Callable[[re.Match, str], bool]] = {
    "dmy": date_ok, "mdy": date_ok, "iso": date_ok, "num": date_ok, "dm": day_month_ok, "md": day_month_ok,
    "month_rel_of": english_month_match_ok, "month_rel_fr": english_month_match_ok, "month_rel_fr_year": english_month_match_ok,
    "month_this_fr": english_month_match_ok, "rel_month": english_month_match_ok, "my": month_year_ok,
    "qual_month": english_month_match_ok, "qual_year": qual_year_ok, "quarter_en": quarter_ok, "quarter_fr": quarter_ok,
    "weekday": weekday_match_ok, "deictic_day": deictic_ok, "present": present_ok, "vague_ref": vague_ok, "ago": ago_ok, "ago_fr": ago_ok,
    "later_fr": ago_ok, "anchored_after": anchored_after_ok, "duration": duration_match_ok, "duration_fr": duration_match_ok,
    "bare_units": bare_units_ok, "year": year_match_ok, "year_word": qual_year_ok, "month": month_alone_ok,
    "day_first": date_ok, "season": season_alone_ok, "dm_rel": date_ok, "season_year": no_count_after_ok,
}


# ---------------------------------------------------------------- the normaliser: a value for each kind of expression

Resolved = tuple[str, str, str, str]  # value, granularity, type, anchor


@dataclass
class State:
    """What resolution has seen so far in one text: the publication date and the last dated expression."""

    published: Anchor | None
    last: Anchor | None = None
    last_end: int = -1


def number_value(word: str | None) -> float | None:
    """Return the number a numeral stands for ("30", "1,5", "three", "twenty-five", "trois"), or None when vague ("several")."""
    if not word:
        return None
    key = norm(word)
    if key[:1].isdigit():
        key = key.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", key) else key.replace(",", ".")
        return float(key)
    numbers = words().numbers
    if key in numbers:
        return None if numbers[key] == "X" else float(numbers[key])
    parts = [numbers.get(p) for p in key.split("-")]
    return float(sum(int(p) for p in parts)) if parts and all(p and p != "X" for p in parts) else None


def number_text(n: float) -> str:
    """Return a number as written in ISO durations (no trailing .0)."""
    return str(int(n)) if n == int(n) else f"{n:g}"


def unit_code(word: str) -> str:
    """Return the unit code (Y, M, W, FN, D, H, MIN, S, DE, CE) of a unit word."""
    key = norm(word)
    return {"morning": "D", "afternoon": "D", "evening": "D", "night": "D", "weekend": "W", "annum": "Y"}.get(key) or words().units[key]


def duration_value(n: float | None, unit: str) -> str:
    """Return an ISO 8601 duration ("P30Y", "P3M", "PT24H"); X for a vague count ("PXY"); decades and centuries in years when counted."""
    if unit == "FN":
        n, unit = (None if n is None else n * 2), "W"
    if unit in ("DE", "CE"):
        return f"PX{unit}" if n is None else f"P{number_text(n * (10 if unit == 'DE' else 100))}Y"
    count = "X" if n is None else number_text(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{count}{unit}"


def qualifier(q: str | None) -> str | None:
    """Return early, mid or late for a qualifier phrase ("in early", "the end of", "fin", "mi-"), None for "courant"."""
    key = norm(q or "")
    if re.search(r"\b(?:early|beginning|start|début)\b", key):
        return "early"
    if re.search(r"\b(?:mid|middle|milieu|mi)\b", key):
        return "mid"
    if re.search(r"\b(?:late|end|close|turn|fin)\b", key):
        return "late"
    return None


def infer_year(month: int, day: int | None, text: str, start: int, end: int, state: State) -> tuple[int | None, str]:
    """Return (year, anchor) for a month or day written without a year: the year of a date earlier in the same sentence, else the publication year moved by tense."""
    if state.last is not None and sentence_start(text, start) <= state.last_end <= start:
        return state.last.year, state.last.iso
    pub = state.published
    if pub is None:
        return None, ""
    year = pub.year
    if pub.month:
        after = month > pub.month or (month == pub.month and bool(day and pub.day and day > pub.day))
        before = month < pub.month or (month == pub.month and bool(day and pub.day and day < pub.day))
        tense = future_tense(text, start, end)
        year += -1 if after and tense is False else 1 if before and tense is True else 0
    return year, pub.iso


def time_parts(g: dict) -> tuple[int, int] | None:
    """Return (hour, minute) of a matched clock time, 24-hour, or None."""
    if g.get("hh"):
        hour, minute, ampm = int(g["hh"]), int(g.get("mm") or 0), g.get("ap")
    elif g.get("hh2"):
        hour, minute, ampm = int(g["hh2"]), 0, g.get("ap2")
    elif g.get("hh3"):
        hour, minute, ampm = int(g["hh3"]), 0, None
    else:
        return None
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    return hour, minute


def resolve_date(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of a calendar day, with its clock time when given; a missing year is inferred."""
    year, month, day = day_month_year(g)
    anchor = ""
    if year is None:
        year, anchor = infer_year(month, day, text, start, end, state)
        if year is None:
            return "", "day", "date", ""
    clock = time_parts(g)
    if clock:
        return iso_value(year, month, day, *clock), "minute", "date", anchor
    return iso_value(year, month, day), "day", "date", anchor


def resolve_day_rel(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the day of "le 24 avril dernier" (the latest such day before publication) or "le 3 mai prochain" (the next one after)."""
    _, month, day = day_month_year(g)
    pub = state.published
    if pub is None or pub.date is None:
        return "", "day", "relative", ""
    year = pub.year
    if norm(g["rel"]) == "dernier":
        year -= 1 if (month, day) >= (pub.month, pub.day) else 0
    else:
        year += 1 if (month, day) <= (pub.month, pub.day) else 0
    if not calendar_ok(year, month, day):
        return "", "day", "relative", pub.iso
    return iso_value(year, month, day), "day", "relative", pub.iso


def resolve_month(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of a month with or without its year (and early/mid/late when qualified)."""
    month = words().months[norm(g["mon"]).rstrip(".")]
    granularity = qualifier(g.get("q")) or "month"
    if g.get("year"):
        return iso_value(int(g["year"]), month), granularity, "date", ""
    year, anchor = infer_year(month, None, text, start, end, state)
    return (iso_value(year, month) if year else ""), granularity, "date", anchor


def month_occurrence(pub: Anchor | None, month: int, which: str) -> tuple[str, str]:
    """Return (value, anchor) of a month relative to publication: 'last' (strictly before), 'next' (strictly after), 'this' (same year), or a year offset '+1'/'-1'."""
    if pub is None or (which in ("last", "next") and not pub.month):
        return "", pub.iso if pub else ""
    if which == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif which == "next":
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year + {"this": 0, "+1": 1, "-1": -1}[which]
    return iso_value(year, month), pub.iso


REL_WORDS = {"this": "this", "last": "last", "next": "next", "dernier": "last", "dernière": "last", "passé": "last", "passée": "last",
             "prochain": "next", "prochaine": "next", "en cours": "this", "coming": "next", "past": "last", "ce": "this"}
REL_OFFSET = {"this": 0, "last": -1, "next": 1}


def month_relative(which: str) -> Callable[[dict, str, int, int, State], Resolved]:
    """Return a resolver for a month named relative to publication: 'year' ("April of next year", "mars de l'année dernière"), 'occurrence' ("avril prochain", "last March") or 'this' ("mars de cette année")."""

    def resolve(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
        """Return the month's value relative to the publication date."""
        month = words().months[norm(g["mon"]).rstrip(".")]
        rel = REL_WORDS.get(norm(g.get("rel") or "this"), "this")
        mode = {"this": "this", "last": "-1", "next": "+1"}[rel] if which == "year" else rel if which == "occurrence" else "this"
        value, anchor = month_occurrence(state.published, month, mode)
        return value, "month", "relative", anchor

    return resolve


def resolve_qual_year(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the year of "early 2021", "fin 2021", "mid-2021" with granularity early/mid/late."""
    return g["year"], qualifier(g.get("q")) or "year", "date", ""


def shifted(state: State, n: int, unit: str) -> tuple[str, str, str]:
    """Return (value, granularity, anchor) of the publication date moved by n units."""
    value, granularity = shift(state.published, n, unit)
    return value, granularity, state.published.iso if state.published else ""


def resolve_qual_rel(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "the end of the year", "early next year", "fin de l'année prochaine", "fin du mois"."""
    unit_word = norm(g.get("unit") or g.get("unit2") or "year")
    unit = {"année": "Y", "an": "Y", "mois": "M", "semaine": "W"}.get(unit_word) or unit_code(unit_word)
    rel = REL_WORDS.get(norm(g.get("rel") or "this"), "this")
    value, granularity, anchor = shifted(state, REL_OFFSET[rel], unit)
    return value, qualifier(g.get("q")) or granularity, "relative", anchor


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_occurrence(pub: Anchor | None, season: str, which: str) -> str:
    """Return the value ("2021-SU") of the last, next or this season relative to publication ("" without a month)."""
    if pub is None or not pub.month:
        return ""
    now = pub.year * 12 + pub.month - 1
    starts = {y: y * 12 + SEASON_START[season] - 1 for y in range(pub.year - 2, pub.year + 2)}
    if which == "last":
        year = max(y for y, s in starts.items() if s + 2 < now)
    elif which == "next":
        year = min(y for y, s in starts.items() if s > now)
    else:
        year = next((y for y, s in starts.items() if s <= now <= s + 2), pub.year)
    return f"{year:04d}-{season}"


def resolve_season(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "summer 2021", "last summer", "l'été dernier", "cet été"."""
    season = words().seasons[norm(g["season"])]
    if g.get("year"):
        return f"{g['year']}-{season}", "season", "date", ""
    rel = REL_WORDS.get(norm(g.get("rel") or "this"), "this")
    pub = state.published
    return season_occurrence(pub, season, rel), "season", "relative", pub.iso if pub else ""


def resolve_season_alone(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the season of "in the summer", "au printemps": in the year of a date earlier in the sentence, else the publication's (the last one when the tense is past and it is still to come)."""
    season = words().seasons[norm(g["season"])]
    if state.last is not None and sentence_start(text, start) <= state.last_end <= start:
        return f"{state.last.year:04d}-{season}", "season", "date", state.last.iso
    pub = state.published
    if pub is None or not pub.month:
        return "", "season", "date", ""
    which = "last" if future_tense(text, start, end) is False and SEASON_START[season] > pub.month else "this"
    return season_occurrence(pub, season, which), "season", "date", pub.iso


def resolve_quarter(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "Q3 2021", "third quarter of 2021", "premier semestre 2022" ("2021-Q3", "2022-H1")."""
    kind = norm(g["kind"])
    half = kind in {"h", "s", "half", "semestre"}
    if g.get("qn"):
        n = int(g["qn"])
    else:
        ordinal = norm(g["ord"])
        code = ordinal[0] if ordinal[:1].isdigit() else words().ordinals.get(ordinal, "L")
        n = (2 if half else 4) if code == "L" else int(code)
    if half and n > 2:
        return "", "half", "date", ""
    suffix = f"H{n}" if half else f"Q{n}"
    granularity = "half" if half else "quarter"
    if g.get("year"):
        return f"{g['year']}-{suffix}", granularity, "date", ""
    pub = state.published
    return (f"{pub.year:04d}-{suffix}" if pub else ""), granularity, "relative", pub.iso if pub else ""


def resolve_decade(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the decade ("196" for the 1960s, les années 60, the sixties); a century is assumed 19 when not written."""
    digit = g.get("dec") or words().decade_words[norm(g["word"])]
    return f"{g.get('cent') or '19'}{digit}", "decade", "date", ""


def roman_value(numeral: str) -> int:
    """Return the value of a Roman numeral (XXe -> 20)."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    digits = [values[c] for c in numeral.lower()]
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))


def resolve_century(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the century ("19" for the 20th century, le XXe siècle)."""
    n = g.get("n")
    number = int(n) if n and n.isdigit() else roman_value(n) if n else int(words().ordinals[norm(g["word"])])
    return f"{number - 1:02d}", "century", "date", ""


def resolve_rel_unit(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "this week" (ISO week), "last month", "next year", "la semaine dernière", "cette année"; "the last year" is a duration."""
    unit_text = norm(g["unit"])
    unit = next((code for key, code in (("semaine", "W"), ("mois", "M"), ("an", "Y"), ("week-end", "WE"), ("décennie", "DE"),
                                         ("siècle", "CE"), ("weekend", "WE"), ("quarter", "Q")) if key in unit_text), None) or unit_code(unit_text)
    rel = REL_WORDS.get(norm(g.get("rel") or "this"), "this")
    left = left_tokens(text, start, 1)
    if left and norm(left[-1]) == "the" and rel != "this" and unit not in ("WE", "Q"):
        return duration_value(1, unit), "duration", "duration", ""
    pub = state.published
    anchor = pub.iso if pub else ""
    if unit == "WE":
        value, _ = shift(pub, REL_OFFSET[rel], "W")
        return (value + "-WE" if value else ""), "week", "relative", anchor
    if unit == "Q":
        if pub is None or not pub.month:
            return "", "quarter", "relative", anchor
        index = pub.year * 4 + (pub.month - 1) // 3 + REL_OFFSET[rel]
        return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "relative", anchor
    value, granularity, anchor = shifted(state, REL_OFFSET[rel], unit)
    return value, granularity, "relative", anchor


def resolve_ago(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "six months ago", "il y a deux ans" (from publication) or "two years later", "deux ans plus tard" (from the last date in the text)."""
    n = number_value(g.get("num")) if g.get("num") else None
    unit = unit_code(g["unit"])
    direction = norm(g.get("dir") or "ago")
    sign = -1 if direction in {"ago", "earlier", "before", "previously", "plus tôt", "auparavant", "avant"} else 1
    base = state.published if direction == "ago" else state.last
    if n is None:
        return "", UNIT_GRANULARITY.get(unit, "day"), "relative", ""
    value, granularity = shift(base, sign * n, unit)
    return value, granularity, "relative", (base.iso if base and value else "")


ANCHORED_FR = {"le lendemain": ("D", 1), "la veille": ("D", -1), "le surlendemain": ("D", 2), "l'année suivante": ("Y", 1),
               "l'année précédente": ("Y", -1), "l'année d'après": ("Y", 1), "l'année d'avant": ("Y", -1), "l'an d'après": ("Y", 1),
               "l'an d'avant": ("Y", -1), "le mois suivant": ("M", 1), "le mois précédent": ("M", -1), "le mois d'après": ("M", 1),
               "la semaine suivante": ("W", 1), "la semaine précédente": ("W", -1), "la semaine d'après": ("W", 1),
               "le jour suivant": ("D", 1), "le jour précédent": ("D", -1), "le jour même": ("D", 0), "le même jour": ("D", 0),
               "la même année": ("Y", 0), "le même mois": ("M", 0), "cette année-là": ("Y", 0), "cette semaine-là": ("W", 0),
               "cette nuit-là": ("D", 0), "ce jour-là": ("D", 0), "ce mois-là": ("M", 0), "ce soir-là": ("D", 0), "ce matin-là": ("D", 0)}
ANCHORED_EN = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "before": -1, "after": 1}


def resolve_anchored(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the value of "the following year", "that day", "the day before", "le lendemain", "cette année-là" from the last date in the text."""
    if g.get("w"):
        unit, n = ANCHORED_FR[re.sub(r"[-‐‑]", "-", norm(g["w"]))]
        if re.match(r"[^\S\r\n]+(?:de|du|des|d['’])\b", text[end:end + 6]):
            return "", UNIT_GRANULARITY[unit], "relative", ""
    else:
        unit, n = unit_code(g["unit"]), ANCHORED_EN.get(norm(g.get("rel") or "same"), 0)
    value, granularity = shift(state.last, n, unit)
    return value, granularity, "relative", (state.last.iso if state.last and value else "")


def resolve_weekday(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the day a weekday names: the latest on or before publication, unless the tense or next/prochain says future."""
    weekday = words().weekdays[norm(g["wd"])]
    rel = REL_WORDS.get(norm(g.get("rel") or g.get("rel2") or ""), "")
    if rel in ("last", "next"):
        direction = rel
    else:
        direction = "future" if future_tense(text, start, end) else "past"
    pub = state.published
    value = weekday_on(pub, weekday, direction)
    return value, "day", "relative", pub.iso if pub and value else ""


_TODAY_PRESENT_PREV = {"of", "until", "till", "than", "unlike", "like", "jusqu'à", "d'", "qu'", "que"}
_TODAY_PRESENT_NEXT = {"world", "society", "europe", "generation", "standards", "terms", "youth", "politics", "france", "nato", "russia",
                       "economy", "realities", "reality", "context", "environment", "threats", "challenges"}
DEICTIC_DAY = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "avant-hier": -2, "après-demain": 2, "hier": -1, "demain": 1,
               "aujourd'hui": 0, "last": -1, "this": 0, "ce": 0, "cet": 0, "cette": 0}


def today_is_present(text: str, start: int, end: int) -> bool:
    """Return True when "today"/"aujourd'hui" means nowadays rather than the day of publication."""
    key = norm(text[start:end])
    left, right = left_tokens(text, start, 2), right_tokens(text, end, 3)
    prev = norm(left[-1]) if left else ""
    if key.startswith("aujourd"):
        if prev == "dès" or (right and (norm(right[0]) in words().weekdays or norm(right[0]) == "même")):
            return False
        return not (len(prev) > 3 and prev.endswith(("é", "er", "ra", "ront")))
    if prev in _TODAY_PRESENT_PREV:
        return True
    if left and left[-1][:1].isupper() and left[-1].isalpha() and norm(left[-1]) not in {"i", "he", "she", "we", "they", "it", "and", "but", "so"}:
        return True
    nxt = [norm(t) for t in right]
    return len(nxt) >= 3 and nxt[0] == "'" and nxt[1] == "s" and nxt[2] in _TODAY_PRESENT_NEXT


def resolve_deictic(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the day of "yesterday", "tomorrow", "hier", "last night", "ce matin"; "today"/"aujourd'hui" meaning nowadays is present_ref."""
    key = re.sub(r"[-‐‑]", "-", norm(g["w"]))
    pub = state.published
    if key in {"today", "aujourd'hui"} and not g.get("part") and today_is_present(text, start, start + len(g["w"])):
        return (pub.iso if pub else ""), "present_ref", "present_ref", pub.iso if pub else ""
    value, _, anchor = shifted(state, DEICTIC_DAY[key], "D")
    return value, "day", "relative", anchor


def resolve_present(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the publication date at its known precision for "now", "currently", "actuellement"."""
    pub = state.published
    return (pub.iso if pub else ""), "present_ref", "present_ref", pub.iso if pub else ""


def resolve_vague_ref(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return no value for "recently", "the future", "récemment", "l'avenir": granularity past_ref or future_ref."""
    future = norm(g["w"]).replace("’", "'").endswith(("future", "avenir", "futur"))
    return "", "future_ref" if future else "past_ref", "relative", ""


def resolve_set(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the period of a recurring time: "every day" P1D, "every four years" P4Y, "every Monday" XXXX-WXX-1, "tous les ans" P1Y."""
    weekday = g.get("wd") or g.get("wdp")
    if weekday:
        return f"XXXX-WXX-{words().weekdays[norm(weekday)]}", "set", "set", ""
    n = number_value(g.get("num")) if g.get("num") else 1.0
    if n is not None and "other" in norm(text[start:end]):
        n *= 2
    unit = "Y" if g.get("w") else unit_code(g["unit"])
    return duration_value(n, unit), "set", "set", ""


def resolve_duration(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return the ISO duration of "30 years", "the past 30 years", "three months", "deux ans", "for decades" (PXDE)."""
    n = number_value(g.get("num")) if g.get("num") else None
    return duration_value(n, unit_code(g["unit"])), "duration", "duration", ""


def resolve_year(g: dict, text: str, start: int, end: int, state: State) -> Resolved:
    """Return a year ("1966")."""
    return g["year"], "year", "date", ""


RESOLVERS: dict[str, Callable[[dict, str, int, int, State], Resolved]] = {
    "dmy": resolve_date, "mdy": resolve_date, "iso": resolve_date, "num": resolve_date, "dm": resolve_date, "md": resolve_date,
    "month_rel_of": month_relative("year"), "month_rel_fr": month_relative("occurrence"),
    "month_rel_fr_year": month_relative("year"), "month_this_fr": month_relative("this"), "rel_month": month_relative("occurrence"), "my": resolve_month, "qual_month": resolve_month,
    "qual_year": resolve_qual_year, "qual_rel": resolve_qual_rel, "qual_rel_fr": resolve_qual_rel,
    "season_year": resolve_season, "season_rel": resolve_season, "season_rel_fr": resolve_season, "season_this_fr": resolve_season,
    "quarter_q": resolve_quarter, "quarter_yq": resolve_quarter, "quarter_en": resolve_quarter, "quarter_fr": resolve_quarter,
    "decade": resolve_decade, "decade_short": resolve_decade, "decade_word": resolve_decade, "decade_fr": resolve_decade,
    "century_en": resolve_century, "century_fr": resolve_century, "rel_unit": resolve_rel_unit, "rel_unit_fr": resolve_rel_unit,
    "this_fr": resolve_rel_unit, "ago": resolve_ago, "ago_fr": resolve_ago, "later_fr": resolve_ago,
    "anchored": resolve_anchored, "anchored_that": resolve_anchored, "anchored_after": resolve_anchored, "anchored_fr": resolve_anchored,
    "weekday": resolve_weekday, "deictic_day": resolve_deictic, "deictic_part": resolve_deictic, "deictic_part_fr": resolve_deictic,
    "present": resolve_present, "vague_ref": resolve_vague_ref, "set_every": resolve_set, "set_chaque": resolve_set, "set_tous": resolve_set, "set_per": resolve_set,
    "set_adv": resolve_set, "set_times": resolve_set, "duration": resolve_duration, "duration_fr": resolve_duration,
    "vague_en": resolve_duration, "vague_fr": resolve_duration, "bare_units": resolve_duration, "month": resolve_month,
    "year_word": resolve_year, "year": resolve_year, "year_tail": resolve_year, "day_first": resolve_date, "season": resolve_season_alone,
    "dm_rel": resolve_day_rel,
}


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression: its span in the text, ISO value, granularity, type and the anchor used to resolve it."""

    start: int
    end: int
    text: str
    value: str
    granularity: str
    type: str
    anchor: str


Candidate = tuple[int, int, str, dict]  # start, end, family, groups

_TAIL = re.compile(r"[-–—/](\d{2})(?![\w%]|[.,]\d)")
_MD_TAIL = re.compile(r"(?:" + OSP + r"[-–]" + OSP + r"|" + SP + r"(?:and|to|&)" + SP + r")(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"
                      r"(?:,?" + SP + r"(?P<year>1\d{3}|20\d{2})(?![\w%]|[.,]\d))?")


def day_tail(text: str, start: int, end: int, groups: dict) -> tuple[Candidate, Candidate] | None:
    """Return "July 11-12, 2023" as two candidates ("July 11" and "12, 2023", both with the year), or None."""
    tail = _MD_TAIL.match(text, end)
    if not tail or groups.get("year") or groups.get("time") or int(tail.group("day2")) <= int(groups["day"]):
        return None
    year = tail.group("year")
    first = (start, end, "md", {**groups, "year": year})
    second = (tail.start("day2"), tail.end(), "md", {"mon": groups["mon"], "day": tail.group("day2"), "year": year})
    return first, second


def accepted(name: str, match: re.Match, text: str, masks: list[tuple[int, int]]) -> bool:
    """Return True when a family match is outside URLs, not a percentage, and passes the family's context check."""
    if overlaps_mask(masks, match.start(), match.end()) or _PERCENT_AFTER.match(text, match.end()):
        return False
    return VALIDATORS.get(name, lambda m, t: True)(match, text)


def best_match(text: str, start: int, masks: list[tuple[int, int]], first: str = "") -> tuple[str, re.Match] | None:
    """Return the family match at `start` that passes its context check: `first` (the first family that matched there, the
    families being ordered so that it is the longest) when it does, else the longest that does, or None."""
    g = grammar()
    if first:
        match = g.families[g.index[first]][1].match(text, start)
        if match and accepted(first, match, text, masks):
            return first, match
    found = []
    for order, (name, pattern) in enumerate(g.families_at(text[start])):
        match = pattern.match(text, start)
        if match and match.end() > start:
            found.append((-match.end(), order, name, match))
    for _, _, name, match in sorted(found, key=lambda f: (f[0], f[1])):
        if name != first and accepted(name, match, text, masks):
            return name, match
    return None


def year_tail(text: str, match: re.Match) -> Candidate | None:
    """Return the second year of "1966-74" / "2020/21" as its own candidate, or None."""
    tail = _TAIL.match(text, match.end())
    if not tail:
        return None
    first = int(match.group("year"))
    second = first // 100 * 100 + int(tail.group(1))
    second += 100 if second <= first else 0
    return tail.start(1), tail.end(1), "year_tail", {"year": f"{second:04d}"}


LOOKBACK_WORDS = 5  # the longest prefix before a trigger word: "il y a deux [ans]", "fin du mois de [mars]"


def possible_starts(starter: re.Pattern, haystack: str, trigger: int, floor: int) -> list[int]:
    """Return where an expression holding the trigger at `trigger` may start: the last few words before it that can begin one, and the trigger."""
    lo = max(floor, trigger - 60)
    return [m.start() for m in starter.finditer(haystack, lo, trigger)][-LOOKBACK_WORDS:] + [trigger]


def candidates(text: str) -> list[Candidate]:
    """Return every temporal expression found in `text`, leftmost-longest and not overlapping, before resolution.

    A trigger word (a number, month, weekday, unit, season, deictic...) is found first; the grammar is
    then tried at the few word starts before it that can begin an expression, and at the earliest
    start where a family matches and passes its context check, that match is kept.
    """
    g = grammar()
    lower = text.lower()
    trigger_re, starter, haystack = (g.trigger_lower, g.starter_lower, lower) if len(lower) == len(text) else (g.trigger, g.starter, text)
    masks = masked_spans(text)
    found: list[Candidate] = []
    pos = 0
    while True:
        trigger = trigger_re.search(haystack, pos)
        if trigger is None:
            return found
        best = None
        for start in possible_starts(starter, haystack, trigger.start(), pos):
            finder = g.finder_at(text[start])
            hit = finder.match(text, start) if finder else None
            if hit:
                best = best_match(text, start, masks, hit.lastgroup or "")
                if best:
                    break
        if best is None:
            pos = trigger.end()
            continue
        name, match = best
        pair = day_tail(text, match.start(), match.end(), match.groupdict()) if name == "md" else None
        if pair:
            found.extend(pair)
            pos = pair[1][1]
            continue
        found.append((match.start(), match.end(), name, match.groupdict()))
        pos = match.end()
        tail = year_tail(text, match) if name == "year" else None
        if tail:
            found.append(tail)
            pos = tail[1]


def time_expressions(text: str, published: dt.date | str | None) -> list[TimeExpression]:
    """Return the temporal expressions of `text` in text order, each resolved against `published` or an earlier date in the text."""
    state = State(parse_anchor(published))
    expressions = []
    for start, end, family, groups in candidates(text):
        value, granularity, kind, anchor = RESOLVERS[family](groups, text, start, end, state)
        expressions.append(TimeExpression(start, end, text[start:end], value, granularity, kind, anchor))
        if kind in ("date", "relative") and value:
            point = anchor_from_value(value)
            if point is not None:
                state.last, state.last_end = point, end
    return expressions


def extract_time_expressions(text: str, published: dt.date | str | None) -> pd.DataFrame:
    """Return one row per temporal expression of `text`, in text order: start, end, text, value, granularity, type, anchor.

    `start`/`end` are offsets into `text` (``text[start:end] == row.text``); the span is the minimal
    temporal phrase without a leading preposition. `published` is the document creation time: a
    date, a datetime, or an ISO string at the precision known ("2026-01", "2022-01-04T17:23"); None
    leaves relative expressions with value "".

    value: ISO 8601 cut to the precision the text supports ("1966", "2021-09", "2022-01-03",
    "2022-01-04T17:23", ISO week "2022-W01", "2021-SU", "2021-Q3", "2021-H1", decade "196",
    century "19"), an ISO duration ("P30Y", "PT24H", "PXY" when the count is vague), a period for
    sets ("P1D", "XXXX-WXX-1"), or "" when it cannot be resolved.

    granularity, one of: minute, day, week (also weekends, "2022-W01-WE"), month, season, quarter,
    half, year, decade, century, early / mid / late (the value is the year or month qualified:
    "early 2021" -> "2021", "fin mars 2022" -> "2022-03"), duration, present_ref, set.

    type, one of: date (calendar expressions, a missing year inferred), relative (to publication or
    to the previous date in the text: "on Monday", "last month", "two years later", "le lendemain"),
    duration, present_ref ("now", "currently", "actuellement", "aujourd'hui" as nowadays: value is
    the publication date at its known precision) and set ("every day").

    anchor: the ISO date the value was computed from (publication or previous date), or "".
    """
    rows = time_expressions(text, published)
    if not rows:
        return empty_frame()
    return pd.DataFrame({column: [getattr(r, column) for r in rows] for column in COLUMNS})


def empty_frame(extra: Iterable[str] = ()) -> pd.DataFrame:
    """Return an empty expression table with the public columns (plus `extra` string columns first)."""
    columns = [*extra, *COLUMNS]
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object") for c in columns})


def _document_expressions(item: tuple[str, str, object], extractor: Callable[[str, object], pd.DataFrame]) -> pd.DataFrame:
    """Return the expressions of one (doc_id, text, published) item."""
    doc_id, text, published = item
    return extractor(text, published).assign(doc_id=doc_id)


def corpus_expressions(articles: pd.DataFrame, extractor: Callable[[str, object], pd.DataFrame] | None = None,
                       text_column: str = "body", published_column: str = "published", mapper: Mapper = local_map) -> pd.DataFrame:
    """Return the expressions of every article (doc_id, then the extractor's columns), extracted from `text_column` with its publication date; `mapper` runs the articles."""
    extractor = extractor or extract_time_expressions
    items = list(zip(articles["doc_id"], articles[text_column], articles[published_column]))
    frames = mapper(partial(_document_expressions, extractor=extractor), items)
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(["doc_id"])
    table = pd.concat(frames, ignore_index=True)
    return table[["doc_id", *[c for c in table.columns if c != "doc_id"]]]


# ---------------------------------------------------------------- the peer: dateparser's search_dates


def dateparser_peer(text: str, published: dt.date | str | None) -> pd.DataFrame:
    """Return dateparser's search_dates hits on `text` as an expression table (value = the full day it returns, granularity "day").

    Settings: languages en and fr, PREFER_DATES_FROM past, RELATIVE_BASE the publication date when
    known. Each returned substring is located in the text in order (start/end), as search_dates does
    not give offsets.
    """
    from dateparser.search import search_dates

    anchor = parse_anchor(published)
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month or 1, anchor.day or 1, anchor.hour or 0, anchor.minute or 0)
    hits = search_dates(text, languages=["en", "fr"], settings=settings) or []
    rows, cursor = [], 0
    for substring, moment in hits:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        cursor = start + len(substring)
        rows.append(TimeExpression(start, cursor, substring, moment.date().isoformat(), "day", "date", anchor.iso if anchor else ""))
    if not rows:
        return empty_frame()
    return pd.DataFrame({column: [getattr(r, column) for r in rows] for column in COLUMNS})


# ---------------------------------------------------------------- scoring against gold

MATCH_COLUMNS = ["doc_id", "status", "overlap", "value_match", "gold_start", "gold_end", "gold_text", "gold_value", "gold_granularity",
                 "pred_start", "pred_end", "pred_text", "pred_value", "pred_granularity"]


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Return how many characters two spans share (0 when they do not overlap)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def pair_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Return one-to-one (gold index, predicted index, overlap) pairs, greedy by largest overlap, then by position."""
    candidates = sorted(((-overlap(*g, *p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if overlap(*g, *p) > 0))
    used_gold, used_pred, pairs = set(), set(), []
    for negative, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, -negative))
    return sorted(pairs)


def match_expressions(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Return gold and predicted expressions paired by overlapping span within each doc_id (one-to-one, greedy by largest overlap).

    Both tables have doc_id, start, end, text, value (granularity optional). One row per pair
    (status "matched"), per unpaired gold ("missed"), per prediction overlapping no gold ("spurious")
    and per prediction that overlaps a gold already paired with another ("unpaired").
    `value_match` is True when a pair's values are equal.
    """
    rows = []
    docs = sorted(set(gold["doc_id"]) | set(predicted["doc_id"]))
    for doc_id in docs:
        g = gold[gold["doc_id"] == doc_id].sort_values(["start", "end"]).to_dict("records")
        p = predicted[predicted["doc_id"] == doc_id].sort_values(["start", "end"]).to_dict("records")
        pairs = pair_spans([(r["start"], r["end"]) for r in g], [(r["start"], r["end"]) for r in p])
        paired_gold, paired_pred = {gi for gi, _, _ in pairs}, {pi for _, pi, _ in pairs}
        for gi, pi, shared in pairs:
            rows.append(match_row(doc_id, "matched", shared, g[gi], p[pi]))
        rows += [match_row(doc_id, "missed", 0, r, None) for i, r in enumerate(g) if i not in paired_gold]
        for i, r in enumerate(p):
            if i not in paired_pred:
                touches = any(overlap(r["start"], r["end"], x["start"], x["end"]) for x in g)
                rows.append(match_row(doc_id, "unpaired" if touches else "spurious", 0, None, r))
    table = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    order = table["gold_start"].fillna(table["pred_start"]) if len(table) else table["gold_start"]
    return table.assign(_order=order).sort_values(["doc_id", "_order", "status"], kind="stable").drop(columns="_order").reset_index(drop=True)


def match_row(doc_id: str, status: str, shared: int, gold: dict | None, pred: dict | None) -> dict:
    """Return one row of the match table."""
    row = {"doc_id": doc_id, "status": status, "overlap": shared,
           "value_match": bool(gold and pred and str(gold.get("value", "")) == str(pred.get("value", "")))}
    for prefix, record in (("gold", gold), ("pred", pred)):
        for field in ("start", "end", "text", "value", "granularity"):
            row[f"{prefix}_{field}"] = record.get(field) if record else None
    return row


def timeline_scores(matches: pd.DataFrame) -> dict[str, float]:
    """Return gold, predicted and matched counts, recall, exact_value_recall, spurious_rate and value_accuracy (0.0 on an empty denominator).

    recall = matched / gold; exact_value_recall = matched with the gold value / gold;
    spurious_rate = predictions overlapping no gold / predicted; value_accuracy = matched with the
    gold value / matched.
    """
    status = matches["status"]
    gold = int(status.isin(["matched", "missed"]).sum())
    predicted = int(status.isin(["matched", "spurious", "unpaired"]).sum())
    matched = int((status == "matched").sum())
    exact = int(((status == "matched") & matches["value_match"].astype(bool)).sum())
    spurious = int((status == "spurious").sum())
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"gold": gold, "predicted": predicted, "matched": matched, "recall": ratio(matched, gold),
            "exact_value_recall": ratio(exact, gold), "spurious_rate": ratio(spurious, predicted), "value_accuracy": ratio(exact, matched)}
