#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 6: time to the first progress of a cold build. `beam-launcher build --json` of the
# word-count sample with an empty GOCACHE (every package of the Beam SDK to compile; modules stay
# in GOMODCACHE): milliseconds from the command's start to its first `build-progress` event (and
# from its `build-started` event, which waits for `go list` to accept the package), against the
# first line `go build -v` itself prints (the earliest anything could be shown; a
# plain `go build` prints nothing until it ends). Each run is stopped (SIGTERM) once it has
# answered, so a run costs seconds, not the minutes of the whole cold build.
#
#   bench/firstprogress.sh BEAM_LAUNCHER [RUNS] [PACKAGE_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
bl=$(realpath "$1")
runs=${2:-5}
pkg=$(realpath "${3:-$here/../resources/sample/wordcount}")
work=$(mktemp -d /tmp/bl-bench-progress.XXXXXX)
trap 'rm -rf "$work"' EXIT
export BEAM_LAUNCHER_CONFIG_DIR=$work/config BEAM_LAUNCHER_CACHE_DIR=$work/cache

first() { # first KIND: ms to the first progress (ours) or the first -v line (go)
    GOCACHE=$work/gocache-$RANDOM python3 - "$1" "$bl" "$pkg" "$work" <<'PY'
import json, os, shutil, signal, subprocess, sys, time
kind, bl, pkg, work = sys.argv[1:5]
env = dict(os.environ, CGO_ENABLED="0")
t0 = time.monotonic()
started = None
if kind == "ours":
    p = subprocess.Popen([bl, "build", pkg, "--json", "--out", work + "/out"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    stream = p.stdout
    def hit(line):
        global started
        name = json.loads(line).get("event")
        if name == "build-started" and started is None:
            started = time.monotonic()
        return name == "build-progress"
else:
    p = subprocess.Popen(["go", "build", "-trimpath", "-v", "-o", work + "/go-out", "."], cwd=pkg,
                         stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, start_new_session=True)
    stream = p.stderr
    hit = lambda line: line.strip() != b""
ms = None
for line in stream:
    if hit(line):
        ms = (time.monotonic() - t0) * 1000
        break
if kind == "ours":
    p.send_signal(signal.SIGTERM)
else:
    os.killpg(p.pid, signal.SIGKILL)
p.wait()
shutil.rmtree(env["GOCACHE"], ignore_errors=True)
after = int((t0 + ms / 1000 - started) * 1e6) if started is not None and ms is not None else -1
print(int(ms * 1000) if ms is not None else -1, after)
PY
}

echo "firstprogress: $(go version), $(nproc) cores, $runs runs, package $pkg"
ours=() gov=() after=()
for ((r = 1; r <= runs; r++)); do
    read -r o a < <(first ours)
    read -r g _ < <(first go)
    ours+=("$o") gov+=("$g") after+=("$a")
    printf '  round %d: beam-launcher %7.1f ms (%6.1f ms after build-started)   go build -v %7.1f ms  (load %s)\n' "$r" \
        "$(python3 -c "print($o/1000)")" "$(python3 -c "print($a/1000)")" "$(python3 -c "print($g/1000)")" "$(load1)"
done
stats "first build-progress event " "${ours[@]}"
stats "  after build-started      " "${after[@]}"
stats "first go build -v line     " "${gov[@]}"
