"""Build the held-out gold `expressions.csv` from the annotator's decisions.

Same method as data/annotations/timeline/make_expressions.py, applied to `passages.csv` (written by
make_passages.py). Every expression below was chosen by reading the passages and applying
data/annotations/timeline/GUIDELINE.md; the tagger, its lexicons and its tests were not read or run.
The script only locates each chosen string: (passage_id, exact text, occurrence) -> (start, end),
where `occurrence` counts the exact matches of `text` in the passage that stand as whole words
(the characters just before and after the match are not letters or digits). It asserts
text[start:end] == text, that spans do not overlap, and that each `anchor` is either the passage's
publication date (at the precision given) or a value tagged earlier in the same passage.

Run:  .venv/bin/python data/annotations/timeline_heldout/make_expressions.py
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
PASSAGES = HERE / "passages.csv"
OUT = HERE / "expressions.csv"

E = ""  # empty value / anchor

# (passage_id, text, occurrence, type, value, granularity, anchor, note)
DECISIONS = [
    # p01 VOA, published 2009-03-11 (Wednesday)
    ("p01", "more than four decades", 0, "duration", "P4DE", "duration", E,
     "'more than four decades after quitting': 'N units after EVENT' is a duration (TimeML); modifier 'more than' kept in the span (TimeML mod=MORE_THAN); 'once' in 'what Paris once called' is not tagged"),
    ("p01", "1966", 0, "date", "1966", "year", E, "'in 1966'; 'Former' not tagged"),
    ("p01", "Wednesday", 0, "relative", "2009-03-11", "day", "2009-03-11",
     "past-tense weekday; the most recent Wednesday on or before publication is the publication day itself"),
    # p02 VOA, published 2009-03-11
    ("p02", "last month", 0, "relative", "2009-02", "month", "2009-03-11", "month before publication"),
    ("p02", "March 17", 0, "date", "2009-03-17", "day", "2009-03-11",
     "year-less date, year from publication (future confidence vote); preposition-less in the text"),
    # p03 Expatica, published 2009-04-04 (Saturday)
    ("p03", "Saturday", 0, "relative", "2009-04-04", "day", "2009-04-04",
     "weekday equal to the publication day; '60th anniversary' and '27 fellow NATO leaders' not tagged"),
    ("p03", "1966", 0, "date", "1966", "year", E, "year modifying an event noun ('1966 decision')"),
    # p04 San Diego Union-Tribune, no publication date on the page
    ("p04", "yesterday", 0, "relative", E, "day", E,
     "no publication date shown on the page (the URL says 2009mar12, not used): empty value"),
    ("p04", "43 years", 0, "duration", "P43Y", "duration", E,
     "'43 years after Charles de Gaulle pulled France out': 'N units after EVENT' is a duration"),
    # p05 Christian Science Monitor, published 1980-10-23 (Thursday, ISO week 43)
    ("p05", "earlier this week", 0, "relative", "1980-W43", "week", "1980-10-23",
     "week of publication (ISO 1980-W43); 'earlier' kept in the span as a modifier of the temporal phrase (TimeML would add mod=START/BEFORE)"),
    ("p05", "six-year", 0, "duration", "P6Y", "duration", E, "adjectival duration ('six-year withdrawal', 1974-1980)"),
    ("p05", "years", 0, "duration", "PXY", "duration", E,
     "'after years of ... maneuvering': unspecified number of years; 'sometimes' not tagged"),
    # p06 The Press (Christchurch), published 1980-10-21
    ("p06", "1974", 0, "date", "1974", "year", E, "'in 1974'"),
    ("p06", "July, 1978", 0, "date", "1978-07", "month", E, "comma between month and year kept inside the span"),
    ("p06", "October, 1980", 0, "date", "1980-10", "month", E, "'until October, 1980,': preposition and trailing comma excluded"),
    # p07 MIA, published 2019-11-07
    ("p07", "7 November 2019", 0, "date", "2019-11-07", "day", E,
     "dateline; 'British weekly The Economist' (weekly = a periodical) and 'no longer' not tagged"),
    # p08 The Daily Beast, published 2019-11-07
    ("p08", "tomorrow", 0, "relative", E, "future_ref", E,
     "figurative 'what will Article Five mean tomorrow?' = in the future, inside a quote from an interview held earlier (21 Oct 2019): future_ref, no value"),
    ("p08", "last month", 0, "relative", "2019-10", "month", "2019-11-07",
     "reporter's voice, month before publication (the US withdrawal from northern Syria, October 2019)"),
    # p09 eTurboNews, published 2021-09-17 (Friday)
    ("p09", "today", 0, "present_ref", "2021-09-17", "present_ref", "2021-09-17",
     "'announced today' = this day; guideline types deictic 'today' as present_ref valued with the publication date"),
    ("p09", "September 15", 0, "date", "2021-09-15", "day", "2021-09-17",
     "year-less date used as a modifier ('the September 15 announcement'); year from publication"),
    # p10 eTurboNews, published 2021-09-17 (Friday)
    ("p10", "2016", 0, "date", "2016", "year", E, "'agreed-on in 2016'"),
    ("p10", "Wednesday afternoon", 0, "relative", "2021-09-15", "day", "2021-09-17",
     "most recent Wednesday before Friday 2021-09-15; part of day kept in the span but the value stops at the day (TimeML: 2021-09-15TAF)"),
    ("p10", "18-month", 0, "duration", "P18M", "duration", E, "adjectival duration ('the 18-month project')"),
    # p11 Sputnik, published 2022-04-13T13:21 (Wednesday)
    ("p11", "Wednesday", 0, "relative", "2022-04-13", "day", "2022-04-13",
     "'said on Wednesday' = publication day; 'on' excluded"),
    ("p11", "1966", 0, "date", "1966", "year", E, "'back in 1966': 'back in' excluded"),
    ("p11", "2009", 0, "date", "2009", "year", E, "'only in 2009'"),
    ("p11", "the years", 0, "duration", "PXY", "duration", E,
     "'over the years' handled like 'over the past 30 years' -> 'the past 30 years': preposition out, unspecified number of years; 'already' and 'Cold War' not tagged"),
    # p12 Sputnik, published 2022-04-13T13:21 (Wednesday)
    ("p12", "Sunday", 0, "relative", "2022-04-10", "day", "2022-04-13",
     "most recent Sunday before Wednesday 2022-04-13 (first round); percentages, 'first round', 'came first', 'third', 'fourth' not tagged"),
    # p13 Daily Kiran (Sputnik wire copy), no year shown (dateline 'Paris, April 13' without a year)
    ("p13", "Sunday", 0, "relative", E, "day", E,
     "publication year not shown (dateline 'April 13' only): empty value; same facts as p12, which resolves to 2022-04-10"),
    ("p13", "April 24", 0, "date", E, "day", E,
     "year-less date and no publication year: empty value (would be 2022-04-24)"),
    ("p13", "February 24", 0, "date", E, "day", E,
     "year-less date and no publication year: empty value (would be 2022-02-24)"),
    # p14 A News, published 2024-10-09T10:22 (Wednesday, ISO week 41)
    ("p14", "last week", 0, "relative", "2024-W40", "week", "2024-10-09",
     "ISO week before the publication week; vote counts 192/197/289 not tagged"),
    ("p14", "Sept. 5", 0, "date", "2024-09-05", "day", "2024-10-09",
     "abbreviated month with period; year from publication"),
    # p15: no expression (59 others, 70 legislators, 577-seat, 289 votes)
    # p16 The National, published 2023-04-04
    ("p16", "last year", 0, "relative", "2022", "year", "2023-04-04",
     "year before publication; '31st member' not tagged"),
    # p17 Moldova 1, no publication date on the page
    ("p17", "2020", 0, "date", "2020", "year", E, "'in 2020'; 'the first enlargement', 'the last of the 30' not tagged"),
    ("p17", "last month", 0, "relative", E, "month", E, "no publication date: empty value"),
    ("p17", "early March", 0, "date", E, "early", E,
     "month without year, qualified 'early'; no publication date to give the year: empty value"),
    # p18 Europe Diplomatic, published 2026-01-09
    ("p18", "09.01.2026", 0, "date", "2026-01-09", "day", E,
     "DD.MM.YYYY dateline (European order: 9 January, not 1 September); modal 'may' not tagged"),
    # p19: no expression ('previously' is a relation adverb; modal 'may'; '5% of GDP')
    # p20 Times of Oman, no publication date on the page
    ("p20", "Sunday", 0, "relative", E, "day", E, "no publication date: empty value"),
    ("p20", "the next two weeks", 0, "duration", "P2W", "duration", E,
     "'over the next two weeks' handled like 'over the past 30 years'"),
    ("p20", "the eve of Bastille Day", 0, "date", E, "day", E,
     "holiday with a temporal head ('Day', 'eve'): 13 July of an unstated year; no publication year -> empty value; 'traditional' not tagged"),
    ("p20", "1945", 0, "date", "1945", "year", E, "'Since 1945' (since + date); 'never' not tagged"),
    ("p20", "annual", 0, "set", "P1Y", "set", E,
     "frequency adjective ('annual defence spending'), tagged like 'weekly' -> P1W"),
    ("p20", "2027", 0, "date", "2027", "year", E, "'by 2027'; money '€64 billion ($74.8 billion)' not tagged"),
    ("p20", "annual", 1, "set", "P1Y", "set", E, "'in annual spending'; '€32 billion' not tagged"),
    ("p20", "2017", 0, "date", "2017", "year", E, "'in 2017'"),
    ("p20", "2030", 0, "date", "2030", "year", E, "'by 2030'"),
    # p21 Particle News, no publication date
    ("p21", "2035", 0, "date", "2035", "year", E, "'by 2035'; '32 members', '5%', '3.5%', '1.5%', 'Article 5' not tagged"),
    ("p21", "2029", 0, "date", "2029", "year", E,
     "year modifying a noun ('a 2029 review'); 'earlier uncertainty' and 'long-term' not tagged"),
    # p22 SISpain, no publication date
    ("p22", "October 1984", 0, "date", "1984-10", "month", E, "'Ten Points' / 'ten points' not tagged"),
    ("p22", "March 12th, 1986", 0, "date", "1986-03-12", "day", E, "ordinal day suffix 'th'; the NATO referendum"),
    # p23 Institut Thomas More, published 2006-03-18
    ("p23", "7 mars 1966", 0, "date", "1966-03-07", "day", E, "'Le 7 mars 1966': 'Le' excluded; de Gaulle's letter to Johnson"),
    ("p23", "voici quarante ans", 0, "relative", "1966", "year", "2006-03-18",
     "'voici quarante ans' = 'il y a quarante ans' (ago): whole phrase is the span, 40 years before publication"),
    # p24 les-crises.fr mirror, published 2020-12-10T06:45
    ("p24", "1er juillet 1966", 0, "date", "1966-07-01", "day", E, "'dès le 1er juillet 1966': 'dès le' excluded; 'rapidement' not tagged"),
    ("p24", "1er avril 1967", 0, "date", "1967-04-01", "day", E, "'Au 1er avril 1967': 'Au' excluded; '64 000 soldats' not tagged"),
    # p25 Project Syndicate, no publication date
    ("p25", "quatre décennies", 0, "duration", "P4DE", "duration", E,
     "'Après quatre décennies' (after four decades of absence); 'vient de' not tagged"),
    # p26 AFRI, no publication date
    ("p26", "l’été 2007", 0, "date", "2007-SU", "season", E,
     "'dès l’été 2007': preposition 'dès' out, elided article kept (like 'the 1960s'); season value in TimeML form"),
    ("p26", "2009", 0, "date", "2009", "year", E, "'en 2009'"),
    ("p26", "1966", 0, "date", "1966", "year", E, "'à partir de 1966'; 'la Guerre froide' not tagged"),
    # p27 La Presse, no publication date on the page (URL says 200903/20, not used)
    ("p27", "vendredi", 0, "relative", E, "day", E, "no publication date: empty value"),
    ("p27", "jeudi", 0, "relative", E, "day", E, "no publication date: empty value"),
    ("p27", "43 ans", 0, "duration", "P43Y", "duration", E,
     "'43 ans après la décision du général de Gaulle': 'N units after EVENT' is a duration"),
    # p28 Universalis: no expression (percentages '52,6 p. 100', '59,7 p. 100', '39,8 p. 100')
    # p29 Mediapart, published 2019-12 (month only)
    ("p29", "il y a un mois", 0, "relative", E, "month", E,
     "publication known only to the month (2019-12): empty value (about November 2019); the first 'Il y a' is existential and not tagged; 'l’hebdomadaire' (a weekly) not tagged"),
    # p30 Le Temps, no publication date
    ("p30", "2022", 0, "date", "2022", "year", E, "'L’OTAN de 2022': year modifying a noun"),
    ("p30", "9 novembre 2019", 0, "date", "2019-11-09", "day", E,
     "the text's date is followed even though the Economist interview appeared on 7 November 2019"),
    # p31 Le Colporteur, no publication date
    ("p31", "Jeudi 16 septembre", 0, "date", E, "day", E,
     "weekday + day-month, no year and no publication date: empty value (the weekday would fix 2021; the gold does not infer it)"),
    ("p31", "actuellement", 0, "present_ref", E, "present_ref", E,
     "deictic present, no publication date: empty value; 'contrat du siècle' (idiom), 'parfois', '12 sous-marins', '56 milliards d'euros' not tagged"),
    # p32 5re.fr, no publication date
    ("p32", "15 septembre 2021", 0, "date", "2021-09-15", "day", E, "'Le 15 septembre 2021'"),
    ("p32", "un an après", 0, "relative", "2022", "year", "2021-09-15",
     "'one year later', no event complement: resolved against the previous explicit date; '12 sous-marins', '8 sous-marins' not tagged"),
    # p33 Seneweb, published 2022-04 (month only)
    ("p33", "24 avril", 0, "date", "2022-04-24", "day", "2022-04",
     "year-less date; the publication month gives the year; '(date du second tour)', percentages, 'premier et deuxième' not tagged"),
    ("p33", "ce mercredi", 0, "relative", E, "day", E,
     "publication known only to the month: empty value; demonstrative 'ce' kept (like 'this week')"),
    # p34 TF1 Info, published 2022-04 (month only)
    ("p34", "1949", 0, "date", "1949", "year", E, "'Depuis sa création en 1949': only the year is tagged; 'l'entre-deux-tours' not tagged"),
    ("p34", "1966", 0, "date", "1966", "year", E, "'en 1966'"),
    ("p34", "avril 2009", 0, "date", "2009-04", "month", E, "'en avril 2009'"),
    # p35 RT France, published 2022-03 (month only)
    ("p35", "24 mars", 0, "date", "2022-03-24", "day", "2022-03", "year-less date; year from the publication month"),
    ("p35", "ce moment", 0, "present_ref", "2022-03", "present_ref", "2022-03",
     "'en ce moment' = currently; preposition 'en' excluded; present_ref at the precision of the publication date; 'il y a une guerre' is existential"),
    # p36 politique.org (LFI communiqué), no publication date on the page
    ("p36", "ce lundi 19 janvier", 0, "date", E, "day", E,
     "explicit day-month with weekday and demonstrative, no year, no publication date shown (URL says 2026/01/19, not used): empty value"),
    ("p36", "quotidiennes", 0, "set", "P1D", "set", E,
     "frequency adjective ('menaces quotidiennes' = daily threats), tagged like 'annual'; 'de longue date', 'l’ordre du jour', 'dernière', 'récents' not tagged"),
    # p37 Press TV, no publication date on the page
    ("p37", "récemment", 0, "relative", E, "past_ref", E, "vague past (TimeML PAST_REF); 'encore' not tagged"),
    ("p37", "désormais", 0, "present_ref", E, "present_ref", E,
     "'désormais' = now / from now on; no publication date -> empty value"),
    # p38 Assemblée nationale, no publication date
    ("p38", "Mardi 8 octobre", 0, "date", E, "day", E,
     "weekday + day-month, no year, no publication date: empty value (weekday would fix 2024)"),
    ("p38", "vendredi 4 octobre", 0, "date", E, "day", E,
     "'le vendredi 4 octobre': 'le' excluded; empty value; '188 députés', 'article 49 alinéa 2' not tagged"),
    # p39 Magnum La Radio, no publication date
    ("p39", "Quatre jours", 0, "duration", "P4D", "duration", E,
     "'Quatre jours après son installation': 'N units after EVENT' is a duration; vote counts and 'La seconde motion' not tagged"),
    # p40 El Khabar, published 2023-04 (month only)
    ("p40", "ce mardi", 0, "relative", E, "day", E,
     "'à partir de ce mardi': future Tuesday; publication known only to the month: empty value; '31 pays' not tagged"),
    ("p40", "4 avril", 0, "date", "2023-04-04", "day", "2023-04", "year-less date; year from the publication month"),
    ("p40", "lundi", 0, "relative", E, "day", E, "empty value (month-only publication)"),
    ("p40", "Demain", 0, "relative", E, "day", E, "inside a quote; empty value (month-only publication)"),
    ("p40", "mardi", 1, "relative", E, "day", E,
     "'(mardi)' glossing 'Demain': tagged separately, parentheses excluded; empty value; '31e membre' not tagged"),
    ("p40", "mardi en milieu d’après-midi", 0, "relative", E, "day", E,
     "weekday + part of day as one expression (TimeML would give ...TAF with mod MID); empty value"),
    # p41 RT France, no publication date
    ("p41", "ces dernières années", 0, "relative", E, "past_ref", E,
     "'in recent years': vague past (like 'recently'), no number of years"),
    ("p41", "10 février", 0, "date", E, "day", E, "year-less date, no publication date: empty value"),
    ("p41", "l’été 2019", 0, "date", "2019-SU", "season", E,
     "'à l’été 2019': 'à' excluded, elided article kept; '21 000 personnes', '19 pays', '16 Etats' not tagged"),
    # p42 Revue Défense Nationale, published 2009-05 (month in the page title)
    ("p42", "quarante ans", 0, "duration", "P40Y", "duration", E,
     "'adoptée depuis quarante ans' = for forty years: duration; 'il y aurait' is existential; '(58 %)', '(1)' not tagged"),
    ("p42", "aujourd’hui", 0, "present_ref", "2009-05", "present_ref", "2009-05", "'nowadays'; publication known to the month"),
    ("p42", "avril 2008", 0, "date", "2008-04", "month", E, "'en avril 2008'; '45 %' not tagged"),
    ("p42", "hier", 0, "relative", E, "past_ref", E,
     "'qu’hier' contrasted with 'aujourd’hui' = in the past, not 'yesterday': past_ref, no value; '(2)' not tagged"),
    # p43 YouGov, no publication date
    ("p43", "mars 2019", 0, "date", "2019-03", "month", E, "'en mars 2019'"),
    ("p43", "mars 2022", 0, "date", "2022-03", "month", E,
     "'en mars 2022*': footnote asterisk excluded; percentages, 'cinq points', '8 points', '(15-16%)' not tagged"),
    # p44 vimarsana: no expression ('douze sous-marins', '56 milliards d'euros', 'finalement')
    # p45 Politis, published 2017-01 (month only)
    ("p45", "mercredi", 0, "relative", E, "day", E, "empty value (month-only publication)"),
    ("p45", "huit mois", 0, "duration", "P8M", "duration", E,
     "length of a (suspended) prison sentence: a duration; '3,5 millions', '30 000 enfants' not tagged"),
    ("p45", "plusieurs semaines", 0, "duration", "PXW", "duration", E,
     "'depuis plusieurs semaines' = for several weeks; 'vite' not tagged"),
    # p46 La Règle du jeu, no publication date
    ("p46", "1972", 0, "date", "1972", "year", E, "'De 1972 à 1976': a range is two expressions"),
    ("p46", "1976", 0, "date", "1976", "year", E, "end of the range"),
    ("p46", "les années 2020", 0, "date", "202", "decade", E,
     "decade, article kept (like 'the 1960s'); '[2]' excluded; 'l’ancien' not tagged; 'Il y a des modes' is existential"),
    # p47 Zonebourse (Reuters wire), published 2021-09-17 (Friday): dateline day-month + page date 2021-09
    ("p47", "17 septembre", 0, "date", "2021-09-17", "day", "2021-09-17",
     "dateline 'PARIS, 17 septembre (Reuters)': year-less, year from publication (the publication day itself is read from this dateline plus the page's month 2021-09)"),
    ("p47", "vendredi", 0, "relative", "2021-09-17", "day", "2021-09-17",
     "past-tense weekday equal to the publication day; 'immédiatement' not tagged"),
    ("p47", "15 septembre", 0, "date", "2021-09-15", "day", "2021-09-17", "'le 15 septembre': year from publication"),
]

TYPES = {"date", "relative", "duration", "present_ref", "set"}
GRANULARITIES = {"year", "month", "week", "day", "minute", "decade", "season", "quarter", "early", "mid",
                 "late", "duration", "present_ref", "past_ref", "future_ref", "set"}


def word_matches(text: str, needle: str) -> list[int]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(needle)] if pos + len(needle) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def main() -> None:
    ps = pd.read_csv(PASSAGES, dtype=str, keep_default_na=False)
    texts = dict(zip(ps.passage_id, ps.text))
    published = dict(zip(ps.passage_id, ps.published))

    # Calendar facts the relative decisions rely on.
    wd = lambda s: dt.date.fromisoformat(s).strftime("%A")  # noqa: E731
    assert wd("2009-03-11") == "Wednesday" and wd("2009-04-04") == "Saturday"
    assert wd("2021-09-17") == "Friday" and wd("2021-09-15") == "Wednesday"
    assert wd("2022-04-13") == "Wednesday" and wd("2022-04-10") == "Sunday"
    assert dt.date(1980, 10, 23).isocalendar()[:2] == (1980, 43)
    assert dt.date(2024, 10, 9).isocalendar()[:2] == (2024, 41)

    rows, seen = [], set()
    for pid, text, occ, typ, value, gran, anchor, note in DECISIONS:
        assert typ in TYPES and gran in GRANULARITIES, (pid, text)
        assert (pid, text, occ) not in seen, (pid, text, occ)
        seen.add((pid, text, occ))
        body = texts[pid]
        hits = word_matches(body, text)
        assert occ < len(hits), f"{pid}: occurrence {occ} of {text!r} not found"
        start = hits[occ]
        end = start + len(text)
        assert body[start:end] == text
        if anchor:
            earlier = {r["value"] for r in rows if r["passage_id"] == pid}
            assert published[pid].startswith(anchor) or anchor in earlier, (pid, text, anchor)
        if typ == "relative" and value and anchor == "" :
            raise AssertionError(f"{pid} {text!r}: resolved relative without anchor")
        rows.append(dict(passage_id=pid, start=start, end=end, text=text, type=typ, value=value,
                         granularity=gran, anchor=anchor, note=note))

    df = pd.DataFrame(rows).sort_values(["passage_id", "start"]).reset_index(drop=True)
    for pid, g in df.groupby("passage_id"):
        assert (g.start.values[1:] >= g.end.values[:-1]).all(), pid
    df.to_csv(OUT, index=False)

    lang = dict(zip(ps.passage_id, ps.language))
    df["language"] = df.passage_id.map(lang)
    none = sorted(set(ps.passage_id) - set(df.passage_id))
    print(f"wrote {OUT.name}: {len(df)} expressions in {df.passage_id.nunique()} passages; "
          f"passages with none: {', '.join(none)}")
    print(pd.crosstab(df.language, df.type, margins=True).to_string())
    print(pd.crosstab(df.language, df.granularity, margins=True).to_string())
    print("empty value:", (df.value == "").sum())


if __name__ == "__main__":
    main()
