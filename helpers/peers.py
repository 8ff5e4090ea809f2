"""Peer methods that the workbook's own methods are measured against, run on the same input."""
from __future__ import annotations

import html

JUSTEXT_STOPLISTS = {"en": "English", "fr": "French"}


def lines_as_html(lines: list[str]) -> str:
    """Return an HTML page with one <p> per line (how a flattened page is handed to jusText)."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<html><body>\n{body}\n</body></html>"


def justext_keep(lines: list[str], language: str) -> list[bool]:
    """Return, per non-blank line, whether jusText (default settings, language stoplist) keeps it."""
    import justext

    stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS.get(language, "English"))
    paragraphs = justext.justext(lines_as_html(lines).encode("utf-8"), stoplist, encoding="utf-8")
    kept_texts = [" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate]
    keep, cursor = [], 0
    # jusText returns paragraphs in document order; walk them alongside the lines.
    for line in lines:
        flat = " ".join(line.split())
        if cursor < len(kept_texts) and kept_texts[cursor] == flat:
            keep.append(True)
            cursor += 1
        else:
            keep.append(False)
    return keep


def justext_lines(lines, languages: dict[str, str]):
    """Return jusText's keep decision for every non-blank line of a line table, aligned with its index."""
    import pandas as pd

    decided = []
    for doc_id, doc_lines in lines[lines["reason"] != "blank"].groupby("doc_id", sort=True):
        keep = justext_keep(doc_lines["text"].tolist(), languages.get(doc_id, "en"))
        decided.append(pd.Series(keep, index=doc_lines.index))
    return pd.concat(decided).sort_index() if decided else pd.Series(dtype=bool)


def with_justext(lines, languages: dict[str, str]):
    """Return a copy of a line table with a `justext_keep` column (False for blank lines)."""
    out = lines.copy()
    out["justext_keep"] = justext_lines(lines, languages).reindex(lines.index, fill_value=False).astype(bool)
    return out
