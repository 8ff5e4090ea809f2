"""Benchmark helpers.stance.predict_stance on seeded synthetic sentences (English and French).

Run: PYTHONPATH=. python benchmarks/bench_stance.py [--sentences 50000] [--seed 0] [--methods cues tfidf tfidf+cues]
Prints sentences/s (wall clock and CPU, one thread) for predict_stance with its default model (fitted on
data/annotations/stance/labels.csv if it exists, else the cue model), then for each method in
--methods fitted on a small seeded synthetic labelled set. Target: at least 10,000 sentences/s.
Not a test: numbers depend on the machine (and on a shared virtual machine, on its neighbours).
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # one core: no BLAS threads

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402

from helpers import stance  # noqa: E402

SUBJECTS_EN = ["France", "Paris", "The government", "Mélenchon", "Marine Le Pen", "The deputy", "She", "He", "We",
               "Greece", "The minister", "Critics", "The resolution", "Macron", "Guetté", "The party"]
VERBS_EN = ["should leave", "must exit", "will not leave", "wants to remain in", "called for a withdrawal from",
            "rejoined", "opposed the return to", "backed the return to", "criticised", "is debating",
            "would pull France out of", "left", "has no plan to leave", "welcomed"]
OBJECTS_EN = ["NATO", "the alliance", "NATO's integrated military command", "the North Atlantic Treaty",
              "the European Union", "the bloc", "the summit", "the military structure", "the budget talks"]
TAILS_EN = ["", " in 1966", " in 2009", ", the minister said", ", according to a source close to the party",
            ", calling it brain dead", " because it is reckless", " for strategic autonomy", " now", ", but not now",
            " as soon as the war is over", " this week", ", she told reporters"]
SUBJECTS_FR = ["La France", "Le gouvernement", "Mélenchon", "La députée", "Elle", "Il", "Nous", "La Grèce",
               "Le ministre", "Les insoumis", "Le président de la République"]
VERBS_FR = ["doit sortir de", "veut quitter", "ne doit pas quitter", "doit rester dans", "a réintégré",
            "réclame le retrait de", "critique", "s'oppose au retour dans", "a quitté", "défend"]
OBJECTS_FR = ["l'OTAN", "l'Alliance atlantique", "le commandement intégré de l'OTAN", "l'Union européenne",
              "le traité de l'Atlantique nord", "le sommet de Bruxelles"]
TAILS_FR = ["", " en 1966", " en 2009", ", a-t-il déclaré", ", selon elle", ", au nom de l'autonomie stratégique",
            " dans l'immédiat", ", estime le député", " : ce serait une folie", " cette semaine"]
FILLER = ("the of and to in a that is for on with as by at from this which it was be are an has have not "
          "le la les de des du et est un une que qui dans pour pas sur au aux il elle nous ce").split()


def sentence(rng: random.Random) -> str:
    """Return one synthetic sentence: a stance-bearing clause (EN 75%, FR 25%) with random filler words."""
    if rng.random() < 0.75:
        parts = rng.choice(SUBJECTS_EN), rng.choice(VERBS_EN), rng.choice(OBJECTS_EN), rng.choice(TAILS_EN)
    else:
        parts = rng.choice(SUBJECTS_FR), rng.choice(VERBS_FR), rng.choice(OBJECTS_FR), rng.choice(TAILS_FR)
    filler = " ".join(rng.choices(FILLER, k=rng.randint(0, 14)))
    text = f"{parts[0]} {parts[1]} {parts[2]}{parts[3]} {filler}".strip() + rng.choice([".", ".", ".", "?", "!"])
    return f"“{text}”" if rng.random() < 0.1 else text


def synthetic(n: int, seed: int) -> list[str]:
    """Return `n` seeded synthetic sentences."""
    rng = random.Random(seed)
    return [sentence(rng) for _ in range(n)]


def timed(function, sentences: list[str]) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds) of function(sentences)."""
    wall, cpu = time.perf_counter(), time.process_time()
    function(sentences)
    return time.perf_counter() - wall, time.process_time() - cpu


def report(name: str, count: int, wall: float, cpu: float) -> None:
    """Print one benchmark line."""
    print(f"{name:<34} {count / wall:>10,.0f} sentences/s wall   {count / cpu:>10,.0f} sentences/s CPU   "
          f"({count:,} in {wall:.2f} s)")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--methods", nargs="*", default=["cues", "tfidf", "tfidf+cues"])
    args = parser.parse_args()
    sentences = synthetic(args.sentences, args.seed)
    model = stance.default_model()
    kind = type(model).__name__ + ("" if isinstance(model, stance.CueModel) else f" ({stance.DEFAULT_METHOD}, gold)")
    stance.predict_stance(sentences[:200])  # warm-up: lexicon, caches, fitting on the gold file
    report(f"predict_stance default [{kind}]", len(sentences), *timed(stance.predict_stance, sentences))
    train = synthetic(600, args.seed + 1)
    verdicts = stance.cue_verdicts(train)
    labels, positions = [v.label for v in verdicts], [v.position for v in verdicts]
    for method in args.methods:
        fitted = stance.fit_method(method, train, labels, positions)
        stance.predict_stance(sentences[:200], model=fitted)
        report(f"predict_stance [{method}]", len(sentences),
               *timed(lambda s, m=fitted: stance.predict_stance(s, model=m), sentences))


if __name__ == "__main__":
    main()
