"""Tables the stance notebook reports: scores with intervals, speaker accuracy, actor-by-position evidence."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd

from helpers import stance
from helpers.annotations import AnnotationError
from helpers.engine import Mapper, local_map

OUTLET_SPEAKER = "[outlet]"


SCORE_COLUMNS = ["pages", "method", "sentences", "F_avg", "F_avg 95% CI", "macro_F1", "macro_F1 95% CI",
                 *[f"{m} {label}" for label in stance.LABELS for m in ("P", "R")]]


def method_scores(predictions: dict[str, pd.DataFrame], n: int, seed: int, pages: str) -> pd.DataFrame:
    """Return per method: F_avg and macro-F1 with bootstrap 95% intervals, and per-class precision and recall."""
    rows = []
    for method, frame in predictions.items():
        gold, pred = frame["label"].tolist(), frame["pred_label"].tolist()
        per_class = stance.per_class_table(gold, pred).set_index("class")
        f_low, f_high = stance.bootstrap_interval(gold, pred, stance.semeval_f_avg, n=n, seed=seed)
        m_low, m_high = stance.bootstrap_interval(gold, pred, stance.macro_f1, n=n, seed=seed)
        row = {"pages": pages, "method": method, "sentences": len(frame),
               "F_avg": stance.semeval_f_avg(gold, pred), "F_avg 95% CI": f"{f_low:.2f}–{f_high:.2f}",
               "macro_F1": stance.macro_f1(gold, pred), "macro_F1 95% CI": f"{m_low:.2f}–{m_high:.2f}"}
        for label in stance.LABELS:
            row[f"P {label}"] = float(per_class.loc[label, "precision"])
            row[f"R {label}"] = float(per_class.loc[label, "recall"])
        rows.append(row)
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def page_predictions(items: pd.DataFrame, model) -> pd.DataFrame:
    """Return `items` with pred_label, pred_position and score: each page (doc_id) read in order by a fitted model."""
    parts = [pd.concat([page.reset_index(drop=True),
                        stance.predict_with(model, page["text"].tolist()).rename(columns={"label": "pred_label", "position": "pred_position"})],
                       axis=1)
             for _, page in items.groupby("doc_id", sort=False)]
    return pd.concat(parts, ignore_index=True) if parts else items.assign(pred_label="", pred_position="", score=0.0)


def collection(subsets: pd.Series) -> pd.Series:
    """Return the collection each sheet belongs to: its name without the language suffix ("stance_test3_en" -> "stance_test3")."""
    return subsets.astype(str).str.replace(r"_(?:en|fr)$", "", regex=True)


def f_avg_by(predictions: dict[str, pd.DataFrame], column: str) -> pd.DataFrame:
    """Return SemEval F_avg per value of `column` (rows, with their sentence count) and per method (columns)."""
    rows = [{column: value, "sentences": len(part), "method": method, "F_avg": stance.semeval_f_avg(part["label"], part["pred_label"])}
            for method, frame in predictions.items() for value, part in frame.groupby(column)]
    if not rows:
        return pd.DataFrame(columns=["sentences"])
    return pd.DataFrame(rows).pivot_table(index=[column, "sentences"], columns="method", values="F_avg")


def with_outlets(speakers: pd.DataFrame, outlets: dict[str, str]) -> pd.DataFrame:
    """Return speakers with the outlet's name (or 'outlet of <doc_id>' when unknown) in place of '[outlet]'."""
    named = speakers["doc_id"].map(lambda d: outlets.get(d) or f"outlet of {d}")
    return speakers.assign(speaker=speakers["speaker"].where(speakers["speaker"] != OUTLET_SPEAKER, named))


def accuracy(gold, pred) -> float:
    """Return the share of predictions equal to the gold value."""
    return float((pd.Series(list(gold)) == pd.Series(list(pred))).mean())


def speaker_accuracy(frame: pd.DataFrame, n: int, seed: int) -> tuple[float, float, float, int]:
    """Return (accuracy, low, high, sentences) of predicted `speaker` against `gold_speaker` on FAVOR/AGAINST gold sentences."""
    taking = frame[frame["label"] != "NONE"]
    if taking.empty:
        return 0.0, 0.0, 0.0, 0
    low, high = stance.bootstrap_interval(taking["gold_speaker"], taking["speaker"], accuracy, n=n, seed=seed)
    return accuracy(taking["gold_speaker"], taking["speaker"]), low, high, len(taking)


def page_speakers(items: pd.DataFrame, page: str = "doc_id") -> pd.Series:
    """Return the predicted speaker of each item, the items of one `page` read in their order as one article."""
    from helpers import speakers

    predicted = pd.Series("", index=items.index, dtype=object)
    for _, group in items.groupby(page, sort=False):
        predicted[group.index] = speakers.resolve_speakers(group["text"].tolist())["speaker"].to_numpy()
    return predicted


def sheet_speakers(items: pd.DataFrame, page: str = "doc_id") -> pd.DataFrame:
    """Return a labelled sheet ready for speaker_scores: doc_id (its page), gold_speaker (the sheet's) and the predicted speaker."""
    return items.assign(doc_id=items[page], gold_speaker=items["speaker"], speaker=page_speakers(items, page))


