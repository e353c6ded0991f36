#!/usr/bin/env python3
"""Today's small-data workloads in DuckDB and pandas on the embedded data's exports,
and the start-up of each tool answering the CLI's typical call.

usage: small.py EXPORT_DIR YEARBOOK HARNESS ANSWERS.json
EXPORT_DIR holds csv/<kind>.csv (yearbook export --format csv --type <kind>).
Prints {name: {"yearbook_ms"?, "duckdb_ms", "pandas_ms"}} of medians and writes
the answers of filter, group and count ({"duckdb": …, "pandas": …}) to ANSWERS.json.

- load: read the five CSV exports into frames/tables (the library: Yearbook.embedded(),
  first call, in a fresh process, timed inside it).
- filter: events dated during 2025-12 (DESIGN §6 `during`: inside, or overlapping and
  dated at least to the month); group: events by quarter of their date's start (coarser
  dates keep their own group); count: events tagged `agents`.
- search-first: building the searchable texts (the library: its first search, which
  builds the index); search-<term>: case-insensitive substring search over every text
  column of every record (the library: its ranked word search, warm). Counts differ by
  design (substrings against words), so search answers are not compared.
- cli-events: `yearbook events --from 2025-12 --format json` against a Python script
  answering the same from events.csv, interpreter start included; cli-version:
  `yearbook --version` against `python -c "import pandas"` / `"import duckdb"`.
"""
import json
import os
import subprocess
import sys
import time

import duckdb
import pandas as pd

from common import median, row

export_dir, yearbook, harness, answers_path = sys.argv[1:5]
csv_dir = os.path.join(export_dir, "csv")
KINDS = ["events", "benchmarkResults", "fundingRounds", "regulations", "statistics"]
TERMS = ["age", "unicorn", "人工智能"]
python = sys.executable
results, answers = {}, {"duckdb": {}, "pandas": {}}


def precision(date):
    """0 year … 4 day; for a span the coarser end; None when undated."""
    if not date:
        return None

    def one(part):
        if "-H" in part:
            return 1
        if "-Q" in part:
            return 2
        return {4: 0, 7: 3, 10: 4}[len(part)]

    return min(one(part) for part in date.split("/"))


def bucket(date):
    if not date:
        return "(none)"
    start = date.split("/")[0]
    if precision(start) <= 2:
        return start
    return f"{start[:4]}-Q{(int(start[5:7]) + 2) // 3}"


# ---------------------------------------------------------------- pandas


def pandas_load():
    frames = {k: pd.read_csv(os.path.join(csv_dir, f"{k}.csv"), dtype=str, keep_default_na=False) for k in KINDS}
    frames["events"]["precision"] = frames["events"]["date"].map(precision)
    return frames


def pandas_texts(frames):
    columns = [f.drop(columns=["precision"], errors="ignore") for f in frames.values()]
    return pd.concat([f.agg("\n".join, axis=1) for f in columns], ignore_index=True).str.lower()


def pandas_filter(events):
    lo, hi = "2025-12-01", "2025-12-31"
    start, end = events["date.start"], events["date.end"]
    dated = events["date"] != ""
    inside = (start >= lo) & (end <= hi)
    overlaps = (end >= lo) & (start <= hi)
    count = int((dated & (inside | (overlaps & (events["precision"] >= 3)))).sum())
    return [row("events during 2025-12", count)]


def pandas_group(events):
    counts = events["date"].map(bucket).value_counts()
    return sorted((row(k, c) for k, c in counts.items()), key=lambda r: r["key"])


def pandas_count(events):
    return [row("events tagged agents", int(events["tags"].str.contains(r"(?:^|;)agents(?:;|$)").sum()))]


results["load"] = {"pandas_ms": median(pandas_load, 5, 51, 3)[0]}
frames = pandas_load()
events = frames["events"]
results["search-first"] = {"pandas_ms": median(lambda: pandas_texts(frames), 5, 51, 3)[0]}
texts = pandas_texts(frames)
for name, fn in [("filter", pandas_filter), ("group", pandas_group), ("count", pandas_count)]:
    ms, answers["pandas"][name] = median(lambda: fn(events), 11, 201, 1)
    results[name] = {"pandas_ms": ms}
for term in TERMS:
    results[f"search-{term}"] = {"pandas_ms": median(lambda: int(texts.str.contains(term, regex=False).sum()),
                                                     11, 201, 1)[0]}

# ---------------------------------------------------------------- DuckDB

con = duckdb.connect()
PRECISION_SQL = """
CASE WHEN coalesce(date, '') = '' THEN NULL ELSE least(
  CASE WHEN contains(split_part(date, '/', 1), '-H') THEN 1 WHEN contains(split_part(date, '/', 1), '-Q') THEN 2
       ELSE CASE length(split_part(date, '/', 1)) WHEN 4 THEN 0 WHEN 7 THEN 3 ELSE 4 END END,
  CASE WHEN NOT contains(date, '/') THEN 4 WHEN contains(split_part(date, '/', 2), '-H') THEN 1
       WHEN contains(split_part(date, '/', 2), '-Q') THEN 2
       ELSE CASE length(split_part(date, '/', 2)) WHEN 4 THEN 0 WHEN 7 THEN 3 ELSE 4 END END) END"""


