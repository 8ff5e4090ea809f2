"""Compare two disengagements from NATO's integrated command, side by side, each cell backed by evidence.

A *case* is a row group of `data/reference/disengagements.csv` ("France 1966", "Greece 1974",
"Spain 1986"); its country is the case name's first word and its years come from the reference
dates. Corpus evidence for a dimension is a sentence that (1) carries a dated event of the case's
country in the withdrawal or return year and (2) matches the dimension's English or French cues.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from helpers.chronology import decimal_year

REFERENCE_COLUMNS = ["case", "dimension", "value", "date", "source_title", "source_publisher", "source_url", "note"]
DIMENSIONS = ["announced", "effective", "trigger", "stated_reasons", "scope", "moved_or_closed", "decided_by",
              "duration", "return_conditions", "return_date", "return_agreed_by"]
RETURN_DIMENSIONS = {"return_conditions", "return_date", "return_agreed_by"}
NOT_FOUND = "not found"

# English and French cues of what a sentence says about a dimension (matched case-insensitively).
DIMENSION_CUES = {
    "announced": r"\b(?:announc\w*|declar\w*|letter|annon\w*|lettre|d[ée]clar\w*)",
    "effective": r"\b(?:withdr[ae]w\w*|left|pulled\s+\w*\s*out|took\s+\w+\s+out|quitt\w*|retir\w*|sorti\w*|effect)",
    "trigger": r"\b(?:crisis|invasion|aftermath|after|following|war|crise|invasion|apr[èe]s|suite\s+[àa]|guerre)",
    "stated_reasons": r"\b(?:to\s+maintain|arguing|because|independen\w*|isolated|sovereign\w*|pour|afin|parce|ind[ée]pendance|isol[ée]\w*|souverain\w*)",
    "scope": r"\b(?:integrated|military\s+(?:command|structure|wing)|political\s+(?:member|involvement)|treaty|int[ée]gr[ée]\w*|structure\s+militaire|politique|trait[ée])",
    "moved_or_closed": r"\b(?:headquarters|bases?|sites?|troops|shut|closed|moved|shifted|quartier|si[èe]ge|ferm[ée]\w*|d[ée]m[ée]nag\w*|transf[ée]r\w*)",
    "decided_by": r"\b(?:President|Prime\s+Minister|General|government|Président|Premier\s+ministre|Général|gouvernement)\b",
    "duration": r"\b(?:years?|decades?|until|ans|années|jusqu)",
    "return_conditions": r"\b(?:approval|condition\w*|consent|agreement|accord|approbation|veto)",
    "return_date": r"\b(?:return\w*|reintegrat\w*|rejoin\w*|brought\s+\w+\s+back|back\s+under|r[ée]int[ée]gr\w*|retour|revenu\w*)",
    "return_agreed_by": r"\b(?:approval|consent|agreed|veto|accord|approbation|Türkiye|Turkey|Turquie|allies|alliés)",
}


def load_reference(path: Path) -> pd.DataFrame:
    """Return the reference facts, or raise ValueError naming the file, row and column at fault."""
    reference = pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)
    missing = [c for c in REFERENCE_COLUMNS if c not in reference.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for index, row in reference.iterrows():
        if row["dimension"] not in DIMENSIONS:
            raise ValueError(f"{path}, row {index + 2}, column dimension: {row['dimension']!r} is not one of {', '.join(DIMENSIONS)}")
        if row["value"] != NOT_FOUND and not row["source_url"].startswith(("http://", "https://")):
            raise ValueError(f"{path}, row {index + 2}, column source_url: every fact needs a checkable source URL")
    return reference[REFERENCE_COLUMNS]


def known_cases(reference: pd.DataFrame) -> list[str]:
    """Return the case names of the reference table, sorted."""
    return sorted(reference["case"].unique())


def check_case(reference: pd.DataFrame, case: str) -> str:
    """Return `case` if the reference has it, else raise ValueError listing the known cases."""
    if case not in set(reference["case"]):
        raise ValueError(f"unknown case {case!r}; known cases: {', '.join(known_cases(reference))}")
    return case


def case_country(case: str) -> str:
    """Return the country of a case name ('Greece 1974' -> 'Greece')."""
    return case.rsplit(" ", 1)[0]


def case_years(reference: pd.DataFrame, case: str) -> dict[str, set[str]]:
    """Return the years of the case's withdrawal (announced, effective) and return (return_date) per the reference."""
    rows = reference[(reference["case"] == case) & (reference["date"] != "")]
    pick = lambda dims: {d[:4] for d in rows.loc[rows["dimension"].isin(dims), "date"]}  # noqa: E731
    withdrawal = pick(["announced", "effective"]) or {case.rsplit(" ", 1)[-1]}
    return {"withdrawal": withdrawal, "return": pick(["return_date"])}


