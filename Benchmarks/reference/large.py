#!/usr/bin/env python3
"""Ingest and Q1–Q4 in DuckDB and pandas, on the files the Swift harness generated.

usage: large.py DIR ANSWERS.json
DIR holds rounds.json (the export format), rounds.jsonl and rates.json (the
library's default rate table for the years and currencies used). Prints one
JSON object of median milliseconds:
  {"ingest": {"duckdb_ms", "pandas_ms"}, "ingest_jsonl": {…},
   "queries": {"Q1": {"duckdb_ms", "pandas_ms"}, …}}
and writes the answers ({"duckdb": {"Q1": rows…}, "pandas": {…}}) to ANSWERS.json.

The queries run on the tables read from the JSON file. DuckDB runs with its
default settings; only maximum_object_size is raised, without which read_json
refuses an export file (one JSON object) larger than 16 MB.
"""
import json
import os
import sys

import duckdb
import pandas as pd

from common import median, row, top, usd_factors

directory, answers_path = sys.argv[1], sys.argv[2]
json_path = os.path.join(directory, "rounds.json")
jsonl_path = os.path.join(directory, "rounds.jsonl")
factors = usd_factors(os.path.join(directory, "rates.json"))
size = os.path.getsize(json_path)
ingest_budget = 20.0

# ---------------------------------------------------------------- DuckDB

con = duckdb.connect()
con.execute("CREATE TABLE factors (currency VARCHAR, year INTEGER, factor DOUBLE)")
con.executemany("INSERT INTO factors VALUES (?, ?, ?)", [(c, y, f) for (c, y), f in factors.items()])

DUCK_JSON = f"""
CREATE OR REPLACE TABLE rounds AS
SELECT r.* REPLACE (CAST(r.date AS DATE) AS date)
FROM (SELECT unnest(fundingRounds) AS r
      FROM read_json('{json_path}', maximum_object_size = {size + (1 << 20)}))
"""
DUCK_JSONL = f"""
CREATE OR REPLACE TABLE rounds_jsonl AS
SELECT * EXCLUDE (type) REPLACE (CAST(date AS DATE) AS date)
FROM read_json('{jsonl_path}')
WHERE type = 'fundingRounds'
"""

# Amounts convert at the year of the round's date; rounds without an amount count but add nothing.
DUCK_QUERIES = {
    "Q1": """
SELECT '2024|agents' AS key, count(*) AS count, 0.0 AS total
FROM rounds WHERE year(date) = 2024 AND list_contains(tags, 'agents')""",
    "Q2": """
SELECT country AS key, count(*) AS count, coalesce(sum(CAST(x.amount.amount AS DOUBLE) * f.factor), 0) AS total
FROM (SELECT unnest(regions) AS country, amount, year(date) AS year FROM rounds) x
LEFT JOIN factors f ON f.currency = x.amount.currency AND f.year = x.year
GROUP BY country ORDER BY total DESC, key LIMIT 10""",
    "Q3": """
SELECT year(date) || '-Q' || quarter(date) || '|' || coalesce(roundLabel, '(none)') AS key, count(*) AS count,
       coalesce(sum(CAST(r.amount.amount AS DOUBLE) * f.factor), 0) AS total
FROM rounds r LEFT JOIN factors f ON f.currency = r.amount.currency AND f.year = year(r.date)
GROUP BY key ORDER BY key""",
    "Q4": """
SELECT p.organization AS key, count(*) AS count, coalesce(sum(CAST(x.amount.amount AS DOUBLE) * f.factor), 0) AS total
FROM (SELECT unnest(parties) AS p, amount, year(date) AS year FROM rounds) x
LEFT JOIN factors f ON f.currency = x.amount.currency AND f.year = x.year
WHERE p.role IN ('recipient', 'target')
GROUP BY key ORDER BY total DESC, key LIMIT 20""",
}


def duck_rows(sql):
    return [row(k, c, t) for k, c, t in con.execute(sql).fetchall()]


