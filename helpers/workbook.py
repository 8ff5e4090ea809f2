"""Run the numbered notebooks with papermill, export their HTML, and write the reports index.

Used by the Makefile (`python -m helpers.workbook report|refresh|environment-yml|import-parquet`). Input mistakes
(a missing parameter file, a wrong parameter type, a corpus folder that does not exist, an output
folder that cannot be written) end with one line saying what to fix, not a traceback.
"""
from __future__ import annotations

import argparse
import ast
import html
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from helpers import paths, shards
from helpers.errors import InputError

NOTEBOOK_PATTERN = "[0-9][0-9]-*.ipynb"
DEFAULT_RUN = "default"
REPORTED_PACKAGES = (
    "pandas", "numpy", "matplotlib", "nltk", "scikit-learn", "pyarrow", "papermill", "nbconvert",
    "nbval", "jupyterlab", "trafilatura", "justext", "py3langid",
)
RUN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class WorkbookError(InputError):
    """A mistake in how the workbook was invoked; the message says what to fix."""


@dataclass(frozen=True)
class RunPlan:
    """One parameterised run of every numbered notebook."""

    name: str
    run_dir: Path
    parameters: dict


def numbered_notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """Return the numbered notebooks of `folder` in run order."""
    return sorted(folder.glob(NOTEBOOK_PATTERN))


def load_notebook(path: Path) -> dict:
    """Return a notebook's JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def notebook_summary(notebook: dict) -> tuple[str, str]:
    """Return (title, one-line summary) from the first markdown cell: its H1 and the next non-empty line."""
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            lines = [line.strip() for line in "".join(cell["source"]).splitlines() if line.strip()]
            title = next((line[2:].strip() for line in lines if line.startswith("# ")), "")
            rest = [line for line in lines if not line.startswith("#")]
            return title, (rest[0] if rest else "")
    return "", ""


def parameters_cells(notebook: dict) -> list[dict]:
    """Return the code cells tagged `parameters`."""
    return [
        cell for cell in notebook["cells"]
        if cell["cell_type"] == "code" and "parameters" in cell.get("metadata", {}).get("tags", [])
    ]


def declared_parameters(notebook: dict) -> dict[str, object]:
    """Return name -> default literal of every (annotated) assignment in the notebook's parameters cell."""
    cells = parameters_cells(notebook)
    if len(cells) != 1:
        return {}
    tree = ast.parse("".join(cells[0]["source"]))
    declared = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            declared[node.target.id] = ast.literal_eval(node.value)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            declared[node.targets[0].id] = ast.literal_eval(node.value)
    return declared


def parameter_errors(given: dict, declared: dict[str, object]) -> list[str]:
    """Return a message per given parameter that no notebook declares or whose type differs from the default's."""
    errors = []
    for name, value in sorted(given.items()):
        if name not in declared:
            errors.append(f"{name}: no notebook declares this parameter (declared: {', '.join(sorted(declared))})")
            continue
        expected = type(declared[name])
        if declared[name] is not None and type(value) is not expected and not (expected is float and type(value) is int):
            errors.append(f"{name}: expected {expected.__name__} like {declared[name]!r}, got {type(value).__name__} {value!r}")
    return errors


def all_declared(notebooks: list[Path]) -> dict[str, object]:
    """Return the union of the notebooks' declared parameters (first default wins)."""
    merged: dict[str, object] = {}
    for path in notebooks:
        for name, value in declared_parameters(load_notebook(path)).items():
            merged.setdefault(name, value)
    return merged


def load_params(path: Path) -> dict:
    """Return the parameters of a YAML file, or raise WorkbookError naming it."""
    import yaml

    if not path.is_file():
        raise WorkbookError(f"parameter file {paths.display(path)} does not exist (see params/ for examples)")
    try:
        params = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise WorkbookError(f"parameter file {paths.display(path)} is not valid YAML: {exc}") from None
    if not isinstance(params, dict):
        raise WorkbookError(f"parameter file {paths.display(path)} must be a mapping of NAME: value")
    return params


def plan_run(params_file: str, corpus: str, run: str, reports_dir: str) -> RunPlan:
    """Return the run plan: its name, folder and parameters (non-default runs write under their own folder)."""
    params_path = paths.resolve(params_file)
    parameters = load_params(params_path)
    if corpus:
        parameters["CORPUS_DIR"] = corpus
    name = run or (Path(corpus.rstrip("/")).name if corpus else params_path.stem)
    if not RUN_NAME.match(name):
        raise WorkbookError(f"run name {name!r} must be letters, digits, '.', '_' or '-' (set RUN=name)")
    run_dir = paths.resolve(reports_dir) / "runs" / name
    if name != DEFAULT_RUN:
        # A run on other parameters must never overwrite the default run's tables and figures.
        for key, default, inside in (("OUTPUT_DIR", "data", "data"), ("FIGURES_DIR", "reports/figures", "figures")):
            if parameters.get(key, default) == default:
                parameters[key] = str(run_dir / inside)
    return RunPlan(name=name, run_dir=run_dir, parameters=parameters)


