#!/usr/bin/env bash
# Runs the AIYearbook benchmarks in release mode next to pandas and DuckDB on the
# same exported data, and prints each workload's median time and its ratio.
# Claims about AIYearbook's speed come from this script's output only.
set -euo pipefail
cd "$(dirname "$0")"
reps=${1:-21}
work=.build-bench
mkdir -p "$work"
(cd .. && swift build -c release --product yearbook >/dev/null && "$(swift build -c release --show-bin-path)/yearbook" export) >"$work/export.json"
swift build -c release >/dev/null
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet pandas duckdb
fi
swift_json=$("$(swift build -c release --show-bin-path)/YearbookBenchmarks" "$work/export.json" "$reps")
ref_json=$("$work/venv/bin/python" reference/reference.py "$work/export.json" "$reps")
"$work/venv/bin/python" - "$swift_json" "$ref_json" <<'PY'
import json, sys
swift = json.loads(sys.argv[1]); ref = json.loads(sys.argv[2])
print(f"{'workload':<16}{'AIYearbook ms':>15}{'pandas ms':>12}{'DuckDB ms':>12}{'pandas/AY':>11}{'DuckDB/AY':>11}")
for k in sorted(swift):
    s, p, d = swift[k], ref["pandas"][k], ref["duckdb"][k]
    print(f"{k:<16}{s:>15.3f}{p:>12.3f}{d:>12.3f}{p / s:>11.1f}{d / s:>11.1f}")
print("(ratios > 1: AIYearbook is faster; medians of the same number of repetitions, one run, one machine)")
PY
