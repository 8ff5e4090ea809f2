"""Who holds the words of each sentence: direct quotes, quoted tweets, reported speech, decisions, narration.

Two entry points give one row per sentence, in order, with columns ``start, end, quote, speaker, cue,
kind``:

* ``attribute_speakers(text)`` splits raw text itself: every line is a paragraph, and a line is cut
  after ``. ! ? …`` (and any closing quote or bracket) when whitespace and a capital letter, digit,
  ``#``, ``@``, dash or opening quote follow, unless the word before the full stop is a known
  abbreviation (Mr, Ms, Dr, Gen, M, Mme, U.S, ...) or an initial. ``start``/``end`` are character
  offsets, ``text[start:end]`` is the sentence.
* ``resolve_speakers(sentences)`` takes an article's pre-split sentences in order (the cleaned
  sentences of notebook 01); ``start``/``end`` are then the sentence index and index + 1.

``kind`` is ``direct`` (quoted words, including quoted tweets), ``reported`` (indirect speech and
"according to"), ``decision`` (an actor's narrated act: "Sarkozy brought France back ...") or
``narration`` (the outlet's own words: speaker ``[outlet]``, for the caller to replace with the
outlet's name). ``speaker`` is the canonical name from ``data/reference/actors.csv`` when the words
resolve to a known actor; an unknown named person keeps the name as written; an unnamed source is
``unnamed: <description>``. Pronouns (he/she/il/elle, "according to him", "selon elle") and
descriptions ("the politician", "the French President") resolve to the most recent compatible person
in the article: first earlier in the same sentence (nearest first), then earlier sentences (most
recent first; in each, the sentence's speaker first, then named people left to right). Words inside
quotation marks never count as antecedents. The speech cues come from the ``speech`` family of
``data/reference/stance_lexicon.csv``.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from helpers import paths

Sentence = str
ACTORS_PATH = paths.REFERENCE / "actors.csv"
LEXICON_PATH = paths.REFERENCE / "stance_lexicon.csv"
REPORTING_VERBS_PATH = paths.REFERENCE / "reporting_verbs.csv"
OFFICES_PATH = paths.REFERENCE / "offices.csv"
COLLECTIVES_PATH = paths.REFERENCE / "collectives.csv"
COLLECTIVE_COLUMNS = ["name", "kind", "country", "aliases"]
OFFICE_COLUMNS = ["office", "holder", "from", "to", "descriptions"]
OUTLET = "[outlet]"
COLUMNS = ["start", "end", "quote", "speaker", "cue", "kind"]
KINDS = ("direct", "reported", "decision", "narration")
ACTOR_COLUMNS = ["name", "gender", "party", "role", "country", "aliases", "source_title", "source_url"]

# ---------------------------------------------------------------- loading


def _reference_table(path: str | Path, columns: Sequence[str], comment: str | None = "#") -> pd.DataFrame:
    """Return a reference table (all columns as text, '#' lines as header notes), checking that it has `columns`."""
    table = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False, comment=comment)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{paths.display(path)}: missing column(s) {', '.join(missing)}")
    return table


def load_actors(path: str | Path = ACTORS_PATH) -> pd.DataFrame:
    """Return the actors table (all columns as text), checking its columns."""
    return _reference_table(path, ACTOR_COLUMNS, comment=None)  # source URLs may hold a '#'


def load_collectives(path: str | Path = COLLECTIVES_PATH) -> pd.DataFrame:
    """Return the collective speakers table (institutions and parties), checking its columns and kinds."""
    collectives = _reference_table(path, COLLECTIVE_COLUMNS)
    for number, kind in enumerate(collectives["kind"], start=2):
        if kind not in ("institution", "party"):
            raise ValueError(f"{paths.display(path)}, row {number}: kind {kind!r} is not institution or party")
    return collectives


def load_offices(path: str | Path = OFFICES_PATH) -> pd.DataFrame:
    """Return the offices table (one row per holder and term), checking its columns and that holders are actors."""
    offices = _reference_table(path, OFFICE_COLUMNS)
    known = set(load_actors()["name"])
    for number, holder in enumerate(offices["holder"], start=2):
        if holder not in known:
            raise ValueError(f"{paths.display(path)}, row {number}: holder {holder!r} is not a name in actors.csv")
    return offices


def load_speech_cues(path: str | Path = LEXICON_PATH) -> tuple[str, ...]:
    """Return the surface forms of the lexicon's ``speech`` family (English and French)."""
    lexicon = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False, comment="#")
    return tuple(lexicon.loc[lexicon["family"] == "speech", "pattern"])


def load_reporting_verbs(path: str | Path = REPORTING_VERBS_PATH) -> tuple[str, ...]:
    """Return the surface forms of data/reference/reporting_verbs.csv (English and French), in file order."""
    verbs = _reference_table(path, ("language", "lemma", "forms"))
    empty = verbs.index[verbs["forms"].str.strip() == ""]
    if len(empty):
        raise ValueError(f"{path}: row {int(empty[0]) + 2} ({verbs.loc[empty[0], 'lemma']!r}) has no forms")
    return tuple(form.strip() for forms in verbs["forms"] for form in forms.split("|") if form.strip())


# ---------------------------------------------------------------- text keys


def strip_accents(text: str) -> str:
    """Return `text` without combining accents ("Guetté" -> "Guette")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """Return the comparison form of a name or description: no accents, casefolded, ASCII apostrophes, one space."""
    text = strip_accents(text).casefold().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.replace("-", " ").split())


def _alternation(phrases: Sequence[str]) -> str:
    """Return a regex alternation of `phrases` (longest first); spaces match any whitespace, apostrophes any apostrophe."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = re.sub(r"['’]", "['’]", re.escape(phrase).replace(r"\ ", r"\s+"))
        parts.append(escaped)
    return "|".join(parts) if parts else r"(?!x)x"


# ---------------------------------------------------------------- the actor index


@dataclass(frozen=True)
class ActorIndex:
    """Compiled actor aliases: name patterns (case-sensitive), description patterns, and key -> canonical name."""

    names: re.Pattern
    descriptions: re.Pattern
    lookup: dict
    genders: dict


def actor_index(actors: pd.DataFrame) -> ActorIndex:
    """Return the ActorIndex of an actors table: aliases starting with a capital, @ or digit are names, others descriptions."""
    names, descriptions, lookup, genders = [], [], {}, {}
    for row in actors.itertuples(index=False):
        genders[row.name] = row.gender.strip().lower() or None
        aliases = [row.name] + [a.strip() for a in row.aliases.split("|") if a.strip()]
        for alias in aliases:
            lookup[name_key(alias)] = row.name
            is_name = alias[0].isupper() or alias[0] in "@#" or not alias[0].isalpha()
            target = names if is_name else descriptions
            target.extend({alias, strip_accents(alias)})
            if is_name and " " in alias:  # "Union Populaire Républicaine" for "Union populaire républicaine"
                target.extend({alias.title(), strip_accents(alias).title()})
    return ActorIndex(
        names=re.compile(rf"(?<![\w@])(?:{_alternation(names)})(?![\w-])"),
        descriptions=re.compile(rf"(?<![\w-])(?:{_alternation(descriptions)})(?![\w-])", re.IGNORECASE),
        lookup=lookup,
        genders=genders,
    )


@cache
def default_actor_index() -> ActorIndex:
    """Return the ActorIndex of data/reference/actors.csv (loaded once)."""
    return actor_index(load_actors())


@cache
def default_collective_index() -> ActorIndex:
    """Return the ActorIndex of data/reference/collectives.csv (institutions and parties, loaded once)."""
    return actor_index(load_collectives().assign(gender=""))


@dataclass(frozen=True)
class OfficeIndex:
    """Descriptions of offices ("le chef de l'État") with each office's holders and current holder."""

    pattern: re.Pattern
    lookup: dict  # name_key(description) -> office
    holders: dict  # office -> frozenset of canonical names
    current: dict  # office -> the holder with no end year, or None


def office_index(offices: pd.DataFrame) -> OfficeIndex:
    """Return the OfficeIndex of an offices table."""
    lookup, descriptions, holders, current = {}, [], {}, {}
    for row in offices.itertuples(index=False):
        holders.setdefault(row.office, set()).add(row.holder)
        current.setdefault(row.office, None)
        if not row.to.strip():
            current[row.office] = row.holder
        for text in (d.strip() for d in row.descriptions.split("|") if d.strip()):
            lookup[name_key(text)] = row.office
            descriptions.extend({text, strip_accents(text)})
    return OfficeIndex(re.compile(rf"(?<![\w-])(?:{_alternation(descriptions)})(?![\w-])", re.IGNORECASE), lookup,
                       {k: frozenset(v) for k, v in holders.items()}, current)


@cache
def default_office_index() -> OfficeIndex:
    """Return the OfficeIndex of data/reference/offices.csv (loaded once)."""
    return office_index(load_offices())


# ---------------------------------------------------------------- grammar

_W = r"[\w’'-]+"  # one word, with inner apostrophes and hyphens
# A modifier before a role noun: never a function word, or "cette métaphore que le président" would be one description
_ADJ = (r"(?:(?!(?:que|qui|quand|dont|où|et|ou|de|du|des|le|la|les|un|une|en|à|au|aux|par|pour|sur|dans|avec|a|est|"
        r"that|which|who|when|where|and|or|of|the|a|an|to|in|on|by|for|with|at|is|was|has|said)(?![\w’'-]))[a-zà-ÿ][\w’'-]*|"
        r"French|Russian|American|British|German|European|Ukrainian|Dutch|Norwegian|Greek|Spanish)")
