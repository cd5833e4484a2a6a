#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Configures and builds the libFuzzer targets with clang (a project of their own, see
# CMakeLists.txt here) and runs each for a bounded time on its corpus in tests/fuzz/corpus.
# New inputs go to a scratch folder, never into the repository; a crash fails the run and
# leaves its input in BUILD_DIR/artifacts (add it to the corpus once the bug is fixed).
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET]      (default 25; FUZZ_SECONDS too)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(mkdir -p "$1" && cd "$1" && pwd)
seconds=${2:-${FUZZ_SECONDS:-25}}
cxx=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}
if [ -z "$cxx" ]; then
    echo "run-fuzzers: no clang++ found: install clang-14 and libclang-rt-14-dev (.ci/setup does)" >&2
    exit 1
fi
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" >/dev/null
cmake --build "$build" -j2
mkdir -p "$build/artifacts"
# Qt may leak a little at exit by design; we look for crashes and UB, not exit-time leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for target in godiagnostics linesplitter profile; do
    scratch=$(mktemp -d)
    echo "fuzz_$target: $seconds s on $(ls "$here/corpus/$target" | wc -l) seed inputs"
    if ! "$build/fuzz_$target" "$scratch" "$here/corpus/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        2>"$build/fuzz_$target.log"; then
        echo "fuzz_$target FOUND A PROBLEM:" >&2
        tail -60 "$build/fuzz_$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::average_exec_per_sec" "$build/fuzz_$target.log" | tr '\n' ' '
        echo "corpus grew by $(ls "$scratch" | wc -l)"
    fi
    rm -rf "$scratch"
done
exit $status