SPEAKER_SCORE_COLUMNS = ["sheet", "pages", "FAVOR/AGAINST sentences", "speaker accuracy", "95% CI", "all sentences",
                         "accuracy, all sentences", "low", "high"]


def speaker_scores(sheets: dict[str, pd.DataFrame], n: int, seed: int) -> pd.DataFrame:
    """Return per sheet: speaker accuracy on its FAVOR/AGAINST sentences with a bootstrap 95% interval, and on all sentences.

    Each frame needs doc_id (its page), label, gold_speaker and speaker.
    """
    rows = []
    for name, frame in sheets.items():
        value, low, high, count = speaker_accuracy(frame, n, seed)
        rows.append({"sheet": name, "pages": frame["doc_id"].nunique(), "FAVOR/AGAINST sentences": count,
                     "speaker accuracy": value if count else float("nan"), "95% CI": f"{low:.2f}–{high:.2f}" if count else "",
                     "all sentences": len(frame),
                     "accuracy, all sentences": accuracy(frame["gold_speaker"], frame["speaker"]) if len(frame) else float("nan"),
                     "low": low if count else float("nan"), "high": high if count else float("nan")})
    return pd.DataFrame(rows, columns=SPEAKER_SCORE_COLUMNS)


def actor_positions(table: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (speaker, position) among stance-taking sentences, with a count and the first evidence sentence."""
    taking = table[table["label"] != "NONE"].sort_values(["doc_id", "sent_id"])
    grouped = taking.groupby(["speaker", "label", "position"], sort=True)
    return grouped.agg(sentences=("sent_id", "size"), evidence_id=("sent_id", "first"), evidence=("text", "first")).reset_index()


def _document_speakers(item: tuple[list[str], list[str], list[str]]) -> pd.DataFrame:
    """Return the resolved speakers of one article's (texts, paragraph ids, sentence ids)."""
    from helpers import speakers

    texts, para_ids, sent_ids = item
    return speakers.resolve_speakers(texts, para_ids=para_ids).assign(sent_id=sent_ids)


def corpus_speakers(sentences: pd.DataFrame, mapper: Mapper = local_map) -> pd.DataFrame:
    """Return sent_id, speaker, cue and kind for every sentence, resolving speakers article by article, in order; `mapper` runs the articles."""
    items = [(doc["text"].tolist(), doc["para_id"].tolist(), doc["sent_id"].tolist()) for _, doc in sentences.groupby("doc_id", sort=True)]
    frames = mapper(_document_speakers, items)
    columns = ["sent_id", "speaker", "cue", "kind"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def label_sentences(table: pd.DataFrame, held_out: pd.DataFrame, method: str, model=None, mapper: Mapper = local_map) -> pd.DataFrame:
    """Return `table` with label, position, score and method: cross-validated predictions where given, else `model` (default: predict_stance's), article by article."""
    in_gold = table["sent_id"].isin(held_out["sent_id"])
    rest = table[~in_gold]
    groups = [doc for _, doc in rest.groupby("doc_id", sort=False)]
    frames = mapper(partial(stance.predict_stance, model=model), [doc["text"].tolist() for doc in groups])
    others = (pd.concat([frame.set_axis(doc.index) for frame, doc in zip(frames, groups)]).reindex(rest.index)
              if groups else pd.DataFrame(columns=stance.PREDICTION_COLUMNS, index=rest.index))
    pred = held_out.set_index("sent_id")
    out = table.copy()
    out["label"] = out["sent_id"].map(pred["pred_label"]).where(in_gold, others["label"])
    out["position"] = out["sent_id"].map(pred["pred_position"]).where(in_gold, others["position"])
    out["score"] = out["sent_id"].map(pred["score"]).where(in_gold, others["score"]).astype(float).round(4)
    out["method"] = in_gold.map({True: f"{method} (leave-one-article-out)", False: f"{method} (trained on the training pool)"})
    return out


AGREEMENT_COLUMNS = ["sheet", "sentences", "label agreement", "kappa", "F_avg", "F_avg 95% CI", "macro_F1",
                     "position agreement", "position kappa", "FAVOR/AGAINST sentences", "speaker agreement", "speaker 95% CI",
                     "speaker agreement, unnamed as one", "method F_avg", "method speaker accuracy",
                     "method speaker accuracy, unnamed as one"]


def second_annotation(first: pd.DataFrame, second: pd.DataFrame, source: str) -> pd.DataFrame:
    """Return the first annotator's rows (key `id`) with the second's label, position and speaker beside them.

    Raises AnnotationError naming `source` when the two sheets do not hold the same ids: an agreement
    figure over part of a sheet would not say which part.
    """
    missing, extra = sorted(set(first["id"]) - set(second["id"])), sorted(set(second["id"]) - set(first["id"]))
    if missing or extra:
        raise AnnotationError(f"{source}: the second annotation must hold exactly the ids of the sheet it re-labels; "
                              f"missing {missing[:5]} ({len(missing)}), unknown {extra[:5]} ({len(extra)}).")
    theirs = second.set_index("id")[["label", "position", "speaker"]].add_prefix("second_")
    return first.join(theirs, on="id")


def with_second_annotation(pool: pd.DataFrame, second: pd.DataFrame, source: str, pred_labels: pd.Series,
                           pred_speakers: pd.Series) -> pd.DataFrame:
    """Return the pool rows of the sheet that `source` re-labels (its folder's name) with the method's and the second annotator's labels.

    `pred_labels` and `pred_speakers` are the method's label and speaker per sent_id.
    """
    subset = Path(source).parent.name
    first = pool[pool["subset"] == subset]
    if first.empty:
        raise AnnotationError(f"{source}: re-labels the sheet {subset!r} (its folder's name), which is not in this run's training pool.")
    first = first.assign(id=first["sent_id"].str.removeprefix(f"{subset}:"), gold_speaker=first["speaker"],
                         pred_label=pred_labels.reindex(first["sent_id"]).to_numpy(),
                         speaker=pred_speakers.reindex(first["sent_id"]).to_numpy())
    return second_annotation(first, second, source)


def same_holder(gold, pred) -> float:
    """Return the share of speakers that are equal, counting any two unnamed descriptions ("unnamed: ...") as the same."""
    gold, pred = pd.Series(list(gold), dtype=object).fillna(""), pd.Series(list(pred), dtype=object).fillna("")  # no speaker: no match
    unnamed = gold.str.startswith("unnamed:") & pred.str.startswith("unnamed:")
    return float(((gold == pred) | unnamed).mean())


def _kappa(first, second) -> float:
    """Return Cohen's kappa of two annotators' categories (nan when both use a single category)."""
    from sklearn.metrics import cohen_kappa_score

    first, second = list(first), list(second)
    if len(set(first) | set(second)) < 2:
        return float("nan")
    return float(cohen_kappa_score(first, second))


def agreement_scores(pairs: dict[str, pd.DataFrame], n: int, seed: int) -> pd.DataFrame:
    """Return per sheet how far a second annotator agrees with the first, and how far the method does, on the same sentences.

    Each frame needs label, position, gold_speaker (the first annotator's), second_label, second_position,
    second_speaker, pred_label and speaker (the method's). F1 per class is symmetric in the two annotators,
    so F_avg between them needs no choice of reference. Speaker agreement is counted on the first
    annotator's FAVOR/AGAINST sentences, the sentences the method's speaker accuracy is counted on; the
    "unnamed as one" columns also count two different descriptions of unnamed speakers as agreeing, since
    annotators word them differently ("unnamed: Socialist group deputy" / "unnamed: deputy speaking for
    the Socialistes et apparentés group").
    """
    rows = []
    for name, frame in pairs.items():
        f_low, f_high = stance.bootstrap_interval(frame["label"], frame["second_label"], stance.semeval_f_avg, n=n, seed=seed)
        taking = frame[frame["label"] != "NONE"]
        s_low, s_high = stance.bootstrap_interval(taking["gold_speaker"], taking["second_speaker"], accuracy, n=n, seed=seed)
        rows.append({"sheet": name, "sentences": len(frame),
                     "label agreement": accuracy(frame["label"], frame["second_label"]),
                     "kappa": _kappa(frame["label"], frame["second_label"]),
                     "F_avg": stance.semeval_f_avg(frame["label"], frame["second_label"]), "F_avg 95% CI": f"{f_low:.2f}–{f_high:.2f}",
                     "macro_F1": stance.macro_f1(frame["label"], frame["second_label"]),
                     "position agreement": accuracy(frame["position"], frame["second_position"]),
                     "position kappa": _kappa(frame["position"], frame["second_position"]),
                     "FAVOR/AGAINST sentences": len(taking),
                     "speaker agreement": accuracy(taking["gold_speaker"], taking["second_speaker"]) if len(taking) else float("nan"),
                     "speaker 95% CI": f"{s_low:.2f}–{s_high:.2f}" if len(taking) else "",
                     "speaker agreement, unnamed as one": same_holder(taking["gold_speaker"], taking["second_speaker"]) if len(taking) else float("nan"),
                     "method F_avg": stance.semeval_f_avg(frame["label"], frame["pred_label"]),
                     "method speaker accuracy": accuracy(taking["gold_speaker"], taking["speaker"]) if len(taking) else float("nan"),
                     "method speaker accuracy, unnamed as one": same_holder(taking["gold_speaker"], taking["speaker"]) if len(taking) else float("nan")})
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def agreement_intervals(pairs: dict[str, pd.DataFrame], n: int, seed: int) -> pd.DataFrame:
    """Return per sheet two rows, the second annotator and the method against the first: F_avg with its bootstrap 95% interval."""
    rows = []
    for name, frame in pairs.items():
        for who, column in (("second annotator", "second_label"), ("method", "pred_label")):
            low, high = stance.bootstrap_interval(frame["label"], frame[column], stance.semeval_f_avg, n=n, seed=seed)
            rows.append({"row": f"{name}: {who}", "F_avg": stance.semeval_f_avg(frame["label"], frame[column]), "low": low, "high": high})
    return pd.DataFrame(rows, columns=["row", "F_avg", "low", "high"])