def check_plan(plan: RunPlan, notebooks: list[Path]) -> None:
    """Raise WorkbookError when the parameters or folders of a run plan are unusable."""
    errors = parameter_errors(plan.parameters, all_declared(notebooks))
    if plan.parameters.get("ENGINE", "pandas") not in ("pandas", "dask"):
        errors.append(f"ENGINE: {plan.parameters['ENGINE']!r} is not one of pandas, dask")
    corpus = plan.parameters.get("CORPUS_DIR")
    if isinstance(corpus, str) and not paths.resolve(corpus).is_dir():
        errors.append(f"CORPUS_DIR: folder {paths.display(corpus)} does not exist")
    for folder in (plan.run_dir, *(paths.resolve(plan.parameters[key]) for key in ("OUTPUT_DIR", "FIGURES_DIR") if isinstance(plan.parameters.get(key), str))):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".write-test"
            probe.write_text("")
            probe.unlink()
        except OSError as exc:
            errors.append(f"{paths.display(folder)}: cannot write there ({exc.strerror}); choose another folder")
    if errors:
        raise WorkbookError("this run cannot start:\n  " + "\n  ".join(errors))


def execute(plan: RunPlan, notebooks: list[Path]) -> list[Path]:
    """Run each notebook with papermill into the run folder and return the executed copies."""
    import papermill

    executed = []
    for path in notebooks:
        declared = declared_parameters(load_notebook(path))
        parameters = {name: value for name, value in plan.parameters.items() if name in declared}
        output = plan.run_dir / path.name
        print(f"[{plan.name}] running {path.name} -> {paths.display(output)}", flush=True)
        try:
            papermill.execute_notebook(
                str(path), str(output), parameters=parameters, cwd=str(paths.NOTEBOOKS),
                kernel_name="python3", progress_bar=sys.stderr.isatty(),  # papermill's cell bar in a terminal, none in logs
            )
        except papermill.PapermillExecutionError as exc:
            raise WorkbookError(
                f"{path.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}\n"
                f"  the executed notebook with the error is {paths.display(output)}"
            ) from None
        executed.append(output)
    return executed


def export_html(executed: Path, html_dir: Path) -> tuple[Path, Path]:
    """Write the reader (no code) and reviewer (with code) HTML of an executed notebook."""
    import nbformat
    from nbconvert import HTMLExporter

    html_dir.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.read(executed, as_version=4)
    reader = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True, sanitize_html=True)
    reviewer = HTMLExporter(sanitize_html=True)
    reader_path = html_dir / f"{executed.stem}.html"
    reviewer_path = html_dir / f"{executed.stem}-code.html"
    reader_path.write_text(reader.from_notebook_node(notebook)[0], encoding="utf-8")
    reviewer_path.write_text(reviewer.from_notebook_node(notebook)[0], encoding="utf-8")
    return reader_path, reviewer_path


def package_versions(names: tuple[str, ...] = REPORTED_PACKAGES) -> dict[str, str]:
    """Return the installed version of each named package ('not installed' when absent)."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def git_commit() -> str:
    """Return the repository's HEAD commit, with '-dirty' when the work tree has changes, or 'unknown'."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + ("-dirty" if dirty else "")


def manifest_checksum(corpus_dir: Path) -> str:
    """Return the corpus checksum of the manifest's sha256 column, or a note when it cannot be read."""
    import pandas as pd

    from helpers.corpus import corpus_checksum

    try:
        manifest = pd.read_csv(corpus_dir / paths.MANIFEST_NAME, dtype=str, keep_default_na=False)
        return corpus_checksum(manifest["sha256"])
    except (OSError, KeyError, ValueError) as exc:
        return f"unavailable ({type(exc).__name__})"


def render_index(run_name: str, rows: list[dict], parameters: dict, checksum: str, versions: dict, commit: str, link_prefix: str) -> str:
    """Return the HTML index of a run: notebooks with summaries and links, parameters, checksum, versions, commit."""
    esc = html.escape
    notebook_rows = "\n".join(
        f"<tr><td>{esc(r['notebook'])}</td><td><b>{esc(r['title'])}</b><br>{esc(r['summary'])}</td>"
        f"<td><a href=\"{esc(link_prefix + r['reader'])}\">report</a> · <a href=\"{esc(link_prefix + r['reviewer'])}\">with code</a></td></tr>"
        for r in rows
    )
    parameter_rows = "\n".join(f"<tr><td><code>{esc(k)}</code></td><td><code>{esc(repr(v))}</code></td></tr>" for k, v in sorted(parameters.items()))
    version_rows = "\n".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in sorted(versions.items()))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>France and NATO exit debate: workbook reports ({esc(run_name)})</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>France and NATO exit debate: workbook reports</h1>
