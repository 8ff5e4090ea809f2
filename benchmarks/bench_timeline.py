"""Benchmark helpers.timeline.extract_time_expressions on a seeded synthetic English + French news corpus, beside dateparser.

Run: PYTHONPATH=. python benchmarks/bench_timeline.py [--mb 5] [--peer-mb 0.2] [--seed 0]
The corpus is made of articles of 3-8 kB: news-like filler sentences, sentences holding dates in
many forms (years, day-month-year, relative, durations, French and English) and sentences from the
false-positive families (percentages, money, counts, modal "may", URLs). Prints MB/s of
extract_time_expressions (one call per article, DataFrame out, one core, wall time) and of
dateparser's search_dates on a smaller sample, with expressions found per MB. Not a test: the
numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import time

EN_FILLER = """the alliance government minister said that its members would not accept any proposal from the left while the
president argued for a stronger European defence policy and several parliamentarians asked whether the country could
reconcile its commitments with national sovereignty after a long debate in the assembly about the integrated command
structure and the future of transatlantic relations under pressure from Washington Moscow and Beijing""".split()
FR_FILLER = """le gouvernement a rappelé que la France reste membre de l'Alliance atlantique tandis que plusieurs députés de
la gauche réclament une sortie du commandement intégré au nom de la souveraineté nationale face aux États-Unis dans un
contexte de tensions avec la Russie et de débat sur la défense européenne""".split()

EN_DATED = [
    "In {year}, President {name} took France out of the integrated command.",
    "The treaty was signed on {day} {month} {year} in Washington.",
    "On {month} {day}, {year}, the minister tweeted his support.",
    "Published {day} {mon} {year} {hh}:{mm}.",
    "The candidate will run in {month} of next year, he said on {weekday}.",
    "Over the past {n} years the bloc has continued to expand.",
    "In early {year}, the president said the alliance had lost its relevance.",
    "Two years later, in the {decade}s, Greece returned to the fold.",
    "Last month the committee met, and next week it will vote again.",
    "The deal was announced {n} months ago, during the summer of {year}.",
    "Talks resumed yesterday and will continue tomorrow, officials said this week.",
    "Growth slowed in Q{q} {year} and in the first half of {year2}.",
    "Now the question is raised every day in the 20th century's shadow.",
    "From {year} to {year2}, the country stayed outside the command.",
]
FR_DATED = [
    "Le {day} {mois} {year}, le général de Gaulle annonce le retrait.",
    "En {year}, Nicolas Sarkozy réintègre le commandement intégré.",
    "De {year} à {year2}, la France est restée en dehors.",
    "Il y a deux ans, la question ne se posait pas ; l'an prochain, elle sera centrale.",
    "La semaine dernière, les députés ont débattu pendant {n} heures.",
    "Mercredi dernier, la ministre a répondu ; le comité se réunira lundi.",
    "Début {year}, puis fin {year2}, le président a changé de ton.",
    "Dans les années {decade}, la France a quitté le commandement.",
    "Actuellement, la France hésite ; aujourd'hui, l'Europe doute.",
    "Au troisième trimestre {year}, la croissance a ralenti.",
]
FALSE_POSITIVES = [
    "Le Pen is polling at {n} percent, Macron at {n}.{n2}% and turnout at {n} %.",
    "Australia cancelled a €{n} billion contract for {n} French submarines.",
    "She may leave; they march on the capital; the rover landed on Mars.",
    "The assembly voted {n} to {n2}, and {big} troops joined {n} countries.",
    "Read https://www.example.com/news/{year}/01/04/{big}-nato/ or call +33 1 45 67 89 00.",
    "Plus de {big} soldats et {n} chars, soit {n},{n2} % du budget, l'article 5 et le S-400.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NAMES = ["Charles de Gaulle", "Nicolas Sarkozy", "Emmanuel Macron"]


def fill(template: str, rng: random.Random) -> str:
    """Return a template with random dates, numbers and names."""
    month = rng.randrange(12)
    return template.format(
        year=rng.randint(1945, 2026), year2=rng.randint(1945, 2026), day=rng.randint(1, 28), month=MONTHS[month],
        mon=MONTHS[month][:3], mois=MOIS[month], hh=f"{rng.randint(0, 23):02d}", mm=f"{rng.randint(0, 59):02d}",
        weekday=rng.choice(WEEKDAYS), n=rng.randint(2, 99), n2=rng.randint(2, 99), big=rng.randint(1000, 9999),
        q=rng.randint(1, 4), decade=rng.choice([1950, 1960, 1970, 1980, 1990]), name=rng.choice(NAMES))


def filler(words: list[str], rng: random.Random) -> str:
    """Return one news-like sentence without dates."""
    return " ".join(rng.choices(words, k=rng.randint(10, 30))).capitalize() + "."


def synthetic_articles(megabytes: float, seed: int) -> list[tuple[str, str]]:
    """Return (body, published) articles totalling about `megabytes` MB: 70% English, 30% French, one dated sentence in four."""
    rng = random.Random(seed)
    target, size, articles = megabytes * 1_000_000, 0, []
    while size < target:
        french = rng.random() < 0.3
        words, dated = (FR_FILLER, FR_DATED) if french else (EN_FILLER, EN_DATED)
        sentences, length = [], rng.randint(3000, 8000)
        while sum(len(s) + 1 for s in sentences) < length:
            roll = rng.random()
            sentences.append(fill(rng.choice(dated), rng) if roll < 0.25 else fill(rng.choice(FALSE_POSITIVES), rng) if roll < 0.32
                             else filler(words, rng))
        body = "\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))
        published = rng.choice(["2022-01-04T17:23", "2022-01-25", "2026-01", "2022-04-14", f"202{rng.randint(0, 5)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
        articles.append((body, published))
        size += len(body.encode("utf-8"))
    return articles


def megabytes(articles: list[tuple[str, str]]) -> float:
    """Return the UTF-8 size of the articles' bodies in MB."""
    return sum(len(body.encode("utf-8")) for body, _ in articles) / 1e6


