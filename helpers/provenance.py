"""Map offsets in an article's body (kept paragraphs joined by newlines) back to the page and its sentences.

`01-articles.body` is the paragraphs' texts joined with "\\n", so paragraph k starts in the body at the
sum of the lengths of the paragraphs before it plus k. Page offset = paragraph start on the page +
offset inside the paragraph (exact whenever NFC did not change the paragraph's length, which
`body_layout` checks and flags).
"""
from __future__ import annotations

import pandas as pd

LOCATED_COLUMNS = ["para_id", "sent_id", "page_start", "page_end"]


def body_layout(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return per paragraph: doc_id, para_id, body_start, body_end, page_start and whether offsets map exactly."""
    rows = []
    for doc_id, doc in paragraphs.groupby("doc_id", sort=True):
        cursor = 0
        for para in doc.itertuples():
            length = len(para.text)
            rows.append({"doc_id": doc_id, "para_id": para.para_id, "body_start": cursor, "body_end": cursor + length,
                         "page_start": para.start, "exact": length == para.end - para.start})
            cursor += length + 1
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "body_start", "body_end", "page_start", "exact"])


def locate(spans: pd.DataFrame, layout: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return `spans` (doc_id, start, end in the body) with their paragraph, sentence and page offsets."""
    out = spans.copy()
    located = []
    for span in spans.itertuples():
        paras = layout[(layout["doc_id"] == span.doc_id) & (layout["body_start"] <= span.start) & (span.start < layout["body_end"])]
        if paras.empty:
            located.append(("", "", -1, -1))
            continue
        para = paras.iloc[0]
        page_start = int(para.page_start + span.start - para.body_start)
        page_end = page_start + (span.end - span.start)
        sents = sentences[(sentences["para_id"] == para.para_id) & (sentences["start"] <= page_start) & (page_start < sentences["end"])]
        located.append((para.para_id, sents.iloc[0]["sent_id"] if len(sents) else "", page_start, page_end))
    out[LOCATED_COLUMNS] = pd.DataFrame(located, columns=LOCATED_COLUMNS, index=spans.index) if located else pd.DataFrame(columns=LOCATED_COLUMNS)
    return out


def in_sentences(spans: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return located spans with start/end re-expressed as offsets inside their sentence."""
    sentence_start = spans["sent_id"].map(sentences.set_index("sent_id")["start"])
    return spans.assign(start=spans["page_start"] - sentence_start, end=spans["page_end"] - sentence_start)
