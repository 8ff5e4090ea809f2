#!/usr/bin/env python3
"""Regenerate data/annotations/cleaning/lines.csv (line-level gold: content vs boilerplate).

The labels below were decided by hand, line by line, following GUIDELINE.md in this folder.
This script only computes offsets/text and joins them with the hand-made DECISIONS table; it
contains no heuristics. It checks that every non-blank line of every data/raw/*.txt file gets
exactly one decision and that text_of_file[start:end] == text for every row.

Usage (from the repository root or anywhere):
    python3 data/annotations/cleaning/make_lines.py
"""
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RAW = ROOT / "data" / "raw"
OUT = HERE / "lines.csv"

CONTENT = {"title", "lead", "body", "subheading", "list_item", "tweet", "tweet_signature", "quote"}
BOILERPLATE = {
    "site_name", "language_switcher", "menu", "ticker", "ticker_header", "byline", "source_line",
    "dateline", "share_count", "read_time", "caption", "tags", "related", "most_read", "read_next",
    "teaser", "coverage", "source_link", "site_description", "copyright", "footer", "comment_form",
    "app_link", "other",
}
C, B = "content", "boilerplate"

# ---------------------------------------------------------------------------------------------
# DECISIONS: doc_id -> list of (first_line, last_line, label, category, note)
# Ranges are inclusive, 1-based line numbers (str.splitlines()); blank lines inside a range are
# skipped (they get no row). Every non-blank line must be covered exactly once.
# ---------------------------------------------------------------------------------------------
DECISIONS = {
    "000_79546bcfdc28b08e": [
        (1, 1, B, "site_name", ""),
        (3, 4, B, "language_switcher", ""),                # • Ar / • Es
        (5, 5, B, "other", "lone 'x' icon label (X/Twitter link or close button) inside the language switcher"),
        (6, 6, B, "site_name", ""),
        (8, 8, B, "site_name", "'Slogan' = logo slogan placeholder"),
        (10, 32, B, "menu", ""),                            # main nav, first copy (incl. • • LIVE)
        (33, 54, B, "menu", ""),                            # main nav, second copy
        (55, 62, B, "menu", ""),                            # region menu
        (63, 63, B, "ticker_header", ""),                   # BREAKING
        (64, 73, B, "ticker", ""),                          # ten unrelated breaking headlines
        (75, 75, C, "title", ""),
        (77, 77, B, "byline", ""),
        (78, 78, B, "source_line", ""),
        (79, 79, B, "dateline", ""),
        (80, 80, B, "share_count", ""),
        (81, 81, B, "read_time", ""),
        (83, 83, C, "lead", "standfirst placed after the meta block and before the photo"),
        (85, 85, B, "other", "lone 'x' icon label on the photo (close/zoom button)"),
        (86, 87, B, "caption", "photo caption + credit, printed twice"),
        (89, 91, C, "body", ""),
        (93, 93, C, "tweet", "embedded French tweet"),
        (95, 95, C, "tweet_signature", "signature line of embedded tweet: content, not a dateline"),
        (97, 99, C, "body", ""),                            # translations of the tweets + quote
        (101, 101, B, "related", ""),                       # Related News header
        (103, 105, B, "related", ""),                       # two related teaser headlines
        (107, 107, C, "tweet", "embedded tweet placed after the Related News block: still content"),
        (109, 109, C, "tweet_signature", "signature of the tweet after the Related News block"),
        (111, 113, C, "body", ""),
        (115, 115, C, "subheading", "background section heading, followed by article paragraphs; not a tag/coverage label"),
        (117, 123, C, "body", ""),                          # background section paragraphs
        (125, 128, B, "tags", "bulleted tag list, not article list items"),
        (130, 130, B, "most_read", ""),                     # Most Read header
        (132, 132, B, "most_read", "photo caption of a Most Read teaser"),
        (134, 137, B, "most_read", ""),
        (138, 138, B, "most_read", "photo caption of a Most Read teaser"),
        (140, 143, B, "most_read", ""),
        (144, 144, B, "most_read", "image alt text of a Most Read teaser"),
        (146, 155, B, "most_read", ""),
        (157, 160, B, "coverage", ""),                      # Coverage / All / War on Gaza
        (162, 183, B, "read_next", ""),                     # Read Next block (captions, sections, headlines)
        (185, 185, B, "site_name", ""),
        (187, 187, B, "site_description", ""),
        (189, 189, B, "copyright", ""),
        (191, 191, B, "other", "lone 'x' icon label in the footer (X/Twitter link)"),
        (192, 195, B, "footer", ""),
        (196, 197, B, "app_link", ""),
    ],
    "001_b3409f7241595d9b": [
        # Body-only scrape: no headline, no chrome. Every line is a body paragraph.
        (1, 11, C, "body", ""),
        (13, 15, C, "body", ""),                            # one quotation split over two lines
        (17, 25, C, "body", ""),
        (27, 27, C, "body", "garbled sentence, still article body"),
        (29, 33, C, "body", ""),
    ],
    "002_334033577cb38a27": [
        (1, 1, B, "byline", "jocular byline 'By our man in Paris' is still a byline"),
        (2, 2, C, "body", "first paragraph with inline dateline 'PARIS —': content"),
        (3, 8, C, "body", ""),                              # l.7-8: paragraphs of quoted speech
        (9, 9, C, "body", ""),                              # "The resolution calls for:"
        (10, 12, C, "list_item", ""),
        (13, 15, C, "body", ""),
        (16, 16, C, "body", "section-intro sentence, kept as body (full sentence, not a heading)"),
        (17, 19, C, "list_item", ""),
        (20, 21, C, "body", ""),
    ],
    "003_24586078c6a9ba8c": [
        (1, 1, C, "title", ""),
        (3, 19, C, "body", ""),
        (21, 21, B, "teaser", "READ MORE teaser in the middle of the body"),
        (23, 29, C, "body", ""),
        (31, 31, B, "source_link", ""),
        (33, 33, B, "site_name", ""),
        (35, 35, B, "site_description", "starts with 'By' but is the aggregator's self-description, not a byline"),
        (37, 39, B, "comment_form", ""),
    ],
    "004_19fe15ecac29960e": [
        # Body-only scrape: no headline, no chrome.
        (1, 2, C, "body", ""),
        (4, 4, C, "body", ""),
        (5, 5, C, "body", "inline quotation of a post on X, not an embedded tweet"),
        (6, 9, C, "body", ""),
    ],
}


