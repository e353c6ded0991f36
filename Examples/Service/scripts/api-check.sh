#!/usr/bin/env bash
# Checks the running server against its contract: starts the built YearbookServer on a
# free port of 127.0.0.1 and runs schemathesis (PyPI, in a virtual environment this
# script makes) against Sources/YearbookService/openapi.yaml — every operation,
# examples, boundary (coverage) and generated (fuzzing) inputs, positive and negative —
# with the checks
#   not_a_server_error, status_code_conformance, content_type_conformance,
#   response_schema_conformance, negative_data_rejection.
#
# usage: scripts/api-check.sh [MAX_EXAMPLES]     (default 40 per operation and phase)
#
# One worker: CPython 3.11's parser is not thread-safe under Hypothesis's lambda
# introspection ("AST constructor recursion depth mismatch" with two workers).
#
# Environment: YEARBOOK_SERVER  the server binary (default: build it, debug, and use it)
#              API_CHECK_VENV   where the virtual environment lives (default .build/api-check-venv)
#              SCHEMATHESIS     a pinned requirement (default schemathesis==4.32.5)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
examples=${1:-40}
venv=${API_CHECK_VENV:-.build/api-check-venv}
requirement=${SCHEMATHESIS:-schemathesis==4.32.5}

server=$(service_server_binary)

if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$requirement"
fi

service_start "$server"

report=$(mktemp -d)
service_cleanup_later "$report"
status=0
"$venv/bin/schemathesis" run Sources/YearbookService/openapi.yaml \
  --url "$service_url" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
  --phases examples,coverage,fuzzing \
  --mode all \
  --max-examples "$examples" \
  --seed 20251231 \
  --workers 1 \
  --request-timeout 10 \
  --suppress-health-check too_slow,filter_too_much \
  --report junit --report-junit-path "$report/junit.xml" \
  --no-color || status=$?

python3 - "$report/junit.xml" <<'PY' || true
import sys, xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except Exception as error:
    sys.exit(f"no junit report: {error}")
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
tests = sum(int(s.get("tests", 0)) for s in suites)
failures = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
skipped = sum(int(s.get("skipped", 0)) for s in suites)
print(f"api-check: {tests - failures - skipped} passed, {failures} failed, {skipped} skipped")
PY
rm -rf "$report"
exit $status
