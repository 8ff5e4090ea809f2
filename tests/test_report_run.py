"""`make report` on the fixture corpus with non-default parameters: run folder, HTML, index, counts.

This runs every numbered notebook through papermill, so it is the slowest test of the suite.
"""
import hashlib
import shutil
import subprocess

import pandas as pd
import pytest

from helpers import corpus, paths


def tree_hashes(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    reports = tmp_path_factory.mktemp("reports")
    raw_before = tree_hashes(paths.RAW)
    result = subprocess.run(
        ["make", "--no-print-directory", "report", "PARAMS=tests/fixtures/params.yaml", "RUN=fixture", f"REPORTS_DIR={reports}"],
        cwd=paths.ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert tree_hashes(paths.RAW) == raw_before, "a run must never write data/raw"
    return reports, reports / "runs" / "fixture"


def test_run_folder_holds_every_executed_notebook_and_both_html_versions(fixture_run):
    _, run_dir = fixture_run
    for notebook in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        assert (run_dir / notebook.name).is_file()
        assert (run_dir / "html" / f"{notebook.stem}.html").stat().st_size > 1000
        assert (run_dir / "html" / f"{notebook.stem}-code.html").stat().st_size > 1000


def test_reader_html_has_no_code_and_reviewer_html_has_it(fixture_run):
    _, run_dir = fixture_run
    reader = (run_dir / "html" / "00-inventory-corpus.html").read_text()
    reviewer = (run_dir / "html" / "00-inventory-corpus-code.html").read_text()
    assert "load_manifest" not in reader and "load_manifest" in reviewer
    assert "Inventory of the corpus" in reader


def test_index_lists_notebooks_parameters_checksum_versions_and_commit(fixture_run):
    reports, run_dir = fixture_run
    index = (reports / "index.html").read_text()
    manifest = corpus.load_manifest(paths.TESTS / "fixtures" / "corpus")
    assert "runs/fixture/html/00-inventory-corpus.html" in index
    assert "Which documents are in the corpus" in index
    assert corpus.corpus_checksum(manifest["sha256"]) in index
    assert "<code>SEED</code></td><td><code>7</code>" in index
    assert "pandas" in index and "git commit" in index
    assert (run_dir / "index.html").is_file()


def test_fixture_run_reconciles_documents_and_writes_outside_data(fixture_run):
    _, run_dir = fixture_run
    documents = pd.read_parquet(run_dir / "data" / "interim" / "00-inventory.parquet")
    rejected = pd.read_csv(run_dir / "data" / "processed" / "rejected" / "00-inventory.csv")
    assert documents["doc_id"].tolist() == ["f01_en", "f02_fr", "f03_page"]
    assert sorted(zip(rejected["file"], rejected["reason"])) == [
        ("f04_blank.txt", "empty"), ("f05_report.txt", "undecodable"), ("orphan.txt", "no_manifest_row")]
    assert "PDF" in rejected.set_index("file").loc["f05_report.txt", "detail"]
    assert (run_dir / "figures" / "00-document-sizes.png").is_file()


def test_fixture_run_cleans_english_french_and_html_pages(fixture_run):
    _, run_dir = fixture_run
    processed = run_dir / "data" / "processed"
    articles = pd.read_parquet(processed / "01-articles.parquet").set_index("doc_id")
    sentences = pd.read_parquet(processed / "01-sentences.parquet")
    removed = pd.read_parquet(processed / "01-removed-lines.parquet")
    assert articles.index.tolist() == ["f01_en", "f02_fr", "f03_page"]
    assert articles.loc["f02_fr", "language"] == "fr" and articles.loc["f03_page", "text_basis"] == "html_flattened"
    assert "Most Read" in removed["text"].tolist() and "Tous droits réservés" in removed["text"].tolist()
    assert any("commandement intégré" in t for t in sentences["text"])
    assert pd.read_csv(processed / "rejected" / "01-clean.csv").empty


def test_fixture_run_labels_stance_and_builds_a_timeline(fixture_run):
    _, run_dir = fixture_run
    processed = run_dir / "data" / "processed"
    sentences = pd.read_parquet(processed / "01-sentences.parquet")
    stance = pd.read_parquet(processed / "02-stance.parquet")
    assert stance["sent_id"].tolist() == sentences["sent_id"].tolist()
    assert set(stance["label"]) <= {"FAVOR", "AGAINST", "NONE"} and (stance["label"] == "FAVOR").any()
    assert stance["method"].str.endswith("(trained on all gold)").all()  # no fixture sentence has gold
    expressions = pd.read_parquet(processed / "03-expressions.parquet").set_index("text")
    assert expressions.loc["mercredi", "value"] == "2024-03-06"  # the Wednesday before Tuesday 12 March 2024
    canonical = pd.read_parquet(processed / "03-canonical-events.parquet")
    greece = canonical[canonical["country"] == "Greece"].set_index("event_type")["value"].to_dict()
    assert greece == {"withdrawal": "1974", "reintegration": "1980"}


def test_comparison_notebook_runs_with_another_pair_of_cases(fixture_run, tmp_path):
    import papermill

    _, run_dir = fixture_run
    data = shutil.copytree(run_dir / "data", tmp_path / "data")  # leave the fixture run's own tables untouched
    output = tmp_path / "04-spain.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "04-compare-disengagements.ipynb"), str(output), cwd=str(paths.NOTEBOOKS), progress_bar=False,
        parameters={"CORPUS_DIR": "tests/fixtures/corpus", "OUTPUT_DIR": str(data), "FIGURES_DIR": str(tmp_path),
                    "CASE_A": "France 1966", "CASE_B": "Spain 1986"})
    table = pd.read_csv(data / "processed" / "04-side-by-side.csv", keep_default_na=False)
    assert {"France 1966", "Spain 1986"} <= set(table.columns) and len(table) == 11
    assert (table["Spain 1986"] != "").all()  # every dimension has a reference value (or "not found")
    assert (tmp_path / "04-episodes.png").is_file()


def test_two_runs_write_identical_data_files_and_figures(fixture_run, tmp_path):
    _, first = fixture_run
    result = subprocess.run(
        ["make", "--no-print-directory", "report", "PARAMS=tests/fixtures/params.yaml", "RUN=fixture", f"REPORTS_DIR={tmp_path}"],
        cwd=paths.ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    second = tmp_path / "runs" / "fixture"
    for folder in ("data", "figures"):
        hashes = tree_hashes(first / folder)
        assert hashes and hashes == tree_hashes(second / folder), folder


def test_a_mistyped_parameter_stops_the_run_with_one_line_and_no_traceback(tmp_path):
    params = tmp_path / "bad.yaml"
    params.write_text("SEED: seven\nCORPUS_DIR: tests/fixtures/corpus\n")
    result = subprocess.run(["make", "--no-print-directory", "report", f"PARAMS={params}", f"REPORTS_DIR={tmp_path}"],
                            cwd=paths.ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "SEED: expected int like 20260123, got str 'seven'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