def duck_load():
    for kind in KINDS:
        path = os.path.join(csv_dir, f"{kind}.csv")
        extra = f", {PRECISION_SQL} AS precision" if kind == "events" else ""
        con.execute(f"CREATE OR REPLACE TABLE {kind} AS SELECT *{extra} "
                    f"FROM read_csv('{path}', header = true, all_varchar = true)")


def duck_texts():
    con.execute("CREATE OR REPLACE TABLE texts AS "
                + " UNION ALL ".join(
                    f"SELECT lower(concat_ws(chr(10), *COLUMNS(* EXCLUDE (precision)))) AS text FROM {k}" if k == "events"
                    else f"SELECT lower(concat_ws(chr(10), *COLUMNS(*))) AS text FROM {k}" for k in KINDS))


DUCK = {
    "filter": """SELECT 'events during 2025-12', count(*) FROM events WHERE date <> '' AND (
      ("date.start" >= '2025-12-01' AND "date.end" <= '2025-12-31')
      OR ("date.end" >= '2025-12-01' AND "date.start" <= '2025-12-31' AND precision >= 3))""",
    "group": """SELECT CASE WHEN coalesce(date, '') = '' THEN '(none)'
        WHEN contains(split_part(date, '/', 1), '-H') OR contains(split_part(date, '/', 1), '-Q')
          OR length(split_part(date, '/', 1)) = 4 THEN split_part(date, '/', 1)
        ELSE substr(date, 1, 4) || '-Q' || CAST((CAST(substr(date, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) END AS b,
      count(*) FROM events GROUP BY b ORDER BY b""",
    "count": "SELECT 'events tagged agents', count(*) FROM events WHERE list_contains(string_split(tags, ';'), 'agents')",
}
results["load"]["duckdb_ms"] = median(duck_load, 5, 51, 3)[0]
results["search-first"]["duckdb_ms"] = median(duck_texts, 5, 51, 3)[0]
for name, sql in DUCK.items():
    ms, answer = median(lambda: con.execute(sql).fetchall(), 11, 201, 1)
    results[name]["duckdb_ms"] = ms
    answers["duckdb"][name] = sorted((row(k, c) for k, c in answer), key=lambda r: r["key"])
for term in TERMS:
    results[f"search-{term}"]["duckdb_ms"] = median(
        lambda: con.execute("SELECT count(*) FROM texts WHERE contains(text, ?)", [term]).fetchall(), 11, 201, 1)[0]
con.close()

# ---------------------------------------------------------------- processes

events_csv = os.path.join(csv_dir, "events.csv")
PANDAS_CLI = f"""
import sys, pandas as pd
e = pd.read_csv({events_csv!r}, dtype=str, keep_default_na=False)
def precision(d):
    parts = d.split('/')
    return min(1 if '-H' in p else 2 if '-Q' in p else {{4: 0, 7: 3, 10: 4}}[len(p)] for p in parts)
dated = e['date'] != ''
p = e['date'].map(lambda d: precision(d) if d else -1)
m = dated & ((e['date.start'] >= '2025-12-01') | ((e['date.end'] >= '2025-12-01') & (p >= 3)))
sys.stdout.write(e[m].to_json(orient='records', force_ascii=False))
"""
DUCKDB_CLI = f"""
import json, sys, duckdb
r = duckdb.sql('''SELECT * FROM read_csv({events_csv!r}, header = true, all_varchar = true) WHERE date <> '' AND (
  "date.start" >= '2025-12-01' OR ("date.end" >= '2025-12-01' AND NOT regexp_matches(date, '(^|/)[0-9]{{4}}(-[HQ][0-9])?(/|$)')))''')
sys.stdout.write(json.dumps([dict(zip(r.columns, t)) for t in r.fetchall()], ensure_ascii=False))
"""
COMMANDS = {
    "cli-events": {
        "yearbook_ms": [yearbook, "events", "--from", "2025-12", "--format", "json"],
        "pandas_ms": [python, "-c", PANDAS_CLI],
        "duckdb_ms": [python, "-c", DUCKDB_CLI],
    },
    "cli-version": {
        "yearbook_ms": [yearbook, "--version"],
        "pandas_ms": [python, "-c", "import pandas"],
        "duckdb_ms": [python, "-c", "import duckdb"],
    },
}


def run(command):
    return subprocess.run(command, check=True, stdout=subprocess.PIPE).stdout


def timed_runs(command, minimum=5, maximum=31, budget=10.0):
    run(command)  # warm the page cache
    return median(lambda: run(command), minimum, maximum, budget)


outputs = {}
for name, commands in COMMANDS.items():
    results[name] = {}
    for key, command in commands.items():
        results[name][key], outputs[(name, key)] = timed_runs(command)
ids = {key: sorted(r["id"] for r in json.loads(outputs[("cli-events", key)])) for key in COMMANDS["cli-events"]}
for key, engine in [("yearbook_ms", "yearbook-cli"), ("pandas_ms", "pandas"), ("duckdb_ms", "duckdb")]:
    answers.setdefault(engine, {})["cli-events"] = [row(i, 1) for i in ids[key]]

# Yearbook.embedded() and the first search, each in a fresh process, timed inside it.
cold = [json.loads(run([harness, "cold"])) for _ in range(11)]
results["load"]["yearbook_ms"] = sorted(c["embedded_ms"] for c in cold)[5]
results["search-first"]["yearbook_ms"] = sorted(c["first_search_ms"] for c in cold)[5]

json.dump(answers, open(answers_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
print(json.dumps(results, sort_keys=True, ensure_ascii=False))
