#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 2: nothing changed. A second `beam-launcher build` of the Beam word-count sample
# with no source change, against Go's own no-op: the two docs `go build -o` commands whose
# outputs are already up to date. The difference is our overhead (go env, go list, two
# go build up-to-date checks side by side, two `go version -m` checks, renames).
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
# No temporary binary may be left behind.
left=$(find "$work/ours" -name '.*.tmp-*' | wc -l)
echo "results (load at end $(load1)); temporaries left in the output folder: $left"
stats "beam-launcher build (no change)" "${ours_t[@]}"
[ -n "$other" ] && stats "other beam-launcher (no change) " "${other_t[@]}"
stats "docs: two go builds (no change)" "${docs_t[@]}"
o=$(median_us "${ours_t[@]}") d=$(median_us "${docs_t[@]}")
echo "added by beam-launcher: $(((o - d) / 1000)) ms (target < 50 ms); ratio $(ratio "$o" "$d")"
if [ -n "$other" ]; then
    x=$(median_us "${other_t[@]}")
    echo "other added: $(((x - d) / 1000)) ms; ratio $(ratio "$x" "$d")"
fi
[ "$left" = 0 ]