VS_VERBS = (
    "said", "says", "added", "adds", "stated", "wrote", "writes", "tweeted", "argued", "argues", "claimed",
    "insisted", "explained", "warned", "noted", "declared", "continued", "concluded", "asked", "recalled",
    "stressed", "replied", "affirme", "déclare", "estime", "ajoute", "explique", "assure", "dit", "souligne",
    "insiste", "précise", "poursuit", "conclut", "répond", "lance", "martèle", "prévient", "indique", "écrit",
    "a déclaré", "a affirmé", "a estimé", "a ajouté", "a expliqué", "a assuré", "a dit", "a écrit", "a souligné",
    "a lancé", "a martelé", "a tweeté", "a prévenu", "a insisté", "a indiqué", "a précisé", "a répondu", "a rappelé",
    "a jugé", "a répété", "a réaffirmé", "a tranché", "a confié", "a conclu", "a poursuivi", "a averti",
    "a fait valoir", "fait valoir", "a mis en garde", "met en garde",
)
ROLES_EN = {
    "politician": None, "parliamentarian": None, "deputy": None, "mp": None, "lawmaker": None,
    "legislator": None, "senator": None, "minister": None, "president": None, "candidate": None,
    "leader": None, "official": None, "spokesman": "m", "spokeswoman": "f", "spokesperson": None,
    "chief": None, "head": None, "premier": None, "chancellor": None, "diplomat": None, "mayor": None,
    "founder": None, "firebrand": None, "veteran": None, "tribune": None, "mep": None,
    "congressman": "m", "congresswoman": "f", "general": None, "commander": None, "secretary-general": None,
    "secretary general": None, "head of state": None, "prime minister": None, "foreign minister": None,
    "defence minister": None, "defense minister": None, "vice-president": None, "vice president": None,
    "deputy speaker": None, "speaker": None, "incumbent": None, "frontrunner": None, "rival": None,
}
ROLES_FR = {
    "député": "m", "députée": "f", "élu": "m", "élue": "f", "ministre": None, "président": "m",
    "présidente": "f", "candidat": "m", "candidate": "f", "dirigeant": "m", "dirigeante": "f",
    "responsable": None, "parlementaire": None, "chef": None, "cheffe": "f", "leader": None,
    "porte-parole": None, "sénateur": "m", "sénatrice": "f", "insoumis": "m", "insoumise": "f",
    "eurodéputé": "m", "eurodéputée": "f", "tribun": "m", "général": "m", "patron": "m",
    "patronne": "f", "chef de l'état": None, "vice-présidente": "f", "vice-président": "m",
    "première ministre": "f", "premier ministre": "m", "homme politique": "m", "femme politique": "f",
    "politicien": "m", "politicienne": "f",
}
SOURCE_NOUNS_EN = (
    "source", "official", "deputy", "mp", "lawmaker", "legislator", "senator", "minister", "diplomat",
    "aide", "adviser", "advisor", "insider", "member", "politician", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "expert", "observer", "critic", "officer", "leader", "figure",
    "representative", "colleague", "ally", "opponent", "parliamentarian", "activist", "supporter",
)
PLURALS_EN = (
    "officials", "sources", "mps", "deputies", "lawmakers", "legislators", "diplomats", "critics",
    "analysts", "experts", "observers", "ministers", "members", "politicians", "leaders", "figures",
    "insiders", "aides", "advisers", "advisors", "opponents", "senators", "activists", "supporters",
    "allies", "parliamentarians", "députés", "élus", "responsables", "diplomates", "opposants",
    "parlementaires", "cadres", "proches", "dirigeants", "sénateurs", "ministres",
)
SOURCE_NOUNS_FR = (
    "source", "responsable", "député", "députée", "élu", "élue", "ministre", "diplomate", "conseiller",
    "conseillère", "proche", "cadre", "membre", "dirigeant", "dirigeante", "parlementaire", "sénateur",
    "sénatrice", "observateur", "observatrice", "expert", "experte", "analyste", "militant", "militante",
)
DOCUMENT_NOUNS = (
    "resolution", "proposal", "motion", "bill", "statement", "letter", "text", "programme", "program",
    "manifesto", "plan", "petition", "résolution", "proposition", "texte", "communiqué", "lettre",
    "tribune", "pétition",
)
HONORIFICS_M = ("Mr", "Mr.", "M.", "Monsieur", "Sir")
HONORIFICS_F = ("Ms", "Ms.", "Mrs", "Mrs.", "Mme", "Madame", "Miss", "Mlle")
TITLES = ("President", "Président", "Présidente", "General", "Général", "Minister", "Ministre", "Senator",
          "Dr", "Dr.", "Prof.", "Professor", "Chancellor", "Prime Minister", "Premier ministre", "Sen.", "Rep.")
# Capitalised words that make a capitalised sequence an organisation, place, date or sentence opener.
NOT_PERSON = frozenset(name_key(w) for w in """
The A An In On At After Following During With According Within Against Instead Thus So Many Now However While By
When Speaking Former Senior Centrist Some Several It This That These Those If As Since Under Over From Into For
But And Or Yet Also Still Even Only Just Then There Here Why How What Who Where Le La Les Un Une Des Du De Selon
Pour Dans Sur Avec Par Mais Et Ou Ce Cette Il Elle Ils Elles Nous Je On Si En Au Aux Lors Après Avant Depuis
Treaty Organization Organisation Alliance Union Party Assembly Ministry House Council Inter Times News Media Press
Agency Group Forces States Kingdom Nations Republic Government Office Bank Committee Commission Parliament
Senate Congress Palace Palais Bourbon Atlantic North South East West European Europe French France Insoumise
Insoumis National Front Rally Rassemblement LFI NATO OTAN Cold War World Crisis University Institute Foundation
Kremlin White Elysee Élysée Matignon Quai Orsay Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December Lundi Mardi Mercredi
Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre
Décembre Russia Russian China Chinese Ukraine American Americans America United Washington Moscow Paris
Brussels London Berlin Greece Spain Türkiye Turkey Cyprus Balkans Afghanistan Libya Poland Kiev Kyiv Venezuela
Palestine Greenland Canberra Australia Strasbourg Versailles Guardian Al Defence Defense Foreign
Affairs Minister Ministre President Président General Général Vice Deputy Exit Return Comment Brain Dead AUKUS
WWII Frexit Trump Insoumise Assemblée Nationale Sénat Conseil
Traité Alliance Organisation Atlantique Nord Affaires Étrangères Etrangères Armées Défense Gaulle
Parlement Gouvernement Ministère République Armée Cour Parti Mouvement Institut Fondation Agence Région
Speech Address Remarks Statement Interview Letter Discours Allocution Déclaration Entretien Tribune Lettre Conférence
""".split())
_TITLE_KEYS = frozenset(name_key(t) for t in TITLES)
# Capitalised nationality nouns that may stand before a name ("le Français Hervé de Charette").
DEMONYMS = frozenset(name_key(w) for w in """
Français Française Américain Américaine Britannique Allemand Allemande Russe Italien Italienne Espagnol Espagnole
Grec Grecque Turc Turque Belge Polonais Polonaise Ukrainien Ukrainienne Européen Européenne Frenchman Frenchwoman
Briton American German Russian Italian Spaniard Greek Turk Pole Ukrainian
""".split())
SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[^()\n—–]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"(?:\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{1,2})"
    r"[\s\w,.]{0,20}\d{4})?"
)
# Times that may stand between a speaker and the verb, either way round ("X jeudi a dit", "a souligné jeudi X")
_TIME_WORDS = (r"yesterday|today|tonight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|soir|matin|"
               r"ce\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|soir|matin)")
AUXADV = (
    r"has|have|had|was|were|is|are|will|would|also|further|then|later|again|repeatedly|already|once|"
    r"formally|recently|previously|publicly|earlier|himself|herself|themselves|who|which|reportedly|"
    r"nevertheless|nonetheless|however|instead|néanmoins|pourtant|toutefois|cependant|"
    r"has\s+long|long|just|even|still|never|not|qui|a|avait|aurait|ont|avaient|s['’]est|s['’]était|"
    r"ne|n['’]|lui|y|également|aussi|encore|déjà|notamment|lui-même|elle-même|l['’]a|l['’]avait|lui\s+a|leur\s+a|\w+ly|"
    r"lui\s+aussi|elle\s+aussi|pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+(?:lui|elle)|"
    r"now|first|often|always|too|de\s+nouveau|à\s+nouveau|désormais|maintenant|toujours|d['’]ailleurs|alors|ensuite|enfin|"
    r"même|à\s+plusieurs\s+reprises|clairement|ouvertement|publiquement|récemment|fermement|vivement|directement|"
    r"officiellement|finalement|personnellement|régulièrement|longtemps|souvent|ainsi|thus|"
    r"les\s+a|les\s+avait|les\s+ont|l['’]ont|l['’]avaient|nous\s+a|vous\s+a|leur\s+ont|en\s+a|"  # "il les a réaffirmées"
    r"and\s+(?:his|her|their)\s+(?:supporters|allies|aides|advisers|advisors|team|camp)|"  # "X and his supporters insist"
    r"et\s+(?:ses|leurs)\s+(?:partisans|alliés|proches|soutiens)|"
    r"\((?:[^()§¤«»]|\([^()§¤«»]{1,20}\)){1,60}\)|" + r"(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|"
    + _TIME_WORDS
)
# Auxiliaries and articles: a source's description never starts with one ("ont indiqué des responsables")
_LINK_WORDS = frozenset("a ont avait avaient has have had was were is are will would des les the de".split())
# Words between an inverted speech verb and its subject: «...», a souligné jeudi X / martèle encore X / said on Monday X
VS_ADVERB = r"(?:en\s+outre|par\s+ailleurs|d['’]ailleurs|notamment|encore|aussi|également|ensuite|alors|déjà|enfin|ainsi)"
_HONORIFIC_GAP = r"M\.|Mme|Mr\.?|Mrs\.?|Ms\.?"  # "écrit M. Védrine"
_DESCRIPTOR_GAP = r"(?:le|la|l['’])\s*[a-zà-ÿ-]{3,}(?=\s+[§¤])"  # "a déploré le villepiniste X"
VS_GAP = rf"(?:\s+(?:{VS_ADVERB}|{_TIME_WORDS}|on\s+\w+day|later|then|again|simply|also|{_HONORIFIC_GAP}|{_DESCRIPTOR_GAP}))*"
DECISION_VERBS = (
    "took", "pulled", "withdrew", "brought", "reintegrated", "rejoined", "returned", "decided", "ordered",
    "signed", "submitted", "filed", "tabled", "introduced", "vetoed", "removed", "led", "announced",
    "launched", "ratified", "expelled", "suspended", "reinstated", "formalized", "formalised", "submits", "files",
    "tables", "reversed", "committed", "approved", "endorsed", "withdraws", "pulls", "takes", "brings", "returns",
    "retira", "retire", "sortit", "quitta", "réintégra", "décida", "décide", "signa", "dépose", "déposé",
    "retiré", "sorti", "quitté", "réintégré", "décidé", "signé", "ordonné", "ramené", "ramena", "annoncé",
    "annonça", "fait sortir", "fit sortir", "fait revenir", "fit revenir", "renversé", "engagé", "soumis", "présenté",
    "formalisé", "officialisé", "acté", "entériné", "officialise", "entérine", "retire", "ramène", "remis", "remet",
    "voted", "votes", "adopted", "adopts", "a voté", "ont voté", "vote", "votent", "adopte", "a adopté", "ont adopté",
)
# A relative clause in an apposition, which may name other people: "X, who served with Y under Z, called ..."
RELATIVE = r"\s*,\s*(?:who|qui)\s[^;:«»]{1,200}?,"
# an office in apposition: "Jacques Chirac, then the French president, declared"
OFFICE_APPOSITION = r"\s*,\s*(?:then|now|alors|former|formerly|ancien|ancienne)\s+§\d+§[^;:«»§,]{0,60},"
# The author of a decision named in a complement: "under the leadership of President X, France pulled out"
AGENCY = (
    "under the leadership of", "at the initiative of", "on the initiative of", "by a decision of", "by decision of",
    "on the orders of", "on the order of", "at the behest of", "sous la direction de", "sous l'impulsion de",
    "à l'initiative de", "sur l'initiative de", "par une décision de", "par décision de", "sur ordre de",
    "sur décision de", "sur la décision de",
)
# France as the subject of speech or an announcement ("Paris announced", "la France a défendu"): the guideline's
# speaker is then the French government; as the subject of a bare past fact it stays narration
FRANCE_AS_ACTOR = ("France", "Paris", "the French government", "The French government", "French government",
                   "le gouvernement français", "Le gouvernement français", "the government", "The government",
                   "le gouvernement", "Le gouvernement", "l'exécutif", "L'exécutif", "l’exécutif", "L’exécutif",
                   "Les Français", "les Français", "les français", "Les français", "The French", "the French authorities",
                   "les autorités françaises")  # an unqualified "the government" is France's in this debate's press
