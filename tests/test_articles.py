"""From line decisions to the workbook's tables: offsets, counts, languages, metadata conflicts."""
import pandas as pd
import pytest

from helpers import articles, evaluation, peers, text

PAGE_EN = """Example News
  • Home
  • World
  • Politics
Deputy asks France to quit NATO command

By Jane Example
12 Mar 2024 09:15

A French deputy said on Tuesday that France should leave NATO's integrated military command, arguing that the country must keep its own voice.

« La France doit retrouver sa souveraineté », a-t-il écrit sur X.

Most Read

Storm hits the coast

All Rights Reserved
"""


@pytest.fixture(scope="module")
def cleaned():
    pages = {"d1": PAGE_EN}
    texts, bases, lines = articles.clean_pages(pages, {"d1": frozenset()})
    return texts, bases, lines


def test_every_line_gets_one_decision_with_exact_offsets(cleaned):
    texts, bases, lines = cleaned
    assert bases == {"d1": "raw"}
    assert len(lines) == len(PAGE_EN.splitlines())
    assert all(texts["d1"][s:e] == t for s, e, t in lines[["start", "end", "text"]].itertuples(index=False))


def test_boilerplate_is_removed_with_a_reason_and_content_kept(cleaned):
    _, _, lines = cleaned
    kept = lines.loc[lines["keep"], "text"].tolist()
    removed = articles.removed_lines(lines)
    assert any(t.startswith("A French deputy said on Tuesday") for t in kept)
    assert "Storm hits the coast" not in kept and "• Home" not in kept
    assert (removed["reason"] != "blank").all() and removed["reason"].str.len().gt(0).all()


def test_paragraphs_detect_the_french_quote_inside_an_english_page(cleaned):
    _, _, lines = cleaned
    paragraphs = articles.paragraph_table(lines)
    by_text = dict(zip(paragraphs["text"], paragraphs["language"]))
    assert by_text["« La France doit retrouver sa souveraineté », a-t-il écrit sur X."] == "fr"
    assert paragraphs["para_id"].tolist()[0] == "d1-p001" and paragraphs["para_id"].is_unique


def test_sentences_keep_offsets_into_the_page_even_when_nfc_changes_the_text():
    decomposed = "Le député a parle\u0301. Il est parti.\n"  # "é" written as e + combining accent
    lines = articles.line_table("d1", [articles.LineDecision(1, 0, len(decomposed) - 1, decomposed[:-1], True, "content")])
    paragraphs = articles.paragraph_table(lines, detect=lambda _: "fr")
    tokenizer = text.train_punkt([decomposed], ["M"])
    sentences = articles.sentence_table(paragraphs, {"d1": decomposed}, tokenizer)
    assert sentences["text"].tolist() == ["Le député a parlé.", "Il est parti."]
    assert [text.nfc(decomposed[s:e]) for s, e in zip(sentences["start"], sentences["end"])] == sentences["text"].tolist()
    assert sentences["sent_id"].tolist() == ["d1-s001", "d1-s002"]


def test_html_pages_are_flattened_and_offsets_point_into_the_flattened_text():
    html = ("<html><head><title>T</title><script>var x=1;</script></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Greece left NATO's military wing in 1974</h1><p>In the aftermath of the 1974 Cyprus crisis, "
            "Greece withdrew from NATO's integrated military command, arguing it had been left isolated.</p>"
            "<p>Greece returned to the military structure in 1980, after the allies agreed.</p></article>"
            "<footer>Copyright 2024 Example Media.</footer></body></html>")
    page, basis, decisions = articles.page_decisions(html)
    assert basis == "html_flattened" and "var x" not in page
    kept = [d.text for d in decisions if d.keep]
    assert any("Cyprus crisis" in t for t in kept) and all(page[d.start:d.end] == d.text for d in decisions)


def test_repeated_lines_are_shared_only_within_an_outlet():
    pages = {"a": "Menu line one\nStory A body sentence one.\n", "b": "Menu line one\nStory B body.\n", "c": "Menu line one\nOther.\n"}
    repeated = articles.repeated_by_outlet({"a": "Outlet", "b": "Outlet", "c": ""}, pages)
    assert repeated["c"] == frozenset() and repeated["a"] == repeated["b"] and len(repeated["a"]) == 1