def line_spans(text):
    """Yield (line_no, start, end, trimmed) for every line of text.splitlines()."""
    pos = 0
    for no, raw in enumerate(text.splitlines(keepends=True), 1):
        body = raw.splitlines()[0] if raw.splitlines() else ""
        lead = len(body) - len(body.lstrip())
        trimmed = body.strip()
        start = pos + lead
        yield no, start, start + len(trimmed), trimmed
        pos += len(raw)
    assert pos == len(text)


def build(files, decisions, out):
    """Check the hand-made decisions against the files, write the labels CSV to `out`, print counts (also used by ../cleaning_heldout/)."""
    doc_ids = [f.stem for f in files]
    if sorted(decisions) != doc_ids:
        sys.exit(f"DECISIONS docs {sorted(decisions)} != files {doc_ids}")
    rows, errors = [], []
    for f in files:
        doc = f.stem
        text = f.read_bytes().decode("utf-8")
        assert text.splitlines() == [l.splitlines()[0] if l.splitlines() else "" for l in text.splitlines(True)]
        spans = {no: (s, e, t) for no, s, e, t in line_spans(text)}
        assigned = {}
        for first, last, label, cat, note in decisions[doc]:
            if (label == C) != (cat in CONTENT) or cat not in CONTENT | BOILERPLATE:
                errors.append(f"{doc} {first}-{last}: label {label} / category {cat} mismatch")
            for no in range(first, last + 1):
                if no not in spans:
                    errors.append(f"{doc} line {no} out of range")
                    continue
                if spans[no][2] == "":
                    continue  # blank line inside a range: not annotated
                if no in assigned:
                    errors.append(f"{doc} line {no} assigned twice")
                assigned[no] = (label, cat, note)
        for no, (s, e, t) in spans.items():
            if t and no not in assigned:
                errors.append(f"{doc} line {no} not annotated: {t[:60]!r}")
        for no in sorted(assigned):
            s, e, t = spans[no]
            if text[s:e] != t:
                errors.append(f"{doc} line {no}: offsets do not reproduce text")
            label, cat, note = assigned[no]
            rows.append([doc, no, s, e, t, label, cat, note])
    if errors:
        sys.exit("\n".join(errors))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["doc_id", "line_no", "start", "end", "text", "label", "category", "note"])
        w.writerows(rows)
    # Counts
    counts = Counter((r[0], r[5]) for r in rows)
    print("| doc_id | content | boilerplate | total |")
    print("|---|---:|---:|---:|")
    for doc in doc_ids:
        c, b = counts[(doc, C)], counts[(doc, B)]
        print(f"| {doc} | {c} | {b} | {c + b} |")
    tc, tb = sum(counts[(d, C)] for d in doc_ids), sum(counts[(d, B)] for d in doc_ids)
    print(f"| **all** | {tc} | {tb} | {tc + tb} |")
    print(f"wrote {len(rows)} rows to {out.relative_to(ROOT)}", file=sys.stderr)


def main():
    build(sorted(RAW.glob("*.txt")), DECISIONS, OUT)


if __name__ == "__main__":
    main()
