#!/usr/bin/env bash
# Answers three questions about the AIYearbook data with pandas and DuckDB, from the exports.
# Makes its own virtual environment (.venv), builds the yearbook CLI, exports the data to .data/,
# takes the exchange rates from the library (the ratesUsed of `yearbook funding --currency USD`),
# and runs questions.py. Usage: ./run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
fi

swift build --package-path "$root" --product yearbook >&2
yearbook="$(swift build --package-path "$root" --show-bin-path)/yearbook"

mkdir -p .data/csv
"$yearbook" export --format jsonl >.data/export.jsonl
for type in fundingRounds benchmarkResults statistics; do
  "$yearbook" export --format csv --type "$type" >".data/csv/$type.csv"
done
# The library's own rates: every rate its USD totals used (one per currency and year).
"$yearbook" funding --group-by year --currency USD --format json >.data/rates.json

.venv/bin/python questions.py --data .data --rates .data/rates.json --out .data
