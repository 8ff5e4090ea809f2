"""The benchmark runner works end to end on a tiny corpus (its figures are printed, never asserted)."""
import os
import subprocess
import sys

import pandas as pd

from helpers import paths


def test_runner_writes_the_table_and_the_figure_for_every_stage_and_peer(tmp_path):
    out = tmp_path / "benchmarks.csv"
    env = {**os.environ, "PYTHONPATH": f"{paths.ROOT / 'benchmarks'}{os.pathsep}{paths.ROOT}"}
    done = subprocess.run([sys.executable, str(paths.ROOT / "benchmarks" / "run.py"), "--sizes", "20", "40", "--dask-articles", "0", "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    table = pd.read_csv(out)
    assert set(table["articles"]) == {20, 40}
    assert {"extract_body", "split_sentences", "extract_time_expressions", "attribute_speakers", "predict_stance", "end to end"} <= set(table["stage"])
    assert set(table.loc[table["engine"] == "peer", "stage"]) == {"jusText", "dateparser search_dates"}
    assert (table["peak_rss_mb"] > 0).all() and out.with_suffix(".png").stat().st_size > 1000


def test_synthetic_articles_are_the_same_for_every_corpus_size():
    sys.path.insert(0, str(paths.ROOT / "benchmarks"))
    import synthetic

    first = [a.page for a in synthetic.articles(5, seed=3)]
    assert first == [a.page for a in synthetic.articles(8, seed=3)][:5] and len(set(first)) == 5
    assert [len(b) for b in synthetic.batches(7, 3, seed=3)] == [3, 3, 1]
