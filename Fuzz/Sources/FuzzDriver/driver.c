#include "FuzzDriver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef YEARBOOK_LIBFUZZER
// From compiler-rt's libFuzzer (libclang_rt.fuzzer_no_main-<arch>.a): parses libFuzzer's
// flags from argv and fuzzes `callback`, as libFuzzer's own main would. Calling it from our
// main avoids SwiftPM's renaming of executable entry points on Linux, which clashes with
// the `main` in libclang_rt.fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int yearbook_fuzz_main(int argc, char **argv, yearbook_fuzz_callback callback) {
  return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
#else
// Without libFuzzer: run each file argument once (options starting with '-' are ignored).
int yearbook_fuzz_main(int argc, char **argv, yearbook_fuzz_callback callback) {
  int ran = 0;
  for (int index = 1; index < argc; index++) {
    const char *path = argv[index];
    if (path[0] == '-') continue;
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
      fprintf(stderr, "cannot open %s\n", path);
      return 1;
    }
    size_t capacity = 1 << 16, size = 0;
    uint8_t *data = malloc(capacity);
    size_t read;
    while (data != NULL && (read = fread(data + size, 1, capacity - size, file)) > 0) {
      size += read;
      if (size == capacity) {
        capacity *= 2;
        uint8_t *grown = realloc(data, capacity);
        if (grown == NULL) free(data);
        data = grown;
      }
    }
    fclose(file);
    if (data == NULL) return 1;
    callback(data, size);
    free(data);
    ran++;
    fprintf(stderr, "ran %s (%zu bytes)\n", path, size);
  }
  fprintf(stderr, "built without libFuzzer: ran %d inputs\n", ran);
  return 0;
}
#endif
