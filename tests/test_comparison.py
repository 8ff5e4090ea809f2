"""The side-by-side table: reference cells, corpus evidence, markers, unknown cases."""
import pandas as pd
import pytest

from helpers import comparison

URL = "https://example.org/source"


def fact(case, dimension, value, date=""):
    return {"case": case, "dimension": dimension, "value": value, "date": date, "source_title": "T",
            "source_publisher": "P", "source_url": URL, "note": ""}


REFERENCE = pd.DataFrame([
    fact("France 1966", "effective", "France leaves the integrated command", "1966-07-01"),
    fact("France 1966", "return_date", "France returns", "2009-04-04"),
    fact("Greece 1974", "effective", "Greece withdraws", "1974-08-14"),
    fact("Greece 1974", "effective", "Greece withdraws", "1974-08-16"),
    fact("Greece 1974", "return_date", "Greece returns", "1980-10-20"),
])
EVENTS = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2"], "sent_id": ["d1-s1", "d1-s2", "d2-s1"], "country": ["France", "France", "Greece"],
    "value": ["1966", "2009", "1975"],
    "sentence": ["In 1966 de Gaulle took France out of NATO's integrated command.", "In 2009 Sarkozy brought France back under NATO.",
                 "Greece withdrew in 1975."],
})


def test_unknown_case_lists_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown case 'Spain 1986'; known cases: France 1966, Greece 1974"):
        comparison.side_by_side(REFERENCE, comparison.corpus_evidence(EVENTS, REFERENCE, "France 1966"), "France 1966", "Spain 1986")


def test_every_dimension_gets_a_row_and_missing_facts_are_marked():
    evidence = comparison.corpus_evidence(EVENTS, REFERENCE, "France 1966")
    table = comparison.side_by_side(REFERENCE, evidence, "France 1966", "Greece 1974").set_index("dimension")
    assert table.index.tolist() == comparison.DIMENSIONS
    assert table.loc["trigger", "France 1966 marker"] == "no reference fact"
    assert table.loc["effective", "France 1966 corpus"] == "d1-s1"
    assert table.loc["return_date", "France 1966 corpus"] == "d1-s2"
    assert table.loc["effective", "France 1966 reference rows"] == "2"


def test_conflicting_sources_are_kept_and_marked():
    table = comparison.side_by_side(REFERENCE, comparison.corpus_evidence(EVENTS, REFERENCE, "Greece 1974"), "France 1966", "Greece 1974")
    cell = table.set_index("dimension").loc["effective"]
    assert "1974-08-14" in cell["Greece 1974"] and "1974-08-16" in cell["Greece 1974"]
    assert cell["Greece 1974 marker"] == "sources disagree"


def test_corpus_that_names_another_year_is_flagged():
    facts = REFERENCE[(REFERENCE["case"] == "Greece 1974") & (REFERENCE["dimension"] == "effective")]
    evidence = pd.DataFrame({"year": ["1975"], "sent_id": ["d2-s1"]})
    assert comparison.corpus_marker("effective", facts, evidence) == "corpus says 1975; reference 1974"
    assert comparison.corpus_marker("trigger", facts, evidence) == ""


def test_reference_file_needs_known_dimensions_and_sources(tmp_path):
    path = tmp_path / "ref.csv"
    pd.DataFrame([fact("X 1", "mood", "v")]).to_csv(path, index=False)
    with pytest.raises(ValueError, match="row 2, column dimension: 'mood'"):
        comparison.load_reference(path)
    pd.DataFrame([{**fact("X 1", "trigger", "v"), "source_url": ""}]).to_csv(path, index=False)
    with pytest.raises(ValueError, match="column source_url"):
        comparison.load_reference(path)


def test_durations_and_invocations():
    spans = comparison.durations(REFERENCE, ["France 1966", "Greece 1974"])
    assert spans["case"].tolist() == ["France 1966", "Greece 1974"]
    assert round(spans.iloc[0]["end"] - spans.iloc[0]["start"]) == 43
    stance = pd.DataFrame({"sent_id": ["d1-s1"], "speaker": ["Charles de Gaulle"], "label": ["FAVOR"], "position": ["leave_command"]})
    invoked = comparison.invocations(EVENTS, stance, REFERENCE, ["France 1966", "Greece 1974"])
    assert invoked[["case", "sent_id", "speaker", "label"]].values.tolist() == [["France 1966", "d1-s1", "Charles de Gaulle", "FAVOR"]]


def test_consensus_date_prefers_precise_dates_most_sources_give():
    assert comparison.consensus_date(["1974-08-14", "1974-08-14", "1974-08-04", "1974-08"]) == "1974-08-14"
    assert comparison.consensus_date(["2009-03-11", "2009-04-04"], latest=True) == "2009-04-04"
    assert comparison.consensus_date(["", ""]) == ""


def test_summary_states_spans_and_invocations_only():
    spans = comparison.durations(REFERENCE, ["France 1966", "Greece 1974"])
    invoked = pd.DataFrame({"case": ["France 1966"], "doc_id": ["d1"], "sent_id": ["d1-s1"], "speaker": ["Charles de Gaulle"],
                            "label": ["FAVOR"], "position": ["leave_command"], "sentence": ["x"]})
    lines = comparison.summary_lines(spans, invoked, ["France 1966", "Greece 1974"], 5)
    assert lines[0].startswith("France 1966: out of the integrated military structure from 1966-07-01 to 2009-04-04, about 43 years")
    assert "invokes France 1966 in 1 sentence(s) of 1 article(s); speakers: Charles de Gaulle" in lines[2]
    assert lines[3] == "The corpus never invokes Greece 1974."
    assert lines[-1].endswith("5 article(s) only; add articles to say more.")


def test_frame_contexts_keep_invocations_and_present_day_calls_only():
    invoked = comparison.invocations(EVENTS, pd.DataFrame(columns=["sent_id", "speaker", "label", "position"]), REFERENCE, ["France 1966"])
    stance = pd.DataFrame({"sent_id": ["d1-s1", "d1-s2", "d3-s1", "d3-s2"], "speaker": ["A", "Sarkozy", "Guetté", "B"],
                           "label": ["FAVOR", "AGAINST", "FAVOR", "NONE"], "text": ["a", "b", "France must leave NATO.", "d"]})
    contexts = comparison.frame_contexts(invoked, stance, EVENTS)
    assert contexts[["context", "sent_id"]].values.tolist() == [["France 1966", "d1-s1"], ["present-day calls to leave", "d3-s1"]]


def test_tag_contexts_keeps_context_and_speaker_with_each_frame():
    from helpers import frames

    contexts = pd.DataFrame({"context": ["France 1966", "present-day calls to leave"], "sent_id": ["a", "b"], "speaker": ["X", "Y"],
                             "sentence": ["De Gaulle wanted national independence.", "Nothing here."]})
    tagged = comparison.tag_contexts(contexts, frames.load_codebook())
    assert tagged[["context", "sent_id", "speaker", "frame"]].values.tolist() == [["France 1966", "a", "X", "sovereignty_independence"]]