def timed(function, articles: list[tuple[str, str]]) -> tuple[float, int]:
    """Return (seconds, rows found) of calling function(body, published) on every article."""
    start = time.perf_counter()
    rows = sum(len(function(body, published)) for body, published in articles)
    return time.perf_counter() - start, rows


def main() -> None:
    """Build the corpus and print MB/s of the tagger and of dateparser's search_dates."""
    from helpers.timeline import dateparser_peer, extract_time_expressions, time_expressions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--peer-mb", type=float, default=0.2, help="size of the sample given to dateparser")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus")
    args = parser.parse_args()

    articles = synthetic_articles(args.mb, args.seed)
    size = megabytes(articles)
    print(f"corpus: {size:.2f} MB, {len(articles):,} articles, seed {args.seed}")
    for body, published in articles[:20]:  # warm up: build the grammar and its per-character finders
        extract_time_expressions(body, published)
    seconds, rows = timed(extract_time_expressions, articles)
    print(f"extract_time_expressions: {size / seconds:.2f} MB/s ({seconds:.2f} s, {rows / size:,.0f} expressions per MB)")
    seconds, rows = timed(time_expressions, articles)
    print(f"  of which the tagger alone (time_expressions, no DataFrame): {size / seconds:.2f} MB/s")

    sample, sample_size = [], 0.0
    for article in articles:
        if sample_size >= args.peer_mb:
            break
        sample.append(article)
        sample_size += megabytes([article])
    dateparser_peer("warm up on 4 January 2022", "2022-01-05")
    seconds, rows = timed(dateparser_peer, sample)
    print(f"dateparser search_dates (peer): {sample_size / seconds:.2f} MB/s on {sample_size:.2f} MB "
          f"({seconds:.2f} s, {rows / sample_size:,.0f} hits per MB)")


if __name__ == "__main__":
    main()
