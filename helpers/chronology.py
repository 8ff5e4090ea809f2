"""Turn events and expressions into what the timeline figures draw: decimal years, episodes, reach."""
from __future__ import annotations

import re

import pandas as pd

ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def decimal_year(value: str) -> float | None:
    """Return an ISO 8601 value as a decimal year ('2021-09' -> 2021.667), None for decades, durations or ''."""
    match = ISO_PREFIX.match(str(value))
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    if not 1 <= month <= 12:  # weeks, seasons and quarters ("2021-W01", "2021-SU") keep the year only
        month, day = 1, 1
    return round(year + (month - 1) / 12 + (day - 1) / 365, 3)


def episodes(canonical: pd.DataFrame) -> pd.DataFrame:
    """Return per named country (not 'other') its first withdrawal and the first reintegration after it, with the duration in years."""
    rows = []
    for country, group in canonical.groupby("country", sort=True):
        if country == "other":
            continue
        years = group.assign(x=group["value"].map(decimal_year)).dropna(subset=["x"])
        out = years[years["event_type"] == "withdrawal"].sort_values("x")
        if out.empty:
            continue
        start = out.iloc[0]
        back = years[(years["event_type"] == "reintegration") & (years["x"] > start["x"])].sort_values("x")
        end = back.iloc[0] if len(back) else None
        rows.append({"country": country, "withdrawal": start["value"], "return": end["value"] if end is not None else "",
                     "years": int(end["year"]) - int(start["year"]) if end is not None else None,
                     "withdrawal_sources": len(start["sources"]), "return_sources": len(end["sources"]) if end is not None else 0})
    table = pd.DataFrame(rows, columns=["country", "withdrawal", "return", "years", "withdrawal_sources", "return_sources"])
    return table.astype({"years": "Int64"})


def precedent_reach(expressions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return per article its publication year, the earliest year it mentions, and how many years back that is."""
    dated = expressions[expressions["type"] == "date"].assign(x=lambda e: e["value"].map(decimal_year)).dropna(subset=["x"])
    earliest = dated.groupby("doc_id")["x"].min().astype(int)
    published = articles.set_index("doc_id")["published"].map(decimal_year)
    table = pd.DataFrame({"published": published, "earliest_year": earliest}).dropna()
    table["years_back"] = (table["published"].astype(int) - table["earliest_year"]).astype(int)
    return table.astype({"earliest_year": int}).reset_index(names="doc_id").sort_values("doc_id").reset_index(drop=True)


def timeline_points(canonical: pd.DataFrame, stance: pd.DataFrame, articles: pd.DataFrame, calls_lane: str) -> pd.DataFrame:
    """Return lane, x and kind per dot: France and Greece canonical events, and FAVOR/AGAINST sentences at their article's date."""
    events = canonical[canonical["country"].isin(["France", "Greece"])]
    taking = stance[stance["label"] != "NONE"].merge(articles[["doc_id", "published"]], on="doc_id")
    points = pd.concat([
        pd.DataFrame({"lane": events["country"], "x": events["value"].map(decimal_year), "kind": events["event_type"]}),
        pd.DataFrame({"lane": calls_lane, "x": taking["published"].map(decimal_year), "kind": taking["position"]}),
    ], ignore_index=True)
    return points.dropna(subset=["x"]).reset_index(drop=True)
