"""Events for the timeline: each dated sentence becomes an event row (date, country, type, provenance); reports of the same event merge.

Country and event type come from English and French cue words in the sentence (regexes below,
checked in a fixed priority order), not from a model: they are easy to audit and to extend.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from helpers.timeline import empty_frame, extract_time_expressions

EVENT_TYPES = ("treaty_or_accession", "withdrawal", "reintegration", "exit_call", "statement", "election", "other")
COUNTRIES = ("France", "Greece", "other")
DATED_TYPES = ("date", "relative", "present_ref")  # durations and sets do not place an event in time

COUNTRY_CUES = {
    "France": re.compile(r"\b(?:France|French|Fran[cç]ais\w*|fran[cç]aise?s?|Paris(?:ian)?|[ÉE]lys[ée]e|(?:de\s+)?Gaulle|Gaullist\w*|gaulliste?s?"
                         r"|Sarkozy|Macron|M[ée]lenchon|Le\s+Pen|Hollande|Chirac|Mitterrand|Giscard|Pompidou|Le\s+Drian|Guett[ée]"
                         r"|LFI|Insoumise|Frexit|Quai\s+d['’]Orsay|Palais\s+Bourbon)\b"),
    "Greece": re.compile(r"\b(?:Greece|Greeks?|Athens|Gr[èe]ce|[Gg]recs?|[Gg]recque?s?|Ath[èe]nes|Hellenic|Karamanlis|Papandreou|Tsipras"
                         r"|Mitsotakis)\b"),
}

_EXIT = (r"(?:exit\w*|leav(?:e|es|ing)|withdr[ae]w\w*|pull\w*\s+(?:\w+\s+){0,2}out|quit\w*|left\s+(?:NATO|the\s+alliance|the\s+integrated|its)"
         r"|sortir|sortie|quitter|retrait|se\s+retirer|Frexit)")
EVENT_CUES = [  # checked in this order: the first that matches gives the type
    ("exit_call", re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:\w+\s+){0,3}(?:for|to)|demand\w*|urg\w+|advocat\w+|propos\w+|wants?\s+to"
                             r"|pledg\w+|promis\w+|vow\w*|would|should|must|plans?\s+to|intends?\s+to|resolution|appel\w*\s+[àa]"
                             r"|r[ée]clam\w+|plaid\w+\s+pour|veut|voudrait|faut|doit|souhait\w+)\b.*\b" + _EXIT + r"\b"
                             r"|\b" + _EXIT + r"\b.*\b(?:call(?:s|ed)?\s+for|demand\w*|propos\w+|r[ée]clam\w+)\b", re.IGNORECASE)),
    ("reintegration", re.compile(r"\b(?:return\w*|reintegrat\w*|re-?join\w*|re-?enter\w*|brought\s+(?:\w+\s+){0,2}back|c[ao]me\s+back"
                                 r"|r[ée]int[ée]gr\w+|retour\w*|revenu\w*|revient|rejoint|réadmis\w*)\b", re.IGNORECASE)),
    ("withdrawal", re.compile(r"\b(?:" + _EXIT + r"|took\s+(?:\w+\s+){0,2}out\s+of|expel\w*|retir\w+|quitt\w+|sorti\w*)\b", re.IGNORECASE)),
    ("treaty_or_accession", re.compile(r"\b(?:sign\w*|join\w*|accession|acced\w+|founding\s+member|membre\s+fondateur|adh[ée]s\w+|adh[ée]r\w+"
                                       r"|ratif\w+|traité|treaty|entr\w+\s+dans)\b", re.IGNORECASE)),
    ("election", re.compile(r"\b(?:election\w*|[ée]lection\w*|vot(?:e|es|ed|ing)|round|ballot\w*|poll\w*|scrutin\w*|pr[ée]sidentielle"
                            r"|l[ée]gislatives|tour|campaign\w*|campagne\w*|candida\w+|run\s+for|primar\w+)\b", re.IGNORECASE)),
    ("statement", re.compile(r"\b(?:said|says|say|declar\w+|d[ée]clar\w+|stat(?:ed|es)|tweet\w*|wrote|writes|told|announc\w+|annonc\w+"
                             r"|a\s+dit|affirm\w+|added|noted|argued|claimed|warned|stressed|speech|discours|interview|entretien"
                             r"|recalled|call(?:ed|ing)\s+(?:\w+\s+){1,3}[\"“«]|comment\w*|a\s+estim\w+|estime|selon|according\s+to)\b", re.IGNORECASE)),
]

EVENT_COLUMNS = ["doc_id", "sent_id", "start", "end", "doc_start", "doc_end", "expression", "value", "granularity", "expression_type",
                 "country", "event_type", "actor", "sentence"]
MERGED_COLUMNS = ["year", "value", "granularity", "country", "event_type", "actor", "sources", "n_sources", "n_documents", "sentence"]
GRANULARITY_RANK = {"minute": 0, "day": 1, "week": 2, "month": 3, "early": 4, "mid": 4, "late": 4, "season": 4, "quarter": 4, "half": 4,
                    "year": 5, "present_ref": 5, "decade": 6, "century": 7}


def country_of(sentence: str, position: int = 0) -> str:
    """Return France, Greece or other from the cue words of a sentence (most cues wins; a tie goes to the cue nearest `position`)."""
    hits = {country: [m.start() for m in cue.finditer(sentence)] for country, cue in COUNTRY_CUES.items()}
    found = {c: h for c, h in hits.items() if h}
    if not found:
        return "other"
    return min(found, key=lambda c: (-len(found[c]), min(abs(p - position) for p in found[c]), c))


def event_type_of(sentence: str) -> str:
    """Return the event type of a sentence from its English or French cue words (first match in EVENT_CUES order, else "other")."""
    return next((kind for kind, cue in EVENT_CUES if cue.search(sentence)), "other")


def sentence_expressions(sentences: pd.DataFrame, published: Mapping[str, object]) -> pd.DataFrame:
    """Return the expressions of every sentence with doc_id and sent_id; start/end are offsets into the sentence text.

    Each document's sentences are joined with line breaks and tagged as one text (so "two years
    later" can lean on a date in an earlier sentence), then every expression is given back to the
    sentence that holds it. `published` maps doc_id to its publication date (date or ISO string).
    """
    frames = []
    for doc_id, doc in sentences.sort_values(["doc_id", "start"], kind="stable").groupby("doc_id", sort=True):
        texts, offsets, cursor = list(doc["text"]), [], 0
        for text in texts:
            offsets.append(cursor)
            cursor += len(text) + 1
        found = extract_time_expressions("\n".join(texts), published.get(doc_id))
        if not len(found):
            continue
        index = [max(i for i, o in enumerate(offsets) if o <= start) for start in found["start"]]
        base = [offsets[i] for i in index]
        frames.append(found.assign(doc_id=doc_id, sent_id=[doc["sent_id"].iloc[i] for i in index],
                                   start=found["start"] - base, end=found["end"] - base))
    if not frames:
        return empty_frame(["doc_id", "sent_id"])
    table = pd.concat(frames, ignore_index=True)
    return table[["doc_id", "sent_id", *[c for c in table.columns if c not in ("doc_id", "sent_id")]]]


def event_rows(sentences: pd.DataFrame, expressions: pd.DataFrame, speakers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one event row per dated expression of a sentence (date, relative or present_ref with a value), typed by the sentence's cues.

    `sentences` has doc_id, sent_id, start, end, text; `expressions` has doc_id, sent_id, start, end
    (offsets into the sentence text, as `sentence_expressions` gives them), text, value,
    granularity, type. Provenance: doc_id, sent_id, start/end of the expression in the sentence,
    and doc_start/doc_end, the same span in the coordinates of the sentences' own start/end.
    `speakers` (doc_id, sent_id, speaker), from the stance notebook, fills `actor` where known.
    """
    dated = expressions[expressions["type"].isin(DATED_TYPES) & (expressions["value"].astype(str) != "")]
    merged = dated.merge(sentences[["doc_id", "sent_id", "start", "text"]].rename(columns={"start": "sent_start", "text": "sentence"}),
                         on=["doc_id", "sent_id"], how="inner")
    if speakers is not None and len(speakers):
        merged = merged.merge(speakers[["doc_id", "sent_id", "speaker"]].drop_duplicates(["doc_id", "sent_id"]), on=["doc_id", "sent_id"], how="left")
    else:
        merged = merged.assign(speaker="")
    if not len(merged):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
    rows = merged.assign(
        doc_start=merged["sent_start"] + merged["start"], doc_end=merged["sent_start"] + merged["end"],
        expression=merged["text"], expression_type=merged["type"],
        country=[country_of(s, p) for s, p in zip(merged["sentence"], merged["start"])],
        event_type=[event_type_of(s) for s in merged["sentence"]],
        actor=merged["speaker"].fillna("").astype(str),
    )
    return rows[EVENT_COLUMNS].sort_values(["doc_id", "sent_id", "start"], kind="stable").reset_index(drop=True)


