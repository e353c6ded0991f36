"""Check that pandas and DuckDB give the Swift AnalysisReport's answers (run by .ci/run).

    python check.py --data DIR --report REPORT_DIR

DIR holds export.jsonl and csv/; REPORT_DIR is where AnalysisReport wrote answers.json and
rates.json (the rates the library used, which the Python side converts with).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import answers_duckdb
import answers_pandas
from common import compare, load_rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args()
    swift = json.loads((args.report / "answers.json").read_text(encoding="utf-8"))
    table, rates = load_rates(args.report / "rates.json")
    engines = {
        "pandas": answers_pandas.answers(args.data, table, rates),
        "DuckDB": answers_duckdb.answers(args.data, table, rates),
    }
    print(f"{'group':8} {'Swift (USD)':>22} {'pandas':>22} {'DuckDB':>22}")
    rows = {name: {g["group"]: g for g in answers["fundingByQuarter"]} for name, answers in engines.items()}
    for group in swift["fundingByQuarter"]:
        cells = [group["total"]] + [rows[name].get(group["group"], {}).get("total") for name in engines]
        print(f"{group['group'] or 'undated':8} " + " ".join(f"{c!s:>22}" for c in cells))
    print(f"leaderboards: Swift {len(swift['leaderboards'])}, "
          + ", ".join(f"{n} {len(a['leaderboards'])}" for n, a in engines.items()))
    print("age: Swift " + str([c["value"] for c in swift["ageBreakdown"]["categories"]]) + ", "
          + ", ".join(f"{n} {[c['value'] for c in a['ageBreakdown']['categories']]}" for n, a in engines.items()))
    problems = [p for name, answers in engines.items() for p in compare(swift, answers, f"{name} vs Swift")]
    for problem in problems:
        print(problem)
    if problems:
        raise SystemExit(f"{len(problems)} differences from the Swift report")
    print("pandas and DuckDB answers equal the Swift report's")


if __name__ == "__main__":
    main()
