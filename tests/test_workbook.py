"""The report runner: parameter checks, run plans, the index page."""
import pytest

from helpers import paths, workbook

DECLARED = {"CORPUS_DIR": "data/raw", "SEED": 1, "THRESHOLD": 0.5}


def test_parameter_errors_name_unknown_and_mistyped_parameters():
    errors = workbook.parameter_errors({"SEED": "seven", "CORPUS": "x", "THRESHOLD": 1}, DECLARED)
    assert len(errors) == 2
    assert errors[0].startswith("CORPUS: no notebook declares")
    assert errors[1].startswith("SEED: expected int like 1, got str 'seven'")


def test_plan_for_another_corpus_writes_inside_its_own_run_folder(tmp_path):
    plan = workbook.plan_run("params/default.yaml", "tests/fixtures/corpus", "", str(tmp_path))
    assert plan.name == "corpus" and plan.run_dir == tmp_path / "runs" / "corpus"
    assert plan.parameters["CORPUS_DIR"] == "tests/fixtures/corpus"
    assert plan.parameters["OUTPUT_DIR"] == str(tmp_path / "runs" / "corpus" / "data")


def test_default_plan_keeps_the_default_output_folder():
    plan = workbook.plan_run("params/default.yaml", "", "", "reports")
    assert plan.name == "default" and plan.parameters["OUTPUT_DIR"] == "data"


def test_bad_run_inputs_raise_one_clear_error(tmp_path):
    with pytest.raises(workbook.WorkbookError, match="does not exist"):
        workbook.plan_run("params/nope.yaml", "", "", str(tmp_path))
    with pytest.raises(workbook.WorkbookError, match="run name"):
        workbook.plan_run("params/default.yaml", "", "../escape", str(tmp_path))
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a list\n")
    with pytest.raises(workbook.WorkbookError, match="mapping"):
        workbook.load_params(bad)


def test_check_plan_refuses_a_missing_corpus_folder(tmp_path):
    plan = workbook.RunPlan("x", tmp_path / "runs" / "x", {"CORPUS_DIR": "no/such/corpus"})
    with pytest.raises(workbook.WorkbookError, match="CORPUS_DIR: folder no/such/corpus does not exist"):
        workbook.check_plan(plan, workbook.numbered_notebooks())


def test_notebook_summary_reads_title_and_first_line():
    notebook = {"cells": [{"cell_type": "markdown", "source": ["# 01 — Cleaning\n", "\n", "Which lines are article?\n", "**Reads:** x"]}]}
    assert workbook.notebook_summary(notebook) == ("01 — Cleaning", "Which lines are article?")


def test_index_escapes_every_string_from_the_data():
    html = workbook.render_index("r", [{"notebook": "00.ipynb", "title": "<script>x</script>", "summary": "a & b",
                                        "reader": "html/00.html", "reviewer": "html/00-code.html"}],
                                 {"CORPUS_DIR": "<img src=x>"}, "abc", {"pandas": "3"}, "deadbeef", "runs/r/")
    assert "<script>x" not in html and "&lt;script&gt;" in html and "&lt;img" in html and "a &amp; b" in html
    assert 'href="runs/r/html/00.html"' in html


def test_environment_yml_is_generated_from_pins():
    text = workbook.environment_yml({"b": "2", "a": "1"})
    assert text.index("a==1") < text.index("b==2") and "python=3.11" in text
