#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 3: output flood. bench_flood (the Run view's OutputPane fed by ProcessRunner) at
# 1M and 5M lines offscreen, and 1M lines on a real X server (Xvfb, the xcb platform), against
# the same child writing into xterm on the same Xvfb: the terminal a user would watch it in.
#
#   bench/flood.sh BUILD_DIR [LINES] [RUNS]      (defaults 1000000 3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
build=$(realpath "$1")
lines=${2:-1000000}
runs=${3:-3}
child=$build/tests/helpers/bl_testchild
flood=$build/bench/bench_flood

if ! command -v xterm >/dev/null; then
    echo "flood: installing xterm (Debian's) for the comparison"
    DEBIAN_FRONTEND=noninteractive ${SUDO:-$( [ "$(id -u)" = 0 ] || echo sudo)} apt-get install -y -q --no-install-recommends xterm >/dev/null
fi
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || sleep 2

echo "flood: $lines lines of 100 bytes, $runs runs each, $(nproc) cores"
for ((r = 1; r <= runs; r++)); do
    echo "--- round $r (load $(load1))"
    QT_QPA_PLATFORM=offscreen "$flood" "$lines" 100
    DISPLAY=$display QT_QPA_PLATFORM=xcb "$flood" "$lines" 100
    # xterm as shipped (jump scroll on, its default 1024 lines of scrollback).
    DISPLAY=$display /usr/bin/time -o "$build/xterm-time.txt" -f "%e %M" \
        xterm -geometry 120x50 -e "$child" flood "$lines" 100
    read -r secs kib <"$build/xterm-time.txt"
    python3 -c "print(f'xterm {$lines} lines: {$secs} s, lines per second: {$lines/$secs:.0f}, peak memory {$kib//1024} MiB')"
done
echo "--- memory bound: 5x the lines, offscreen (load $(load1))"
QT_QPA_PLATFORM=offscreen "$flood" $((lines * 5)) 100
