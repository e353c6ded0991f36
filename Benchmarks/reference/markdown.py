#!/usr/bin/env python3
"""Prints the ratios of a report (results/latest.json) as the Markdown table of README.md.

usage: markdown.py REPORT.json
"""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))


def ratio(a, b):
    return f"{a / b:.3g}×" if a and b else "–"


print("| workload | ÷ DuckDB | ÷ pandas | ÷ floor | goal | met |")
print("| --- | ---: | ---: | ---: | --- | --- |")
for q in report["queries"]:
    met = q["yearbook_ms"] <= 0.2 * q["duckdb_ms"]
    print(f"| {q['name']} | {ratio(q['yearbook_ms'], q['duckdb_ms'])} | {ratio(q['yearbook_ms'], q['pandas_ms'])} "
          f"| {ratio(q['yearbook_ms'], q['floor_ms'])} | ≤ 0.2× DuckDB | {'yes' if met else 'no'} |")
for key in ["ingest", "ingest_jsonl"]:
    i = report[key]
    met = i["yearbook_ms"] <= i["duckdb_ms"]
    print(f"| {key} | {ratio(i['yearbook_ms'], i['duckdb_ms'])} | {ratio(i['yearbook_ms'], i['pandas_ms'])} | "
          f"| ≤ 1.0× DuckDB | {'yes' if met else 'no'} |")
small = {s["name"]: s for s in report["small"]}
version = small["cli-version"]["yearbook_ms"]
for s in report["small"]:
    goal, met = "", ""
    if s["name"] == "cli-events":
        goal = f"≤ 3× `yearbook --version` (is {s['yearbook_ms'] / version:.2f}×); ≤ 0.05× pandas"
        met = "yes" if s["yearbook_ms"] <= 3 * version and s["yearbook_ms"] <= 0.05 * s["pandas_ms"] else "no"
    elif s["name"] == "load":
        goal = f"`Yearbook.embedded()` ≤ 3× `yearbook --version` (is {s['yearbook_ms'] / version:.2f}×)"
        met = "yes" if s["yearbook_ms"] <= 3 * version else "no"
    elif s["name"].startswith("search-") and s["name"] != "search-first":
        goal, met = "≤ 1.0× pandas", "yes" if s["yearbook_ms"] <= s["pandas_ms"] else "no"
    print(f"| {s['name']} | {ratio(s['yearbook_ms'], s['duckdb_ms'])} | {ratio(s['yearbook_ms'], s['pandas_ms'])} "
          f"| | {goal} | {met} |")
