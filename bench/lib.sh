# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
# Shared helpers of the benchmark scripts: wall-clock timing and medians. Sourced, not run.

# now_ms: milliseconds since the epoch, with sub-millisecond precision.
now_ms() { python3 -c 'import time; print(f"{time.time()*1000:.3f}")'; }

# load1: the one-minute load average, printed next to every number (the machine is shared).
load1() { cut -d' ' -f1 /proc/loadavg; }

# time_ms CMD...: runs CMD (its output to $BENCH_LOG), prints how long it took in ms.
time_ms() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" >>"${BENCH_LOG:-/dev/null}" 2>&1 || { echo "bench: command failed: $*" >&2; return 1; }
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
}

# stats NAME VALUES_US...: prints "NAME: median X ms (min Y, max Z, n=N)", microseconds in.
stats() {
    local name=$1
    shift
    python3 - "$name" "$@" <<'PY'
import statistics, sys
name, values = sys.argv[1], [int(v) / 1000 for v in sys.argv[2:]]
print(f"{name}: median {statistics.median(values):.1f} ms (min {min(values):.1f}, max {max(values):.1f}, n={len(values)})")
PY
}

median_us() { python3 -c 'import statistics,sys; print(int(statistics.median(int(v) for v in sys.argv[1:])))' "$@"; }
ratio() { python3 -c 'import sys; print(f"{int(sys.argv[1])/int(sys.argv[2]):.2f}")' "$1" "$2"; }
