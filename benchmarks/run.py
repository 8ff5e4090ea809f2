"""Speed and scale of every per-document stage, end to end, at 1,000, 10,000 and 100,000 synthetic articles.

Run from the repository root (`make bench` does):
    PYTHONPATH=benchmarks:. python benchmarks/run.py                      # 1k, 10k, 100k articles
    PYTHONPATH=benchmarks:. python benchmarks/run.py --sizes 1000 10000   # smaller
    PYTHONPATH=benchmarks:. python benchmarks/run.py --dask-articles 2000 # also time the Dask engine, 2 local workers

Each corpus size runs in its own process (so its peak memory is its own), on one core (BLAS threads
off), streaming the corpus of benchmarks/synthetic.py in batches of BATCH articles: each batch goes
through extract_body -> split_sentences -> extract_time_expressions -> attribute_speakers ->
predict_stance, and is dropped before the next, so memory does not grow with the corpus. Per stage:
seconds, MB/s of its input text, articles/s, sentences/s; end to end: the sum of the stages. The
peers run on the same pages of the smallest size: jusText (on the page as <p> HTML) beside
extract_body, dateparser's search_dates beside extract_time_expressions. Results go to
reports/benchmarks.csv and a log-log figure reports/benchmarks.png (seconds against articles).
Not a test: figures depend on the machine and are printed, never asserted.
"""
from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # one core

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BATCH = 500
SEED = 20260123
STAGES = ("extract_body", "split_sentences", "extract_time_expressions", "attribute_speakers", "predict_stance")
COLUMNS = ["engine", "articles", "stage", "seconds", "mb", "mb_per_s", "articles_per_s", "sentences", "sentences_per_s", "peak_rss_mb"]


def measure(n: int, peers: bool) -> list[dict]:
    """Stream n synthetic articles through every stage; return one row per stage (and peer), plus end to end."""
    from synthetic import batches

    from helpers import stance, text
    from helpers.cleaning import extract_body
    from helpers.speakers import attribute_speakers
    from helpers.timeline import dateparser_peer, extract_time_expressions

    seconds = dict.fromkeys(STAGES, 0.0)
    sizes = dict.fromkeys(STAGES, 0)
    sentence_count = 0
    tokenizer = None
    model = stance.default_model()  # fitted before the clock starts, as in a notebook
    peer_seconds = {"jusText": 0.0, "dateparser search_dates": 0.0}
    peer_sizes = {"jusText": 0, "dateparser search_dates": 0}
    for batch in batches(n, BATCH, SEED):
        pages = [a.page for a in batch]
        if tokenizer is None:  # Punkt is trained once, on the first batch's pages (not timed: a notebook does it once)
            tokenizer = text.train_punkt(pages, set())
        start = time.perf_counter()
        bodies = [extract_body(page) for page in pages]
        seconds["extract_body"] += time.perf_counter() - start
        sizes["extract_body"] += sum(len(p.encode()) for p in pages)
        body_bytes = sum(len(b.encode()) for b in bodies)

        start = time.perf_counter()
        sentences = [[s for _, _, s in text.split_sentences(body, tokenizer)] for body in bodies]
        seconds["split_sentences"] += time.perf_counter() - start
        sizes["split_sentences"] += body_bytes

        start = time.perf_counter()
        for body, item in zip(bodies, batch):
            extract_time_expressions(body, item.published)
        seconds["extract_time_expressions"] += time.perf_counter() - start
        sizes["extract_time_expressions"] += body_bytes

        start = time.perf_counter()
        for body in bodies:
            attribute_speakers(body)
        seconds["attribute_speakers"] += time.perf_counter() - start
        sizes["attribute_speakers"] += body_bytes

        start = time.perf_counter()
        for article_sentences in sentences:
            stance.predict_stance(article_sentences, model=model)
        seconds["predict_stance"] += time.perf_counter() - start
        sizes["predict_stance"] += sum(len(s.encode()) for ss in sentences for s in ss)
        sentence_count += sum(map(len, sentences))

        if peers:
            import justext

            stoplists = {"en": justext.get_stoplist("English"), "fr": justext.get_stoplist("French")}
            html_pages = [(a.language, "".join(f"<p>{line}</p>" for line in a.page.splitlines() if line.strip())) for a in batch]
            start = time.perf_counter()
            for language, page in html_pages:
                justext.justext(page, stoplists[language])
            peer_seconds["jusText"] += time.perf_counter() - start
            peer_sizes["jusText"] += sum(len(a.page.encode()) for a in batch)
            start = time.perf_counter()
            for body, item in zip(bodies, batch):
                dateparser_peer(body, item.published)
            peer_seconds["dateparser search_dates"] += time.perf_counter() - start
            peer_sizes["dateparser search_dates"] += body_bytes
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    rows = [row("pandas", n, stage, seconds[stage], sizes[stage], sentence_count, peak) for stage in STAGES]
    rows.append(row("pandas", n, "end to end", sum(seconds.values()), sizes["extract_body"], sentence_count, peak))
    if peers:
        rows += [row("peer", n, name, peer_seconds[name], peer_sizes[name], 0, peak) for name in peer_seconds]
    return rows