def case_sentences(events: pd.DataFrame, reference: pd.DataFrame, case: str) -> pd.DataFrame:
    """Return the dated events of the case's country in its withdrawal or return years, with which of the two."""
    years = case_years(reference, case)
    dated = events[events["country"] == case_country(case)].assign(year=lambda e: e["value"].astype(str).str[:4])
    dated = dated.assign(moment=dated["year"].map(lambda y: "withdrawal" if y in years["withdrawal"] else ("return" if y in years["return"] else "")))
    return dated[dated["moment"] != ""]


def corpus_evidence(events: pd.DataFrame, reference: pd.DataFrame, case: str) -> pd.DataFrame:
    """Return one row per (dimension, sentence) where a case sentence matches the dimension's cues."""
    found = case_sentences(events, reference, case)
    rows = []
    for dimension in DIMENSIONS:
        wanted = "return" if dimension in RETURN_DIMENSIONS else "withdrawal"
        pool = found if dimension == "duration" else found[found["moment"] == wanted]
        for event in pool.drop_duplicates(["doc_id", "sent_id"]).itertuples():
            if re.search(DIMENSION_CUES[dimension], event.sentence, flags=re.IGNORECASE):
                rows.append({"case": case, "dimension": dimension, "doc_id": event.doc_id, "sent_id": event.sent_id,
                             "year": event.year, "sentence": event.sentence})
    return pd.DataFrame(rows, columns=["case", "dimension", "doc_id", "sent_id", "year", "sentence"])


def reference_cell(facts: pd.DataFrame) -> tuple[str, str]:
    """Return (value, marker) of one case-dimension: the facts joined, and 'sources disagree' when dated facts differ."""
    if facts.empty:
        return "", "no reference fact"
    found = facts[facts["value"] != NOT_FOUND]
    if found.empty:
        return NOT_FOUND, "no reference fact"
    values = " / ".join(f"{v} ({d})" if d else v for v, d in zip(found["value"], found["date"]))
    dates = set(found["date"]) - {""}
    return values, ("sources disagree" if len(dates) > 1 and len(found) > 1 and found["dimension"].iloc[0] in ("announced", "effective", "return_date") else "")


def corpus_marker(dimension: str, facts: pd.DataFrame, evidence: pd.DataFrame) -> str:
    """Return a disagreement marker when corpus evidence of a dated dimension names another year than the reference."""
    if dimension not in ("announced", "effective", "return_date") or evidence.empty:
        return ""
    reference_years = {d[:4] for d in facts["date"] if d}
    corpus_years = set(evidence["year"])
    if reference_years and not corpus_years & reference_years:
        return f"corpus says {', '.join(sorted(corpus_years))}; reference {', '.join(sorted(reference_years))}"
    return ""


def side_by_side(reference: pd.DataFrame, evidence: pd.DataFrame, case_a: str, case_b: str) -> pd.DataFrame:
    """Return one row per dimension, for each case: reference value, its row numbers, corpus sentence ids, and a marker."""
    for case in (case_a, case_b):
        check_case(reference, case)
    rows = []
    for dimension in DIMENSIONS:
        row = {"dimension": dimension}
        for case in (case_a, case_b):
            facts = reference[(reference["case"] == case) & (reference["dimension"] == dimension)]
            found = evidence[(evidence["case"] == case) & (evidence["dimension"] == dimension)]
            value, marker = reference_cell(facts)
            row[f"{case}"] = value
            row[f"{case} reference rows"] = ", ".join(str(i + 2) for i in facts.index)
            row[f"{case} corpus"] = ", ".join(found["sent_id"])
            row[f"{case} marker"] = "; ".join(m for m in (marker, corpus_marker(dimension, facts, found)) if m)
        rows.append(row)
    return pd.DataFrame(rows)