FRANCE_SPEAKER = "French government"
# What France may be said to do as a speaker: announce, declare, propose, demand, refuse (not "maintained", "opposed")
COUNTRY_CUES = frozenset("""said says announced announces declared declares stated proposed proposes demanded demands
insisted insists argued argues warned warns rejected rejects refused refuses called urged annonce annoncé déclare déclaré
propose proposé défend défendu demande demandé refuse refusé rejette rejeté estime estimé affirme affirmé assure assuré
exige exigé réclame réclamé plaide plaidé juge jugé considère considéré exclut exclu écarte écarté dénonce dénoncé condamne
condamné dismissed dismisses denounced denounces condemned condemns""".split())
# France about to change its place in NATO ("France is to rejoin", "France to return to NATO command", "la France va
# quitter"): an announced decision, so its government's; a past fact ("France left in 1966") stays narration
COUNTRY_ACTS = (
    "return", "returns", "rejoin", "rejoins", "reintegrate", "reintegrates", "re-enter", "re-enters", "reenter",
    "leave", "leaves", "quit", "quits", "withdraw", "withdraws", "exit", "exits", "pull out", "pulls out", "resume",
    "resumes", "revenir", "revient", "réintégrer", "réintègre", "rejoindre", "rejoint", "retrouver", "retrouve",
    "reprendre", "reprend", "quitter", "quitte", "sortir", "sort", "se retirer", "se retire", "moves towards",
    "moves toward", "moves closer to", "move towards", "move closer to",
)
_EMBEDDING = re.compile(r"(?<![\w-])(?:that|whether|if|que|qu['’]|si|saying|said|says|dit|affirmant|estimant)\s*(?:(?:la|the|le)\s+)?$",
                        re.IGNORECASE)
_PAST_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20[01]\d)(?!\d)")
COUNTRY_MODALS = (
    "is to", "are to", "is set to", "is poised to", "is expected to", "is due to", "is about to", "is going to",
    "is preparing to", "prepares to", "plans to", "intends to", "wants to", "will", "would", "to", "va", "vont",
    "doit", "devrait", "s'apprête à", "entend", "compte", "veut", "souhaite", "se prépare à", "décide de",
)
# A person opening a clause and acting ("le président Charles de Gaulle place les forces sous commandement national",
# "Chirac softened that position"): the act is theirs. Only verb-like words count: English past forms, French
# present and past forms; a noun after a name ("Macron supporters", "Le Pen candidate") is not a verb.
ACTING_VERB = (r"(?:[a-z]{3,}ed|took|made|left|kept|gave|sent|put|set|chose|broke|drew|held|led|"
               r"sought|stood|told|wrote|[a-zàâçéèêëîïôûùüÿœ]{2,}(?:e|es|ent|t|d|it|ut|a|é|ée|és|ées|i|is|u|us))")
# Capitalised words that open an adverbial, not a title before a name ("Following her defeat, ...")
_OPENERS = (r"(?:Following|After|Before|During|In|On|At|With|Under|Since|From|For|By|Despite|Unlike|Like|As|When|While|"
            r"Although|Though|If|Après|Avant|Pendant|Dans|Depuis|Selon|Sous|Sur|Pour|Par|Avec|Malgré|Lors|Quand|Si|Comme|En)")