def row(engine: str, n: int, stage: str, seconds: float, size: int, sentences: int, peak_mb: float) -> dict:
    """Return one result row with rates rounded for printing."""
    seconds = max(seconds, 1e-9)
    return {"engine": engine, "articles": n, "stage": stage, "seconds": round(seconds, 3), "mb": round(size / 1e6, 3),
            "mb_per_s": round(size / 1e6 / seconds, 3), "articles_per_s": round(n / seconds, 1),
            "sentences": sentences, "sentences_per_s": round(sentences / seconds, 1) if sentences else 0.0,
            "peak_rss_mb": round(peak_mb, 1)}


def measure_dask(n: int, workers: int) -> list[dict]:
    """Time the workbook's per-document stages on n articles: local map, then dask.bag on `workers` local processes."""
    from distributed import Client, LocalCluster
    from synthetic import articles

    from helpers import engine, stance, text
    from helpers.cleaning import extract_body
    from helpers.timeline import extract_time_expressions

    items = [(a.page, a.published) for a in articles(n, SEED)]
    tokenizer = text.train_punkt([p for p, _ in items[:BATCH]], set())

    def pipeline(item, tokenizer=tokenizer):
        page, published = item
        body = extract_body(page)
        sentences = [s for _, _, s in text.split_sentences(body, tokenizer)]
        extract_time_expressions(body, published)
        return len(stance.predict_stance(sentences, model=stance.CueModel()))

    start = time.perf_counter()
    local = engine.local_map(pipeline, items)
    local_seconds = time.perf_counter() - start
    with Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)) as client:
        engine.dask_client.cache_clear()
        import dask.bag as db
        db.from_sequence(items[:workers], npartitions=workers).map(pipeline).compute(scheduler=client.get)  # warm the workers
        start = time.perf_counter()
        remote = db.from_sequence(items, npartitions=4 * workers).map(pipeline).compute(scheduler=client.get)
        dask_seconds = time.perf_counter() - start
    assert remote == local, "the Dask engine must give the local results"
    size = sum(len(p.encode()) for p, _ in items)
    return [row("pandas", n, "pipeline (1 process)", local_seconds, size, sum(local), 0.0),
            row(f"dask ({workers} workers)", n, "pipeline", dask_seconds, size, sum(remote), 0.0)]


def figure(table, path: Path) -> None:
    """Save the log-log figure of seconds against articles, one line per stage and the end-to-end total."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ours = table[table["engine"] == "pandas"]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for stage, part in ours.groupby("stage", sort=False):
        part = part.sort_values("articles")
        if part["articles"].nunique() > 1:
            ax.plot(part["articles"], part["seconds"], marker="o", label=stage, linewidth=2.5 if stage == "end to end" else 1.2)
    sizes = sorted(ours["articles"].unique())
    if len(sizes) > 1:
        base = ours[(ours["stage"] == "end to end") & (ours["articles"] == sizes[0])]["seconds"].iloc[0]
        ax.plot(sizes, [base * s / sizes[0] for s in sizes], linestyle=":", color="grey", label="linear from the smallest run")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("articles in the corpus")
    ax.set_ylabel("seconds (one core)")
    ax.set_title("Time against corpus size, per stage")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120, metadata={"Software": None})
    plt.close(fig)


def main() -> None:
    """Run every size in its own process, then print the table and write the CSV and the figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--dask-articles", type=int, default=2000, help="articles for the Dask speed-up figure (0 to skip)")
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "reports" / "benchmarks.csv"))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size and print JSON
    parser.add_argument("--peers", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dask-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        rows = measure_dask(args.one, args.dask_workers) if args.dask_only else measure(args.one, args.peers)
        print(json.dumps(rows))
        return

    import pandas as pd

    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'benchmarks'}{os.pathsep}{ROOT}"}
    rows = []
    runs = [(n, ["--peers"] if n == min(args.sizes) else []) for n in sorted(args.sizes)]
    if args.dask_articles:
        runs.append((args.dask_articles, ["--dask-only", "--dask-workers", str(args.dask_workers)]))
    for n, extra in runs:
        print(f"running {n:,} articles {' '.join(extra)}...", flush=True)
        done = subprocess.run([sys.executable, __file__, "--one", str(n), *extra], env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"the run of {n} articles failed:\n{done.stderr[-3000:]}")
        rows += json.loads(done.stdout.strip().splitlines()[-1])
    table = pd.DataFrame(rows, columns=COLUMNS)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False, lineterminator="\n")
    figure(table, out.with_suffix(".png"))
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string(index=False))
    ours = table[(table["engine"] == "pandas") & (table["stage"] == "end to end")].set_index("articles")["seconds"]
    if {10000, 100000} <= set(ours.index):
        print(f"scaling: 100,000 articles took {ours[100000] / ours[10000]:.2f}x the 10,000-article run (target <= 12x)")
    print(f"wrote {out} and {out.with_suffix('.png')}")


if __name__ == "__main__":
    main()
