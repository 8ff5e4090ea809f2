"""Offsets in an article body map back to the page and to the sentence that holds them."""
import pandas as pd

from helpers import provenance

PAGE = "Menu\nFirst paragraph. In 1966 it left.\n\nSecond one, in 2009.\n"
PARAGRAPHS = pd.DataFrame({"doc_id": ["d", "d"], "para_id": ["d-p001", "d-p002"], "start": [5, 40], "end": [38, 60],
                           "text": ["First paragraph. In 1966 it left.", "Second one, in 2009."]})
SENTENCES = pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": ["d-s001", "d-s002", "d-s003"], "para_id": ["d-p001", "d-p001", "d-p002"],
                          "start": [5, 22, 40], "end": [21, 38, 60]})


def test_body_layout_counts_the_joining_newlines():
    layout = provenance.body_layout(PARAGRAPHS)
    assert layout[["body_start", "body_end", "page_start"]].values.tolist() == [[0, 33, 5], [34, 54, 40]]
    assert layout["exact"].all()


def test_locate_maps_body_spans_to_page_and_sentence():
    body = "\n".join(PARAGRAPHS["text"])
    spans = pd.DataFrame({"doc_id": ["d", "d"], "start": [body.index("1966"), body.index("2009")]})
    spans["end"] = spans["start"] + 4
    located = provenance.locate(spans, provenance.body_layout(PARAGRAPHS), SENTENCES)
    assert located["sent_id"].tolist() == ["d-s002", "d-s003"]
    assert [PAGE[s:e] for s, e in zip(located["page_start"], located["page_end"])] == ["1966", "2009"]


def test_a_span_outside_every_paragraph_is_marked_not_dropped():
    spans = pd.DataFrame({"doc_id": ["d"], "start": [999], "end": [1003]})
    located = provenance.locate(spans, provenance.body_layout(PARAGRAPHS), SENTENCES)
    assert len(located) == 1 and located.iloc[0]["page_start"] == -1 and located.iloc[0]["sent_id"] == ""


def test_in_sentences_turns_page_offsets_into_sentence_offsets():
    body = "\n".join(PARAGRAPHS["text"])
    spans = pd.DataFrame({"doc_id": ["d"], "start": [body.index("1966")], "end": [body.index("1966") + 4]})
    located = provenance.in_sentences(provenance.locate(spans, provenance.body_layout(PARAGRAPHS), SENTENCES), SENTENCES)
    assert (located.iloc[0]["start"], located.iloc[0]["end"]) == (3, 7)  # "In 1966 it left."