ACTING_NOT_VERBS = tuple(ROLES_FR) + (
    "de", "du", "des", "le", "la", "les", "et", "ou", "que", "qui", "dont", "une", "est", "a", "the", "and", "or", "to",
    "at", "in", "on", "of", "for", "with", "by", "as", "said", "saying", "who", "which", "that", "sa", "se", "ce", "son",
    "ses", "leur", "cette", "elle", "il", "lui", "même", "seul", "seule", "aussi", "alors", "puis", "enfin", "encore",
    "comme", "avec", "pour", "par", "sur", "sous", "dans", "entre", "après", "avant", "selon", "contre", "toute", "tout",
    "administration", "government", "gouvernement", "camp", "supporters", "partisans", "proches", "équipe", "entourage",
    "candidate", "présidente", "ministre", "députée", "cheffe", "leader", "party", "parti", "ère", "era", "doctrine",
    "heritage", "héritage", "legacy", "line", "ligne", "presidency", "présidence", "manifesto", "programme", "program",
    "plan", "idea", "idée", "vision", "speech", "discours", "decision", "décision", "initiative",
    # being, meeting, travelling, speaking without saying what, winning votes: biography, not a position
    "was", "were", "is", "are", "been", "être", "était", "fut", "sera", "été", "arrived", "appeared", "received", "visited",
    "talked", "spoke", "attended", "elected", "born", "died", "served", "lived", "studied", "worked", "returned",
    "travelled", "traveled", "arrive", "arrivé", "arrivée", "parle", "parlé", "reçu", "reçoit", "reçue", "rencontre",
    "rencontré", "né", "née", "élu", "élue", "mort", "morte", "vit", "vécu", "étudié", "travaillé", "participé",
    "participe", "assisté", "assiste", "visite", "visité", "obtenu", "obtient", "remporté", "recueilli", "unable",
)
# A decision told in the passive, with its author as agent: "was only reversed by former president X in 2009"
PASSIVE_DECISIONS = (
    "reversed", "decided", "ordered", "announced", "taken", "made", "signed", "approved", "ratified", "submitted",
    "filed", "tabled", "initiated", "launched", "engineered", "championed", "pushed through",
    "décidé", "décidée", "annoncé", "annoncée", "prise", "pris", "signé", "signée", "déposé", "déposée", "voulu",
    "voulue", "souhaité", "souhaitée", "engagé", "engagée", "initié", "initiée", "décrété", "décrétée",
    # views held of a decision: its critics and backers hold a position on it
    "criticized", "criticised", "welcomed", "opposed", "denounced", "backed", "supported", "condemned", "rejected",
    "hailed", "praised", "endorsed", "applauded", "questioned", "challenged", "critiqué", "critiquée", "salué", "saluée",
    "dénoncé", "dénoncée", "soutenu", "soutenue", "combattu", "combattue", "contesté", "contestée", "rejeté", "rejetée",
    "approuvé", "approuvée", "condamné", "condamnée", "défendu", "défendue", "dismissed", "rebuffed", "écarté", "écartée",
    "balayé", "balayée",
)
PARTICIPLES = (
    "calling", "saying", "arguing", "claiming", "insisting", "warning", "stating", "declaring",
    "describing", "urging", "demanding", "telling", "stressing", "accusing", "adding", "noting",
    "estimant", "jugeant", "affirmant", "déclarant", "expliquant", "assurant", "dénonçant", "appelant",
)
ACCORDING = ("according to", "selon", "d'après", "d’après", "in the words of", "as quoted by", "quoted by", "cited by",
             "to quote", "pour citer", "pour reprendre les mots de", "comme le dit", "as put by")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep jr sr prof lt col gov mt no vs etc e.g i.e u.s u.k m mme mlle me pr av "
    "janv févr fév déc oct nov sept jan feb mar apr aug sep dec inc ltd co corp p art cf fig vol".split()
)
PARTICLES = frozenset("de du des la van von der den da di le al el bin ben Le La De Van Von Al El".split())
QUOTE_OPEN = "“«„"
QUOTE_CLOSE = "”»"
QUOTE_ANY = QUOTE_OPEN + QUOTE_CLOSE + '"'


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns that find mentions and attributions."""

    pronoun: re.Pattern
    inverted_pronoun: re.Pattern
    role_en: re.Pattern
    role_fr: re.Pattern
    unnamed_en: re.Pattern
    unnamed_fr: re.Pattern
    plural: re.Pattern
    document: re.Pattern
    person_name: re.Pattern
    sv: re.Pattern
    vs: re.Pattern
    according: re.Pattern
    colon: re.Pattern
    headline: re.Pattern
    inversion: re.Pattern
    decision: re.Pattern
    passive: re.Pattern
    agency: re.Pattern
    country: re.Pattern
    decided: re.Pattern
    participle: re.Pattern
    country_act: re.Pattern
    acting: re.Pattern
    verb_words: frozenset  # words of the speech cues, auxiliaries and articles (casefolded): never start a source's description


def grammar(speech_cues: Sequence[str]) -> Grammar:
    """Return the Grammar built on the given speech cues (surface forms, English and French)."""
    plain = [c for c in speech_cues if c not in ACCORDING and "-t-" not in c and not c.startswith("selon")
             and not c.startswith("in a") and not c.startswith("in an")]
    speech = _alternation(plain)
    fr_verbs = _alternation([c.split()[-1] for c in plain if not c.isascii() or c.split()[0] in ("a", "dit")]
                            + ["dit", "estime", "affirme", "déclare", "assure", "ajoute", "explique", "juge",
                               "souligne", "insiste", "lance", "répond", "précise", "rappelle", "martèle",
                               "prévient", "indique", "poursuit", "conclut", "tranche", "déplore", "regrette"])
    role_en = _alternation(list(ROLES_EN))
    # inverted after a quotation: the fixed list, then the past forms of the speech cues ("«...», a exhorté X",
    # "“...”, warned X"), French forms with or without their auxiliary, and "vient d'annoncer"
    past = [c for c in plain if c.endswith(("ed", "é", "ée", "u", "is", "it", "ri", "gi", "ti")) or c in ("told", "wrote", "dit")]
    vs_verbs = list(VS_VERBS) + past + [f"{aux} {c}" for c in past if not c.isascii() or c == "dit" for aux in ("a", "avait", "ont", "avaient")]
    vs_verbs += [c for c in plain if not c.isascii() and c.endswith("e")]
    vs_verbs += ["vient d'annoncer", "vient de déclarer", "vient d'affirmer", "vient d'écrire"]
    role_fr = _alternation(list(ROLES_FR))
    tempered = rf"(?:\s+(?!(?:{speech}|has|have|had|was|were|is|are|will|would|said|a|ont)\b){_W}){{1,4}}"
    person_token = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
    particle = r"(?:de|du|des|de\s+la|van|von|der|den|da|di|le|la|al|el|bin|ben|Le|La|De|Van|Von|Al|El)"
    honorific = _alternation(list(HONORIFICS_M + HONORIFICS_F + TITLES))
    return Grammar(
        pronoun=re.compile(r"(?<![\w-])(he|she|him|her|il|elle|lui|ce\s+dernier|cette\s+dernière|the\s+latter)(?![\w-])", re.IGNORECASE),
        inverted_pronoun=re.compile(r"(?<=-)(?:t-)?(il|elle)(?!\w)", re.IGNORECASE),
        role_en=re.compile(rf"(?<![\w-])(?i:the|this|that)\s+(?:{_ADJ}[\s-]+){{0,4}}?((?i:{role_en}))(?![\w-])"
                           rf"(?!\s+(?i:{role_en})(?![\w-]))"),  # "the veteran politician": the last role noun is the head
        role_fr=re.compile(rf"(?<![\w-])(?i:l['’]\s*|(?:le|la|ce|cette|cet)\s+)(?:{_ADJ}\s+){{0,3}}?((?i:{role_fr}))(?![\w-])"
                           rf"(?:\s+(?:{_NATIONALITY}|{_POSTNOMINAL})(?![\w-])){{0,2}}"),
        unnamed_en=re.compile(
            rf"(?<![\w-])(?:a|an|one|some|several|many|two|three|four|five|another)\s+((?:{_W}\s+){{0,4}}?"
            rf"(?:{_alternation(SOURCE_NOUNS_EN)})s?(?:(?:\s+(?:close\s+to|familiar\s+with|from|in|at|of|within|inside|near))"
            rf"{tempered})?)(?![\w-])", re.IGNORECASE),
        unnamed_fr=re.compile(
            rf"(?<![\w-])(?:un|une|plusieurs|certains|certaines|deux|trois|des)\s+((?:{_W}\s+){{0,3}}?"
            rf"(?:{_alternation(SOURCE_NOUNS_FR)})s?(?:(?:\s+(?:proches?\s+de|de|du|des|au\s+sein\s+de|à))"
            rf"{tempered})?)(?![\w-])", re.IGNORECASE),
        plural=re.compile(
            rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s))((?:(?:{_W}|(?:[A-Z]\.){{2,}})[\s-]+(?:and\s+|et\s+)?){{0,3}}?"
            rf"(?:{_alternation(PLURALS_EN)}))(?![\w-])", re.IGNORECASE),
        document=re.compile(
            rf"(?<![\w-])(?:the|this|her|his|their|la|le|cette|ce|sa|son|leur)\s+(?:{_W}\s+){{0,2}}?"
            rf"(?:{_alternation(DOCUMENT_NOUNS)})(?![\w-])", re.IGNORECASE),
        person_name=re.compile(
            rf"(?:(?P<hon>{honorific})\s+)?(?P<name>{person_token}(?:\s+(?:{particle}\s+)?{person_token}){{0,5}})"),
        sv=re.compile(
            rf"(?P<m>[§¤]\d+[§¤])(?P<pp>\s+(?:of|for|from|de|du|des)\s+[^,;:«»§¤.]{{1,60}}?)?"
            rf"(?P<app>{RELATIVE}|{OFFICE_APPOSITION}|\s*,(?:[^;:«»§]{{1,200}}?(?:,|(?=\s+(?:has|have|had|was|is|a|avait|ont)\s)))?)?"
            rf"(?P<aux>(?:\s+(?:{AUXADV}))*)\s+(?:s['’]y\s+|s['’]|se\s+)?(?P<cue>{speech})(?![\w-])",
            re.IGNORECASE),
        vs=re.compile(rf"(?:«Q»\s*,?|,)\s*(?:(?:a|avait|ont|avaient)\s+{VS_ADVERB}\s+)?(?P<cue>{_alternation(vs_verbs)}){VS_GAP}\s+(?:by\s+)?(?P<m>[§¤]\d+[§¤])", re.IGNORECASE),
        according=re.compile(rf"(?P<cue>{_alternation(ACCORDING)})\s+(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s*)?(?P<m>[§¤]\d+[§¤])", re.IGNORECASE),
        colon=re.compile(r"(?P<m>[§¤]\d+[§¤])\s*:\s*«Q»|^\s*(?:Pour|For)\s+(?P<m2>[§¤]\d+[§¤])\s*,|^\s*(?P<m3>§\d+§)\s*:\s+(?=\S)"),
        # "Statement: Speaker", unless the name completes a noun ("Défense : les conclusions du rapport Védrine")
        headline=re.compile(rf"^[^:]{{5,}}:\s*(?:{_W}\s+){{0,4}}?(?<!\bde\s)(?<!\bdu\s)(?<!\bof\s)(?<!\brapport\s)(?<!\breport\s)"
                            rf"(?P<m>[§¤]\d+[§¤])\W*$", re.IGNORECASE),
        inversion=re.compile(
            rf"(?<![\w-])(?:(?P<cue>{fr_verbs})-(?:t-)?|a-t-)(?P<m>[§¤]\d+[§¤])(?:\s+(?P<cue2>{fr_verbs}))?", re.IGNORECASE),
        decision=re.compile(
            rf"(?P<m>[§¤]\d+[§¤])(?P<pp>\s+(?:of|for|from|de|du|des)\s+[^,;:«»§¤.]{{1,60}}?)?"
            rf"(?P<app>{RELATIVE}|\s*,[^;:«»§]{{0,200}}?,)?(?P<aux>(?:\s+(?:{AUXADV}))*)\s+"
            rf"(?P<cue>{_alternation(DECISION_VERBS)})(?![\w-])", re.IGNORECASE),
        agency=re.compile(
            rf"(?<![\w-])(?P<cue>{_alternation(AGENCY)})\s+(?:[\w’'.-]+\s+){{0,3}}?(?P<m>§\d+§)", re.IGNORECASE),
        country=re.compile(rf"(?<![\w-])(?:{_alternation(FRANCE_AS_ACTOR)})(?![\w-])(?!\s+[A-ZÀ-Ý0-9])"),
        decided=re.compile(rf"(?<![\w-])(?:{_alternation(DECISION_VERBS + PASSIVE_DECISIONS)})(?![\w-])", re.IGNORECASE),
        passive=re.compile(
            rf"(?<![\w-])(?:was|were|is|are|has\s+been|had\s+been|been|a\s+été|avait\s+été|fut|été)(?:\s+\w+ly|\s+only|\s+later|\s+then|\s+finally|\s+ensuite|\s+finalement)?\s+"
            rf"(?P<cue>{_alternation(PASSIVE_DECISIONS)})\s+(?:\w+\s+){{0,4}}?(?:by|par)\s+(?:(?-i:[a-zà-ÿ][\w’'-]*)\s+){{0,3}}?"
            rf"(?P<m>[§¤]\d+[§¤])", re.IGNORECASE),
        participle=re.compile(
            rf"(?P<m>§\d+§)[^.;«»§]{{0,120}}?(?<![\w-])(?P<cue>{_alternation(PARTICIPLES)})(?![\w-])", re.IGNORECASE),
        acting=re.compile(
            rf"(?:^|[,;:—–]\s*|\b(?:and|et|but|mais|then|puis)\s+)(?:(?!{_OPENERS}\b)[A-ZÀ-Ý][\w.’'-]*\s+){{0,3}}(?P<m>§\d+§)(?P<aux>(?:\s+(?:{AUXADV}))*)\s+"
            rf"(?P<cue>(?:(?:has|had|have|will|would|a|avait)\s+)?"
            rf"(?!(?:{_alternation(ACTING_NOT_VERBS)})(?![\w-])){ACTING_VERB})(?![\w’'-])"),
        country_act=re.compile(
            rf"(?P<m>¤\d+¤)\s+(?:(?P<cue>{_alternation(COUNTRY_MODALS)})\s+)?(?:\w+ly\s+|bientôt\s+|enfin\s+)?"
            rf"(?P<act>{_alternation(COUNTRY_ACTS)})(?![\w-])", re.IGNORECASE),
        verb_words=frozenset(w.casefold() for c in plain for w in c.split()) | _LINK_WORDS,
    )


@cache
def default_grammar() -> Grammar:
    """Return the Grammar of the workbook's lexicon (built once)."""
    return grammar(tuple(dict.fromkeys(load_speech_cues() + load_reporting_verbs())))


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True)
class Mention:
    """A stretch of a sentence that can name a speaker."""

    start: int
    end: int
    kind: str  # actor, office, collective, pronoun, role, unnamed, document, name, country
    value: str  # canonical name, office id, pronoun, role noun, unnamed description or name as written
    gender: str | None


_PRIORITY = {"actor": 0, "office": 0, "unnamed": 1, "document": 2, "role": 3, "collective": 3, "name": 4, "pronoun": 5,
             "country": 6}


def _pronoun_gender(word: str) -> str | None:
    """Return "m" or "f" for a casefolded personal pronoun ("ce dernier", "cette dernière"), None for "the latter"."""
    if word == "the latter":
        return None
    return "f" if word in ("she", "her", "elle", "cette dernière") else "m"


_AND_HIS = re.compile(r"\s(?:and|et)\s+(?:his|her|their|ses|leurs)\s", re.IGNORECASE)


def _drop_leading(sentence: str, start: int, words: list[str], unwanted) -> tuple[int, list[str], list[str]]:
    """Return (start of the first kept word, kept words, dropped words): leading words dropped while `unwanted(words)`, one kept at least."""
    dropped = []
    while len(words) > 1 and unwanted(words):
        dropped.append(words[0])
        start = sentence.index(words[1], start + len(words[0]))
        words = words[1:]
    return start, words, dropped


def _not_a_name_start(words: list[str]) -> bool:
    """Return True when the first capitalised word is a nationality or a non-name word (a particle only before another such word)."""
    def plain(w):
        return name_key(w) in DEMONYMS or name_key(w) in NOT_PERSON

    return plain(words[0]) and (words[0] not in PARTICLES or plain(words[1]))


