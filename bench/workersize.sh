#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 7: the worker binary Beam Launcher stages, with and without DWARF (`-ldflags=-w`).
# Builds the word-count sample's linux/amd64 binary both ways (as CrossBuild does: -trimpath,
# cgo off), prints their sizes, then launches each (as launcher and worker) on the managed local
# Prism (`--local-job-server`) RUNS times, alternating, and times the staging from the events'
# arrival: the launcher's "Prepared job" line to its "Staged binary artifact" line; also the
# whole launch. Every run must end with exit 0 and a non-empty word count.
#
#   bench/workersize.sh BEAM_LAUNCHER [RUNS]
#   BEAM_LAUNCHER_CACHE_DIR: where the managed Prism is (default ~/.cache/beam-launcher-e2e/managed-prism,
#   as tests/e2e prepare it), else the first launch builds it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
bl=$(realpath "$1")
runs=${2:-3}
work=$(mktemp -d /tmp/bl-bench-size.XXXXXX)
trap 'rm -rf "$work"' EXIT
export BEAM_LAUNCHER_CONFIG_DIR=$work/config
export BEAM_LAUNCHER_CACHE_DIR=${BEAM_LAUNCHER_CACHE_DIR:-$HOME/.cache/beam-launcher-e2e/managed-prism}
src=$(realpath "$here/../resources/sample/wordcount")
printf 'to be or not to be that is the question\nwhether tis nobler in the mind to suffer\n%.0s' {1..200} >"$work/input.txt"

(cd "$src" && CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -o "$work/with-dwarf" . &&
    CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags=-w -o "$work/without-dwarf" .)
echo "workersize: $(go version), $(nproc) cores, $runs runs each"
for b in with-dwarf without-dwarf; do
    printf '  %-14s %s bytes (%s MB)\n' "$b" "$(stat -c %s "$work/$b")" \
        "$(python3 -c "print(round($(stat -c %s "$work/$b")/1e6,1))")"
done

launch() { # launch NAME: prints "staging_us total_us"
    local bin=$work/$1 out=$work/out-$1-$RANDOM
    python3 - "$bl" "$bin" "$work/input.txt" "$out" "$src" <<'PY'
import json, subprocess, sys, time, glob, os
bl, binary, inp, out, src = sys.argv[1:6]
t0 = time.monotonic()
p = subprocess.Popen([bl, "launch", src, "--launcher-binary", binary, "--worker-binary", binary, "--runner", "prism",
                      "--local-job-server", "--json", "--", "--input=" + inp, "--output=" + out],
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
prepared = staged = None
for line in p.stdout:
    e = json.loads(line)
    text = e.get("line", "")
    if prepared is None and "Prepared job with id" in text:
        prepared = time.monotonic()
    if staged is None and "Staged binary artifact" in text:
        staged = time.monotonic()
rc = p.wait()
total = time.monotonic() - t0
words = sum(os.path.getsize(f) for f in glob.glob(out + "*"))
if rc != 0 or prepared is None or staged is None or words == 0:
    sys.exit(f"launch failed: exit {rc}, prepared {prepared}, staged {staged}, output {words} bytes")
print(int((staged - prepared) * 1e6), int(total * 1e6))
PY
}

stage_d=() stage_n=() total_d=() total_n=()
for ((r = 1; r <= runs; r++)); do
    read -r s t < <(launch with-dwarf); stage_d+=("$s"); total_d+=("$t")
    read -r s2 t2 < <(launch without-dwarf); stage_n+=("$s2"); total_n+=("$t2")
    printf '  round %d: staging %7.1f ms (DWARF) %7.1f ms (-w); launch %7.1f / %7.1f ms (load %s)\n' "$r" \
        "$(python3 -c "print($s/1000)")" "$(python3 -c "print($s2/1000)")" \
        "$(python3 -c "print($t/1000)")" "$(python3 -c "print($t2/1000)")" "$(load1)"
done
stats "staging, with DWARF     " "${stage_d[@]}"
stats "staging, -ldflags=-w    " "${stage_n[@]}"
stats "whole launch, with DWARF" "${total_d[@]}"
stats "whole launch, -w        " "${total_n[@]}"