def event_year(value: str) -> str:
    """Return the year part of a value ("2021-09" -> "2021"), or the whole value for decades and centuries ("196")."""
    return value[:4] if len(value) >= 4 and value[:4].isdigit() else value


def most_precise(values: list[str], granularities: list[str]) -> tuple[str, str]:
    """Return the (value, granularity) of the finest granularity; ties go to the most frequent value, then the smallest."""
    counts = Counter(zip(values, granularities))
    return min(counts, key=lambda vg: (GRANULARITY_RANK.get(vg[1], 9), -counts[vg], vg[0]))


def merge_events(events: pd.DataFrame) -> pd.DataFrame:
    """Return one canonical event per (country, event_type, year) with its most precise value and its sorted `sources` (doc_id:sent_id).

    n_sources counts distinct sentences, n_documents distinct articles; `sentence` is the first
    source's sentence; `actor` the most frequent non-empty actor. Rows sorted by year, value,
    country, event_type.
    """
    if not len(events):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in MERGED_COLUMNS})
    keyed = events.assign(year=events["value"].astype(str).map(event_year))
    rows = []
    for (country, kind, year), group in keyed.groupby(["country", "event_type", "year"], sort=True):
        group = group.sort_values(["doc_id", "sent_id", "start"], kind="stable")
        value, granularity = most_precise(list(group["value"]), list(group["granularity"]))
        sources = sorted({f"{d}:{s}" for d, s in zip(group["doc_id"], group["sent_id"])})
        actors = Counter(a for a in group.get("actor", pd.Series(dtype=str)) if a)
        rows.append({"year": year, "value": value, "granularity": granularity, "country": country, "event_type": kind,
                     "actor": min(actors, key=lambda a: (-actors[a], a)) if actors else "", "sources": sources,
                     "n_sources": len(sources), "n_documents": group["doc_id"].nunique(), "sentence": group["sentence"].iloc[0]})
    table = pd.DataFrame(rows, columns=MERGED_COLUMNS)
    return table.sort_values(["year", "value", "country", "event_type"], kind="stable").reset_index(drop=True)
