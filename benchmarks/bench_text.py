"""Benchmark helpers.text on a seeded synthetic corpus, and compare language detectors on the labelled sets.

Run: PYTHONPATH=. python benchmarks/bench_text.py [--mb 3] [--seed 0]
Prints sentences/s for split_sentences, paragraphs/s for detect_language (one core, wall time),
then the accuracy of each detector on data/annotations/language/*.tsv (langdetect is skipped if
it is not installed). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
from pathlib import Path

from helpers import paths
from helpers.text import (
    detect_language,
    load_abbreviations,
    paragraphs,
    split_sentences,
    train_punkt,
)

LANGUAGE_DIR = paths.ANNOTATIONS / "language"

FRENCH_WORDS = """la France a quitté le commandement intégré de l'OTAN en et les députés ont voté une
résolution pour sortir de l'Alliance selon le gouvernement qui refuse cette proposition mais la
gauche insiste sur la souveraineté nationale face aux États-Unis dans un contexte de guerre""".split()
ENGLISH_EXTRAS = ["Mr.", "Dr.", "U.S.", "Gen.", "Jan.", "e.g.", "etc."]
FRENCH_EXTRAS = ["M.", "Mme", "av. J.-C.", "janv.", "p.", "n°"]


def synthetic_corpus(english_words: list[str], megabytes: float, seed: int) -> str:
    """Return about `megabytes` MB of seeded paragraphs (80% English-like, 20% French-like) with abbreviations."""
    rng = random.Random(seed)
    target, size, lines = megabytes * 1_000_000, 0, []
    while size < target:
        french = rng.random() < 0.2
        words, extras = (FRENCH_WORDS, FRENCH_EXTRAS) if french else (english_words, ENGLISH_EXTRAS)
        sentences = []
        for _ in range(rng.randint(1, 6)):
            chosen = rng.choices(words, k=rng.randint(6, 30))
            if rng.random() < 0.3:
                chosen.insert(rng.randrange(len(chosen)), rng.choice(extras))
            end = rng.choices([".", "?", "!", ".”", " »."], weights=[80, 5, 5, 5, 5])[0]
            sentences.append(" ".join(chosen).capitalize() + end)
        line = " ".join(sentences)
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(lines)


def rate(count: int, seconds: float) -> str:
    """Return `count` per second as text."""
    return f"{count / seconds:,.0f}/s ({count:,} in {seconds:.2f} s)"


def read_labelled(path: Path) -> list[tuple[str, str]]:
    """Return the (lang, text) rows of a labelled language file."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    return [(lang, text) for lang, _, text in rows[1:]]


def detectors() -> dict[str, callable]:
    """Return the detectors to compare, by name (langdetect ones only if it is installed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    en_fr = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    en_fr.set_languages(["en", "fr"])
    found = {
        "py3langid 0.4.0, all languages": lambda t: full.classify(t)[0],
        "py3langid 0.4.0, restricted to en/fr": lambda t: en_fr.classify(t)[0],
    }
    try:
        from langdetect import DetectorFactory, detect_langs
    except ImportError:
        print("langdetect not installed: skipped")
        return found | {"helpers.text.detect_language (chosen)": detect_language}
    DetectorFactory.seed = 0

    def langdetect_best(text: str, allowed: tuple[str, ...] | None) -> str:
        try:
            ranked = [c.lang for c in detect_langs(text)]
        except Exception:  # noqa: BLE001  langdetect raises LangDetectException on text without features
            return "und"
        ranked = [lang for lang in ranked if allowed is None or lang in allowed]
        return ranked[0] if ranked else "und"

    found["langdetect 1.0.9 seed 0, all languages"] = lambda t: langdetect_best(t, None)
    found["langdetect 1.0.9 seed 0, best of en/fr"] = lambda t: langdetect_best(t, ("en", "fr"))
    return found | {"helpers.text.detect_language (chosen)": detect_language}


def compare_detectors() -> None:
    """Print the accuracy of every detector on each labelled set ("und" counts as wrong)."""
    sets = {path.name: read_labelled(path) for path in sorted(LANGUAGE_DIR.glob("*.tsv"))}
    for name, detect in detectors().items():
        scores = []
        for set_name, rows in sets.items():
            correct = sum(detect(text) == lang for lang, text in rows)
            scores.append(f"{set_name} {correct}/{len(rows)} = {correct / len(rows):.3f}")
        print(f"  {name:42s} " + "   ".join(scores))


def main() -> None:
    """Build the corpus, time the helpers, compare detectors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus")
    args = parser.parse_args()

    seeds = [p.read_text(encoding="utf-8") for p in sorted(paths.RAW.glob("*.txt"))]
    english_words = re.findall(r"[^\W\d_][\w’'-]*", " ".join(seeds))
    corpus = synthetic_corpus(english_words, args.mb, args.seed)
    paras = paragraphs(corpus)
    print(f"corpus: {len(corpus.encode('utf-8')) / 1e6:.2f} MB, {len(paras):,} paragraphs, seed {args.seed}")

    abbreviations = load_abbreviations(paths.REFERENCE / "abbreviations_en.txt") | load_abbreviations(
        paths.REFERENCE / "abbreviations_fr.txt"
    )
    start = time.perf_counter()
    tokenizer = train_punkt(seeds + [corpus[:500_000]], abbreviations)
    print(f"train_punkt on the seeds + 0.5 MB: {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    sentences = split_sentences(corpus, tokenizer)
    print(f"split_sentences: {rate(len(sentences), time.perf_counter() - start)} sentences")

    detect_language("warm up: load the model")
    start = time.perf_counter()
    languages = [detect_language(p) for _, _, p in paras]
    print(f"detect_language: {rate(len(languages), time.perf_counter() - start)} paragraphs "
          f"({languages.count('en'):,} en, {languages.count('fr'):,} fr, {languages.count('und'):,} und)")

    print("detector accuracy on the labelled sets:")
    compare_detectors()


if __name__ == "__main__":
    main()
