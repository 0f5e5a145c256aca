#!/usr/bin/env bash
# The whole test suite: set up + build, run every test with ctest (unit tests,
# golden programs, Go's test/ken), then the sanitizer builds' runs.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
echo "== ctest (Release)"
(cd build && ctest --output-on-failure -j "$(nproc)")
if [ "${GORO_SKIP_SANITIZERS:-0}" != 1 ]; then
  # The sanitizer build also uses the switch dispatch (GORO_COMPUTED_GOTO=OFF),
  # so both dispatch loops run the whole suite.
  echo "== ASan+UBSan build (switch dispatch): unit tests and golden programs"
  BUILD_DIR=build-asan CMAKE_ARGS="-DGORO_ASAN=ON -DGORO_COMPUTED_GOTO=OFF -DCMAKE_BUILD_TYPE=Debug" tools/setup.sh
  # (stack-stress runs are left to the Release build: under ASan they take minutes)
  (cd build-asan && ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure -j "$(nproc)" -E 'go-testsuite|stackstress')
fi
if [ "${GORO_SKIP_SANITIZERS:-0}" != 1 ]; then
  # ThreadSanitizer: the runtime's unit tests and every concurrent program.
  # (Boehm's stop-the-world signals abort TSan binaries, so the TSan build runs
  # with collection off; the GC's interplay is covered by the other builds.)
  echo "== TSan build: runtime unit tests and concurrent golden programs"
  BUILD_DIR=build-tsan CMAKE_ARGS="-DGORO_TSAN=ON -DCMAKE_BUILD_TYPE=Debug" tools/setup.sh
  (cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
    ctest --output-on-failure -j "$(nproc)" -R 'conc_|example/|go-testsuite/chan|runtime/|unit/test_stack|unit/test_map|unit/test_runq|unit/test_chan|unit/test_timers|unit/test_preempt')
fi