@pytest.mark.parametrize("manifest, page, expected", [
    ("2022-01", "2022-01-04T17:23", True), ("2022-01-04", "2022-01-04T17:23", True),
    ("2022-01-05", "2022-01-04T17:23", False), ("2021", "2022-01", False),
])
def test_same_date_compares_at_the_shared_precision(manifest, page, expected):
    assert articles.same_date(manifest, page) is expected


def test_metadata_conflicts_are_reported_not_overwritten():
    conflicts = articles.metadata_conflicts("d1", {"title": "A title", "published": "2022-01-05"},
                                            {"title": "A “title”", "published": "2022-01-04T17:23"})
    assert conflicts == [{"doc_id": "d1", "field": "published", "manifest": "2022-01-05", "page": "2022-01-04T17:23"}]
    assert articles.metadata_conflicts("d1", {"title": "", "published": ""}, {"title": "X", "published": "2022"}) == []


def test_majority_language_weighs_by_characters():
    paragraphs = pd.DataFrame({"text": ["Short fr.", "A much longer English paragraph about NATO."], "language": ["fr", "en"]})
    assert articles.majority_language(paragraphs) == "en"
    assert articles.majority_language(paragraphs.iloc[:0]) == "und"


def test_a_page_with_nothing_kept_is_quarantined():
    rows = pd.DataFrame({"doc_id": ["a", "b"], "file": ["a.txt", "b.txt"], "lines_kept": [3, 0]})
    rejected = articles.no_content_rejections(rows)
    assert rejected[["doc_id", "reason"]].values.tolist() == [["b", "no_content"]]


def test_binary_scores_counts_and_ratios():
    scores = evaluation.binary_scores([True, True, False, False], [True, False, True, False])
    assert (scores["tp"], scores["fp"], scores["fn"], scores["tn"]) == (1, 1, 1, 1)
    assert scores["precision"] == scores["recall"] == scores["f1"] == 0.5
    assert evaluation.binary_scores([], [])["f1"] == 0.0
    with pytest.raises(ValueError):
        evaluation.binary_scores([True], [])


def test_line_comparison_refuses_stale_gold():
    lines = pd.DataFrame({"doc_id": ["d"], "line_no": [1], "start": [0], "end": [3], "text": ["abc"], "keep": [True], "reason": ["content"]})
    gold = pd.DataFrame({"doc_id": ["d"], "line_no": [1], "text": ["abd"], "label": ["content"], "category": ["body"]})
    with pytest.raises(ValueError, match="gold line d:1"):
        evaluation.line_comparison(lines, gold)
    ok = evaluation.line_comparison(lines, gold.assign(text="abc"))
    assert ok["gold_content"].tolist() == [True] and evaluation.error_list(ok).empty


def test_gold_label_files_are_validated(tmp_path):
    path = tmp_path / "lines.csv"
    path.write_text("doc_id,line_no,start,end,text,label,category\nd,1,0,3,abc,maybe,body\n")
    with pytest.raises(ValueError, match="row 2, column label: .maybe. is not one of"):
        evaluation.load_line_labels(path)


def test_justext_peer_returns_one_decision_per_non_blank_line():
    lines = pd.DataFrame({"doc_id": ["d"] * 3, "line_no": [1, 2, 3], "text": ["Home", "", "A long paragraph " * 20],
                          "keep": [False, False, True], "reason": ["menu_run", "blank", "content"]})
    out = peers.with_justext(lines, {"d": "en"})
    assert out["justext_keep"].dtype == bool and len(out) == 3 and not out.loc[1, "justext_keep"]


def test_page_metadata_from_decisions_equals_reading_the_page_again():
    from helpers import cleaning, paths

    raw = (paths.RAW / "000_79546bcfdc28b08e.txt").read_text(encoding="utf-8")
    texts, bases, lines = articles.clean_pages({"d": raw}, {})
    row = articles.page_metadata({"d": raw}, lines, bases).iloc[0]
    expected = cleaning.extract_metadata(raw)
    assert (row["title"], row["byline"], row["published"]) == (expected["title"], expected["byline"], expected["published"])
    assert row["published"] == "2022-01-04T17:23"
