"""Every notebook keeps the house conventions that nbval and papermill rely on."""
import ast
import subprocess
import sys

import pytest
import yaml

from helpers import paths, workbook

NOTEBOOKS = workbook.numbered_notebooks()


def test_there_are_numbered_notebooks():
    assert NOTEBOOKS and NOTEBOOKS[0].name == "00-inventory-corpus.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_exactly_one_parameters_cell_of_documented_all_caps_literals(path):
    notebook = workbook.load_notebook(path)
    cells = workbook.parameters_cells(notebook)
    assert len(cells) == 1
    source = "".join(cells[0]["source"])
    for node in ast.parse(source).body:
        # annotated, so that papermill --help-notebook can state the type
        assert isinstance(node, ast.AnnAssign) and node.target.id.isupper()
        ast.literal_eval(node.value)
    for line in source.splitlines():
        assert "  # " in line, f"parameter without a one-line help comment: {line}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_is_a_clean_top_to_bottom_run(path):
    notebook = workbook.load_notebook(path)
    code = [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_first_cell_is_the_contract(path):
    notebook = workbook.load_notebook(path)
    first = "".join(notebook["cells"][0]["source"])
    title, summary = workbook.notebook_summary(notebook)
    assert notebook["cells"][0]["cell_type"] == "markdown" and first.startswith("# ")
    assert title and summary and "**Reads:**" in first and "**Writes:**" in first


def test_default_params_file_equals_every_notebooks_defaults():
    defaults = yaml.safe_load((paths.PARAMS / "default.yaml").read_text())
    for path in NOTEBOOKS:
        declared = workbook.declared_parameters(workbook.load_notebook(path))
        assert {k: v for k, v in defaults.items() if k in declared} == {k: v for k, v in declared.items() if k in defaults}, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_papermill_help_lists_each_parameter_with_type_and_help(path):
    out = subprocess.run([sys.executable, "-m", "papermill", "--help-notebook", str(path)],
                         capture_output=True, text=True, check=True).stdout
    declared = workbook.declared_parameters(workbook.load_notebook(path))
    flat = " ".join(out.split())
    source = "".join(workbook.parameters_cells(workbook.load_notebook(path))[0]["source"])
    helps = {line.split(":")[0].strip(): line.split("  # ", 1)[1] for line in source.splitlines()}
    for name, value in declared.items():
        default = f'"{value}"' if isinstance(value, str) else repr(value)
        assert f"{name}: {type(value).__name__} (default {default}) {' '.join(helps[name].split())}" in flat
