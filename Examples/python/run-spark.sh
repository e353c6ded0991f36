#!/usr/bin/env bash
# The same three questions on Spark (local mode), from the JSONL export, checked against DuckDB.
# Run ./run.sh first (it writes .data/). Needs Java 17; makes its own environment (.venv-spark).
# Usage: ./run-spark.sh
set -euo pipefail
cd "$(dirname "$0")"
[ -f .data/export.jsonl ] || { echo "run ./run.sh first: .data/export.jsonl is missing" >&2; exit 1; }
if [ ! -x .venv-spark/bin/python ]; then
  python3 -m venv .venv-spark
  .venv-spark/bin/pip install --quiet --disable-pip-version-check -r requirements-spark.txt
fi
.venv-spark/bin/python spark_questions.py --data .data --rates .data/rates.json