def invocations(events: pd.DataFrame, stance: pd.DataFrame, reference: pd.DataFrame, cases: list[str]) -> pd.DataFrame:
    """Return each sentence that invokes a case's withdrawal, with the article, speaker and stance."""
    frames = []
    for case in cases:
        found = case_sentences(events, reference, case)
        found = found[found["moment"] == "withdrawal"].drop_duplicates(["doc_id", "sent_id"])
        frames.append(found[["doc_id", "sent_id", "sentence"]].assign(case=case))
    invoked = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id", "sent_id", "sentence", "case"])
    return invoked.merge(stance[["sent_id", "speaker", "label", "position"]], on="sent_id", how="left")[
        ["case", "doc_id", "sent_id", "speaker", "label", "position", "sentence"]]


def consensus_date(dates: list[str], latest: bool = False) -> str:
    """Return the date most sources give, among the most precise ones; ties go to the earliest (or latest)."""
    dated = [d for d in dates if d]
    if not dated:
        return ""
    finest = max(len(d) for d in dated)
    counts = {d: dated.count(d) for d in dated if len(d) == finest}
    top = max(counts.values())
    tied = sorted(d for d, n in counts.items() if n == top)
    return tied[-1] if latest else tied[0]


def durations(reference: pd.DataFrame, cases: list[str]) -> pd.DataFrame:
    """Return per case the consensus effective date of withdrawal, the consensus return date, and the years between."""
    rows = []
    for case in cases:
        facts = reference[reference["case"] == case]
        start = consensus_date(facts.loc[facts["dimension"] == "effective", "date"].tolist())
        end = consensus_date(facts.loc[facts["dimension"] == "return_date", "date"].tolist(), latest=True)
        if not start or not end:
            continue
        rows.append({"case": case, "out": start, "back": end, "start": decimal_year(start), "end": decimal_year(end)})
    return pd.DataFrame(rows, columns=["case", "out", "back", "start", "end"])


def frame_contexts(invoked: pd.DataFrame, stance: pd.DataFrame, events: pd.DataFrame, since: int = 2010) -> pd.DataFrame:
    """Return the sentences whose frames are compared: those invoking each case, and present-day calls to leave.

    A present-day call is a FAVOR sentence that invokes no case and dates no event before `since`.
    """
    years = events.assign(year=pd.to_numeric(events["value"].astype(str).str[:4], errors="coerce"))
    historical = set(years.loc[years["year"] < since, "sent_id"])
    calls = stance[(stance["label"] == "FAVOR") & ~stance["sent_id"].isin(invoked["sent_id"]) & ~stance["sent_id"].isin(historical)]
    return pd.concat([
        invoked[["sent_id", "speaker", "sentence"]].assign(context=invoked["case"]),
        calls[["sent_id", "speaker", "text"]].rename(columns={"text": "sentence"}).assign(context="present-day calls to leave"),
    ], ignore_index=True)[["context", "sent_id", "speaker", "sentence"]]


def summary_lines(spans: pd.DataFrame, invoked: pd.DataFrame, cases: list[str], articles: int) -> list[str]:
    """Return plain sentences stating only what the spans and invocation counts show."""
    lines = []
    for span in spans.itertuples():
        lines.append(f"{span.case}: out of the integrated military structure from {span.out} to {span.back}, "
                     f"about {round(span.end - span.start)} years (reference table).")
    for case in cases:
        rows = invoked[invoked["case"] == case]
        if rows.empty:
            lines.append(f"The corpus never invokes {case}.")
            continue
        labels = rows["label"].fillna("NONE").value_counts().sort_index().to_dict()
        lines.append(f"The corpus invokes {case} in {len(rows)} sentence(s) of {rows['doc_id'].nunique()} article(s); "
                     f"speakers: {', '.join(sorted(set(rows['speaker'].fillna('')) - {''})) or 'none identified'}; stance labels: {labels}.")
    lines.append(f"These counts describe a corpus of {articles} article(s) only; add articles to say more.")
    return lines


def tag_contexts(contexts: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """Return one row per frame found in a compared sentence: context, sent_id, speaker, frame, cue and its offsets."""
    from helpers import frames

    tags = frames.tag_frames(contexts["sentence"].tolist(), codebook)
    numbered = contexts.drop(columns="sentence").reset_index(drop=True).reset_index(names="sentence")
    tagged = numbered.merge(tags, on="sentence")
    return tagged[["context", "sent_id", "speaker", "frame", "cue", "start", "end"]]
