"""Stance report tables: scores with intervals, outlet names, speaker accuracy, actor evidence."""
import pandas as pd
import pytest

from helpers import stance, stance_report


def test_method_scores_reports_f_avg_macro_f1_and_per_class_rates():
    frame = pd.DataFrame({"label": ["FAVOR", "AGAINST", "NONE", "NONE"], "pred_label": ["FAVOR", "NONE", "NONE", "NONE"]})
    row = stance_report.method_scores({"m": frame}, n=50, seed=1, pages="p").iloc[0]
    assert row["F_avg"] == 0.5 and row["R AGAINST"] == 0.0 and row["P NONE"] == 2 / 3
    assert row["sentences"] == 4 and "–" in row["F_avg 95% CI"]


def test_outlet_narration_gets_the_outlet_name():
    speakers = pd.DataFrame({"doc_id": ["a", "b", "a"], "speaker": ["[outlet]", "[outlet]", "Marine Le Pen"]})
    named = stance_report.with_outlets(speakers, {"a": "Newslanes Media", "b": ""})
    assert named["speaker"].tolist() == ["Newslanes Media", "outlet of b", "Marine Le Pen"]


def test_speaker_accuracy_counts_only_stance_taking_sentences():
    frame = pd.DataFrame({"label": ["FAVOR", "AGAINST", "NONE"], "speaker": ["A", "B", "C"], "gold_speaker": ["A", "X", "Y"]})
    accuracy, low, high, count = stance_report.speaker_accuracy(frame, n=200, seed=0)
    assert (accuracy, count) == (0.5, 2) and 0.0 <= low <= accuracy <= high <= 1.0


def test_actor_positions_keeps_the_first_evidence_sentence():
    table = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": ["a-s002", "a-s001", "b-s001"], "speaker": ["X", "X", "Y"],
                          "label": ["FAVOR", "FAVOR", "NONE"], "position": ["leave_command"] * 2 + ["none"], "text": ["second", "first", "other"]})
    found = stance_report.actor_positions(table)
    assert found[["speaker", "sentences", "evidence_id", "evidence"]].values.tolist() == [["X", 2, "a-s001", "first"]]


def test_label_sentences_uses_held_out_predictions_where_given():
    table = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": ["a-s1", "b-s1"], "text": ["x", "France must leave NATO's integrated command."]})
    held = pd.DataFrame({"sent_id": ["a-s1"], "pred_label": ["NONE"], "pred_position": ["none"], "score": [0.5]})
    out = stance_report.label_sentences(table, held, "cues")
    assert out["method"].tolist() == ["cues (leave-one-article-out)", "cues (trained on the training pool)"]
    assert out.loc[0, "label"] == "NONE" and out.loc[1, "label"] in {"FAVOR", "AGAINST", "NONE"}


def test_page_speakers_reads_each_page_in_order_as_one_article():
    items = pd.DataFrame({"doc_id": ["p1", "p2", "p1"],
                          "text": ["Jane Doe spoke first.", "She said that NATO mattered.", "She said France should leave NATO."]})
    predicted = stance_report.page_speakers(items)
    # p1's second sentence resolves "she" to Jane Doe, named earlier on its page; p2 has no antecedent
    assert predicted.tolist() == ["[outlet]", "[outlet]", "Jane Doe"]


def test_speaker_scores_one_row_per_sheet():
    sheet = pd.DataFrame({"doc_id": ["a", "a", "b"], "label": ["FAVOR", "NONE", "AGAINST"],
                          "gold_speaker": ["A", "[outlet]", "B"], "speaker": ["A", "[outlet]", "C"]})
    empty = sheet[sheet["label"] == "NONE"]
    scores = stance_report.speaker_scores({"train": sheet, "none": empty}, n=100, seed=0).set_index("sheet")
    assert scores.loc["train", "speaker accuracy"] == 0.5 and scores.loc["train", "FAVOR/AGAINST sentences"] == 2
    assert scores.loc["train", "pages"] == 2 and abs(scores.loc["train", "accuracy, all sentences"] - 2 / 3) < 1e-12
    assert scores.loc["none", "FAVOR/AGAINST sentences"] == 0 and pd.isna(scores.loc["none", "speaker accuracy"])
    assert 0.0 <= scores.loc["train", "low"] <= 0.5 <= scores.loc["train", "high"] <= 1.0 and pd.isna(scores.loc["none", "low"])


def test_sheet_speakers_keeps_the_gold_and_adds_the_prediction():
    items = pd.DataFrame({"source_id": ["s1", "s1"], "text": ["Jane Doe spoke first.", "She said France should leave NATO."],
                          "speaker": ["[outlet]", "Jane Doe"]})
    sheet = stance_report.sheet_speakers(items, page="source_id")
    assert sheet["doc_id"].tolist() == ["s1", "s1"] and sheet["gold_speaker"].tolist() == ["[outlet]", "Jane Doe"]
    assert sheet["speaker"].tolist() == ["[outlet]", "Jane Doe"]


def test_collection_drops_the_language_suffix():
    subsets = pd.Series(["stance_test3_en", "stance_test3_fr", "stance_train_en", "stance"])
    assert stance_report.collection(subsets).tolist() == ["stance_test3", "stance_test3", "stance_train", "stance"]


def test_page_predictions_and_f_avg_by_sheet():
    items = pd.DataFrame({"doc_id": ["s:a", "s:a", "t:b"], "subset": ["s", "s", "t"],
                          "text": ["France must leave NATO, she said.", "The weather was mild.", "France will stay in NATO, the minister said."],
                          "label": ["FAVOR", "NONE", "AGAINST"]})
    predicted = stance_report.page_predictions(items, stance.CueModel())
    assert predicted["pred_label"].tolist() == ["FAVOR", "NONE", "AGAINST"]
    table = stance_report.f_avg_by({"cues": predicted}, "subset")
    assert table.loc[("s", 2), "cues"] == pytest.approx(0.5) and table.loc[("t", 1), "cues"] == pytest.approx(0.5)