def _name_candidates(sentence: str, g: Grammar) -> list[Mention]:
    """Return capitalised sequences that look like people's names (2+ words, or 1 word after an honorific)."""
    found = []
    for m in g.person_name.finditer(sentence):
        words = m.group("name").split()
        honorific = m.group("hon")
        # leading capitalised words that are not the name: "French Foreign Minister Stephane Sejourne",
        # "le Français Hervé de Charette"; a title among them works as an honorific ("Foreign Minister Sejourne")
        start, words, dropped = _drop_leading(sentence, m.start("name"), words, _not_a_name_start)
        start = start if dropped else m.start()
        honorific = honorific or next((w for w in reversed(dropped) if name_key(w) in _TITLE_KEYS), None)
        core = [w for w in words if w not in PARTICLES]
        if any(name_key(w.strip("’'")) in NOT_PERSON for w in core) or (len(core) < 2 and not honorific):
            continue
        if m.start("name") == 0 and not honorific and len(words) < 2:
            continue
        gender = "m" if honorific in HONORIFICS_M else "f" if honorific in HONORIFICS_F else None
        found.append(Mention(start, m.end(), "name", " ".join(words), gender))
    return found


_IMPERSONAL = re.compile(r"\s+(?:(?:n['’]\s*|ne\s+)?(?:faut|fallait|faudra|faudrait|fallut|y|s['’]agit|s['’]agissait|semble|semblait|"
                         r"paraît|paraissait|convient|importe|suffit|suffirait|reste|restait|existe|existait|est\s+(?:temps|"
                         r"possible|probable|clair|évident|vrai|urgent|nécessaire|question)|était\s+(?:temps|question)))(?![\w-])",
                         re.IGNORECASE)
_COMPLEMENT = re.compile(r"(?:(?<![\w-])(?:of|de|du|des|in|into|within|dans|à|au|aux|with|avec|from|to|sur|on|for|pour|"
                         r"en|entre|between|against|contre|at|during|after|before|lors|pendant|après|avant)|(?<![\w-])d['’])\s*(?:(?:the|la|le|les)\s+|l['’]\s*)?$", re.IGNORECASE)


@cache
def _surname_pattern(surnames: tuple[str, ...]) -> re.Pattern:
    """Return a pattern matching any of `surnames` as a whole word."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(surnames)})(?![\w-])")


def mentions(sentence: Sentence, index: ActorIndex | None = None, g: Grammar | None = None,
             surnames: tuple[str, ...] = ()) -> list[Mention]:
    """Return the non-overlapping mentions of people in `sentence`, in order (actors, pronouns, roles, unnamed sources...).

    `surnames` are last names of people named in full earlier in the article ("Doe" after "Jane Doe").
    """
    index = index or default_actor_index()
    g = g or default_grammar()
    found = []
    if surnames:
        for m in _surname_pattern(tuple(sorted(set(surnames)))).finditer(sentence):
            found.append(Mention(m.start(), m.end(), "name", m.group(), None))
    for pattern in (index.names, index.descriptions):
        for m in pattern.finditer(sentence):
            name = index.lookup.get(name_key(m.group()))
            if name:
                found.append(Mention(m.start(), m.end(), "actor", name, index.genders.get(name)))
    collectives = default_collective_index()
    for pattern in (collectives.names, collectives.descriptions):
        for m in pattern.finditer(sentence):
            name = collectives.lookup.get(name_key(m.group()))
            before = sentence[:m.start()]
            # a party label in brackets ("X (RN) a appelé") qualifies a person; "le sommet de l'Otan", "dans l'OTAN":
            # a complement, not a subject
            if name and before.count("(") <= before.count(")") and not _COMPLEMENT.search(before):
                found.append(Mention(m.start(), m.end(), "collective", name, None))
    offices = default_office_index()
    for m in offices.pattern.finditer(sentence):
        found.append(Mention(m.start(), m.end(), "office", offices.lookup[name_key(m.group())], None))
    for pattern in (g.pronoun, g.inverted_pronoun):
        for m in pattern.finditer(sentence):
            word = " ".join(m.group(1).casefold().split())
            if word == "il" and _IMPERSONAL.match(sentence, m.end(1)):
                continue  # "il faut", "il y a", "il s'agit": nobody
            found.append(Mention(m.start(1), m.end(1), "pronoun", word, _pronoun_gender(word)))
    for pattern, roles in ((g.role_en, ROLES_EN), (g.role_fr, ROLES_FR)):
        for m in pattern.finditer(sentence):
            noun = m.group(1).casefold()
            gender = roles.get(noun)
            if gender is None and pattern is g.role_fr:
                article = m.group().split()[0].casefold()
                gender = "f" if article in ("la", "cette") else "m" if article in ("le", "ce", "cet") else None
            found.append(Mention(m.start(), m.end(), "role", noun, gender))
    for pattern in (g.unnamed_en, g.unnamed_fr, g.plural):
        for m in pattern.finditer(sentence):
            start, words = m.start(), m.group(1).split()
            if pattern is g.plural:  # ", ont indiqué des responsables", "The politician told supporters": no verb is part of it
                start, words, _ = _drop_leading(sentence, start, words, lambda w: w[0].casefold() in g.verb_words or any(
                    x.casefold() in g.verb_words and x.casefold() not in _LINK_WORDS for x in w[1:-1]))
            words = " ".join(words).strip(" ,.;:")
            if pattern is g.plural and _AND_HIS.search(words):
                continue  # "The president and his supporters insist": the one named first leads
            found.append(Mention(start, m.end(), "unnamed", f"unnamed: {words}", None))
    for m in g.country.finditer(sentence):
        before = re.search(r"[A-ZÀ-Ý][\w’'-]*\s+$", sentence[:m.start()])
        if not before or before.group().strip() in ("La", "The", "Les"):  # not part of a name: "Radio France", "EURACTIV France"
            found.append(Mention(m.start(), m.end(), "country", FRANCE_SPEAKER, None))
    for m in g.document.finditer(sentence):
        found.append(Mention(m.start(), m.end(), "document", m.group().casefold(), None))
    found.extend(_name_candidates(sentence, g))
    found.sort(key=lambda x: (_PRIORITY[x.kind], -(x.end - x.start), x.start))
    kept: list[Mention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return _appositions(sentence, sorted(kept, key=lambda x: x.start))


# Between a role and the name it introduces: a nationality, a short complement, a comma ("le ministre de la
# Défense, Hervé Morin", "le président américain Lyndon Johnson", "the party's leader, Jane Doe").
_NATIONALITY = (r"(?:fran[cç]ais|française|américaine?|russe|allemande?|britannique|ukrainienne?|italienne?|espagnole?|"
                r"grecque?|turque?|polonaise?|belge|européenne?|French|American|Russian|German|British|Ukrainian|Italian|"
                r"Spanish|Greek|Turkish|Polish|Belgian|European)")
_POSTNOMINAL = (r"(?:militaire|politique|socialiste|communiste|insoumise?|écologiste|centriste|gaulliste|"
                r"conservat(?:eur|rice)|républicaine?|libérale?|souverainiste|européenne?|sortante?|adjointe?)")
_APPOSITION_GAP = re.compile(
    rf"^\s*(?:{_NATIONALITY}\s+)?(?:(?:de|du|des|d['’]|of|for|at)\s*(?:(?:la|le|les|l['’]|the)\s*)?[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?\s*)?"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ’'-]+\s+)?,?\s*$")  # a first name spelt otherwise: "French President Nicholas Sarkozy"


def _appositions(sentence: str, found: list[Mention]) -> list[Mention]:
    """Return `found` with each role directly followed by a name merged into one mention of that name."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        gap = sentence[last.end:mention.start] if last is not None else ""
        # after a comma the name must close the apposition ("le ministre, Hervé Morin, a dit"), or it may be the
        # subject of a new clause ("Selon le président des Patriotes, Poutine est ...")
        closed = "," not in gap or re.match(r"\s*(?:[,.;:)]|$)", sentence[mention.end:])
        if (last is not None and last.kind in ("role", "office") and mention.kind in ("actor", "name")
                and _APPOSITION_GAP.match(gap) and closed):
            merged[-1] = Mention(last.start, mention.end, mention.kind, mention.value, mention.gender or last.gender)
        else:
            merged.append(mention)
    return merged


# ---------------------------------------------------------------- quotation marks


@dataclass(frozen=True)
class QuoteMarks:
    """The quoted stretches of one sentence and whether it starts or ends inside a quotation."""

    spans: tuple[tuple[int, int], ...]
    starts_inside: bool
    ends_inside: bool


def quote_marks(sentences: Sequence[Sentence], para_ids: Sequence | None = None) -> list[QuoteMarks]:
    """Return the quoted spans of each sentence (see `_scan_quotes`), undoing a « left open by mistake.

    A quotation carried over from an earlier sentence cannot meet a new « before its » (French nests with “ ”):
    when it does, the « that opened it had no closing mark (a caption, a scraping cut), and the sentences in
    between are not quoted.
    """
    result = _scan_quotes(sentences, para_ids)
    for j, marks in enumerate(result):
        if not marks.starts_inside or not _opens_before_closing(sentences[j]):
            continue
        k = j
        while k > 0 and result[k].starts_inside:
            k -= 1
        if "«" not in sentences[k]:
            continue
        first = result[k]
        result[k] = QuoteMarks(first.spans[:-1], first.starts_inside, False)
        for between in range(k + 1, j):
            result[between] = QuoteMarks((), False, False)
        rescanned = _scan_quotes(sentences[j:], None if para_ids is None else para_ids[j:])
        result[j:] = rescanned
    return result


def _opens_before_closing(sentence: Sentence) -> bool:
    """Return True when the first guillemet of `sentence` after its first character is an opening «."""
    for char in sentence.lstrip()[1:]:
        if char in "«»":
            return char == "«"
    return False


def _scan_quotes(sentences: Sequence[Sentence], para_ids: Sequence | None = None) -> list[QuoteMarks]:
    """Return the quoted spans of each sentence, following open quotations across sentences.

    “ « „ open, ” » close (a ” with no open quotation and a letter right after it opens), a straight "
    toggles, and a quotation mark that starts a sentence always opens. An unclosed quotation carries into
    the next sentence; at a paragraph change (when `para_ids` is given) it carries on only if the new
    paragraph opens with a quotation mark, as press style does for quotes running over paragraphs.
    """
    result, inside = [], False
    for i, sentence in enumerate(sentences):
        first = len(sentence) - len(sentence.lstrip())
        if para_ids is not None and i and para_ids[i] != para_ids[i - 1] and inside:
            inside = _continues_quote(sentence[first:])
        starts_inside, spans = inside, []
        opened_at: int | None = 0 if inside else None
        for j, char in enumerate(sentence):
            if char not in QUOTE_ANY:
                continue
            after = sentence[j + 1:j + 2]
            if j == first:  # a mark that starts the sentence opens (or reopens) a quotation
                inside, opened_at = True, j + 1
            elif inside:
                if char in QUOTE_OPEN:
                    continue  # a nested or repeated opening mark
                spans.append((opened_at, j))
                inside, opened_at = False, None
            elif char in QUOTE_OPEN or after.isalnum() or after in "'’":
                inside, opened_at = True, j + 1
            else:  # a closing mark whose opening we never saw: the quotation ran from the sentence start
                spans.append((first, j))
        if inside and opened_at is not None:
            spans.append((opened_at, len(sentence)))
        result.append(QuoteMarks(tuple((a, b) for a, b in spans if b > a), starts_inside, inside))
    return result


