"""Thin, atomic reading and writing of the tables that notebooks hand to each other.

A table is written to a temporary name in the same folder and renamed into place, so an interrupted
run never leaves a half-written file that the next notebook would read.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from helpers.errors import MissingInputError
from helpers.paths import display


def save_table(table: pd.DataFrame, path: Path) -> Path:
    """Write `table` atomically as Parquet or CSV (by suffix) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        if path.suffix == ".parquet":
            table.to_parquet(tmp, index=False)
        elif path.suffix == ".csv":
            table.to_csv(tmp, index=False, lineterminator="\n")
        else:
            raise ValueError(f"{display(path)}: tables are written as .parquet or .csv")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def load_table(path: Path) -> pd.DataFrame:
    """Read a table written by save_table, or raise FileNotFoundError saying which notebook to run first."""
    if not path.is_file():
        raise MissingInputError(
            f"{display(path)} does not exist: run the notebook that writes it first (its number is the file's prefix)."
        )
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, dtype=str, keep_default_na=False)
