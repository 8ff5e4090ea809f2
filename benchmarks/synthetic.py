"""A seeded synthetic corpus of scraped news pages, generated one article at a time (never held whole).

Each page is bench_cleaning's page (English or French boilerplate blocks around 4-12 body paragraphs
with randomised attributions) with dated sentences from bench_timeline's templates (dates in many
forms: "7 March 1966", "March 7, 2009", "Published 4 Jan 2022 17:23", "lundi", "the 1970s", false
friends such as "Article 5") spliced into its body, and a publication date. Article `i` of seed `s`
is always the same page, so corpora of 1,000, 10,000 and 100,000 articles share their first pages.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from bench_cleaning import make_page
from bench_timeline import EN_DATED, FALSE_POSITIVES, FR_DATED, fill

PUBLISHED = ["2022-01-04T17:23", "2022-01-25", "2026-01", "2022-04-14", "2024-03-12", "2019-11-07", ""]


@dataclass(frozen=True)
class Article:
    """One synthetic article: id, language, scraped page and publication date."""

    doc_id: str
    language: str
    page: str
    published: str


def article(seed: int, index: int) -> Article:
    """Return article `index` of the corpus of `seed` (the same page every time)."""
    rng = random.Random(seed * 1_000_003 + index)
    language, page = make_page(rng)
    lines = page.split("\n")
    dated = FR_DATED if language == "fr" else EN_DATED
    for _ in range(rng.randint(1, 4)):  # dated sentences appended to random body-length lines
        at = rng.randrange(len(lines))
        if len(lines[at]) > 120:
            extra = fill(rng.choice(dated), rng) if rng.random() < 0.8 else fill(rng.choice(FALSE_POSITIVES), rng)
            lines[at] = f"{lines[at]} {extra}"
    return Article(f"syn{seed}-{index:06d}", language, "\n".join(lines), rng.choice(PUBLISHED))


def articles(n: int, seed: int = 20260123) -> Iterator[Article]:
    """Yield the first `n` articles of the corpus of `seed`, one at a time."""
    for index in range(n):
        yield article(seed, index)


def batches(n: int, size: int, seed: int = 20260123) -> Iterator[list[Article]]:
    """Yield the first `n` articles in lists of at most `size` (the unit the benchmark streams)."""
    batch: list[Article] = []
    for item in articles(n, seed):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
