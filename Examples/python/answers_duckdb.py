"""The three questions in DuckDB SQL, from the JSONL export alone (one JSON object per line)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from common import TARGET, bucket_sort_key

# Every line of the export as one JSON value; `type` says which collection it belongs to.
OBJECTS = "CREATE VIEW objects AS SELECT json, json->>'$.type' AS type FROM read_ndjson_objects(?)"

# A date's quarter: the start of a span; a year, a half or a quarter stays as it is.
BUCKET = """
  CASE
    WHEN date IS NULL THEN NULL
    WHEN regexp_matches(split_part(date, '/', 1), '^\\d{4}(-[HQ]\\d)?$') THEN split_part(date, '/', 1)
    ELSE substr(date, 1, 4) || '-Q' || CAST((CAST(substr(date, 6, 2) AS INTEGER) - 1) // 3 + 1 AS VARCHAR)
  END"""

FUNDING = f"""
WITH rounds AS (
  SELECT json->>'$.id' AS id, json->>'$.date' AS date,
         TRY_CAST(json->>'$.amount.amount' AS DOUBLE) AS amount,
         json->>'$.amount.currency' AS currency,
         coalesce(json->>'$.amount.qualifier', 'exact') <> 'exact'
           OR coalesce(CAST(json->>'$.amount.hedged' AS BOOLEAN), false)
           OR (json->>'$.amount.upperBound') IS NOT NULL AS approximate
  FROM objects WHERE type = 'fundingRounds'
), converted AS (
  SELECT r.*, {BUCKET} AS grp, CAST(substr(date, 1, 4) AS INTEGER) AS year,
    CASE
      WHEN amount IS NULL THEN 'noAmount'
      WHEN r.currency <> '{TARGET}' AND date IS NULL THEN 'undated'
      WHEN r.currency <> '{TARGET}' AND rate.factor IS NULL THEN 'noRate'
    END AS reason,
    rate.factor
  FROM rounds r
  LEFT JOIN rates AS rate ON rate.currency = r.currency AND rate.year = CAST(substr(r.date, 1, 4) AS INTEGER)
)
SELECT grp,
  count(*) AS count,
  count(*) FILTER (WHERE reason IS NULL) AS summed,
  sum(CASE WHEN currency = '{TARGET}' THEN amount ELSE amount * factor END) FILTER (WHERE reason IS NULL) AS total,
  count(*) FILTER (WHERE reason IS NULL AND approximate) AS approximate,
  list({{'id': id, 'reason': reason}} ORDER BY id) FILTER (WHERE reason IS NOT NULL) AS excluded,
  list(DISTINCT {{'from': currency, 'year': year, 'factor': factor}})
    FILTER (WHERE reason IS NULL AND currency <> '{TARGET}') AS rates_used
FROM converted GROUP BY grp
"""

LEADERBOARDS = """
WITH metrics AS (
  SELECT json->>'$.id' AS benchmark,
         unnest(from_json(json->'$.metrics', '[{"id": "VARCHAR", "better": "VARCHAR", "unit": "VARCHAR"}]')) AS m
  FROM objects WHERE type = 'benchmarks'
), results AS (
  SELECT json->>'$.id' AS id, json->>'$.benchmark' AS benchmark, json->>'$.metric' AS metric,
         CAST(json->>'$.score.value' AS DOUBLE) AS score, json->>'$.score.unit' AS score_unit,
         CASE
           WHEN (json->>'$.subject.product') IS NOT NULL THEN 'product:' || (json->>'$.subject.product')
           WHEN (json->>'$.subject.organization') IS NOT NULL THEN 'organization:' || (json->>'$.subject.organization')
           WHEN (json->'$.subject.regions') IS NOT NULL
             THEN 'regions:' || array_to_string(from_json(json->'$.subject.regions', '["VARCHAR"]'), ',')
           ELSE 'text:' || (json->>'$.subject.text.zh')
         END AS subject
  FROM objects WHERE type = 'benchmarkResults' AND (json->>'$.score.value') IS NOT NULL
), ranked AS (
  SELECT r.*, m.m.unit AS unit,
    CASE WHEN m.m.better = 'lower' THEN r.score ELSE -r.score END AS sort_key
  FROM results r JOIN metrics m ON m.benchmark = r.benchmark AND m.m.id = r.metric
)
SELECT benchmark, metric, id, subject, score,
  CASE WHEN (unit = 'rank' OR score_unit = 'rank') AND score >= 1 AND score = floor(score)
       THEN CAST(score AS INTEGER) END AS stated,
  rank() OVER (PARTITION BY benchmark, metric ORDER BY sort_key) AS score_rank
FROM ranked
ORDER BY benchmark, metric, sort_key, id
"""

AGE = """
WITH ages AS (
  SELECT json->>'$.id' AS id, json->>'$.metric' AS metric, json->>'$.date' AS period,
         json->>'$.breakdown.kind' AS kind, json->>'$.population.en' AS population,
         CAST(json->'$.regions' AS VARCHAR) AS regions,
         json->>'$.breakdown.category.id' AS category, json->>'$.breakdown.category.label.en' AS label,
         TRY_CAST(json->>'$.value.value' AS DOUBLE) AS value, json->>'$.value.unit' AS unit
  FROM objects
  WHERE type = 'statistics' AND (json->>'$.breakdown.dimension') = 'age' AND (json->>'$.producer') = 'org-cnnic'
), first_scope AS (
  SELECT metric, period, kind, population, regions FROM ages ORDER BY metric, period LIMIT 1
)
SELECT a.* FROM ages a JOIN first_scope USING (metric, period, kind, population, regions) ORDER BY id
"""


def answers(data: Path, table: str, rates: dict) -> dict:
    con = duckdb.connect()
    con.execute(OBJECTS.replace("?", "'" + str(data / "export.jsonl").replace("'", "''") + "'"))
    con.execute("CREATE TABLE rates(currency VARCHAR, year INTEGER, factor DOUBLE)")
    con.executemany("INSERT INTO rates VALUES (?, ?, ?)", [(c, y, f) for (c, y), f in rates.items()])

    funding = []
    for grp, count, summed, total, approximate, excluded, rates_used in con.execute(FUNDING).fetchall():
        funding.append({
            "group": grp, "count": count, "summedCount": summed, "total": total, "currency": TARGET,
            "approximateCount": approximate, "excluded": excluded or [],
            "ratesUsed": [{"from": r["from"], "to": TARGET, "year": r["year"], "factor": r["factor"], "table": table}
                          for r in sorted(rates_used or [], key=lambda r: (r["from"], r["year"]))],
        })
    funding.sort(key=lambda g: bucket_sort_key(g["group"]))

    boards: dict[tuple[str, str], list] = {}
    for benchmark, metric, rid, subject, score, stated, score_rank in con.execute(LEADERBOARDS).fetchall():
        boards.setdefault((benchmark, metric), []).append({
            "position": stated if stated is not None else score_rank, "statedRank": stated,
            "result": rid, "subject": subject, "score": score,
        })

    rows = con.execute(AGE).fetchall()
    columns = [d[0] for d in con.description]
    ages = [dict(zip(columns, row)) for row in rows]
    values = [a["value"] for a in ages]
    adds = (ages[0]["kind"] in ("share", "count") and None not in values
            and len({a["unit"] for a in ages}) == 1 and ages[0]["unit"] != "rank")
    header = con.execute("SELECT json->>'$.dataVersion' FROM objects WHERE type = 'header'").fetchone()[0]
    return {
        "dataVersion": header,
        "fundingByQuarter": funding,
        "leaderboards": [{"benchmark": b, "metric": m, "entries": e} for (b, m), e in sorted(boards.items())],
        "ageBreakdown": {
            "metric": ages[0]["metric"], "period": ages[0]["period"],
            "categories": [{"id": a["category"], "label": a["label"], "statistic": a["id"], "value": a["value"]}
                           for a in ages],
            "sum": sum(values) if adds else None,
        },
    }