def _continues_quote(sentence: Sentence) -> bool:
    """Return True when a new paragraph carries on an open quotation: it opens with a mark, or its first mark closes."""
    if sentence[:1] in QUOTE_ANY:
        return True
    for j, char in enumerate(sentence):
        if char in QUOTE_ANY:
            after = sentence[j + 1:j + 2]
            return char in QUOTE_CLOSE or (char == '"' and not (after.isalnum() or after in "'’"))
    return False


def _quoted(marks: QuoteMarks, position: int) -> bool:
    """Return True when character `position` of the sentence lies inside one of its quoted spans."""
    return any(a <= position < b for a, b in marks.spans)


def quoted_words(sentence: Sentence, marks: QuoteMarks) -> int:
    """Return the number of words in the longest quoted span of `sentence`."""
    return max((len(sentence[a:b].split()) for a, b in marks.spans), default=0)


def is_substantial(sentence: Sentence, marks: QuoteMarks) -> bool:
    """Return True when the quoted words make the sentence a direct quotation (not a few scare-quoted words)."""
    if marks.starts_inside or (marks.ends_inside and marks.spans):
        return True
    total = sum(len(sentence[a:b].split()) for a, b in marks.spans)
    return quoted_words(sentence, marks) >= 5 or total >= 0.4 * max(len(sentence.split()), 1)


def quote_text(sentence: Sentence, marks: QuoteMarks) -> str:
    """Return the quoted words of `sentence`, spans joined by " … " (the sentence itself if nothing is quoted)."""
    parts = [sentence[a:b].strip(" ,") for a, b in marks.spans]
    parts = [p for p in parts if p]
    return " … ".join(parts) if parts else sentence.strip()


# ---------------------------------------------------------------- attribution inside one sentence


@dataclass(frozen=True)
class Attribution:
    """A speaker cue found in one sentence: which mention, which words, which pattern."""

    mention: Mention
    cue: str
    pattern: str  # sv, vs, according, colon, headline, inversion, decision, passive, agency, participle
    position: int
    partners: tuple = ()  # mentions coordinated with the subject: "X, Y et Z souhaitent" -> (X, Y)


def skeleton(sentence: Sentence, found: Sequence[Mention], marks: QuoteMarks) -> tuple[str, list[Mention]]:
    """Return `sentence` with quoted stretches as «Q» and outside mentions as §k§ (names) or ¤k¤ (descriptions)."""
    pieces, outside, cursor = [], [], 0
    events = [(a, b, None) for a, b in marks.spans] + [(m.start, m.end, m) for m in found]
    events.sort(key=lambda e: (e[0], -e[1]))
    for start, end, mention in events:
        if start < cursor:
            continue
        pieces.append(sentence[cursor:start])
        if mention is None:
            pieces.append("«Q»")
            # eat the quotation marks around the span
            cursor = end + 1 if sentence[end:end + 1] in QUOTE_ANY else end
            if pieces[-2][-1:] in QUOTE_ANY:
                pieces[-2] = pieces[-2][:-1]
        else:
            mark = "§" if mention.kind in ("actor", "name", "pronoun", "office") else "¤"
            pieces.append(f"{mark}{len(outside)}{mark}")
            outside.append(mention)
            cursor = end
    pieces.append(sentence[cursor:])
    return "".join(pieces), outside


_COORDINATION = re.compile(r"((?:§\d+§\s*,\s*)*§\d+§)\s*,?\s+(?:et|and|ainsi\s+que|as\s+well\s+as|&)\s+$", re.IGNORECASE)


def _coordinated(before: str, outside: Sequence[Mention]) -> tuple[Mention, ...]:
    """Return the people coordinated just before a subject ("§0§, §1§ et " before §2§), in order."""
    chain = _COORDINATION.search(before)
    if not chain:
        return ()
    return tuple(outside[int(k)] for k in re.findall(r"§(\d+)§", chain.group(1)))


_LIKEWISE = re.compile(r"^[^«»;]*?,\s*(?:tout\s+comme|de\s+même\s+que|as\s+did|as\s+has|as\s+have|just\s+like|like)\s+((?:§\d+§(?:\s*(?:,|et|and)\s*)?)+)",
                       re.IGNORECASE)


def _likewise(after: str, outside: Sequence[Mention]) -> tuple[Mention, ...]:
    """Return the people said to do the same after the verb ("X a appelé à quitter l'OTAN, tout comme Y")."""
    same = _LIKEWISE.search(after)
    if not same:
        return ()
    return tuple(outside[int(k)] for k in re.findall(r"§(\d+)§", same.group(1)) if outside[int(k)].kind in ("actor", "name"))


def _mention_of(match: re.Match, outside: Sequence[Mention]) -> Mention:
    """Return the mention a §k§/¤k¤ placeholder in `match` stands for."""
    placeholder = match.group("m") or match.groupdict().get("m2") or match.groupdict().get("m3")
    return outside[int(placeholder[1:-1])]


_OBJECT_PRONOUNS = ("him", "her", "lui")
_ENGLISH_ACT = re.compile(r"(?:ed|took|made|left|kept|gave|sent|put|set|chose|broke|drew|held|led|sought|stood|told|wrote)$")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|est|était|été|fut|sont|étaient)\b", re.IGNORECASE)


def _rejected(name: str, m: re.Match, mention: Mention, text: str, sentence: Sentence) -> bool:
    """Return True when a match of pattern `name` does not make its mention a speaker (the reason is on each line)."""
    before = text[:m.start()].rstrip()
    if name == "country_act":
        # "In 1966 France withdraws": the historical present; "il est temps que Paris se retire": embedded;
        # "France to return" is a headline's future only at the start ("X encouraged France to return" is X's)
        return (mention.kind != "country" or (not m.group("cue") and bool(_PAST_YEAR.search(sentence)))
                or bool(_EMBEDDING.search(text[:m.start()])) or ((m.group("cue") or "").casefold() == "to" and bool(before)))
    if mention.kind == "country" and (name not in ("sv", "vs") or m.group("cue").split()[-1].casefold() not in COUNTRY_CUES):
        return True  # a country acting in a bare fact is narration; speaking or announcing, it is its government
    if name in ("sv", "decision") and re.search(r"\b(?:qui|who|which|that|ceux|celles|those|dont)\b", m.group("pp") or ""):
        return True  # "démarque l'UPR de ceux qui proposent": the verb belongs to a relative clause of the complement
    if name == "sv" and re.search(r"(?:\bby|\bpar)$", before, re.IGNORECASE) and not re.search(r"\b(?:who|qui)\b", m.group("aux") or ""):
        return True  # the agent of a passive ("led by X, has advocated") is not the subject
    if name == "sv" and (m.group("app") or "").strip() == "," and not re.search(r"(?:^|[,(]|—)\s*$", before):
        return True  # "X, said ..." only when X itself opens the clause or closes an appositive
    if name == "acting" and _PASSIVE_AUX.search(m.group("aux") or ""):
        return True  # "Ms Le Pen was pictured shaking hands": the passive, not an act
    if name == "acting" and _language(sentence) != "fr" and not _ENGLISH_ACT.search(m.group("cue")):
        return True  # French verb endings count in French only ("her previous defeat")
    return (name in ("sv", "decision", "passive", "participle", "acting") and mention.kind == "pronoun"
            and mention.value in _OBJECT_PRONOUNS)


def _cue(name: str, m: re.Match) -> str:
    """Return the words that attribute (casefolded): the verb, with its French auxiliary, or ":" for a colon or headline."""
    cue = (m.groupdict().get("cue") or m.groupdict().get("cue2") or {"colon": ":", "headline": ":"}.get(name, "")).strip()
    if name == "country_act":
        cue = f"{cue} {m.group('act')}".strip()
    if name == "colon" and m.groupdict().get("m2"):
        cue = m.group().split()[0]  # "Pour X, ..." / "For X, ...": the French "according to"
    if name == "inversion" and m.group().casefold().startswith("a-t-"):
        cue = "a " + (m.group("cue2") or "dit")
    aux = [re.sub(r"^l['’]", "", w) for w in (m.groupdict().get("aux") or "").split()]
    if name == "sv" and aux and aux[-1].casefold() in ("a", "avait", "ont") and not cue.isascii():
        cue = f"{aux[-1]} {cue}"  # the French perfect: "a déclaré", "l'a répété" -> "a répété"
    return " ".join(cue.casefold().split())


def attributions(sentence: Sentence, found: Sequence[Mention], marks: QuoteMarks, g: Grammar | None = None) -> list[Attribution]:
    """Return every speaker cue of one sentence (outside quotation marks), in order of position."""
    g = g or default_grammar()
    text, outside = skeleton(sentence, found, marks)
    result = []
    inverted = re.search(r"-(?:t-)?[§¤]", text) is not None  # "estime-t-il": the only way an inversion can match
    for name in ("sv", "vs", "according", "colon", "headline", "inversion", "decision", "passive", "agency", "participle",
                 "country_act", "acting"):
        if name == "inversion" and not inverted:
            continue
        matches = list(getattr(g, name).finditer(text))
        if name == "agency" and matches and not g.decided.search(sentence):
            continue  # "under the leadership of X" names an author only when something was decided
        for m in matches:
            mention = _mention_of(m, outside)
            if _rejected(name, m, mention, text, sentence):
                continue
            partners = _coordinated(text[:m.start("m")], outside) if name in ("sv", "decision") else ()
            if name in ("sv", "decision", "acting", "vs", "inversion"):
                partners += _likewise(text[m.end():], outside)
            result.append(Attribution(mention, _cue(name, m), name, m.start(), partners))
    order = {"colon": 0, "sv": 1, "according": 1, "inversion": 1, "headline": 1, "vs": 2, "decision": 3, "passive": 3,
             "participle": 4, "agency": 5, "country_act": 6, "acting": 7}
    # a speaker inside a subordinate clause ("after X declared ..., Y said") yields to one in the main clause
    def subordinate(a: Attribution) -> bool:
        return _SUBORDINATE.search(_clause_before(text, a.position)) is not None

    return sorted(result, key=lambda a: (subordinate(a), order[a.pattern], a.position))


_SUBORDINATE = re.compile(r"(?<![\w-])(?:after|before|since|when|while|although|though|as|until|once|après\s+que|avant\s+que|"
                          r"lorsque|lorsqu['’]|quand|alors\s+que|tandis\s+que|depuis\s+que|bien\s+que|dès\s+que)(?![\w-])",
                          re.IGNORECASE)


