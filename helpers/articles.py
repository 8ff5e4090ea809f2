"""From cleaned pages to the workbook's tables: lines, articles, paragraphs, sentences.

Every row keeps its provenance: `doc_id` and character offsets `start`, `end` into the document's
page text, which is the decoded raw file for plain-text pages and the flattened visible text
(`cleaning.html_to_text`) for HTML pages (`text_basis` says which).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial

import pandas as pd

from helpers import cleaning, text
from helpers.cleaning import LineDecision
from helpers.engine import Mapper, local_map

LINE_COLUMNS = ["doc_id", "line_no", "start", "end", "text", "keep", "reason"]
PARAGRAPH_COLUMNS = ["doc_id", "para_id", "line_no", "start", "end", "text", "text_norm", "language"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "para_id", "start", "end", "text", "text_norm", "language"]
CONFLICT_COLUMNS = ["doc_id", "field", "manifest", "page"]


def html_decisions(raw: str) -> tuple[str, list[LineDecision]]:
    """Return (flattened page text, a decision per line: kept when trafilatura's article text has it and the line rules agree).

    trafilatura falls back to the whole page when it finds no article, so the line rules of
    plain-text pages (menus, short lines without punctuation, footers) get the last word.
    """
    page = cleaning.html_to_text(raw)
    wanted = Counter(line.strip() for line in cleaning.extract_body(raw).splitlines() if line.strip())
    rules = {d.line_no: d for d in cleaning.classify_lines(page)}
    decisions, offset = [], 0
    for number, line in enumerate(page.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        start, end = text.trimmed_span(page, offset, offset + len(body))
        trimmed = page[start:end]
        chosen = wanted[trimmed] > 0
        wanted[trimmed] -= chosen
        keep = chosen and rules[number].keep
        reason = "blank" if not trimmed else ("content" if keep else "trafilatura_boilerplate" if not chosen else rules[number].reason)
        decisions.append(LineDecision(number, start, end, trimmed, keep, reason))
        offset += len(line)
    return page, decisions


def page_decisions(raw: str, repeated: frozenset[str] = frozenset()) -> tuple[str, str, list[LineDecision]]:
    """Return (page text, text basis 'raw' or 'html_flattened', a keep/remove decision per line)."""
    if cleaning.looks_like_html(raw):
        page, decisions = html_decisions(raw)
        return page, "html_flattened", decisions
    return raw, "raw", cleaning.classify_lines(raw, repeated)


def line_table(doc_id: str, decisions: Sequence[LineDecision]) -> pd.DataFrame:
    """Return one row per line decision of a document."""
    rows = [(doc_id, d.line_no, d.start, d.end, d.text, d.keep, d.reason) for d in decisions]
    return pd.DataFrame(rows, columns=LINE_COLUMNS)


def paragraph_table(lines: pd.DataFrame, detect: Callable[[str], str] = text.detect_language) -> pd.DataFrame:
    """Return the kept lines as paragraphs: NFC text, a matching copy and the detected language."""
    kept = lines[lines["keep"]].reset_index(drop=True)
    numbers = kept.groupby("doc_id").cumcount() + 1
    nfc_text = kept["text"].map(text.nfc)
    return pd.DataFrame({
        "doc_id": kept["doc_id"],
        "para_id": kept["doc_id"] + "-p" + numbers.map("{:03d}".format).astype(str),  # astype: an empty map comes back int64
        "line_no": kept["line_no"], "start": kept["start"], "end": kept["end"],
        "text": nfc_text, "text_norm": nfc_text.map(text.normalise_for_matching),
        "language": nfc_text.map(detect).astype(str),
    }, columns=PARAGRAPH_COLUMNS)


def _document_sentences(item: tuple[str, list[tuple]], tokenizer) -> list[tuple]:
    """Return the sentence rows of one (page text, paragraph rows) item."""
    page, paras = item
    rows = []
    for doc_id, para_id, start_at, end_at, language in paras:
        for start, end, sentence in text.split_sentences(page[start_at:end_at], tokenizer):
            clean = text.nfc(sentence)
            rows.append((doc_id, para_id, start_at + start, start_at + end, clean, text.normalise_for_matching(clean), language))
    return rows


def sentence_table(paragraphs: pd.DataFrame, pages: dict[str, str], tokenizer, mapper: Mapper = local_map) -> pd.DataFrame:
    """Return the sentences of every paragraph, split on the page text so offsets stay exact, then NFC; `mapper` runs the documents."""
    items = [(pages[doc_id], list(doc[["doc_id", "para_id", "start", "end", "language"]].itertuples(index=False, name=None)))
             for doc_id, doc in paragraphs.groupby("doc_id", sort=False)]
    rows = [row for rows in mapper(partial(_document_sentences, tokenizer=tokenizer), items) for row in rows]
    table = pd.DataFrame(rows, columns=["doc_id", "para_id", "start", "end", "text", "text_norm", "language"])
    table.insert(1, "sent_id", table["doc_id"] + "-s" + (table.groupby("doc_id").cumcount() + 1).map("{:03d}".format))
    return table[SENTENCE_COLUMNS]


def majority_language(paragraphs: pd.DataFrame) -> str:
    """Return the language holding most characters of the paragraphs ('und' if none is known)."""
    known = paragraphs[paragraphs["language"] != "und"]
    if known.empty:
        return "und"
    weights = known.assign(chars=known["text"].str.len()).groupby("language")["chars"].sum()
    return str(weights.sort_index().idxmax())


def same_date(manifest_value: str, page_value: str) -> bool:
    """Return True when two ISO 8601 values agree at the precision they share (e.g. '2022-01' and '2022-01-04T17:23')."""
    common = min(len(manifest_value), len(page_value))
    return manifest_value[:common] == page_value[:common]


def title_key(title: str) -> str:
    """Return a title reduced to its words (casefolded, no quotes or punctuation) for comparison."""
    return " ".join(re.findall(r"\w+", text.normalise_for_matching(title)))


def metadata_conflicts(doc_id: str, manifest: dict, page: dict) -> list[dict]:
    """Return a row per field that the manifest and the page both state but differently (title, published)."""
    conflicts = []
    if manifest.get("title") and page.get("title") and title_key(manifest["title"]) != title_key(page["title"]):
        conflicts.append({"doc_id": doc_id, "field": "title", "manifest": manifest["title"], "page": page["title"]})
    if manifest.get("published") and page.get("published") and not same_date(manifest["published"], page["published"]):
        conflicts.append({"doc_id": doc_id, "field": "published", "manifest": manifest["published"], "page": page["published"]})
    return conflicts


def decode_pages(blobs: dict[str, bytes], doc_ids: dict[str, str]) -> dict[str, str]:
    """Return doc_id -> decoded text for the raw bytes of each file (doc_ids maps file -> doc_id)."""
    return {doc_ids[name]: cleaning.decode_bytes(data)[0] for name, data in blobs.items()}


def repeated_by_outlet(outlets: dict[str, str], pages: dict[str, str]) -> dict[str, frozenset[str]]:
    """Return doc_id -> lines shared with other documents of its outlet (empty for unknown or single-document outlets)."""
    by_outlet: dict[str, list[str]] = {}
    for doc_id, outlet in sorted(outlets.items()):
        if outlet:
            by_outlet.setdefault(outlet, []).append(doc_id)
    shared = {outlet: cleaning.repeated_lines([pages[d] for d in ids]) for outlet, ids in by_outlet.items() if len(ids) > 1}
    return {doc_id: shared.get(outlets[doc_id], frozenset()) for doc_id in sorted(pages)}


def _page_item(item: tuple[str, str, frozenset[str]]) -> tuple[str, str, pd.DataFrame]:
    """Return (page text, basis, line table) of one (doc_id, raw page, repeated lines) item."""
    doc_id, raw, repeated = item
    page, basis, decisions = page_decisions(raw, repeated)
    return page, basis, line_table(doc_id, decisions)


def clean_pages(pages: dict[str, str], repeated: dict[str, frozenset[str]], mapper: Mapper = local_map) -> tuple[dict[str, str], dict[str, str], pd.DataFrame]:
    """Return (page text per doc, text basis per doc, one row per line decision of every page); `mapper` runs the pages."""
    texts, bases, tables = {}, {}, []
    order = sorted(pages)
    results = mapper(_page_item, [(doc_id, pages[doc_id], repeated.get(doc_id, frozenset())) for doc_id in order])
    for doc_id, (page, basis, table) in zip(order, results):
        texts[doc_id], bases[doc_id] = page, basis
        tables.append(table)
    lines = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=LINE_COLUMNS)
    return texts, bases, lines


def removed_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """Return the non-blank lines that cleaning removed, with the rule that removed each."""
    return lines[~lines["keep"] & (lines["reason"] != "blank")].reset_index(drop=True)


def page_metadata(pages: dict[str, str], lines: pd.DataFrame, bases: dict[str, str]) -> pd.DataFrame:
    """Return title, byline and published date-time as each page states them (empty when it does not).

    Plain-text pages reuse their line decisions; HTML pages are read by trafilatura from the raw markup.
    """
    rows = []
    for doc_id in sorted(pages):
        if bases[doc_id] == "html_flattened":
            found = cleaning.extract_metadata(pages[doc_id])
        else:
            doc = lines[lines["doc_id"] == doc_id]
            found = cleaning.metadata_from_decisions([LineDecision(*row) for row in doc[LINE_COLUMNS[1:]].itertuples(index=False)])
        rows.append({"doc_id": doc_id, **{k: v or "" for k, v in found.items()}})
    return pd.DataFrame(rows, columns=["doc_id", "title", "byline", "published"])


def article_table(inventory: pd.DataFrame, lines: pd.DataFrame, paragraphs: pd.DataFrame, sentences: pd.DataFrame,
                  metadata: pd.DataFrame, bases: dict[str, str]) -> pd.DataFrame:
    """Return one row per article: ids, manifest and page metadata, body, line counts, language."""
    rows = []
    for doc in inventory.itertuples():
        doc_lines = lines[lines["doc_id"] == doc.doc_id]
        doc_paras = paragraphs[paragraphs["doc_id"] == doc.doc_id]
        page = metadata.set_index("doc_id").loc[doc.doc_id]
        rows.append({
            "doc_id": doc.doc_id, "file": doc.file, "outlet": doc.outlet, "published": doc.published,
            "published_basis": doc.published_basis, "title": page["title"], "byline": page["byline"],
            "page_published": page["published"], "encoding": doc.encoding, "text_basis": bases[doc.doc_id],
            "body": "\n".join(doc_paras["text"]),
            "lines_kept": int(doc_lines["keep"].sum()),
            "lines_removed": int((~doc_lines["keep"] & (doc_lines["reason"] != "blank")).sum()),
            "paragraphs": len(doc_paras), "sentences": int((sentences["doc_id"] == doc.doc_id).sum()),
            "language": majority_language(doc_paras),
        })
    return pd.DataFrame(rows)


SUPPORTED_LANGUAGES = ("en", "fr")


def language_rejections(articles: pd.DataFrame, supported: tuple[str, ...] = SUPPORTED_LANGUAGES) -> pd.DataFrame:
    """Return a quarantine row per article whose text is mostly in a language the lexicons do not cover."""
    other = articles[~articles["language"].isin((*supported, "und")) & (articles["lines_kept"] > 0)]
    return pd.DataFrame({"doc_id": other["doc_id"], "file": other["file"], "stage": "01-clean", "reason": "unsupported_language",
                         "detail": [f"most of the text reads as {lang!r}; the stance and time lexicons cover {', '.join(supported)} only"
                                    for lang in other["language"]]})


def no_content_rejections(articles: pd.DataFrame) -> pd.DataFrame:
    """Return a quarantine row per article in which cleaning kept no line."""
    empty = articles[articles["lines_kept"] == 0]
    return pd.DataFrame({"doc_id": empty["doc_id"], "file": empty["file"], "stage": "01-clean", "reason": "no_content",
                         "detail": "no line of the page was recognised as article text: check the page, or the cleaning rules"})
