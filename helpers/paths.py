"""Every path of the workbook, anchored at the repository root.

Notebooks run with different working directories (JupyterLab and nbval start the kernel in
`notebooks/`, papermill in the caller's folder), so no path here depends on the current directory:
relative paths are always read as relative to the repository root.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers.errors import MissingInputError

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
ANNOTATIONS = DATA / "annotations"
NOTEBOOKS = ROOT / "notebooks"
PARAMS = ROOT / "params"
REPORTS = ROOT / "reports"
TESTS = ROOT / "tests"
MANIFEST_NAME = "manifest.csv"


def resolve(path: str | Path) -> Path:
    """Return `path` as an absolute path, reading a relative one from the repository root."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else ROOT / path


def display(path: str | Path) -> str:
    """Return `path` relative to the repository root when it lies inside it (for stable printouts)."""
    path = resolve(path)
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class Workspace:
    """Where one run reads its corpus and writes its tables and figures."""

    corpus: Path
    interim: Path
    processed: Path
    rejected: Path
    figures: Path

    @property
    def manifest(self) -> Path:
        """Return the path of the corpus manifest."""
        return self.corpus / MANIFEST_NAME

    def interim_file(self, name: str) -> Path:
        """Return the path of an interim table, creating its folder."""
        return in_folder(self.interim, name)

    def processed_file(self, name: str) -> Path:
        """Return the path of a processed table, creating its folder."""
        return in_folder(self.processed, name)

    def rejected_file(self, name: str) -> Path:
        """Return the path of a quarantine table, creating its folder."""
        return in_folder(self.rejected, name)

    def figure_file(self, name: str) -> Path:
        """Return the path of a saved figure, creating its folder."""
        return in_folder(self.figures, name)


def in_folder(folder: Path, name: str) -> Path:
    """Return folder / name after creating the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def workspace(corpus_dir: str | Path, output_dir: str | Path, figures_dir: str | Path) -> Workspace:
    """Return the workspace for the notebook parameters CORPUS_DIR, OUTPUT_DIR and FIGURES_DIR."""
    corpus = resolve(corpus_dir)
    if not corpus.is_dir():
        raise MissingInputError(
            f"CORPUS_DIR {display(corpus)!r} is not a folder: pass a folder that holds the raw "
            f"documents and a {MANIFEST_NAME} (paths are relative to the repository root {ROOT})."
        )
    output = resolve(output_dir)
    return Workspace(
        corpus=corpus,
        interim=output / "interim",
        processed=output / "processed",
        rejected=output / "processed" / "rejected",
        figures=resolve(figures_dir),
    )
