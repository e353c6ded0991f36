"""The three questions in pandas, from the CSV exports (records) and the JSONL export (benchmark definitions)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from common import TARGET, bucket_sort_key, quarter_bucket, stated_rank, subject_key


def _csv(data: Path, kind: str) -> pd.DataFrame:
    # As Documentation/CSV.md says: every column as text, empty cells as "".
    return pd.read_csv(data / "csv" / f"{kind}.csv", dtype=str, keep_default_na=False)


def _number(text: str) -> float | None:
    return float(text) if text != "" else None


def funding_by_quarter(data: Path, table: str, rates: dict) -> list[dict]:
    rounds = _csv(data, "fundingRounds")
    rounds["group"] = rounds["date"].map(lambda d: quarter_bucket(d or None))
    rounds["amount"] = rounds["amount.amount"].map(_number)
    rounds["year"] = rounds["date"].map(lambda d: int(d[:4]) if d else None)

    def convert(row) -> pd.Series:
        currency = row["amount.currency"]
        if currency == "" or pd.isna(row["amount"]):
            return pd.Series({"usd": None, "reason": "noAmount", "rate": None})
        if currency == TARGET:
            return pd.Series({"usd": row["amount"], "reason": None, "rate": None})
        if row["year"] is None:
            return pd.Series({"usd": None, "reason": "undated", "rate": None})
        factor = rates.get((currency, row["year"]))
        if factor is None:
            return pd.Series({"usd": None, "reason": "noRate", "rate": None})
        return pd.Series({"usd": row["amount"] * factor, "reason": None, "rate": (currency, row["year"], factor)})

    rounds = pd.concat([rounds, rounds.apply(convert, axis=1)], axis=1)
    rounds["approximate"] = rounds["reason"].isna() & (
        (rounds["amount.qualifier"] != "exact") | (rounds["amount.hedged"] == "true") | (rounds["amount.upperBound"] != ""))

    groups = []
    for key, group in rounds.groupby(rounds["group"].fillna("\0"), sort=False):
        key = None if key == "\0" else key
        summed = group[group["reason"].isna()]
        groups.append({
            "group": key,
            "count": len(group),
            "summedCount": len(summed),
            "total": float(summed["usd"].sum()) if len(summed) else None,
            "currency": TARGET,
            "approximateCount": int(group["approximate"].sum()),
            "excluded": [{"id": r.id, "reason": r.reason} for r in group[group["reason"].notna()].itertuples()],
            "ratesUsed": [
                {"from": c, "to": TARGET, "year": y, "factor": f, "table": table}
                for c, y, f in sorted(set(summed["rate"].dropna()))
            ],
        })
    return sorted(groups, key=lambda g: bucket_sort_key(g["group"]))


def leaderboards(data: Path) -> list[dict]:
    entities = pd.read_json(data / "export.jsonl", lines=True, dtype=False)
    benchmarks = entities[entities["type"] == "benchmarks"][["id", "metrics"]].explode("metrics")
    metrics = pd.DataFrame({
        "benchmark": benchmarks["id"],
        "metric": benchmarks["metrics"].map(lambda m: m["id"]),
        "better": benchmarks["metrics"].map(lambda m: m.get("better", "higher")),
        "unit": benchmarks["metrics"].map(lambda m: m["unit"]),
    })
    results = _csv(data, "benchmarkResults")
    results = results[results["score.value"] != ""].copy()
    results["score"] = results["score.value"].astype(float)
    results["score_unit"] = results["score.unit"]
    results["subject"] = [
        subject_key({kind: (sid.split(";") if kind == "regions" else sid) if kind != "text" else {"zh": zh}})
        for kind, sid, zh in zip(results["subject.kind"], results["subject.id"], results["subject.text.zh"])
    ]
    scored = results.merge(metrics, on=["benchmark", "metric"])
    # Best first by the metric's direction, ties by id; equal scores share the first one's position.
    scored["order"] = scored["score"].where(scored["better"] == "lower", -scored["score"])
    scored = scored.sort_values(["benchmark", "metric", "order", "id"])
    scored["rank"] = scored.groupby(["benchmark", "metric"])["order"].rank(method="min").astype(int)
    boards = []
    for (benchmark, metric), board in scored.groupby(["benchmark", "metric"], sort=True):
        entries = []
        for row in board.itertuples():
            stated = stated_rank(row.score, row.unit, row.score_unit or None)
            entries.append({
                "position": stated if stated is not None else row.rank,
                "statedRank": stated,
                "result": row.id,
                "subject": row.subject,
                "score": row.score,
            })
        boards.append({"benchmark": benchmark, "metric": metric, "entries": entries})
    return boards


def age_breakdown(data: Path) -> dict:
    stats = _csv(data, "statistics")
    ages = stats[(stats["breakdown.dimension"] == "age") & (stats["producer"] == "org-cnnic")].copy()
    scope = ["metric", "breakdown.kind", "date", "regions", "population.en", "producer"]
    first_scope = ages.sort_values(["metric", "date"])[scope].iloc[0]
    breakdown = ages[(ages[scope] == first_scope).all(axis=1)].sort_values("id")
    values = [_number(v) for v in breakdown["value.value"]]
    adds = (first_scope["breakdown.kind"] in ("share", "count") and None not in values
            and breakdown["value.unit"].nunique() == 1 and breakdown["value.unit"].iloc[0] != "rank")
    return {
        "metric": first_scope["metric"],
        "period": first_scope["date"] or None,
        "categories": [
            {"id": c, "label": label, "statistic": s, "value": v}
            for c, label, s, v in zip(breakdown["breakdown.category.id"], breakdown["breakdown.category.label.en"],
                                      breakdown["id"], values)
        ],
        "sum": sum(values) if adds else None,
    }


def answers(data: Path, table: str, rates: dict) -> dict:
    header = json.loads((data / "export.jsonl").open(encoding="utf-8").readline())
    return {
        "dataVersion": header["dataVersion"],
        "fundingByQuarter": funding_by_quarter(data, table, rates),
        "leaderboards": leaderboards(data),
        "ageBreakdown": age_breakdown(data),
    }