def _clause_before(text: str, position: int) -> str:
    """Return the text from the last clause boundary before `position` up to it."""
    head = text[:position]
    cut = max(head.rfind(c) for c in ",;:—(")
    return head[cut + 1:]


# ---------------------------------------------------------------- resolution across sentences


def _language(sentence: Sentence) -> str:
    """Return "fr", "en" or "und" by a vote of common function words."""
    words = re.findall(r"[^\W\d_]+", sentence.casefold())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "fr" if fr > en else "en" if en > fr else "und"


_FR_WORDS = frozenset("le la les de des du et est un une que qui dans pour pas ne sur au aux il elle nous ce cette sont avec par plus se son sa ses je ont faut mais ou en qu".split())
_EN_WORDS = frozenset("the of and to is in that it for was with on as be by this are from has have had not should will would which its their they he she said an at but or".split())
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|est|sont|ont|sera|doit|peut|fut|était)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•\-*–—·▪]|\d{1,2}[.)])\s*")
_INDEFINITE = re.compile(r"^\s*(?:A|An|Un|Une|Des)\s", re.UNICODE)


def _list_item(sentence: Sentence) -> bool:
    """Return True when `sentence` reads like an item of a list announced by a colon."""
    if _BULLET.match(sentence) or _INDEFINITE.match(sentence):
        return True
    words = sentence.split()
    return len(words) <= 8 and not _FINITE.search(sentence) and not any(w.rstrip(".,;:!?").endswith("ed") for w in words)


@dataclass
class _Row:
    quote: str
    speaker: str
    cue: str
    kind: str


class _Context:
    """Who has been mentioned so far in an article: the antecedents for pronouns and descriptions."""

    def __init__(self) -> None:
        self.history: list[list[tuple[str, str | None]]] = []
        self.surnames: dict[str, str] = {}

    def person(self, gender: str | None, earlier: Sequence[tuple[str, str | None]] = (), last_named: bool = False) -> str | None:
        """Return the most recent person compatible with `gender`: in this sentence (nearest first), then before.

        In an earlier sentence the speaker comes first, then the people named left to right; with `last_named`
        ("ce dernier", "the latter") the person named last comes first.
        """
        for name, g in reversed(earlier):
            if gender is None or g is None or g == gender:
                return name
        for people in reversed(self.history):
            for name, g in (reversed(people) if last_named else people):
                if gender is None or g is None or g == gender:
                    return name
        return None

    def holder(self, office: str, earlier: Sequence[tuple[str, str | None]] = (),
               ahead: Sequence[tuple[str, str | None]] = ()) -> str | None:
        """Return the holder of `office` named most recently (in this sentence, then before), else named next
        (a headline's "French PM" named in the lede), else its current holder."""
        offices = default_office_index()
        holders = offices.holders.get(office, frozenset())
        for name, _ in reversed(earlier):
            if name in holders:
                return name
        for people in reversed(self.history):
            for name, _ in people:
                if name in holders:
                    return name
        for name, _ in ahead:
            if name in holders:
                return name
        return offices.current.get(office)

    def canonical(self, name: str) -> str:
        """Return an unknown name as first written in full ("Smith" -> "Jane Smith")."""
        last = name.split()[-1]
        if len(name.split()) > 1:
            self.surnames.setdefault(last, name)
            return name
        return self.surnames.get(last, name)


_LATTER = frozenset(("ce dernier", "cette dernière", "the latter"))


def _resolve(mention: Mention, context: _Context, earlier: Sequence[tuple[str, str | None]],
             fallback: Sequence[tuple[str, str | None]] = (), ahead: Sequence[tuple[str, str | None]] = ()) -> str | None:
    """Return the speaker a mention stands for, or None when it cannot be resolved.

    With no antecedent, a description may point into the quotation (`fallback`) or ahead (`ahead`, the next
    sentences); a pronoun only into the quotation ("“Jane Doe will ...,” she said"), as pronouns point back.
    """
    if mention.kind == "actor":
        return mention.value
    if mention.kind == "name":
        known = default_actor_index().lookup.get(name_key(mention.value))  # "Jean-Yves le Drian" as written
        return known or context.canonical(mention.value)
    if mention.kind in ("unnamed", "country", "collective"):
        return mention.value
    if mention.kind == "office":
        return context.holder(mention.value, earlier, ahead)
    gender = mention.gender if mention.kind in ("pronoun", "role") else None
    found = context.person(gender, earlier, last_named=mention.value in _LATTER)
    if found is None:
        for name, g in list(fallback) + (list(ahead) if mention.kind != "pronoun" else []):
            if gender is None or g is None or g == gender:
                return name
    return found


def _people(found: Sequence[Mention], marks: QuoteMarks, before: int | None = None,
            kinds: tuple[str, ...] = ("actor", "name")) -> list[tuple[str, str | None]]:
    """Return (name, gender) of the people named among `found` (known actors and other names) outside quotation marks (and before `before`)."""
    result = []
    for m in found:
        if m.kind not in kinds or (before is not None and m.start >= before):
            continue
        if _quoted(marks, m.start):
            continue
        result.append((m.value, m.gender))
    return result


def _salient_first(people: list[tuple[str, str | None]], found: Sequence[Mention], sentence: Sentence) -> list[tuple[str, str | None]]:
    """Return `people` with those named as a complement ("vis-à-vis de Vladimir Poutine", "a letter to X") after the others."""
    complements = {m.value for m in found if m.kind in ("actor", "name") and _COMPLEMENT.search(sentence[:m.start])}
    return [p for p in people if p[0] not in complements] + [p for p in people if p[0] in complements]


def _quoted_people(found: Sequence[Mention], marks: QuoteMarks) -> list[tuple[str, str | None]]:
    """Return (name, gender) of the named actors inside quotation marks."""
    return [(m.value, m.gender) for m in found if m.kind == "actor" and _quoted(marks, m.start)]


def _runs(marks: Sequence[QuoteMarks]) -> list[int]:
    """Return, for each sentence, the index of the first sentence of the quotation run it belongs to."""
    first, result = 0, []
    for i, m in enumerate(marks):
        if not (m.starts_inside and i and marks[i - 1].ends_inside):
            first = i
        result.append(first)
    return result


def resolve_speakers(sentences: Sequence[Sentence], para_ids: Sequence | None = None) -> pd.DataFrame:
    """Return one row per sentence (start = index, end = index + 1) with quote, speaker, cue and kind.

    `sentences` are one article's sentences in order. `para_ids` (optional, one per sentence) tells
    where paragraphs change, which delimits quoted tweets and quotations left open at a paragraph end.
    """
    sentences = ["" if s is None else str(s) for s in sentences]
    if not sentences:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object") for c in COLUMNS})
    index, g = default_actor_index(), default_grammar()
    marks = quote_marks(sentences, para_ids)
    found, surnames = [], []
    for sentence in sentences:
        found.append(mentions(sentence, index, g, tuple(surnames)))
        # last names of people named in full ("Scheffer" after "Jaap de Hoop Scheffer"), known actors included
        surnames.extend(m.value.split()[-1] for m in found[-1] if m.kind in ("name", "actor") and len(m.value.split()) > 1)
    local = [attributions(s, f, m, g) for s, f, m in zip(sentences, found, marks)]
    signatures = [SIGNATURE.search(s) for s in sentences]
    art = _Article(sentences, found, marks, local, _runs(marks), signatures,
                   _tweet_owners(sentences, signatures, local, para_ids), index, _document_author(sentences, found, marks))
    context, rows = _Context(), []
    for i in range(len(sentences)):
        for m in found[i]:  # a known actor's surname alone refers back to them ("M. Morin" after "Hervé Morin")
            if m.kind == "actor" or (m.kind == "name" and len(m.value.split()) > 1):  # and anyone named in full
                context.surnames.setdefault(m.value.split()[-1], m.value)
        row = _sentence_row(art, i, rows, context)
        rows.append(row)
        people = _salient_first(_people(found[i], marks[i]), found[i], sentences[i])
        if (row.speaker not in (OUTLET, FRANCE_SPEAKER) and not row.speaker.startswith("unnamed:")
                and row.speaker not in default_collective_index().genders):  # "he" never stands for NATO or a party
            gender = index.genders.get(row.speaker)
            people = [(row.speaker, gender)] + [p for p in people if p[0] != row.speaker]
        context.history.append(people)
    _unattributed_quotes(art, rows)
    frame = pd.DataFrame([vars(r) for r in rows])
    frame.insert(0, "end", range(1, len(rows) + 1))
    frame.insert(0, "start", range(len(rows)))
    return frame[COLUMNS]


def _tweet_owners(sentences: Sequence[Sentence], signatures: Sequence, local: Sequence, para_ids: Sequence | None) -> dict[int, int]:
    """Return sentence index -> index of the signature line of the quoted tweet it belongs to."""
    owners: dict[int, int] = {}
    for j, sig in enumerate(signatures):
        if not sig:
            continue
        owners[j] = j
        if sentences[j][:sig.start()].strip(" #\t"):
            continue  # the tweet text sits before the signature on the same line
        if para_ids is not None:
            previous = [i for i in range(j - 1, -1, -1) if para_ids[i] == para_ids[j - 1]] if j else []
            for i in previous:
                if i in owners or signatures[i]:
                    break
                owners[i] = j
            continue
        language, taken = None, 0
        for i in range(j - 1, max(-1, j - 7), -1):
            if signatures[i] or i in owners or local[i] or sentences[i].rstrip().endswith(":"):
                break
            lang = _language(sentences[i])
            if language is None and lang != "und":
                language = lang
            elif lang not in ("und", language):
                break
            owners[i] = j
            taken += 1
            if taken >= 4 and language == "en":
                break
    return owners


@dataclass(frozen=True)
class _Article:
    """Everything found in an article's sentences before speakers are resolved in order."""

    sentences: list
    found: list  # mentions per sentence
    marks: list  # QuoteMarks per sentence
    local: list  # attributions per sentence
    runs: list  # first sentence of each sentence's quotation run
    signatures: list  # tweet signature match (or None) per sentence
    tweet_of: dict  # sentence -> its tweet's signature line
    index: ActorIndex
    author: tuple = ()  # (title sentence, speaker, cue, first person only) of a transcript titled "Speech by X"


def _sentence_row(art: _Article, i: int, rows: Sequence[_Row], context: _Context) -> _Row:
    """Return the speaker row of sentence `i`: tweet, direct quote, reported speech or decision, list item, else narration."""
    return (_tweet_row(art, i) or _quote_row(art, i, rows, context) or _reported_row(art, i, context)
            or _list_row(art, i, rows) or _first_person_row(art, i, rows) or _author_row(art, i)
            or _Row(art.sentences[i].strip(), OUTLET, "", "narration"))


