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


PALETTE = {
    "leave_alliance": "#C44E52", "leave_command": "#DD8452", "distance_or_reform": "#8C8C8C",
    "stay": "#4C72B0", "rejoin_or_deepen": "#55A868", "none": "#CCCCCC",
    "withdrawal": "#C44E52", "reintegration": "#55A868", "treaty_or_accession": "#4C72B0",
    "exit_call": "#DD8452", "statement": "#8172B3", "election": "#937860", "other": "#8C8C8C",
}


def lanes(points: pd.DataFrame, spans: pd.DataFrame, lane_order: list[str], title: str, start: float, end: float) -> plt.Figure:
    """Return a timeline with one horizontal lane per name in lane_order: spans as bars, points as dots coloured by `kind`."""
    apply_style()
    fig, ax = plt.subplots(figsize=(10.0, 1.2 + 0.9 * len(lane_order)))
    y = {lane: i for i, lane in enumerate(lane_order)}
    for span in spans.itertuples():
        ax.barh(y[span.lane], span.end - span.start, left=span.start, height=0.5, color="#DDDDDD", edgecolor="#999999")
        ax.text((span.start + span.end) / 2, y[span.lane], span.label, ha="center", va="center", fontsize=8)
    # Kinds that share a lane are drawn on thin parallel tracks, so dots at the same date stay visible.
    tracks = {(lane, kind): i - (len(kinds) - 1) / 2 for lane, group in points.groupby("lane")
              for kinds in [sorted(group["kind"].unique())] for i, kind in enumerate(kinds)}
    for kind, group in points.groupby("kind", sort=True):
        offsets = [0.12 * tracks[(lane, kind)] for lane in group["lane"]]
        ax.scatter(group["x"], group["lane"].map(y) + offsets, s=40, color=PALETTE.get(kind, "#333333"), label=kind, zorder=3,
                   edgecolor="white", linewidth=0.5)
    ax.set_yticks(range(len(lane_order)), lane_order)
    ax.set_ylim(-0.7, len(lane_order) - 0.2)
    ax.set_xlim(start, end)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set(title=title, xlabel="year")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def ranges(table: pd.DataFrame, label: str, low: str, high: str, title: str, xlabel: str) -> plt.Figure:
    """Return one horizontal bar per row from `low` to `high`, labelled by `label`, with the span written at its end."""
    apply_style()
    fig, ax = plt.subplots(figsize=(STYLE["figure.figsize"][0], 0.8 + 0.45 * max(len(table), 1)))
    ax.barh(table[label].astype(str), table[high] - table[low], left=table[low], color="#4C72B0", height=0.5)
    for i, row in enumerate(table.itertuples()):
        ax.text(getattr(row, high) + 0.5, i, f"{getattr(row, high) - getattr(row, low):.0f} years", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return fig


def intervals(table: pd.DataFrame, label: str, value: str, low: str, high: str, title: str, xlabel: str) -> plt.Figure:
    """Return one dot per row at `value` with a line from `low` to `high` (an interval), labelled by `label`."""
    apply_style()
    fig, ax = plt.subplots(figsize=(STYLE["figure.figsize"][0], 0.8 + 0.45 * max(len(table), 1)))
    names = table[label].astype(str).tolist()
    ax.hlines(names, table[low], table[high], color="#4C72B0", linewidth=2)
    ax.plot(table[value], names, "o", color="#4C72B0")
    for i, (top, middle) in enumerate(zip(table[high], table[value])):  # column names may hold spaces
        ax.text(top + 0.01, i, f"{middle:.2f}", va="center", fontsize=8)
    ax.set_xlim(0, 1.08)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set(title=title, xlabel=xlabel)
    fig.tight_layout()
    return fig


def confusion(matrix: pd.DataFrame, title: str) -> plt.Figure:
    """Return a confusion-matrix figure (rows gold, columns predicted) with the count in each cell."""
    apply_style()
    fig, ax = plt.subplots(figsize=(4.8, 4.0))
    values = matrix.to_numpy()
    ax.imshow(values, cmap="Blues")
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns])
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index])
    for (i, j), value in np.ndenumerate(values):
        ax.text(j, i, str(value), ha="center", va="center", color="white" if value > values.max() / 2 else "black")
    ax.grid(False)
    ax.set(title=title, xlabel="predicted", ylabel="gold")
    fig.tight_layout()
    return fig


def stacked(table: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Return horizontal stacked bars: one bar per row of `table`, one segment per column, coloured by column name."""
    apply_style()
    fig, ax = plt.subplots(figsize=(STYLE["figure.figsize"][0], 0.8 + 0.45 * max(len(table), 1)))
    left = np.zeros(len(table))
    for column in table.columns:
        ax.barh(table.index.astype(str), table[column].to_numpy(), left=left, label=str(column), color=PALETTE.get(str(column), None))
        left += table[column].to_numpy()
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set(title=title, xlabel=xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def short_labels(labels: list[str], shortest: int = 3) -> list[str]:
    """Return the shortest prefixes (at least `shortest` characters) that keep every label distinct."""
    for length in range(shortest, max(map(len, labels), default=0) + 1):
        prefixes = [label[:length] for label in labels]
        if len(set(prefixes)) == len(set(labels)):
            return prefixes
    return list(labels)
