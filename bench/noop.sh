#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 2: nothing changed. A second `beam-launcher build` of the Beam word-count sample
# with no source change, against Go's own no-op: the two docs `go build -o` commands whose
# outputs are already up to date. The difference is our overhead (go env, the package check,
# two go build up-to-date checks side by side, the binary checks, renames). Then the same
# for a second `launch`.
#
#   bench/noop.sh BEAM_LAUNCHER [RUNS] [OTHER_BEAM_LAUNCHER]
# With OTHER_BEAM_LAUNCHER (e.g. a build from before a change) both are measured in the same run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
bl=$(realpath "$1")
runs=${2:-9}
other=${3:+$(realpath "$3")}

work=$(mktemp -d /tmp/bl-bench-noop.XXXXXX)
trap 'rm -rf "$work"' EXIT
export BENCH_LOG=$work/log.txt
# Runs are recorded and package answers kept here, not in the user's folders.
export BEAM_LAUNCHER_CONFIG_DIR=$work/config BEAM_LAUNCHER_CACHE_DIR=$work/cache
cp -r "$here/../resources/sample/wordcount" "$work/src"
src=$work/src

ours() { "$1" build "$src" --out "$2" --launcher-platform darwin/arm64 --worker-platform linux/amd64; }
docs() {
    (cd "$src" && env GOOS=darwin GOARCH=arm64 go build -o "$work/docs/launcher" . &&
        env GOOS=linux GOARCH=amd64 go build -o "$work/docs/worker" .)
}
echo "noop: $(go version), $(nproc) cores, runs $runs"
# Build everything once: from here on nothing changes.
ours "$bl" "$work/ours" >/dev/null 2>&1
[ -n "$other" ] && ours "$other" "$work/other" >/dev/null 2>&1
docs >/dev/null 2>&1

ours_t=() other_t=() docs_t=()
for ((r = 1; r <= runs; r++)); do
    us=$(time_ms ours "$bl" "$work/ours"); ours_t+=("$us")
    if [ -n "$other" ]; then us=$(time_ms ours "$other" "$work/other"); other_t+=("$us"); fi
    us=$(time_ms docs); docs_t+=("$us")
    echo "  round $r: ours ${ours_t[-1]} us${other:+, other ${other_t[-1]} us}, docs ${docs_t[-1]} us (load $(load1))"
done
# The same for a launch: a second `beam-launcher launch` against the docs' two builds followed
# by the launcher run by hand. The pipeline is tests/fixtures/pipelines/fakebeam (it takes Beam's
# flags, prints them and exits at once), so the job's own run time does not drown the overhead;
# both binaries are for this machine, as a launch needs.
cp -r "$here/../tests/fixtures/pipelines/fakebeam" "$work/fake"
fake=$work/fake
ours_launch() { "$bl" launch "$fake" --out "$work/ours-launch" --runner prism; }
docs_launch() {
    (cd "$fake" && go build -o "$work/docs-launch/launcher" . && GOOS=linux GOARCH=amd64 CGO_ENABLED=0 \
        go build -o "$work/docs-launch/worker" . &&
        "$work/docs-launch/launcher" --worker_binary="$work/docs-launch/worker" --runner=prism)
}
ours_launch >/dev/null 2>&1
docs_launch >/dev/null 2>&1
ours_l=() docs_l=()
for ((r = 1; r <= runs; r++)); do
    us=$(time_ms ours_launch); ours_l+=("$us")
    us=$(time_ms docs_launch); docs_l+=("$us")
    echo "  launch round $r: ours ${ours_l[-1]} us, docs ${docs_l[-1]} us (load $(load1))"
done

# No temporary binary may be left behind.
left=$(find "$work/ours" "$work/ours-launch" -name '.*.tmp-*' | wc -l)
echo "results (load at end $(load1)); temporaries left in the output folder: $left"
stats "beam-launcher build (no change)" "${ours_t[@]}"
[ -n "$other" ] && stats "other beam-launcher (no change) " "${other_t[@]}"
stats "docs: two go builds (no change)" "${docs_t[@]}"
o=$(median_us "${ours_t[@]}") d=$(median_us "${docs_t[@]}")
echo "added by beam-launcher: $(((o - d) / 1000)) ms (target < 50 ms); ratio $(ratio "$o" "$d")"
stats "beam-launcher launch (no change)" "${ours_l[@]}"
stats "docs: two go builds + launcher  " "${docs_l[@]}"
o=$(median_us "${ours_l[@]}") d=$(median_us "${docs_l[@]}")
echo "launch: added by beam-launcher: $(((o - d) / 1000)) ms (target < 50 ms); ratio $(ratio "$o" "$d")"
if [ -n "$other" ]; then
    x=$(median_us "${other_t[@]}")
    echo "other added: $(((x - d) / 1000)) ms; ratio $(ratio "$x" "$d")"
fi
[ "$left" = 0 ]
