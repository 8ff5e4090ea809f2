"""The workbook's one plotting helper: fixed size, style and fonts, so every figure looks alike.

Figures are saved as PNG with fixed metadata (no timestamp) so reruns write identical files.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

STYLE = {
    "figure.figsize": (8.0, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "svg.hashsalt": "workbook",
}
PNG_METADATA = {"Software": None}

def apply_style() -> None:
    """Set the workbook's matplotlib style (idempotent)."""
    plt.rcParams.update(STYLE)

def barh(values: pd.Series, title: str, xlabel: str) -> plt.Figure:
    """Return a horizontal bar chart of `values`, one bar per index label, labelled at the bar end."""
    apply_style()
    fig, ax = plt.subplots(figsize=(STYLE["figure.figsize"][0], 0.5 + 0.45 * max(len(values), 1)))
    bars = ax.barh([str(label) for label in values.index], values.to_numpy(), color="#4C72B0")
    ax.bar_label(bars, fmt="{:,.0f}", padding=3, fontsize=9)
    ax.invert_yaxis()
    ax.set(title=title, xlabel=xlabel)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig

def save(fig: plt.Figure, path: Path) -> Path:
    """Write `fig` to `path` as PNG without a timestamp and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata=PNG_METADATA)
    return path


def heatmap(matrix, labels: list[str], title: str) -> plt.Figure:
    """Return a square heatmap of `matrix` (values 0..1) with each cell's value printed."""
    apply_style()
    size = 2.5 + 0.6 * len(labels)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    image = ax.imshow(matrix, vmin=0, vmax=1, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for (i, j), value in np.ndenumerate(matrix):
        ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=8, color="white" if value > 0.6 else "black")
    ax.grid(False)
    ax.set_title(title)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    fig.tight_layout()
    return fig
