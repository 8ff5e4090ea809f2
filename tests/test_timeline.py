"""Tests for helpers.timeline and helpers.timeline_events: the tagger's families, spans, resolution, false positives, scoring, events."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.timeline import (
    COLUMNS,
    GRANULARITIES,
    TYPES,
    extract_time_expressions,
    load_lexicon,
    match_expressions,
    parse_anchor,
    timeline_scores,
    LEXICON_FILES,
)
from helpers.timeline_events import event_rows, event_type_of, country_of, merge_events, sentence_expressions


def found(text: str, published=None) -> list[tuple[str, str, str]]:
    """Return (text, value, granularity) of every expression found."""
    table = extract_time_expressions(text, published)
    return list(zip(table["text"], table["value"], table["granularity"]))


def only(text: str, published=None) -> tuple[str, str, str]:
    """Return the single expression of `text` (fails when there is not exactly one)."""
    rows = found(text, published)
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------- table shape and offsets


def test_columns_and_offsets_on_a_paragraph():
    text = "In 1966, de Gaulle left; on Monday, 4 Jan 2022 17:23, he said it."
    table = extract_time_expressions(text, dt.date(2022, 1, 5))
    assert list(table.columns) == COLUMNS
    assert all(text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"]))
    assert list(table["start"]) == sorted(table["start"])
    assert set(table["granularity"]) <= set(GRANULARITIES) and set(table["type"]) <= set(TYPES)


def test_empty_and_dateless_text_give_an_empty_table_with_the_columns():
    for text in ("", "No dates here at all.", "   \n\t"):
        table = extract_time_expressions(text, None)
        assert table.empty and list(table.columns) == COLUMNS


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "2022-01-04", "2026-01", "2022-01-04T17:23", dt.date(2021, 12, 31)]))
def test_arbitrary_unicode_never_raises_and_offsets_hold(text, published):
    table = extract_time_expressions(text, published)
    for start, end, span in zip(table["start"], table["end"], table["text"]):
        assert 0 <= start < end <= len(text) and text[start:end] == span


TOKENS = ["In", "1966", "2022", "-", "/", ",", " ", "\n", "Monday", "mars", "Mars", "May", "the", "past", "30", "years", "ago", "il y a",
          "deux", "ans", "l’an", "prochain", "early", "mid-", "fin", "Q3", "XXe", "siècle", "'60s", "années", "today", "aujourd'hui",
          "now", "https://x.com/a/b/2022", "#Elysee2022", "€", "%", "İ", "\u00a0", "janv.", "Jan.", "3,", "at 5 p.m.", "17:23", "every",
          "later", "plus tard", "le lendemain", "de", "à", "1er", "31", "février", "29", "February", "2020/21", "1966–74"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30), st.sampled_from([None, "2022-01-04", "2026-01"]))
def test_date_like_token_soup_keeps_offsets_and_never_overlaps(tokens, published):
    text = " ".join(tokens)
    table = extract_time_expressions(text, published)
    assert all(text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"]))
    assert all(a <= b for a, b in zip(table["end"][:-1], table["start"][1:]))


# ---------------------------------------------------------------- absolute dates and span convention


@pytest.mark.parametrize("text, span, value, granularity", [
    ("In 1966, France left.", "1966", "1966", "year"),
    ("He left in September 2021.", "September 2021", "2021-09", "month"),
    ("Published 4 Jan 2022 17:23 by RT.", "4 Jan 2022 17:23", "2022-01-04T17:23", "minute"),
    ("— Jean-Luc Mélenchon (@JLMelenchon) January 3, 2022", "January 3, 2022", "2022-01-03", "day"),
    ("It happened on the 4th of January 2022.", "4th of January 2022", "2022-01-04", "day"),
    ("The vote on January 3, 2022 at 5 p.m. was close.", "January 3, 2022 at 5 p.m.", "2022-01-03T17:00", "minute"),
    ("Tuesday, 4 January 2022: talks.", "Tuesday, 4 January 2022", "2022-01-04", "day"),
    ("Filed 2022-01-04T17:23.", "2022-01-04T17:23", "2022-01-04T17:23", "minute"),
    ("Filed 04/01/2022.", "04/01/2022", "2022-01-04", "day"),
    ("Filed 12/25/2021.", "12/25/2021", "2021-12-25", "day"),
    ("Le 7 mars 1966, de Gaulle écrit à Johnson.", "7 mars 1966", "1966-03-07", "day"),
    ("Le 1er janvier 2022, la France préside.", "1er janvier 2022", "2022-01-01", "day"),
    ("mardi 4 janvier 2022 à 17h30, à Paris", "mardi 4 janvier 2022 à 17h30", "2022-01-04T17:30", "minute"),
    ("En 2009, Sarkozy revient.", "2009", "2009", "year"),
    ("Depuis 1949, la France est membre.", "1949", "1949", "year"),
    ("jusqu'en 1966, la France resta.", "1966", "1966", "year"),
    ("In the aftermath of the 1974 Cyprus crisis, Athens withdrew.", "1974", "1974", "year"),
    ("The Sarkozy Return (2009): he reintegrated France.", "2009", "2009", "year"),
    ("Her 2017 campaign failed.", "2017", "2017", "year"),
    ("Greece returned in 1980, with Türkiye's approval.", "1980", "1980", "year"),
])
def test_absolute_dates_in_english_and_french(text, span, value, granularity):
    assert only(text, "2022-04-14") == (span, value, granularity)


def test_year_range_gives_two_expressions_in_both_languages():
    assert [v for _, v, _ in found("De 1966 à 2009, la France resta hors du commandement.")] == ["1966", "2009"]
    assert [v for _, v, _ in found("from 1966 to 2009 and between 1974 and 1980")] == ["1966", "2009", "1974", "1980"]
    assert found("the 1966-2009 gap and the 1966–74 era and the 2020/21 season") == [
        ("1966", "1966", "year"), ("2009", "2009", "year"), ("1966", "1966", "year"), ("74", "1974", "year"),
        ("2020", "2020", "year"), ("21", "2021", "year")]


@pytest.mark.parametrize("text, span, value, granularity", [
    ("the 1960s were turbulent", "the 1960s", "196", "decade"),
    ("in the '60s, Paris", "the '60s", "196", "decade"),
    ("back in the sixties", "the sixties", "196", "decade"),
    ("dans les années 1960, la France", "les années 1960", "196", "decade"),
    ("dans les années 60", "les années 60", "196", "decade"),
    ("by the mid-2000s, ten more joined", "the mid-2000s", "200", "decade"),
    ("In early 2021, Macron said", "early 2021", "2021", "early"),
    ("by mid-2021 it was over", "mid-2021", "2021", "mid"),
    ("until late 2021", "late 2021", "2021", "late"),
    ("at the end of 2021", "end of 2021", "2021", "late"),
    ("début 2021, le président a dit", "début 2021", "2021", "early"),
    ("fin 2021, le président a dit", "fin 2021", "2021", "late"),
    ("à la mi-2021", "mi-2021", "2021", "mid"),
    ("fin mars 2022, Kiev", "fin mars 2022", "2022-03", "late"),
    ("in summer 2021 the deal", "summer 2021", "2021-SU", "season"),
    ("in the summer of 2021 the deal", "summer of 2021", "2021-SU", "season"),
    ("à l'été 2021, l'accord", "été 2021", "2021-SU", "season"),
    ("in Q3 2021 growth", "Q3 2021", "2021-Q3", "quarter"),
    ("in the third quarter of 2021", "third quarter of 2021", "2021-Q3", "quarter"),
    ("au troisième trimestre 2021", "troisième trimestre 2021", "2021-Q3", "quarter"),
    ("in the first half of 2021", "first half of 2021", "2021-H1", "half"),
    ("in the 20th century", "20th century", "19", "century"),
    ("au XXe siècle", "XXe siècle", "19", "century"),
])
def test_decades_qualifiers_seasons_quarters_centuries(text, span, value, granularity):
    assert only(text, "2022-04-14") == (span, value, granularity)


WHOLE_PHRASES = [
    "cette année-là", "ce jour-là", "la même année", "le jour même", "every year", "each day", "last night", "this morning",
    "the next day", "the following morning", "two years later", "deux ans plus tard", "il y a deux ans", "l'an dernier",
    "l'année dernière", "le mois prochain", "fin mars 2022", "début 2021", "end of March", "end of the year", "mid-March 2022",
    "4 January 2022", "January 4, 2022", "Monday, 4 January 2022", "mardi 4 janvier", "lundi 3 janvier 2022 à 17h", "last summer",
    "l'été dernier", "cet été", "2021 Q3", "les années 60", "this week", "la semaine dernière", "cette semaine", "ce mois-ci",
    "chaque lundi", "par an", "year 2000", "l'an 2000", "avril prochain", "avril de l'année prochaine", "last April",
    "24 avril dernier", "ce week-end", "le week-end dernier", "fin de l'année", "début de l'année prochaine", "fin de semaine",
    "mercredi soir", "Tuesday evening", "la veille", "yesterday afternoon", "avant-hier", "half a century", "the past few weeks",
]


@pytest.mark.parametrize("phrase", WHOLE_PHRASES)
def test_each_phrase_is_one_whole_expression(phrase):
    text = f"Il a dit {phrase}." if phrase[:1].islower() else f"{phrase}, he said."
    start = text.index(phrase)
    table = extract_time_expressions(text, "2022-04-14")
    assert list(zip(table["start"], table["end"])) == [(start, start + len(phrase))], table


def test_french_day_with_dernier_and_prochain_and_day_ranges():
    assert only("Le 24 avril dernier, elle a perdu.", "2022-04-14") == ("24 avril dernier", "2021-04-24", "day")
    assert only("Le 3 mai prochain, il votera.", "2022-04-14") == ("3 mai prochain", "2022-05-03", "day")
    assert found("Les 28 et 29 juin, à Madrid.", "2022-04-14") == [("28", "2022-06-28", "day"), ("29 juin", "2022-06-29", "day")]
    assert found("The summit runs July 11-12, 2023.", "2022-04-14") == [("July 11", "2023-07-11", "day"), ("12, 2023", "2023-07-12", "day")]


def test_more_year_contexts():
    assert [v for _, v, _ in found("À l'horizon 2030, jusqu'à 2035 au moins, NATO's 2022 Strategic Concept, de Gaulle's 1966 decision.")] == [
        "2030", "2035", "2022", "1966"]
    assert only("Au printemps, la guerre reprend.", "2023-06-15") == ("printemps", "2023-SP", "season")


# ---------------------------------------------------------------- relative expressions


@pytest.mark.parametrize("text, published, span, value, granularity", [
    ("During an interview on Monday, he said", "2022-01-04T17:23", "Monday", "2022-01-03", "day"),
    ("They met on Monday.", "2022-01-01", "Monday", "2021-12-27", "day"),  # a Saturday: back across the year boundary
    ("Last month, prices rose.", "2022-01-15", "Last month", "2021-12", "month"),  # across the year boundary
    ("Last month, prices rose.", "2022-03-15", "Last month", "2022-02", "month"),  # across a month boundary
    ("Next year will differ.", "2021-12-31", "Next year", "2022", "year"),
    ("He submitted it this week.", "2022-01-04", "this week", "2022-W01", "week"),
    ("He submitted it this week.", "2022-01-01", "this week", "2021-W52", "week"),
    ("They spoke yesterday.", "2022-03-01", "yesterday", "2022-02-28", "day"),  # across a month boundary
    ("They speak tomorrow.", "2021-12-31", "tomorrow", "2022-01-01", "day"),
    ("He will run in April of next year.", "2022-01-04", "April of next year", "2023-04", "month"),
    ("It began six months ago.", "2022-04-14", "six months ago", "2021-10", "month"),
    ("It began two years ago.", "2022-04-14", "two years ago", "2020", "year"),
    ("Il y a deux ans, tout a changé.", "2022-04-14", "Il y a deux ans", "2020", "year"),
    ("L'an prochain, il se présente.", "2022-04-14", "L'an prochain", "2023", "year"),
    ("La semaine dernière, il a parlé.", "2022-04-14", "La semaine dernière", "2022-W14", "week"),
    ("Hier, il a parlé.", "2022-04-14", "Hier", "2022-04-13", "day"),
    ("Il a parlé mercredi dernier.", "2022-04-14", "mercredi dernier", "2022-04-13", "day"),
    ("Il a parlé mercredi.", "2022-04-15", "mercredi", "2022-04-13", "day"),
    ("The vote is on April 24.", "2022-04-14", "April 24", "2022-04-24", "day"),
    ("He spoke last summer.", "2022-04-14", "last summer", "2021-SU", "season"),
    ("Il l'a dit l'été dernier.", "2022-10-14", "l'été dernier", "2022-SU", "season"),
    ("He will decide by the end of the year.", "2022-04-14", "end of the year", "2022", "late"),
    ("earlier this year, he said", "2022-04-14", "earlier this year", "2022", "year"),
])
def test_relative_expressions_resolve_against_publication(text, published, span, value, granularity):
    assert only(text, published) == (span, value, granularity)


def test_future_tense_moves_a_weekday_forward():
    assert only("He will meet Biden on Monday.", "2022-01-04") == ("Monday", "2022-01-10", "day")
    assert only("Le comité se réunira lundi.", "2022-01-04") == ("lundi", "2022-01-10", "day")
    assert only("Il parlera jeudi prochain.", "2022-01-04") == ("jeudi prochain", "2022-01-06", "day")
    assert only("He spoke last Monday.", "2022-01-10") == ("last Monday", "2022-01-03", "day")
    assert only("He said on Monday that talks will resume.", "2022-01-04") == ("Monday", "2022-01-03", "day")


def test_later_is_anchored_on_the_previous_date_in_the_text():
    rows = found("In 1966 de Gaulle left. Two years later he wrote again. Deux ans plus tard, il revient.", "2022-04-14")
    assert rows == [("1966", "1966", "year"), ("Two years later", "1968", "year"), ("Deux ans plus tard", "1970", "year")]
    table = extract_time_expressions("On 24 February 2022 Russia invaded. Two days later, sanctions. The following year, talks.", "2023-06-15")
    assert list(table["value"]) == ["2022-02-24", "2022-02-26", "2023"]
    assert list(table["anchor"]) == ["", "2022-02-24", "2022-02-26"]


def test_later_without_a_previous_date_and_relatives_without_publication_stay_empty():
    assert only("Two years later he wrote.", "2022-04-14") == ("Two years later", "", "year")
    rows = found("On Monday, last month, next year, two years ago, now, il y a deux ans.", None)
    assert [t for t, _, _ in rows] == ["Monday", "last month", "next year", "two years ago", "now", "il y a deux ans"]
    assert all(v == "" for _, v, _ in rows)


def test_a_month_precise_publication_resolves_only_what_it_can():
    rows = found("this week, last month, Monday, now, two years ago", "2026-01")
    assert rows == [("this week", "", "week"), ("last month", "2025-12", "month"), ("Monday", "", "day"),
                    ("now", "2026-01", "present_ref"), ("two years ago", "2024", "year")]


def test_present_references_take_the_publication_at_its_precision():
    rows = found("Now NATO looks east; it is currently divided. Actuellement, la France hésite. Aujourd'hui, l'Europe doute. "
                 "À présent, de nos jours, at the moment.", "2022-01-04T17:23")
    assert [t for t, _, _ in rows] == ["Now", "currently", "Actuellement", "Aujourd'hui", "À présent", "de nos jours", "at the moment"]
    assert {v for _, v, _ in rows} == {"2022-01-04T17:23"} and {g for _, _, g in rows} == {"present_ref"}
    assert only("the Europe of today", "2022-05") == ("today", "2022-05", "present_ref")
    assert only("The minister said today that", "2022-05-03") == ("today", "2022-05-03", "day")


# ---------------------------------------------------------------- durations and sets


@pytest.mark.parametrize("text, span, value", [
    ("the bloc has continued to expand over the past 30 years", "the past 30 years", "P30Y"),
    ("for three months, nothing", "three months", "P3M"),
    ("pendant deux ans, rien", "deux ans", "P2Y"),
    ("a two-year term", "two-year", "P2Y"),
    ("within 24 hours", "24 hours", "PT24H"),
    ("the most serious challenge in decades", "decades", "PXDE"),
    ("depuis des décennies", "des décennies", "PXDE"),
    ("ces dernières années, la France", "ces dernières années", "PXY"),
    ("in recent years", "recent years", "PXY"),
    ("for the last two decades", "the last two decades", "P20Y"),
])
def test_durations(text, span, value):
    assert only(text, "2022-04-14") == (span, value, "duration")


@pytest.mark.parametrize("text, span, value", [
    ("what is spoken every day", "every day", "P1D"),
    ("every four years", "every four years", "P4Y"),
    ("every Monday", "every Monday", "XXXX-WXX-1"),
    ("tous les lundis", "tous les lundis", "XXXX-WXX-1"),
    ("chaque année", "chaque année", "P1Y"),
    ("une fois par an", "une fois par an", "P1Y"),
])
def test_sets(text, span, value):
    assert only(text, "2022-04-14") == (span, value, "set")


def test_ages_are_not_durations():
    assert found("Marine Le Pen, 53 ans, a promis. Il a 40 ans. a 10-year-old boy. She is 53 years old.", "2022-04-14") == []


# ---------------------------------------------------------------- false positives


@pytest.mark.parametrize("text", [
    "She may leave the alliance.",
    "May I ask a question?",
    "They march on Paris; a march on Washington; the Women's March drew crowds.",
    "Mars is red. The rover landed on Mars. The Mars 2020 mission continues.",
    "Le Pen is polling at 45 percent, Macron 27.84%, turnout 45 %.",
    "The Assembly voted 289 to 239; the left holds 151 seats; she won 2017 votes.",
    "Australia cancelled a €56 billion contract; Paris spent $3 million and £2022.",
    "12 French submarines, 10 countries, from 20 to 10 members, the 2nd round.",
    "see https://www.rt.com/news/2022/01/04/545123-nato-france/ and #Elysee2022 @JLMelenchon",
    "Call +33 1 45 67 89 00 or 202-555-2019 now-defunct",
    "1,000 people and 2000 troops arrived with 1500 vehicles.",
    "The S-400 deal, Article 5, Article 2022, WWII, World War II and the Cold War.",
    "La loi n° 2022-1234 du code; plus de 2000 soldats; environ 1500 personnes.",
    "Black Friday sales; the Sunday Times said; Mardi gras.",
    "Russia Today reported that.",
    "Open 24/7 since the 9/11 attacks; the score was 2-1; Covid-19; the G20 and COP26; a Boeing 737.",
    "Horizon 2020 funding, Euro 2024, Vision 2030, Room 2021, Résolution 2334, the 1,000-page report.",
    "Macron, 44, and Le Pen, 53, met at 10:30 in No. 10 Downing Street.",
])
def test_false_positive_families_give_no_expression(text):
    assert found(text, "2022-04-14") == []


def test_four_digit_numbers_need_a_temporal_context():
    assert [t for t, _, _ in found("2000 troops in 2000, the 2000 census, 1999 and 2000, agenda 2030", "2022-04-14")] == [
        "2000", "2000", "1999", "2000"]


# ---------------------------------------------------------------- anchors


def test_parse_anchor_keeps_the_precision_known():
    assert parse_anchor("2026-01").precision == "month" and parse_anchor("2026-01").iso == "2026-01"
    assert parse_anchor("2022-01-04T17:23").iso == "2022-01-04T17:23"
    assert parse_anchor(dt.date(2022, 1, 4)).iso == "2022-01-04"
    assert parse_anchor(None) is None and parse_anchor("n/a") is None and parse_anchor(float("nan")) is None


def test_lexicons_have_an_origin_line_and_both_languages():
    for path in LEXICON_FILES.values():
        assert open(path, encoding="utf-8").readline().startswith("# origin:")
    kinds = {k for k, _, _ in load_lexicon(LEXICON_FILES["fr"])}
    assert {"month", "weekday", "unit", "number", "season", "count_noun"} <= kinds


# ---------------------------------------------------------------- matching and scores


def frame(rows: list[tuple]) -> pd.DataFrame:
    """Return an expression table with doc_id from (doc_id, start, end, text, value) tuples."""
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "value"]).assign(granularity="year")


def test_match_expressions_pairs_by_largest_overlap_one_to_one():
    gold = frame([("a", 0, 10, "early 2021", "2021"), ("a", 20, 24, "1966", "1966"), ("b", 0, 4, "2009", "2009")])
    pred = frame([("a", 0, 5, "early", "2021"), ("a", 6, 10, "2021", "2021"), ("a", 20, 24, "1966", "1967"),
                  ("a", 40, 44, "2000", "2000"), ("b", 0, 4, "2009", "2009")])
    matches = match_expressions(gold, pred)
    assert list(matches["status"]) == ["matched", "unpaired", "matched", "spurious", "matched"]
    first = matches.iloc[0]
    assert (first.gold_text, first.pred_text, first.overlap) == ("early 2021", "early", 5)
    assert list(matches["value_match"]) == [True, False, False, False, True]


def test_timeline_scores_on_a_small_literal_table():
    gold = frame([("a", 0, 4, "1966", "1966"), ("a", 10, 14, "2009", "2009"), ("a", 20, 26, "Monday", "2022-01-03")])
    pred = frame([("a", 0, 4, "1966", "1966"), ("a", 20, 26, "Monday", "2022-01-10"), ("a", 30, 34, "2000", "2000")])
    scores = timeline_scores(match_expressions(gold, pred))
    assert scores == {"gold": 3, "predicted": 3, "matched": 2, "recall": 2 / 3, "exact_value_recall": 1 / 3,
                      "spurious_rate": 1 / 3, "value_accuracy": 0.5}


def test_scores_of_nothing_are_zero_not_an_error():
    scores = timeline_scores(match_expressions(frame([]), frame([])))
    assert scores["gold"] == 0 and scores["recall"] == 0.0 and scores["spurious_rate"] == 0.0


# ---------------------------------------------------------------- events


SENTENCES = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2", "d2", "d3"],
    "sent_id": ["d1-s1", "d1-s2", "d2-s1", "d2-s2", "d3-s1"],
    "start": [0, 80, 0, 70, 0],
    "end": [79, 160, 69, 150, 60],
    "text": ["In 1966, President Charles de Gaulle took France out of NATO's military command.",
             "In 2009, Nicolas Sarkozy brought France back.",
             "De Gaulle's partial withdrawal on 7 March 1966 shook the alliance.",
             "Athens withdrew in 1974 after the Cyprus crisis.",
             "Mélenchon called for France to leave NATO on Monday."],
})
PUBLISHED = {"d1": "2026-01", "d2": "2025-05-01", "d3": "2022-01-04"}


def test_event_types_and_countries_from_cue_words():
    assert event_type_of("France was one of the first countries to sign the North Atlantic Treaty in 1949.") == "treaty_or_accession"
    assert event_type_of("Greece later reintegrated into NATO's military structure in 1980.") == "reintegration"
    assert event_type_of("En 1966, la France a quitté le commandement intégré.") == "withdrawal"
    assert event_type_of("Elle réclame la sortie de l'OTAN.") == "exit_call"
    assert event_type_of("Following her election defeat in 2017, she met Putin.") == "election"
    assert event_type_of("Macron said in 2019 that NATO was brain dead.") == "statement"
    assert event_type_of("The weather was fine in 1950.") == "other"
    assert country_of("Athens withdrew from NATO's command in 1974.") == "Greece"
    assert country_of("La Grèce et la France, la France surtout.") == "France"
    assert country_of("Ryabkov spoke in Moscow.") == "other"


def test_sentence_expressions_give_sentence_offsets_and_event_rows_type_them():
    expressions = sentence_expressions(SENTENCES, PUBLISHED)
    texts = dict(zip(SENTENCES["sent_id"], SENTENCES["text"]))
    assert all(texts[s][a:b] == t for s, a, b, t in zip(expressions["sent_id"], expressions["start"], expressions["end"], expressions["text"]))
    events = event_rows(SENTENCES, expressions)
    assert list(zip(events["value"], events["country"], events["event_type"])) == [
        ("1966", "France", "withdrawal"), ("2009", "France", "reintegration"), ("1966-03-07", "France", "withdrawal"),
        ("1974", "Greece", "withdrawal"), ("2022-01-03", "France", "exit_call")]
    first = events.iloc[0]
    assert (first.doc_id, first.sent_id, first.start, first.end, first.doc_start, first.doc_end) == ("d1", "d1-s1", 3, 7, 3, 7)
    assert events.iloc[1].doc_start == 83


def test_merge_events_keeps_one_canonical_event_with_sorted_sources_and_the_most_precise_value():
    events = event_rows(SENTENCES, sentence_expressions(SENTENCES, PUBLISHED))
    merged = merge_events(events)
    withdrawal = merged[(merged["year"] == "1966") & (merged["event_type"] == "withdrawal")].iloc[0]
    assert withdrawal.value == "1966-03-07" and withdrawal.granularity == "day"
    assert withdrawal.sources == ["d1:d1-s1", "d2:d2-s1"] and withdrawal.n_documents == 2
    assert list(merged["year"]) == sorted(merged["year"])
    assert merge_events(events.iloc[::-1]).equals(merged)


def test_events_of_nothing_are_empty_tables():
    empty = sentence_expressions(SENTENCES.iloc[:0], {})
    assert empty.empty and merge_events(event_rows(SENTENCES, empty)).empty


@pytest.mark.parametrize("text, span, granularity", [
    ("NATO recently decided to cut the mission.", "recently", "past_ref"),
    ("Il a récemment déclaré qu'il partirait.", "récemment", "past_ref"),
    ("Kiev may join the alliance in the future.", "the future", "future_ref"),
    ("À l'avenir, la France décidera seule.", "l'avenir", "future_ref"),
])
def test_vague_references_are_tagged_without_a_value(text, span, granularity):
    found = extract_time_expressions(text, dt.date(2022, 1, 4))
    assert found[["text", "value", "granularity", "type"]].values.tolist() == [[span, "", granularity, "relative"]]


def test_future_as_an_adjective_is_not_a_time_expression():
    assert extract_time_expressions("She would place troops under neither a future European command nor NATO.", dt.date(2022, 4, 14)).empty
