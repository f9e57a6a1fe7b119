#!/usr/bin/env bash
# Build the libFuzzer targets with clang (ASan + UBSan) and run each for a bounded time.
#   bash tests/fuzz/run-fuzzers.sh [seconds-per-target]   (default 60)
# New crashing inputs land in tests/fuzz/crashes/<target>/; copy each into corpus/<target>/
# once fixed so the replay tests keep it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${COMFYSCOPE_FUZZ_BUILD_DIR:-build-fuzz}
command -v clang++ >/dev/null || { echo "clang++ is needed (apt-get install clang)"; exit 1; }
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCOMFYSCOPE_BUILD_FUZZERS=ON -DCOMFYSCOPE_BUILD_APP=OFF -DCOMFYSCOPE_BUILD_CLI=OFF \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
fi
cmake --build "$build" -j "$(nproc)" --target fuzz_frames fuzz_messages fuzz_rest
status=0
for t in frames messages rest; do
    mkdir -p "tests/fuzz/crashes/$t" "$build/fuzz-corpus/$t"
    echo "== fuzz_$t for ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=60 \
            -rss_limit_mb=2048 -artifact_prefix="tests/fuzz/crashes/$t/" -print_final_stats=1 \
            "$build/fuzz-corpus/$t" "tests/fuzz/corpus/$t" 2>&1 | tail -n 25; then
        status=1
    fi
done
exit $status
