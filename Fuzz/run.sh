#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS from the seeds in Fuzz/seeds/<target>/.
#
#   Fuzz/run.sh SECONDS [TARGET...]
#
# Fails on any crash, sanitizer error, timeout, out-of-memory or differential disagreement (the
# targets abort on a failed property). Reproducers land in
# Fuzz/.build-fuzz/artifacts/<configuration>/<target>/, logs in Fuzz/.build-fuzz/logs/<configuration>/.
# Environment: FUZZ_SEED=N fixes libFuzzer's random seed (0, the default, picks one);
# FUZZ_CONFIGURATION=release (default) or debug; FUZZ_RUNS=N stops each target after
# N executions (whichever of SECONDS and N comes first); FUZZ_KEEP_CORPUS=1 grows the corpus of
# the previous run instead of starting again from the seeds.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: Fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDate FuzzExport FuzzFastDecoding FuzzCSV)
configuration=${FUZZ_CONFIGURATION:-release}
scratch=.build-fuzz

# libFuzzer's runtime without its main, from the toolchain's clang resource folder.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fuzzer_lib=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -n 1)
if [ -z "$fuzzer_lib" ]; then
  echo "libclang_rt.fuzzer_no_main not found under $toolchain/lib/clang" >&2
  exit 1
fi

# Every Swift module (the root library's too) gets AddressSanitizer and libFuzzer's coverage
# (the instrumentation of -sanitize=fuzzer, without linking libFuzzer's main); the C driver is
# told to call LLVMFuzzerRunDriver, which the executables get from fuzzer_no_main.
build_flags=(
  -c "$configuration" --build-path "$scratch"
  -Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
  -Xcc -DYEARBOOK_LIBFUZZER
  -Xlinker "$fuzzer_lib" -Xlinker -lstdc++
)
start=$SECONDS
if [ $# -eq 0 ]; then
  swift build "${build_flags[@]}" # every target in one build plan
else
  for target in "${targets[@]}"; do
    swift build "${build_flags[@]}" --product "$target"
  done
fi
echo "built ${targets[*]} ($configuration) in $((SECONDS - start))s"
bin=$(swift build "${build_flags[@]}" --show-bin-path)

seed_dir() {
  case $1 in
    FuzzDate) echo seeds/date ;;
    FuzzExport) echo seeds/export ;;
    FuzzFastDecoding) echo seeds/fast-decoding ;;
    FuzzCSV) echo seeds/csv ;;
    *) echo "unknown target $1" >&2 && return 1 ;;
  esac
}

# LeakSanitizer reports false leaks in the Swift runtime on Linux.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=0:handle_abort=1}
failed=()
summary=()
for target in "${targets[@]}"; do
  seeds=$(seed_dir "$target")
  corpus=$scratch/corpus/$configuration/$target
  artifacts=$scratch/artifacts/$configuration/$target
  log=$scratch/logs/$configuration/$target.log
  [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "$corpus"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  runs=()
  [ -z "${FUZZ_RUNS:-}" ] || runs=(-runs="$FUZZ_RUNS")
  # FUZZ_SEED=N makes the mutation sequence repeatable (CI gates on it); 0, the default, is random.
  runs+=(-seed="${FUZZ_SEED:-0}")
  echo "==> $target for ${seconds}s from $seeds"
  status=0
  "$bin/$target" -max_total_time="$seconds" "${runs[@]}" -max_len=16384 -rss_limit_mb=2048 -timeout=25 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  elapsed=$(grep -o 'in [0-9]* second' "$log" | tail -n 1 | grep -o '[0-9]*' || true)
  corpus_size=$(find "$corpus" -type f | wc -l)
  crashes=$(find "$artifacts" -type f | wc -l)
  line="$target: ${execs:-?} executions in ${elapsed:-?}s (${rate:-?} exec/s), corpus $corpus_size files, $crashes reproducers, exit $status"
  echo "$line"
  summary+=("$line")
  if [ "$status" != 0 ] || [ "$crashes" != 0 ]; then
    failed+=("$target")
    grep -E -A 30 'ERROR: |fuzz property failed|deadly signal|timeout|out-of-memory' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
    ls -l "$artifacts" >&2
  fi
done
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]} (logs in Fuzz/$scratch/logs/$configuration, reproducers in Fuzz/$scratch/artifacts/$configuration)" >&2
  exit 1
fi
echo "fuzzing passed: ${#targets[@]} targets, ${seconds}s each"
