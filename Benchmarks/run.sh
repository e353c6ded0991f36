#!/usr/bin/env bash
# The AIYearbook benchmark: N synthetic funding rounds in the export format (JSON and
# JSON Lines), ingested and queried through the library's public API, beside DuckDB,
# pandas and a hand-written Swift loop (the floor), plus today's small-data workloads
# and the CLI's start. Every engine's answers must agree, or the script fails.
#
# usage: Benchmarks/run.sh [N]            N rounds (default 1,000,000); writes results/latest.json
#        Benchmarks/run.sh --quick [OUT]  10,000 rounds; writes OUT (default ../.build-ci/bench-10k.json)
# Needs the Swift toolchain and python3; installs pandas and DuckDB into a virtual
# environment under .build-bench/ (or uses the one YEARBOOK_BENCH_VENV names, if it has them).
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
count=1000000
out=$here/results/latest.json
if [ "${1:-}" = "--quick" ]; then
  count=10000
  out=${2:-$here/../.build-ci/bench-10k.json}
elif [ $# -ge 1 ]; then
  count=$1
fi
case $count in '' | *[!0-9]*) echo "run.sh: N must be a number, not '$count'" >&2; exit 2 ;; esac
work=$here/.build-bench/n$count
mkdir -p "$work"

step() { echo "==> $*" >&2; }

step "release builds"
(cd .. && swift build -c release --product yearbook >&2)
yearbook=$(cd .. && swift build -c release --show-bin-path)/yearbook
swift build -c release >&2
harness=$(swift build -c release --show-bin-path)/YearbookBenchmarks

venv=${YEARBOOK_BENCH_VENV:-$here/.build-bench/venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pandas, duckdb" 2>/dev/null; then
  step "python environment (pandas, duckdb)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check pandas duckdb
fi
python=$venv/bin/python

step "generate $count rounds"
"$harness" generate "$count" "$work/data"
ls -l "$work/data" >&2

step "every generated record validates (the first 10,000 rounds, as JSON and JSON Lines)"
sample=$work/data
if [ "$count" -gt 10000 ]; then
  sample=$work/sample
  "$harness" generate 10000 "$sample"
fi
"$harness" validate "$sample/rounds.json" "$sample/rounds.jsonl"

# Fresh processes that only ingest: the time of Yearbook.load and the peak resident size.
reps=1
if [ "$count" -le 20000 ]; then reps=5; elif [ "$count" -le 200000 ]; then reps=3; fi
for format in json jsonl; do
  step "yearbook ingest of rounds.$format, $reps fresh processes"
  : >"$work/ingest-$format.jsonl"
  for _ in $(seq "$reps"); do "$harness" ingest "$work/data/rounds.$format" | tee -a "$work/ingest-$format.jsonl" >&2; done
done

step "yearbook Q1–Q4 (public API) and the floor"
"$harness" queries "$work/data/rounds.json" "$count" "$work/answers-yearbook.json" >"$work/yearbook-queries.json"
step "DuckDB and pandas: ingest and Q1–Q4"
(cd reference && "$python" large.py "$work/data" "$work/answers-reference.json") >"$work/reference-large.json"
step "answers of Q1–Q4"
"$python" reference/compare.py "$work/answers-yearbook.json" "$work/answers-reference.json"

step "small workloads on the embedded data"
mkdir -p "$work/export/csv"
"$yearbook" export --format json >"$work/export/export.json"
for kind in events benchmarkResults fundingRounds regulations statistics; do
  "$yearbook" export --format csv --type "$kind" >"$work/export/csv/$kind.csv"
done
"$harness" small "$work/answers-yearbook-small.json" >"$work/yearbook-small.json"
(cd reference && "$python" small.py "$work/export" "$yearbook" "$harness" "$work/answers-reference-small.json") \
  >"$work/reference-small.json"
step "answers of the small workloads"
"$python" reference/compare.py "$work/answers-yearbook-small.json" "$work/answers-reference-small.json"

"$python" reference/report.py "$work" "$out" "$count"