<p>Run <b>{esc(run_name)}</b>. Each notebook has a reader version (no code) and a reviewer version (with code).</p>
<h2>Notebooks</h2>
<table><tr><th>notebook</th><th>what it answers</th><th>HTML</th></tr>
{notebook_rows}
</table>
<h2>Provenance</h2>
<table>
<tr><td>corpus checksum (sha256 of the manifest's sorted sha256 column)</td><td><code>{esc(checksum)}</code></td></tr>
<tr><td>git commit</td><td><code>{esc(commit)}</code></td></tr>
</table>
<h2>Parameters</h2>
<table><tr><th>name</th><th>value</th></tr>
{parameter_rows}
</table>
<h2>Package versions</h2>
<table><tr><th>package</th><th>version</th></tr>
{version_rows}
</table>
</body></html>
"""


def report(plan: RunPlan, reports_dir: Path, notebooks: list[Path]) -> Path:
    """Run, export and index one run; return the path of reports_dir/index.html."""
    check_plan(plan, notebooks)
    executed = execute(plan, notebooks)
    rows = []
    for source, done in zip(notebooks, executed):
        reader, reviewer = export_html(done, plan.run_dir / "html")
        title, summary = notebook_summary(load_notebook(source))
        rows.append({"notebook": source.name, "title": title, "summary": summary,
                     "reader": reader.relative_to(plan.run_dir).as_posix(),
                     "reviewer": reviewer.relative_to(plan.run_dir).as_posix()})
    effective = {**all_declared(notebooks), **plan.parameters}
    checksum = manifest_checksum(paths.resolve(effective["CORPUS_DIR"]))
    versions, commit = package_versions(), git_commit()
    (plan.run_dir / "index.html").write_text(
        render_index(plan.name, rows, effective, checksum, versions, commit, ""), encoding="utf-8")
    top = reports_dir / "index.html"
    top.write_text(render_index(plan.name, rows, effective, checksum, versions, commit,
                                plan.run_dir.relative_to(reports_dir).as_posix() + "/"), encoding="utf-8")
    print(f"[{plan.name}] reports written: {paths.display(top)} and {paths.display(plan.run_dir / 'index.html')}")
    return top


def refresh(notebooks: list[Path]) -> None:
    """Re-execute the committed notebooks in place, top to bottom, so their outputs and counts are current."""
    import nbformat
    from nbclient import NotebookClient

    for path in notebooks:
        print(f"refreshing {path.name}", flush=True)
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
                cell.metadata.pop("execution", None)
        NotebookClient(notebook, timeout=1200, kernel_name="python3", record_timing=False,
                       resources={"metadata": {"path": str(paths.NOTEBOOKS)}}).execute()
        nbformat.write(notebook, path)


def normalise_name(name: str) -> str:
    """Return a package name in PEP 503 normal form (lowercase, runs of -_. as one -)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins(lock_text: str) -> dict[str, str]:
    """Return name -> version of every `name==version` pin in a pip lock file."""
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", lock_text, flags=re.M)
    return {normalise_name(name): version for name, version in pins}


def environment_yml(pins: dict[str, str], python: str = "3.11") -> str:
    """Return a conda environment.yml with python and the same exact pins under `pip:`."""
    lines = [
        "# Generated from requirements.lock by `make lock`; a test fails if the two disagree.",
        "name: france-nato-workbook",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        f"  - python={python}",
        "  - pip",
        "  - pip:",
        *(f"      - {name}=={version}" for name, version in sorted(pins.items())),
        "      - -e .",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: report | refresh | environment-yml | import-parquet."""
    parser = argparse.ArgumentParser(prog="python -m helpers.workbook", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every numbered notebook with papermill and export HTML")
    rep.add_argument("--params", default="params/default.yaml")
    rep.add_argument("--corpus", default="")
    rep.add_argument("--run", default="")
    rep.add_argument("--reports-dir", default="reports")
    sub.add_parser("refresh", help="re-execute the committed notebooks in place")
    sub.add_parser("environment-yml", help="write environment.yml from requirements.lock")
    imp = sub.add_parser("import-parquet", help="write a corpus folder (raw files + manifest.csv) from Parquet shards")
    imp.add_argument("shards", help="a shard file or a glob, e.g. 'crawl/part-*.parquet' (quoted)")
    imp.add_argument("corpus", help="the new corpus folder to create (must not exist or be empty)")
    args = parser.parse_args(argv)
    notebooks = numbered_notebooks()
    try:
        if args.command == "report":
            plan = plan_run(args.params, args.corpus, args.run, args.reports_dir)
            report(plan, paths.resolve(args.reports_dir), notebooks)
        elif args.command == "refresh":
            refresh(notebooks)
        elif args.command == "import-parquet":
            counts = shards.import_shards(args.shards, paths.resolve(args.corpus))
            print(f"{counts} (rejected rows: {paths.display(paths.resolve(args.corpus) / shards.REJECTED_NAME)})")
        else:
            pins = lock_pins((paths.ROOT / "requirements.lock").read_text(encoding="utf-8"))
            (paths.ROOT / "environment.yml").write_text(environment_yml(pins), encoding="utf-8")
    except InputError as exc:  # WorkbookError, CorpusError, ShardError: one line, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # quiets a debugger warning in kernels
    sys.exit(main())
