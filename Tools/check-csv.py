#!/usr/bin/env python3
"""Loads every CSV export in pandas and in DuckDB and checks it against the JSON export.

usage: python3 Tools/check-csv.py EXPORT.json CSV_DIR
CSV_DIR holds <type>.csv for events, benchmarkResults, fundingRounds, regulations,
statistics (written by `yearbook export --format csv --type <type>`). Checks, per type:
one row per record, ids in the same order, and for every row the id, date,
citation_count and citations_json equal the JSON export's values. Exit 1 on a mismatch.
"""
import json, os, sys
import duckdb
import pandas as pd

export = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[2]
failures = 0
for kind in ["events", "benchmarkResults", "fundingRounds", "regulations", "statistics"]:
    path = os.path.join(folder, kind + ".csv")
    records = export[kind]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        print(f"{kind}: unexpected byte-order mark"); failures += 1
    if b"\r\n" not in raw and records:
        print(f"{kind}: lines do not end in CRLF"); failures += 1
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    duck = duckdb.sql(
        f"SELECT * FROM read_csv('{path}', header=true, all_varchar=true, quote='\"', escape='\"', delim=',', strict_mode=true)"
    ).fetchall()
    problems = []
    if len(frame) != len(records):
        problems.append(f"pandas read {len(frame)} rows for {len(records)} records")
    if len(duck) != len(records):
        problems.append(f"DuckDB read {len(duck)} rows for {len(records)} records")
    for index, record in enumerate(records[: len(frame)]):
        row = frame.iloc[index]
        if row["id"] != record["id"]:
            problems.append(f"row {index}: id {row['id']} != {record['id']}")
            continue
        if row["date"] != (record["date"] or ""):
            problems.append(f"{record['id']}: date {row['date']!r} != {record['date']!r}")
        if int(row["citation_count"]) != len(record["citations"]):
            problems.append(f"{record['id']}: citation_count differs")
        if json.loads(row["citations_json"]) != record["citations"]:
            problems.append(f"{record['id']}: citations_json differs")
        if row["citation1_quote"] != record["citations"][0]["quote"]:
            problems.append(f"{record['id']}: citation1_quote differs")
    duck_ids = [r[0] for r in duck]
    if duck_ids != [r["id"] for r in records]:
        problems.append("DuckDB ids differ from the JSON export")
    for p in problems[:10]:
        print(f"{kind}: {p}")
    failures += len(problems)
    print(f"{kind}: {len(records)} records, pandas {len(frame)} rows, DuckDB {len(duck)} rows, {len(problems)} problems")
sys.exit(1 if failures else 0)