results = {"ingest": {}, "ingest_jsonl": {}, "queries": {}}
results["ingest"]["duckdb_ms"], _ = median(lambda: con.execute(DUCK_JSON), 1, 5, ingest_budget)
results["ingest_jsonl"]["duckdb_ms"], _ = median(lambda: con.execute(DUCK_JSONL), 1, 5, ingest_budget)
con.execute("DROP TABLE rounds_jsonl")
answers = {"duckdb": {}, "pandas": {}}
for name, sql in DUCK_QUERIES.items():
    ms, answer = median(lambda: duck_rows(sql))
    results["queries"][name] = {"duckdb_ms": ms}
    answers["duckdb"][name] = answer
con.close()

# ---------------------------------------------------------------- pandas

COLUMNS = ["id", "date", "kind", "roundLabel", "tags", "regions", "parties", "amount.amount", "amount.currency"]


def pandas_json():
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    frame = pd.json_normalize(data["fundingRounds"])
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame


def pandas_jsonl():
    frame = pd.read_json(jsonl_path, lines=True, dtype=False)
    frame = frame[frame["type"] == "fundingRounds"].reset_index(drop=True)
    amounts = pd.json_normalize(frame["amount"].map(lambda a: a if isinstance(a, dict) else {}).tolist())
    frame["amount.amount"] = amounts["amount"]
    frame["amount.currency"] = amounts["currency"]
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame


results["ingest_jsonl"]["pandas_ms"], _ = median(pandas_jsonl, 1, 3, ingest_budget)
results["ingest"]["pandas_ms"], rounds = median(pandas_json, 1, 3, ingest_budget)
rates = pd.DataFrame([(c, y, f) for (c, y), f in factors.items()], columns=["amount.currency", "year", "factor"])


def with_usd(frame):
    """The frame with `year` and `usd` (NaN for rounds without an amount)."""
    frame = frame.assign(year=frame["date"].dt.year)
    frame = frame.merge(rates, on=["amount.currency", "year"], how="left")
    return frame.assign(usd=frame["amount.amount"].astype(float) * frame["factor"])


def grouped_rows(frame, key):
    groups = frame.groupby(key, dropna=False).agg(count=("usd", "size"), total=("usd", "sum"))
    return [row(k, c, t) for k, c, t in zip(groups.index, groups["count"], groups["total"])]


def pandas_q1():
    mask = (rounds["date"].dt.year == 2024) & rounds["tags"].map(lambda tags: "agents" in tags)
    return [row("2024|agents", int(mask.sum()))]


def pandas_q2():
    frame = with_usd(rounds[["date", "regions", "amount.amount", "amount.currency"]]).explode("regions")
    return top(grouped_rows(frame, "regions"), 10)


def pandas_q3():
    frame = with_usd(rounds[["date", "roundLabel", "amount.amount", "amount.currency"]])
    key = (frame["year"].astype(str) + "-Q" + frame["date"].dt.quarter.astype(str) + "|"
           + frame["roundLabel"].fillna("(none)"))
    return sorted(grouped_rows(frame.assign(key=key), "key"), key=lambda r: r["key"])


def pandas_q4():
    frame = with_usd(rounds[["date", "parties", "amount.amount", "amount.currency"]]).explode("parties")
    frame = frame[frame["parties"].map(lambda p: p["role"] in ("recipient", "target"))]
    frame = frame.assign(organization=frame["parties"].map(lambda p: p["organization"]))
    return top(grouped_rows(frame, "organization"), 20)


for name, fn in [("Q1", pandas_q1), ("Q2", pandas_q2), ("Q3", pandas_q3), ("Q4", pandas_q4)]:
    ms, answer = median(fn)
    results["queries"][name]["pandas_ms"] = ms
    answers["pandas"][name] = answer

json.dump(answers, open(answers_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(json.dumps(results, sort_keys=True))