# The title of a transcript or signed text names who speaks in all of it ("North Atlantic Council – Speech by X",
# "Discours du président de la République", "Tribune de X"); an interview's title names who answers.
TRANSCRIPTS = ("speech", "address", "remarks", "statement", "press briefing", "press conference", "news conference",
               "op-ed", "letter", "message", "declaration", "discours", "allocution", "déclaration", "conférence de presse",
               "point de presse", "tribune", "lettre", "message", "vœux", "voeux")
INTERVIEWS = ("interview", "entretien", "conversation")
_TITLE = re.compile(rf"(?:^|[–—:|-]\s*)(?P<noun>{_alternation(TRANSCRIPTS + INTERVIEWS)})\s+(?:given\s+|delivered\s+)?"
                    rf"(?:by|of|with|from|de|du|d['’]|avec)\s*(?:(?:the|le|la|l['’])\s*)?$", re.IGNORECASE)


def _document_author(sentences: Sequence[str], found: Sequence, marks: Sequence) -> tuple:
    """Return (title index, speaker, cue, first person only) when one of the first two sentences titles a transcript, else ()."""
    for i in range(min(2, len(sentences))):
        if len(sentences[i].split()) > 20 or marks[i].spans:
            continue
        for m in found[i]:
            title = _TITLE.search(sentences[i][:m.start])
            # a news headline about a speech goes on ("Discours de X : ce qu'il faut retenir"); a title does not
            if m.kind in ("actor", "name", "office") and title and ":" not in sentences[i][m.end:]:
                speaker = _resolve(m, _Context(), ())
                noun = " ".join(title.group("noun").casefold().split())
                if speaker:
                    return (i, speaker, noun, noun in INTERVIEWS)
    return ()


def _author_row(art: _Article, i: int) -> _Row | None:
    """Return the author's row for a sentence after the title of a transcript (an interview: first-person sentences only)."""
    if not art.author or i <= art.author[0]:
        return None
    _, speaker, cue, first_person_only = art.author
    if first_person_only and not _FIRST_PERSON.search(art.sentences[i]):
        return None
    return _Row(art.sentences[i].strip(), speaker, cue, "direct")


_FIRST_PERSON = re.compile(r"(?<![\w-])(?:I|we|We|us|our|Our|my|My|je|Je|j['’]|J['’]|nous|Nous|notre|Notre|nos|Nos|mon|Mon|ma|Ma|mes|Mes)(?![\w-])")


def _first_person_row(art: _Article, i: int, rows: Sequence[_Row]) -> _Row | None:
    """Return the previous speaker's row for an unattributed sentence in the first person that follows a person's words.

    An interview answer, a speech or a quotation whose marks were lost goes on in the first person after its
    attribution ("Clémence Guetté : ..." / "We are part of the family."); the outlet does not say "I" or "we".
    """
    if not rows or rows[-1].speaker == OUTLET or rows[-1].kind not in ("direct", "reported"):
        return None
    sentence, mark = art.sentences[i], art.marks[i]
    outside = "".join(" " if _quoted(mark, k) else c for k, c in enumerate(sentence))
    if not _FIRST_PERSON.search(outside):
        return None
    return _Row(sentence.strip(), rows[-1].speaker, rows[-1].cue, "direct" if rows[-1].kind == "direct" else "reported")


def _tweet_row(art: _Article, i: int) -> _Row | None:
    """Return the row of a sentence of a quoted tweet (or its signature line): the signer, "tweeted", direct."""
    if i not in art.tweet_of:
        return None
    sig = art.signatures[art.tweet_of[i]]
    name = sig.group("name").strip()
    speaker = art.index.lookup.get(name_key(name)) or art.index.lookup.get(name_key("@" + sig.group("handle"))) or name
    text = art.sentences[i][:sig.start()].strip() if i == art.tweet_of[i] else ""
    return _Row(text or art.sentences[i].strip(), speaker, "tweeted", "direct")


def _quote_row(art: _Article, i: int, rows: Sequence[_Row], context: _Context) -> _Row | None:
    """Return the row of a direct quotation: the attribution anywhere in its run of sentences, else the previous quote's speaker."""
    sentence, mark = art.sentences[i], art.marks[i]
    if not mark.spans or not (is_substantial(sentence, mark) or art.runs[i] != i or mark.ends_inside):
        return None
    for k in (k for k in range(art.runs[i], len(art.sentences)) if art.runs[k] == art.runs[i]):
        for att in art.local[k]:
            if att.pattern in ("decision", "passive", "participle"):
                continue
            speaker = _resolve(att.mention, context, _people(art.found[k], art.marks[k], att.mention.start),
                               _quoted_people(art.found[k], art.marks[k]), _following_people(k, art.found, art.marks))
            if speaker:
                speaker = _joint(att, _cataphora(i, att, speaker, art.found), context)
                return _Row(quote_text(sentence, mark), speaker, att.cue, "direct")
    if rows and rows[-1].speaker != OUTLET and (rows[-1].kind == "direct" or (rows[-1].kind == "reported" and _nobody_outside(art, i))):
        return _Row(quote_text(sentence, mark), rows[-1].speaker, rows[-1].cue, "direct")
    return None


_PEOPLE_KINDS = ("actor", "office", "name", "pronoun", "role", "unnamed", "document")


def _nobody_outside(art: _Article, i: int) -> bool:
    """Return True when sentence `i` has no attribution and names nobody outside its quotation marks."""
    return not art.local[i] and not any(m.kind in _PEOPLE_KINDS and not _quoted(art.marks[i], m.start) for m in art.found[i])


def _unattributed_quotes(art: _Article, rows: list[_Row]) -> None:
    """Give a quotation left without a speaker the speaker of the next sentence when that one reports someone's words.

    A quoted phrase often comes first, its author only after ("«Un aller sans retour.» C'est par cette métaphore
    que X a dénoncé..."); quotations that follow their speaker already took the previous speaker's.
    """
    for i in range(len(rows) - 1, -1, -1):
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        mark = art.marks[i]
        if (rows[i].speaker == OUTLET and _nobody_outside(art, i) and mark.spans and is_substantial(art.sentences[i], mark) and nxt is not None
                and nxt.speaker != OUTLET and nxt.kind in ("direct", "reported")):
            rows[i] = _Row(quote_text(art.sentences[i], mark), nxt.speaker, nxt.cue, "direct")


def _reported_row(art: _Article, i: int, context: _Context) -> _Row | None:
    """Return the row of reported speech or a narrated decision in sentence `i` (the first attribution that resolves)."""
    found, mark = art.found[i], art.marks[i]
    for att in art.local[i]:
        if att.mention.kind == "unnamed" and att.pattern in ("decision", "passive", "participle"):
            continue
        earlier = _people(found, mark, att.mention.start)
        tail = att.pattern == "vs" or (att.pattern == "sv" and art.sentences[i][:att.mention.start].rstrip().endswith(",")
                                        and len(art.sentences[i]) - att.mention.end < 40)
        if tail and att.mention.kind == "pronoun" and context.history:
            earlier = ()  # "..., but such appointments would be conditional on Sarkozy ..., he added": the previous speaker
        speaker = _resolve(att.mention, context, earlier, _quoted_people(found, mark), _following_people(i, art.found, art.marks))
        if speaker:
            kind = "decision" if att.pattern in ("decision", "passive", "agency", "country_act", "acting") else "reported"
            return _Row(art.sentences[i].strip(), _joint(att, _cataphora(i, att, speaker, art.found), context), att.cue, kind)
    return None


def _list_row(art: _Article, i: int, rows: Sequence[_Row]) -> _Row | None:
    """Return the row of an item of a list announced by a sentence ending in ":" (it keeps that sentence's speaker)."""
    sentences = art.sentences
    if not rows or not _list_item(sentences[i]):
        return None
    k = i - 1
    while k >= 0 and i - k < 9 and not sentences[k].rstrip().endswith(":") and _list_item(sentences[k]):
        k -= 1
    if k >= 0 and i - k < 9 and sentences[k].rstrip().endswith(":") and rows[k].speaker != OUTLET:
        return _Row(sentences[i].strip(), rows[k].speaker, rows[k].cue, "reported" if rows[k].kind == "direct" else rows[k].kind)
    return None


def _joint(att: Attribution, speaker: str, context: _Context) -> str:
    """Return the speaker, preceded by the people coordinated with them ("A; B; C"), each once, in text order."""
    if not att.partners:
        return speaker
    before = [_resolve(m, context, ()) for m in att.partners if m.start < att.mention.start]
    after = [_resolve(m, context, ()) for m in att.partners if m.start > att.mention.start]  # "..., tout comme Y"
    return "; ".join(dict.fromkeys(n for n in before + [speaker] + after if n))


def _following_people(i: int, found, marks, window: int = 2) -> list[tuple[str, str | None]]:
    """Return the named actors of the next `window` sentences (antecedents for a description with none before it)."""
    people = []
    for k in range(i + 1, min(len(found), i + 1 + window)):
        people.extend(_people(found[k], marks[k], kinds=("actor",)))  # looking ahead, only known actors: too easy to misfire
    return people


def _cataphora(i: int, att: Attribution, speaker: str, found) -> str:
    """Return the person named at the start of the next sentence when an unnamed lede subject introduces them."""
    if att.mention.kind != "unnamed" or i > 1 or i + 1 >= len(found):
        return speaker
    nxt = [m for m in found[i + 1] if m.kind in ("actor", "name") and m.start <= 3]
    return nxt[0].value if nxt else speaker


# ---------------------------------------------------------------- raw text


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“«‘(\[]?\s?[A-ZÀ-ÖØ-Þ0-9#@—–-])")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph number) of each sentence of `text`; text[start:end] is the stripped sentence."""
    spans = []
    for para, line in enumerate(_LINE.finditer(text)):
        cursor = line.start()
        for m in _SENTENCE_END.finditer(text, line.start(), line.end()):
            before = re.search(r"(\S+)$", text[cursor:m.start()])
            word = before.group(1).lstrip("(\"'“«‘[") if before else ""
            if text[m.start()] == "." and m.end() - m.start() == 1 and (
                    word.casefold() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word)):
                continue
            spans.append((cursor, m.end(), para))
            cursor = m.end()
        spans.append((cursor, line.end(), para))
    result = []
    for start, end, para in spans:
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            result.append((start + left, start + right, para))
    return result


def attribute_speakers(text: str) -> pd.DataFrame:
    """Return one row per sentence of `text` with character offsets start/end, quote, speaker, cue and kind."""
    text = "" if text is None else str(text)
    spans = split_sentences(text)
    frame = resolve_speakers([text[a:b] for a, b, _ in spans], [p for _, _, p in spans])
    frame["start"] = [a for a, _, _ in spans]
    frame["end"] = [b for _, b, _ in spans]
    return frame[COLUMNS]