def _pool_and_second():
    pool = pd.DataFrame({"doc_id": ["s:p1"] * 4, "sent_id": ["s:a1", "s:a2", "s:a3", "s:a4"], "subset": ["s"] * 4,
                         "label": ["FAVOR", "AGAINST", "NONE", "NONE"], "position": ["leave_command", "stay", "none", "none"],
                         "speaker": ["X", "Y", "[outlet]", "[outlet]"]})
    second = pd.DataFrame({"id": ["a4", "a3", "a2", "a1"], "label": ["NONE", "NONE", "NONE", "FAVOR"],
                           "position": ["none", "distance_or_reform", "none", "leave_alliance"], "speaker": ["[outlet]", "[outlet]", "Y", "Z"]})
    labels = pd.Series(["FAVOR", "NONE", "NONE", "AGAINST"], index=pool["sent_id"])
    speakers = pd.Series(["X", "Y", "[outlet]", "[outlet]"], index=pool["sent_id"])
    return pool, second, labels, speakers


def test_with_second_annotation_joins_by_the_sheets_own_id():
    pool, second, labels, speakers = _pool_and_second()
    pairs = stance_report.with_second_annotation(pool, second, "data/annotations/stance_second/s/second.csv", labels, speakers)
    assert pairs["id"].tolist() == ["a1", "a2", "a3", "a4"]
    assert pairs["second_label"].tolist() == ["FAVOR", "NONE", "NONE", "NONE"]
    assert pairs["second_speaker"].tolist() == ["Z", "Y", "[outlet]", "[outlet]"]
    assert pairs["pred_label"].tolist() == ["FAVOR", "NONE", "NONE", "AGAINST"] and pairs["gold_speaker"].tolist() == ["X", "Y", "[outlet]", "[outlet]"]


def test_agreement_scores_between_annotators_and_for_the_method():
    pool, second, labels, speakers = _pool_and_second()
    pairs = stance_report.with_second_annotation(pool, second, "x/s/second.csv", labels, speakers)
    row = stance_report.agreement_scores({"s": pairs}, n=50, seed=0).iloc[0]
    # FAVOR agreed (F1 1), AGAINST missed by the second annotator (F1 0): F_avg 0.5; 3 of 4 labels agree
    assert row["F_avg"] == 0.5 and row["label agreement"] == 0.75
    # kappa: p_o = 0.75; p_e = (1*1 + 1*0 + 2*3)/16 = 7/16; (0.75 - 7/16) / (1 - 7/16) = 5/9
    assert row["kappa"] == pytest.approx(5 / 9)
    assert row["position agreement"] == 0.25 and row["FAVOR/AGAINST sentences"] == 2
    assert row["speaker agreement"] == 0.5 and row["method speaker accuracy"] == 1.0
    assert row["speaker agreement, unnamed as one"] == 0.5
    # method vs first: FAVOR F1 1; AGAINST: predicted once wrongly, gold missed: F1 0
    assert row["method F_avg"] == 0.5


def test_second_annotation_must_cover_exactly_the_sheet():
    pool, second, labels, speakers = _pool_and_second()
    with pytest.raises(stance_report.AnnotationError, match=r"second\.csv.*missing \['a4'\].*unknown \['a9'\]"):
        stance_report.with_second_annotation(pool, second.replace({"id": {"a4": "a9"}}), "x/s/second.csv", labels, speakers)
    with pytest.raises(stance_report.AnnotationError, match="'t'.*not in this run's training pool"):
        stance_report.with_second_annotation(pool, second, "x/t/second.csv", labels, speakers)


def test_a_malformed_second_annotation_names_its_rows(tmp_path):
    from helpers import annotations

    path = tmp_path / "second.csv"
    path.write_text("id,label,position,speaker\na1,FAVOUR,none,X\na1,NONE,stay,Y\n", encoding="utf-8")
    with pytest.raises(annotations.AnnotationError) as raised:
        annotations.read_sheet(path, annotations.STANCE_SECOND)
    message = str(raised.value)
    assert "second.csv" in message and "row 2, column label: 'FAVOUR'" in message
    assert "row 3, column position: 'stay' goes with AGAINST, not NONE" in message and "row 3, column id: duplicate id a1" in message


def test_same_holder_counts_two_unnamed_descriptions_as_one():
    gold = ["unnamed: Socialist group deputy", "unnamed: deputy", "X", "X"]
    pred = ["unnamed: deputy speaking for the Socialistes", "Y", "X", "unnamed: X's aide"]
    assert stance_report.same_holder(gold, pred) == 0.5
    assert stance_report.accuracy(gold, pred) == 0.25
    assert stance_report.same_holder(["unnamed: deputy", "X"], [None, float("nan")]) == 0.0  # a missing speaker matches nothing


def test_agreement_intervals_one_row_per_sheet_and_rater():
    pool, second, labels, speakers = _pool_and_second()
    pairs = stance_report.with_second_annotation(pool, second, "x/s/second.csv", labels, speakers)
    table = stance_report.agreement_intervals({"s": pairs}, n=50, seed=0)
    assert table["row"].tolist() == ["s: second annotator", "s: method"]
    assert table["F_avg"].tolist() == [0.5, 0.5] and (table["low"] <= table["F_avg"]).all() and (table["F_avg"] <= table["high"]).all()
