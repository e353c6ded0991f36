#!/usr/bin/env bash
# The service under load: starts the built YearbookServer on a free port of 127.0.0.1 and
# drives it with wrk (Debian's package, installed when missing) over the mix of list,
# search, group and record requests in scripts/load-mix.lua, then fails unless
#   - wrk saw no socket error (connect, read, write, timeout: 10 s per request),
#   - every response was 2xx (the mix holds only valid requests; load-mix.lua counts),
#   - every answer sampled with curl during the run (rounds of every path at once, started
#     while wrk runs) equals, byte for byte, the answer the idle server gave before the run,
#   - memory is flat: the server's resident set (VmRSS of /proc/PID/status) at the end
#     of the run is at most LOAD_CHECK_RSS_SLACK_MB (default 16) MiB and 10% above what
#     it was after the warm-up (a run of the same mix at the same number of connections,
#     which builds the yearbook's caches and the connections' buffers).
#
# usage: scripts/load-check.sh [SECONDS] [CONNECTIONS]   (default 10 s at 8 connections)
#
# Environment: YEARBOOK_SERVER         the server binary (default: build it, debug, and use it)
#              LOAD_CHECK_THREADS      wrk threads (default 2, at most CONNECTIONS)
#              LOAD_CHECK_WARMUP       seconds of warm-up (default 3)
#              LOAD_CHECK_RSS_SLACK_MB the absolute part of the memory bound (default 16)
#
# The last line sums the run up: requests, throughput, p99 latency and the RSS after the
# warm-up, at its peak and at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
duration=${1:-10}
connections=${2:-8}
threads=${LOAD_CHECK_THREADS:-2}
[ "$threads" -le "$connections" ] || threads=$connections
warmup=${LOAD_CHECK_WARMUP:-3}
slack_mb=${LOAD_CHECK_RSS_SLACK_MB:-16}

service_apt_install wrk curl
server=$(service_server_binary)
service_start "$server"
work=$(mktemp -d)
service_cleanup_later "$work"

mapfile -t paths < <(sed -n '/^-- paths: begin/,/^-- paths: end/p' scripts/load-mix.lua |
  sed -n 's/^ *"\(\/[^"]*\)",$/\1/p')
[ ${#paths[@]} -ge 4 ] || {
  echo "load-check: no paths between the markers of scripts/load-mix.lua" >&2
  exit 1
}

# The idle server's answers, the reference for the samples taken under load.
for index in "${!paths[@]}"; do
  status=$(curl -sS --max-time 30 -o "$work/idle-$index" -w '%{http_code}' "$service_url${paths[$index]}")
  if [ "$status" != 200 ]; then
    echo "load-check: the idle server answers ${paths[$index]} with $status" >&2
    exit 1
  fi
done

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$service_pid/status"; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }

wrk_run() { # SECONDS OUTPUT
  wrk --threads "$threads" --connections "$connections" --duration "${1}s" --timeout 10s --latency \
    --script scripts/load-mix.lua "$service_url" >"$2" 2>&1
}

# Fails unless a wrk output shows no socket error and no non-2xx response.
check_wrk() { # OUTPUT WHAT
  local output=$1 what=$2
  if ! grep -q '^load-mix: requests [1-9][0-9]*, non-2xx 0$' "$output" ||
    grep -q -e '^ *Socket errors' -e '^ *Non-2xx' "$output"; then
    cat "$output" >&2
    echo "load-check: $what: errors or non-2xx responses (above)" >&2
    exit 1
  fi
}

echo "load-check: warm-up, ${warmup} s at $connections connections"
wrk_run "$warmup" "$work/warmup.txt"
check_wrk "$work/warmup.txt" "warm-up"
rss_warm=$(rss_kb)

echo "load-check: ${duration} s at $connections connections ($threads wrk threads)"
wrk_run "$duration" "$work/run.txt" &
wrk_pid=$!
# Rounds of samples while wrk runs: every path at once (curl --parallel), each answer
# against the idle one; the resident set is read between rounds.
rounds=0
rss_peak=$rss_warm
mismatches=()
while kill -0 "$wrk_pid" 2>/dev/null; do
  arguments=()
  for index in "${!paths[@]}"; do
    rm -f "$work/sample-$index"
    arguments+=(-o "$work/sample-$index" "$service_url${paths[$index]}")
  done
  curl -sS --no-progress-meter --fail --parallel --parallel-max 32 --max-time 20 "${arguments[@]}" || true
  for index in "${!paths[@]}"; do
    cmp -s "$work/sample-$index" "$work/idle-$index" || mismatches+=("${paths[$index]}")
  done
  rounds=$((rounds + 1))
  rss=$(rss_kb)
  [ "$rss" -le "$rss_peak" ] || rss_peak=$rss
  sleep 0.2
done
wait "$wrk_pid" || {
  cat "$work/run.txt" >&2
  echo "load-check: wrk failed" >&2
  exit 1
}
rss_end=$(rss_kb)
kill -0 "$service_pid" 2>/dev/null || {
  cat "$service_log" >&2
  echo "load-check: the server died" >&2
  exit 1
}
cat "$work/run.txt"
check_wrk "$work/run.txt" "run"

if [ ${#mismatches[@]} -gt 0 ]; then
  printf 'load-check: differs from the idle answer: %s\n' "${mismatches[@]}" | sort | uniq -c >&2
  exit 1
fi
if [ "$rounds" = 0 ]; then
  echo "load-check: no answer was sampled during the run" >&2
  exit 1
fi

# Memory flat: the end of the run within the slack and 10% of the state after the warm-up.
bound=$((rss_warm + slack_mb * 1024))
[ $((rss_warm * 11 / 10)) -ge "$bound" ] || bound=$((rss_warm * 11 / 10))
if [ "$rss_end" -gt "$bound" ]; then
  echo "load-check: memory grew: RSS $(mib "$rss_warm") MiB after the warm-up, $(mib "$rss_end") MiB at the end" \
    "(bound $(mib "$bound") MiB)" >&2
  exit 1
fi

requests=$(sed -n 's/^load-mix: requests \([0-9]*\),.*/\1/p' "$work/run.txt")
throughput=$(awk '/^Requests\/sec:/ { print $2 }' "$work/run.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/run.txt")
echo "load-check: passed: ${duration} s at $connections connections: $requests requests, $throughput req/s," \
  "p99 $p99; 0 errors, 0 non-2xx; $((rounds * ${#paths[@]})) samples ($rounds rounds) equal to the idle answers;" \
  "RSS $(mib "$rss_warm") MiB after warm-up, peak $(mib "$rss_peak") MiB, end $(mib "$rss_end") MiB"
