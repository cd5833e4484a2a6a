#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 1: the dual build. `beam-launcher build` (launcher and worker side by side) against
# the Beam docs' two `go build` commands run one after the other, on the real Beam word-count
# sample. The pair is a Mac user's: launcher darwin/arm64, worker linux/amd64 (on a Linux host
# both binaries would otherwise be the same linux/amd64 build). Every measured command starts
# after an edit of main.go (a new comment line), so each one compiles the main package and links.
#
#   bench/dualbuild.sh BEAM_LAUNCHER [RUNS] [warm|cold|pairs]
#     warm  : warm Go build cache, RUNS rounds (default 5)
#     cold  : an empty GOCACHE for every measured command (modules stay in GOMODCACHE), 1 round
#     pairs : two raw `go build`s at the same time with -p 1, 2 (default), to tune -p
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
bl=$(realpath "$1")
runs=${2:-5}
mode=${3:-warm}

work=$(mktemp -d /tmp/bl-bench-dual.XXXXXX)
trap 'rm -rf "$work"' EXIT
export BENCH_LOG=$work/log.txt
export BEAM_LAUNCHER_CONFIG_DIR=$work/config BEAM_LAUNCHER_CACHE_DIR=$work/cache # not the user's folders
cp -r "$here/../resources/sample/wordcount" "$work/src"
src=$work/src
flags=(-trimpath)
edit=0
touch_source() { edit=$((edit + 1)); echo "// bench edit $edit $$" >>"$src/main.go"; }

launcher_env=(GOOS=darwin GOARCH=arm64 CGO_ENABLED=0)
worker_env=(GOOS=linux GOARCH=amd64 CGO_ENABLED=0)

ours() { "$bl" build "$src" --out "$work/ours" --launcher-platform darwin/arm64 --worker-platform linux/amd64; }
docs() {
    (cd "$src" && env GOOS=darwin GOARCH=arm64 go build -o "$work/docs/launcher" . &&
        env GOOS=linux GOARCH=amd64 go build -o "$work/docs/worker" .)
}
single_launcher() { (cd "$src" && env "${launcher_env[@]}" go build "${flags[@]}" -o "$work/single/launcher" .); }
single_worker() { (cd "$src" && env "${worker_env[@]}" go build "${flags[@]}" -o "$work/single/worker" .); }
pair() { # pair P: both builds at once with -p P (0 = Go's default)
    local p=()
    [ "$1" != 0 ] && p=(-p "$1")
    (
        cd "$src"
        env "${launcher_env[@]}" go build "${flags[@]}" "${p[@]}" -o "$work/pair/launcher" . &
        local launcher=$!
        env "${worker_env[@]}" go build "${flags[@]}" "${p[@]}" -o "$work/pair/worker" . &
        local worker=$!
        wait "$launcher" && wait "$worker"
    )
}

echo "dualbuild: $(go version), $(nproc) cores, mode $mode, runs $runs"
# One untimed round so that the warm case really starts warm.
touch_source; ours >/dev/null 2>&1 || true; touch_source; docs >/dev/null 2>&1 || true

measure() { # measure NAME CMD...: an edit, then the command; appends microseconds to NAME's list
    # and the CPU time it and its children used (user + system, ms) to NAME_cpu
    local name=$1
    shift
    touch_source
    if [ "$mode" = cold ]; then export GOCACHE=$work/gocache-$edit; fi
    local times wall cpu
    times=$( { TIMEFORMAT='%R %U %S'; time "$@" >>"$BENCH_LOG" 2>&1; } 2>&1) ||
        { echo "bench: command failed: $*" >&2; return 1; }
    read -r wall cpu < <(python3 -c "import sys; r,u,s = map(float, sys.argv[1:4]); print(int(r*1e6), int((u+s)*1e3))" $times)
    if [ "$mode" = cold ]; then go clean -cache >/dev/null 2>&1 || true; rm -rf "$work/gocache-$edit"; unset GOCACHE; fi
    eval "$name+=($wall); ${name}_cpu+=($cpu)"
    printf '  %-16s %8.1f ms  cpu %6.1f s  (load %s)\n' "$name" "$(python3 -c "print($wall/1000)")" \
        "$(python3 -c "print($cpu/1000)")" "$(load1)"
}

ours_t=() docs_t=() launcher_t=() worker_t=() p1_t=() p2_t=() p0_t=()
ours_t_cpu=() docs_t_cpu=() launcher_t_cpu=() worker_t_cpu=() p1_t_cpu=() p2_t_cpu=() p0_t_cpu=()
[ "$mode" = cold ] && runs=1
for ((r = 1; r <= runs; r++)); do
    echo "round $r"
    if [ "$mode" = pairs ]; then
        measure p0_t pair 0
        measure p1_t pair 1
        measure p2_t pair 2
        continue
    fi
    measure ours_t ours
    measure p0_t pair 0
    measure docs_t docs
    measure launcher_t single_launcher
    measure worker_t single_worker
done

echo "results ($mode, load at end $(load1)):"
if [ "$mode" = pairs ]; then
    stats "both at once, default -p" "${p0_t[@]}"
    stats "both at once, -p 1     " "${p1_t[@]}"
    stats "both at once, -p 2     " "${p2_t[@]}"
    exit 0
fi
stats "beam-launcher build      " "${ours_t[@]}"
stats "both go builds at once   " "${p0_t[@]}"
stats "docs: two go builds      " "${docs_t[@]}"
stats "launcher build alone     " "${launcher_t[@]}"
stats "worker build alone       " "${worker_t[@]}"
o=$(median_us "${ours_t[@]}") d=$(median_us "${docs_t[@]}")
l=$(median_us "${launcher_t[@]}") w=$(median_us "${worker_t[@]}")
slower=$((l > w ? l : w))
echo "ratio ours/docs: $(ratio "$o" "$d")   ratio ours/slower-single: $(ratio "$o" "$slower") (target <= 1.10)"
# The work itself: the two builds need this much CPU time together, and N cores cannot do it
# faster than that divided by N. That floor, beside the slower single build, is the best ratio
# any way of running both builds can reach on this machine.
cl=$(median_us "${launcher_t_cpu[@]}") cw=$(median_us "${worker_t_cpu[@]}") co=$(median_us "${ours_t_cpu[@]}")
floor=$(((cl + cw) * 1000 / $(nproc)))
echo "cpu (median): launcher alone $((cl)) ms, worker alone $((cw)) ms, beam-launcher build $((co)) ms"
echo "floor on $(nproc) cores: $((floor / 1000)) ms = $(ratio "$floor" "$slower") x the slower single build; ours is $(ratio "$o" "$floor") x the floor"
