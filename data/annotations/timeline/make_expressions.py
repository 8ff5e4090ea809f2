"""Build the gold temporal-expression file `expressions.csv` from the annotator's decisions.

Every expression below was chosen by reading the cleaned bodies (see GUIDELINE.md). The script
only locates each chosen string: (doc_id, exact text, occurrence index among exact matches in
`body`) -> (start, end). It discovers nothing by itself and asserts body[start:end] == text.

Run:  .venv/bin/python data/annotations/timeline/make_expressions.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
PARQUET = ROOT / "data" / "processed" / "01-articles.parquet"
OUT = Path(__file__).resolve().parent / "expressions.csv"

D000, D001, D002, D003, D004 = (
    "000_79546bcfdc28b08e",
    "001_b3409f7241595d9b",
    "002_334033577cb38a27",
    "003_24586078c6a9ba8c",
    "004_19fe15ecac29960e",
)

# (doc_id, text, occurrence, type, value, granularity, anchor, note)
DECISIONS = [
    # --- 000, published 2022-01-04T17:23 (stated; Tuesday) ---
    (D000, "Monday", 0, "relative", "2022-01-03", "day", "2022-01-04",
     "weekday in past-tense report: most recent Monday on or before publication (Tue 2022-01-04); matches the tweets dated January 3, 2022"),
    (D000, "January 3, 2022", 0, "date", "2022-01-03", "day", "", "tweet signature date (first tweet)"),
    (D000, "January 3, 2022", 1, "date", "2022-01-03", "day", "", "tweet signature date (second tweet)"),
    (D000, "April of next year", 0, "relative", "2023-04", "month", "2022-01-04",
     "resolved literally (next year after 2022 = 2023); the election meant is April 2022 - the sentence looks reused from a 2021 text"),
    (D000, "December 17, 2021", 0, "date", "2021-12-17", "day", "", ""),
    (D000, "the future", 0, "relative", "", "future_ref", "",
     "vague future reference ('in the future'); TimeML FUTURE_REF; no value"),
    (D000, "recently", 0, "relative", "", "past_ref", "",
     "vague past reference; TimeML PAST_REF; no value"),
    # --- 001, published 2022-01-25 (inferred, known to the day) ---
    (D001, "the past 30 years", 0, "duration", "P30Y", "duration", "",
     "'over the past 30 years': period ending at publication, i.e. about 1992-2022"),
    (D001, "Now", 0, "present_ref", "2022-01-25", "present_ref", "2022-01-25", "deictic present"),
    (D001, "September 2021", 0, "date", "2021-09", "month", "", "AUKUS announcement"),
    (D001, "early 2021", 0, "date", "2021", "early", "", "qualified year"),
    # --- 002, published 2026-01 (inferred, month only) ---
    (D002, "this week", 0, "relative", "", "week", "",
     "publication known only to the month (2026-01): a week of January 2026, not resolvable to a week"),
    (D002, "decades", 0, "duration", "PXDE", "duration", "",
     "'in decades': unspecified number of decades up to publication; TimeML unit DE"),
    (D002, "1966", 0, "date", "1966", "year", "", "'partial withdrawal in 1966'"),
    (D002, "now", 0, "present_ref", "2026-01", "present_ref", "2026-01",
     "deictic present; publication date known to the month only"),
    (D002, "1966", 1, "date", "1966", "year", "", "heading 'The De Gaulle Exit (1966)'; parentheses excluded"),
    (D002, "2009", 0, "date", "2009", "year", "", "heading 'The Sarkozy Return (2009)'"),
    (D002, "2019", 0, "date", "2019", "year", "", "heading 'The Brain Dead Comment (2019)'"),
    (D002, "years ago", 0, "relative", "", "past_ref", "",
     "vague past reference; the heading dates the event to 2019, but the phrase itself gives no value (anchor month-only anyway)"),
    (D002, "currently", 0, "present_ref", "2026-01", "present_ref", "2026-01",
     "deictic present; publication date known to the month only"),
    # --- 003, published 2022-04-14 (inferred, known to the day) ---
    (D003, "currently", 0, "present_ref", "2022-04-14", "present_ref", "2022-04-14", "deictic present"),
    (D003, "April 24", 0, "date", "2022-04-24", "day", "2022-04-14",
     "year-less date; year from publication date (future: final round of the 2022 election)"),
    (D003, "2017", 0, "date", "2017", "year", "", "'previous election defeat in 2017'"),
    # --- 004, published 2026-01 (inferred, month only) ---
    (D004, "1949", 0, "date", "1949", "year", "", "signing of the North Atlantic Treaty"),
    (D004, "1966", 0, "date", "1966", "year", "", "'In 1966'"),
    (D004, "2009", 0, "date", "2009", "year", "", "'In 2009'"),
    (D004, "every day", 0, "set", "P1D", "set", "",
     "'beyond what is spoken every day': near-idiomatic, tagged as a recurrence"),
    (D004, "1974", 0, "date", "1974", "year", "", "year modifying an event noun ('the 1974 Cyprus crisis')"),
    (D004, "1980", 0, "date", "1980", "year", "",
     "'Greece later reintegrated ... in 1980': bare 'later' is not tagged"),
]

TYPES = {"date", "relative", "duration", "present_ref", "set"}


def locate(body: str, text: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = body.find(text, pos + 1)
        if pos < 0:
            raise AssertionError(f"occurrence {occurrence} of {text!r} not found")
    return pos


def main() -> None:
    arts = pd.read_parquet(PARQUET)
    bodies = dict(zip(arts.doc_id, arts.body))
    published = dict(zip(arts.doc_id, arts.published))

    # Consistency checks on the decisions that depend on the calendar.
    assert dt.date(2022, 1, 4).weekday() == 1 and dt.date(2022, 1, 3).weekday() == 0
    assert published[D000].startswith("2022-01-04")
    assert published[D001] == "2022-01-25" and published[D003] == "2022-04-14"
    assert published[D002] == published[D004] == "2026-01"

    rows = []
    seen = set()
    for doc_id, text, occ, typ, value, gran, anchor, note in DECISIONS:
        assert typ in TYPES, typ
        assert (doc_id, text, occ) not in seen, (doc_id, text, occ)
        seen.add((doc_id, text, occ))
        body = bodies[doc_id]
        start = locate(body, text, occ)
        end = start + len(text)
        assert body[start:end] == text
        if anchor:
            assert published[doc_id].startswith(anchor), (doc_id, anchor)
        rows.append(dict(doc_id=doc_id, start=start, end=end, text=text, type=typ, value=value,
                         granularity=gran, anchor=anchor, note=note))

    df = pd.DataFrame(rows).sort_values(["doc_id", "start"]).reset_index(drop=True)
    # No overlapping spans within a document.
    for doc_id, g in df.groupby("doc_id"):
        assert (g.start.values[1:] >= g.end.values[:-1]).all(), doc_id
    df.to_csv(OUT, index=False)

    print(f"wrote {OUT.relative_to(ROOT)}: {len(df)} expressions")
    print(df.groupby("doc_id").size().to_string())
    print(pd.crosstab(df.doc_id, df.type, margins=True).to_string())


if __name__ == "__main__":
    main()
