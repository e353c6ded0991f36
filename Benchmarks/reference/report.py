#!/usr/bin/env python3
"""Assembles the report from the parts run.sh measured, writes it, and prints the
ratios against the goals of the performance issue.

usage: report.py WORK_DIR OUT.json N
WORK_DIR holds ingest-json.jsonl / ingest-jsonl.jsonl (one line per fresh `ingest`
process), yearbook-queries.json, reference-large.json, yearbook-small.json,
reference-small.json and data/rounds.json[l] (for the file sizes).
"""
import json
import os
import statistics
import sys

work, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])


def read(name):
    return json.load(open(os.path.join(work, name), encoding="utf-8"))


def ingest_runs(name):
    runs = [json.loads(line) for line in open(os.path.join(work, name), encoding="utf-8") if line.strip()]
    return statistics.median(r["ms"] for r in runs), max(r["peak_mb"] for r in runs)


yearbook_queries, large = read("yearbook-queries.json"), read("reference-large.json")
yearbook_small, small = read("yearbook-small.json"), read("reference-small.json")
report = {"queries": [], "ingest": {}, "ingest_jsonl": {}, "small": []}
for name in ["Q1", "Q2", "Q3", "Q4"]:
    report["queries"].append({
        "name": name, "yearbook_ms": yearbook_queries[name]["yearbook_ms"], "duckdb_ms": large["queries"][name]["duckdb_ms"],
        "pandas_ms": large["queries"][name]["pandas_ms"], "floor_ms": yearbook_queries[name]["floor_ms"]})
for key, log in [("ingest", "ingest-json.jsonl"), ("ingest_jsonl", "ingest-jsonl.jsonl")]:
    ms, peak = ingest_runs(log)
    report[key] = {"yearbook_ms": ms, "duckdb_ms": large[key]["duckdb_ms"], "pandas_ms": large[key]["pandas_ms"],
                   "yearbook_peak_mb": peak}
for name in ["load", "filter", "group", "count", "search-first", "search-age", "search-unicorn", "search-人工智能",
             "cli-events", "cli-version"]:
    yearbook_ms = small[name].get("yearbook_ms", yearbook_small.get(name))
    report["small"].append({"name": name, "yearbook_ms": yearbook_ms, "duckdb_ms": small[name]["duckdb_ms"],
                            "pandas_ms": small[name]["pandas_ms"]})
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    json.dump(report, f, ensure_ascii=False, indent=2)
    f.write("\n")

# ---------------------------------------------------------------- the table


def ratio(a, b):
    return f"{a / b:.3g}×" if a and b else "–"


sizes = {k: os.path.getsize(os.path.join(work, "data", f)) / 2**20 for k, f in
         [("ingest", "rounds.json"), ("ingest_jsonl", "rounds.jsonl")]}
print(f"\nN = {count:,} synthetic funding rounds (merged with the embedded data); ratios are AIYearbook ÷ other, "
      "lower is better\n")
print(f"{'workload':<18}{'÷ DuckDB':>10}{'÷ pandas':>10}{'÷ floor':>10}   goal")
for q in report["queries"]:
    goal = "≤ 0.2× DuckDB " + ("met" if q["yearbook_ms"] <= 0.2 * q["duckdb_ms"] else "NOT met")
    print(f"{q['name']:<18}{ratio(q['yearbook_ms'], q['duckdb_ms']):>10}{ratio(q['yearbook_ms'], q['pandas_ms']):>10}"
          f"{ratio(q['yearbook_ms'], q['floor_ms']):>10}   {goal}")
for key in ["ingest", "ingest_jsonl"]:
    i = report[key]
    memory = i["yearbook_peak_mb"] / sizes[key]
    goal = (f"≤ 1.0× DuckDB {'met' if i['yearbook_ms'] <= i['duckdb_ms'] else 'NOT met'}; peak {memory:.2f}× the "
            f"{sizes[key]:.0f} MiB file (≤ 3×) {'met' if memory <= 3 else 'NOT met'}")
    print(f"{key:<18}{ratio(i['yearbook_ms'], i['duckdb_ms']):>10}{ratio(i['yearbook_ms'], i['pandas_ms']):>10}"
          f"{'':>10}   {goal}")
by_name = {s["name"]: s for s in report["small"]}
version = by_name["cli-version"]["yearbook_ms"]
for s in report["small"]:
    goal = ""
    if s["name"] == "cli-events":
        goal = (f"{s['yearbook_ms'] / version:.2f}× `yearbook --version` (≤ 3×), "
                f"{s['yearbook_ms'] / s['pandas_ms']:.3f}× pandas (≤ 0.05×)")
    elif s["name"] == "load":
        goal = f"Yearbook.embedded() {s['yearbook_ms'] / version:.2f}× `yearbook --version` (≤ 3×)"
    elif s["name"].startswith("search-") and s["name"] != "search-first":
        goal = "≤ 1.0× pandas " + ("met" if s["yearbook_ms"] <= s["pandas_ms"] else "NOT met")
    print(f"{s['name']:<18}{ratio(s['yearbook_ms'], s['duckdb_ms']):>10}{ratio(s['yearbook_ms'], s['pandas_ms']):>10}"
          f"{'':>10}   {goal}")
print(f"\n(report: {out}; medians in milliseconds; one run, one machine)")
