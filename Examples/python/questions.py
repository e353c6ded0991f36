"""Answer three questions about the AIYearbook data with pandas and with DuckDB, and print both.

    python questions.py --data DIR --rates RATES.json [--out DIR]

DIR holds `export.jsonl` (`yearbook export --format jsonl`) and `csv/<type>.csv`
(`yearbook export --format csv --type <type>`); RATES.json is the library's rates: the
AnalysisReport's rates.json, or `yearbook funding --group-by year --currency USD --format json`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import answers_duckdb
import answers_pandas
from common import compare, load_rates, print_answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--rates", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="write answers-pandas.json and answers-duckdb.json here")
    args = parser.parse_args()
    table, rates = load_rates(args.rates)
    results = {
        "pandas": answers_pandas.answers(args.data, table, rates),
        "duckdb": answers_duckdb.answers(args.data, table, rates),
    }
    for name, answers in results.items():
        print_answers(name, answers)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"answers-{name}.json").write_text(json.dumps(answers, indent=2, ensure_ascii=False) + "\n")
    problems = compare(results["duckdb"], results["pandas"], "pandas vs DuckDB")
    for problem in problems:
        print(problem)
    print("pandas and DuckDB agree" if not problems else f"{len(problems)} differences")
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
