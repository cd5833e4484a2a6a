#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 5: one build serves both. On a Linux amd64 host the launcher and the worker are the
# same linux/amd64 cgo-off build; `beam-launcher build` then runs one go build and places its
# binary at both outputs. Compared with the one `go build` it replaces (the exact command Beam
# Launcher runs: `CGO_ENABLED=0 go build -trimpath -v -ldflags=-w -o worker .`) on the real word-count sample.
# Every measured command starts after an edit of main.go (a new comment line), so each one
# compiles the main package and links.
#
#   bench/onebuild.sh BEAM_LAUNCHER [RUNS] [warm|cold]
#     warm : warm Go build cache, RUNS rounds (default 5), the two commands alternating
#     cold : an empty GOCACHE for every measured command (modules stay in GOMODCACHE), RUNS rounds (default 1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
bl=$(realpath "$1")
mode=${3:-warm}
runs=${2:-$([ "$mode" = cold ] && echo 1 || echo 5)}

[ "$(go env GOHOSTOS)/$(go env GOHOSTARCH)" = linux/amd64 ] ||
    { echo "onebuild: needs a linux/amd64 host (the launcher and the worker are then the same build)" >&2; exit 2; }
work=$(mktemp -d /tmp/bl-bench-one.XXXXXX)
trap 'rm -rf "$work"' EXIT
export BENCH_LOG=$work/log.txt
export BEAM_LAUNCHER_CONFIG_DIR=$work/config BEAM_LAUNCHER_CACHE_DIR=$work/cache # not the user's folders
cp -r "$here/../resources/sample/wordcount" "$work/src"
src=$work/src
edit=0
touch_source() { edit=$((edit + 1)); echo "// bench edit $edit $$" >>"$src/main.go"; }

ours() { "$bl" build "$src" --out "$work/ours"; }
single() { (cd "$src" && env CGO_ENABLED=0 go build -trimpath -v -ldflags=-w -o "$work/single/worker" .); }

echo "onebuild: $(go version), $(nproc) cores, mode $mode, runs $runs"
touch_source; ours >/dev/null 2>&1 || true; touch_source; single >/dev/null 2>&1 || true

measure() { # measure NAME CMD...: an edit, then the command; wall µs to NAME, CPU ms to NAME_cpu
    local name=$1
    shift
    touch_source
    if [ "$mode" = cold ]; then export GOCACHE=$work/gocache-$edit; fi
    local times wall cpu
    times=$( { TIMEFORMAT='%R %U %S'; time "$@" >>"$BENCH_LOG" 2>&1; } 2>&1) ||
        { echo "bench: command failed: $*" >&2; tail -5 "$BENCH_LOG" >&2; return 1; }
    read -r wall cpu < <(python3 -c "import sys; r,u,s = map(float, sys.argv[1:4]); print(int(r*1e6), int((u+s)*1e3))" $times)
    if [ "$mode" = cold ]; then rm -rf "$work/gocache-$edit"; unset GOCACHE; fi
    eval "$name+=($wall); ${name}_cpu+=($cpu)"
    printf '  %-10s %9.1f ms  cpu %6.1f s  (load %s)\n' "$name" "$(python3 -c "print($wall/1000)")" \
        "$(python3 -c "print($cpu/1000)")" "$(load1)"
}

ours_t=() single_t=() ours_t_cpu=() single_t_cpu=()
for ((r = 1; r <= runs; r++)); do
    echo "round $r"
    if ((r % 2)); then measure ours_t ours; measure single_t single
    else measure single_t single; measure ours_t ours; fi
done
# Both outputs are one verified binary (a hard link on one file system).
[ "$(stat -c %i "$work/ours/launcher-linux-amd64")" = "$(stat -c %i "$work/ours/worker-linux-amd64")" ] ||
    { echo "onebuild: the two outputs are not one file" >&2; exit 1; }

echo "results ($mode, load at end $(load1)):"
stats "beam-launcher build (both)" "${ours_t[@]}"
stats "one go build              " "${single_t[@]}"
o=$(median_us "${ours_t[@]}") s=$(median_us "${single_t[@]}")
echo "ratio ours/one go build: $(ratio "$o" "$s") (target <= 1.05)"
echo "cpu (median): ours $(median_us "${ours_t_cpu[@]}") ms, one go build $(median_us "${single_t_cpu[@]}") ms"
