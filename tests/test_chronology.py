"""Decimal years, withdrawal-to-return spells, and how far back articles reach."""
import pandas as pd
import pytest

from helpers import chronology


@pytest.mark.parametrize("value, expected", [
    ("1966", 1966.0), ("2021-09", 2021.667), ("2022-01-03", 2022.005), ("2022-01-04T17:23", 2022.008),
    ("2021-SU", 2021.0), ("196", None), ("P30Y", None), ("", None),
])
def test_decimal_year(value, expected):
    assert chronology.decimal_year(value) == expected


def test_episodes_pair_the_first_withdrawal_with_the_next_return():
    canonical = pd.DataFrame({
        "country": ["France", "France", "Greece", "Greece", "other"],
        "event_type": ["withdrawal", "reintegration", "withdrawal", "reintegration", "withdrawal"],
        "value": ["1966", "2009", "1974", "1980", "2026-01"], "year": ["1966", "2009", "1974", "1980", "2026"],
        "sources": [["a:1", "b:2"], ["a:3"], ["c:1"], ["c:2"], ["d:1"]],
    })
    spells = chronology.episodes(canonical)
    assert spells[["country", "withdrawal", "return", "years"]].values.tolist() == [["France", "1966", "2009", 43], ["Greece", "1974", "1980", 6]]
    assert spells["withdrawal_sources"].tolist() == [2, 1]


def test_a_withdrawal_without_return_has_no_duration():
    canonical = pd.DataFrame({"country": ["France"], "event_type": ["withdrawal"], "value": ["1966"], "year": ["1966"], "sources": [["a:1"]]})
    spell = chronology.episodes(canonical).iloc[0]
    assert spell["return"] == "" and pd.isna(spell["years"])


def test_precedent_reach_uses_dated_expressions_only():
    expressions = pd.DataFrame({"doc_id": ["a", "a", "b"], "type": ["date", "duration", "date"], "value": ["1966", "P30Y", "2021-09"]})
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2026-01", "2022-01-25", ""]})
    reach = chronology.precedent_reach(expressions, articles)
    assert reach[["doc_id", "earliest_year", "years_back"]].values.tolist() == [["a", 1966, 60], ["b", 2021, 1]]


def test_timeline_points_place_events_and_stance_sentences():
    canonical = pd.DataFrame({"country": ["France", "other"], "value": ["1966", "2020"], "event_type": ["withdrawal", "statement"]})
    stance = pd.DataFrame({"doc_id": ["a", "a"], "label": ["FAVOR", "NONE"], "position": ["leave_command", "none"]})
    articles = pd.DataFrame({"doc_id": ["a"], "published": ["2022-04-14"]})
    points = chronology.timeline_points(canonical, stance, articles, "calls")
    assert points[["lane", "kind"]].values.tolist() == [["France", "withdrawal"], ["calls", "leave_command"]]
    assert points["x"].tolist()[0] == 1966.0 and 2022.2 < points["x"].tolist()[1] < 2022.3
