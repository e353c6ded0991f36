#ifndef YEARBOOK_FUZZ_DRIVER_H
#define YEARBOOK_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One input: 0 to go on (libFuzzer's contract for LLVMFuzzerTestOneInput).
typedef int (*yearbook_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver (LLVMFuzzerRunDriver from libclang_rt.fuzzer_no_main) on the
/// command line, or, when built without it, runs `callback` once on each file argument.
int yearbook_fuzz_main(int argc, char **argv, yearbook_fuzz_callback callback);

#endif
