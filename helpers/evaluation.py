"""Scores against gold labels: binary precision, recall and F1, with the counts behind them."""
from __future__ import annotations

from collections.abc import Sequence


def binary_scores(predicted: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    """Return tp, fp, fn, tn, precision, recall and f1 of `predicted` against `gold` (True = positive)."""
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predictions for {len(gold)} gold labels")
    tp = sum(1 for p, g in zip(predicted, gold) if p and g)
    fp = sum(1 for p, g in zip(predicted, gold) if p and not g)
    fn = sum(1 for p, g in zip(predicted, gold) if not p and g)
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall, "f1": f1}


def line_comparison(lines, gold):
    """Return the non-blank lines that have a gold label, with gold and predicted keep side by side.

    `lines` has doc_id, line_no, text, keep, reason; `gold` has doc_id, line_no, text, label, category.
    Raises ValueError when a gold line's text differs from the line it is joined to (the gold is stale).
    """
    merged = lines[lines["reason"] != "blank"].merge(
        gold[["doc_id", "line_no", "text", "label", "category"]], on=["doc_id", "line_no"], suffixes=("", "_gold"))
    stale = merged[merged["text"] != merged["text_gold"]]
    if len(stale):
        first = stale.iloc[0]
        raise ValueError(f"gold line {first.doc_id}:{first.line_no} reads {first.text_gold!r} but the page has {first.text!r}")
    merged["gold_content"] = merged["label"] == "content"
    return merged.drop(columns=["text_gold", "label"])


def score_table(comparison, methods: dict[str, str], label: str):
    """Return one row per method (column of predicted keeps) with its precision, recall and F1 on `comparison`."""
    import pandas as pd

    rows = []
    for method, column in methods.items():
        scores = binary_scores(comparison[column].tolist(), comparison["gold_content"].tolist())
        rows.append({"pages": label, "method": method, "lines": len(comparison), **scores})
    return pd.DataFrame(rows)


def load_line_labels(path):
    """Return the checked gold line labels of a CSV; a malformed sheet raises AnnotationError naming row and column."""
    from helpers.annotations import CLEANING_LINES, read_sheet

    return read_sheet(path, CLEANING_LINES)


def load_pages(folder) -> dict[str, str]:
    """Return file stem -> decoded text for every .txt page in `folder` (sorted)."""
    from pathlib import Path

    from helpers.encoding import decode_bytes

    return {p.stem: decode_bytes(p.read_bytes())[0] for p in sorted(Path(folder).glob("*.txt"))}


def error_list(comparison):
    """Return the lines where the cleaning disagrees with the gold: kept boilerplate and removed content."""
    errors = comparison[comparison["keep"] != comparison["gold_content"]].copy()
    errors["error"] = errors["gold_content"].map({True: "removed content", False: "kept boilerplate"})
    return errors[["doc_id", "line_no", "error", "reason", "category", "text"]].reset_index(drop=True)


def load_language_labels(path):
    """Return a labelled language file (tab-separated lang, kind, text; '#' lines are comments)."""
    import pandas as pd

    return pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False, quoting=3)


def language_accuracy(labelled, detect) -> "pd.DataFrame":
    """Return accuracy of `detect` per kind of line and overall ('und' counts as wrong)."""
    import pandas as pd

    scored = labelled.assign(predicted=labelled["text"].map(detect))
    scored["correct"] = scored["predicted"] == scored["lang"]
    per_kind = scored.groupby("kind")["correct"].agg(lines="size", accuracy="mean")
    overall = pd.DataFrame({"lines": [len(scored)], "accuracy": [scored["correct"].mean()]}, index=["all"])
    return pd.concat([per_kind, overall])
