#!/usr/bin/env bash
# run-sample.sh: run the wordcount sample on a real Beam runner, check the
# counts, and keep the launcher's output. The reference for the end-to-end
# tests of Beam Launcher (see tests/e2e/README.md).
#
#   tests/e2e/run-sample.sh MODE [OUT_DIR]
#
# MODE is one of
#   prism-process    standalone prism job server, PROCESS environment (boot + worker)
#   prism-loopback   standalone prism job server, LOOPBACK environment
#   prism-inprocess  --runner=prism with no endpoint (prism inside the launcher)
#   flink-process    Beam Flink job server ([local] Flink), PROCESS environment
#   flink-loopback   Beam Flink job server ([local] Flink), LOOPBACK environment
#
# OUT_DIR (default: a new temp folder) receives
#   MODE.txt              launcher stdout+stderr, interleaved as printed
#   MODE.stdout.txt       launcher stdout alone
#   MODE.stderr.txt       launcher stderr alone
#   MODE.jobserver.log    the job server's own log (not for prism-inprocess)
#   MODE.counts.txt       the pipeline's output file
# Note: the launcher is run once, with stdout and stderr sent to separate
# files *and* to MODE.txt (through two tee's), so MODE.txt's interleaving is
# only approximately what a terminal would show.
#
# Inputs (environment): PRISM, BOOT, PRISM_BOOT, FLINK_JOB_SERVER_JAR as
# printed by prepare-runners.sh (run first when unset), LAUNCHER and WORKER
# (built from resources/sample/wordcount into the cache when unset),
# BEAM_E2E_RUN_TIMEOUT (seconds, default 300: a job whose worker dies can
# stay RUNNING forever, and the launcher then never returns).
# Every process it starts is stopped on exit.
set -euo pipefail

mode=${1:?usage: run-sample.sh MODE [OUT_DIR]}
out=${2:-$(mktemp -d /tmp/beam-e2e.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
sample="$repo/resources/sample/wordcount"
cache=${BEAM_E2E_CACHE:-$HOME/.cache/beam-launcher-e2e}

die() { echo "run-sample: ERROR: $*" >&2; exit 1; }
say() { echo "run-sample: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

server_pid=""
cleanup() {
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid" 2>/dev/null || true
		for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT

# --- runner pieces ----------------------------------------------------------
if [ -z "${PRISM:-}" ] || [ -z "${BOOT:-}" ] || [ -z "${PRISM_BOOT:-}" ]; then
	case $mode in flink-*) ;; *) export BEAM_E2E_SKIP_FLINK=${BEAM_E2E_SKIP_FLINK:-1} ;; esac
	eval "$("$here/prepare-runners.sh" "$cache")"
fi

# --- sample binaries ----------------------------------------------------------
if [ -z "${LAUNCHER:-}" ] || [ -z "${WORKER:-}" ]; then
	LAUNCHER="$cache/wordcount/launcher"
	WORKER="$cache/wordcount/worker"
	t=$(now)
	(cd "$sample" && go build -trimpath -o "$LAUNCHER" .) || die "building the launcher failed"
	say "launcher built in $(since "$t")s"
	t=$(now)
	(cd "$sample" && GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -trimpath -o "$WORKER" .) ||
		die "building the worker failed"
	say "worker built in $(since "$t")s"
fi

# --- helpers -------------------------------------------------------------------
free_port() { # a TCP port nobody listens on at 127.0.0.1 (racy, good enough)
	local p
	for p in $(shuf -i 20000-60999 -n 100); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
	done
	die "no free port found"
}

wait_for_line() { # file regex timeout_s -> waits until the regex appears in file
	local file=$1 re=$2 limit=$3 t
	t=$(now)
	while ! grep -Eq "$re" "$file" 2>/dev/null; do
		kill -0 "$server_pid" 2>/dev/null || { cat "$file" >&2; die "job server exited before it was ready"; }
		awk -v a="$t" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }' &&
			{ tail -n 30 "$file" >&2; die "job server not ready after ${limit}s"; }
		sleep 0.2
	done
}

start_prism() {
	# --job_port=0: the kernel picks the port; prism logs the real one.
	# Run it in $out: boot (started by prism) writes pipeline_options.json
	# into its current directory.
	(cd "$out" && exec "$PRISM" --job_port=0 --serve_http=false --log_kind=text \
		>"$out/$mode.jobserver.log" 2>&1) &
	server_pid=$!
	local t; t=$(now)
	wait_for_line "$out/$mode.jobserver.log" 'msg="Serving JobManagement"' 30
	endpoint=$(sed -n 's/.*msg="Serving JobManagement" endpoint=\([^ ]*\).*/\1/p' "$out/$mode.jobserver.log" | head -n1)
	say "prism ready at $endpoint in $(since "$t")s"
}

start_flink() {
	[ -n "${FLINK_JOB_SERVER_JAR:-}" ] && [ -s "$FLINK_JOB_SERVER_JAR" ] ||
		die "FLINK_JOB_SERVER_JAR is not set or not a file (prepare-runners.sh could not fetch it?)"
	local job_port artifact_port expansion_port
	job_port=$(free_port); artifact_port=$(free_port); expansion_port=$(free_port)
	(cd "$out" && exec java -jar "$FLINK_JOB_SERVER_JAR" --flink-master='[local]' \
		--job-host=localhost --job-port="$job_port" \
		--artifact-port="$artifact_port" --expansion-port="$expansion_port" \
		>"$out/$mode.jobserver.log" 2>&1) &
	server_pid=$!
	local t; t=$(now)
	wait_for_line "$out/$mode.jobserver.log" 'JobService started on' 120
	endpoint="localhost:$job_port"
	say "flink job server ready at $endpoint in $(since "$t")s"
}

# --- run ---------------------------------------------------------------------------
input="$sample/input.txt"
output="$out/$mode.counts.txt"
rm -f "$output"
process_env() { # boot command
	echo --environment_type=PROCESS
	echo "--environment_config={\"command\":\"$1\"}"
	echo "--worker_binary=$WORKER"
}

case $mode in
prism-process)   start_prism; args=(--runner=universal "--endpoint=$endpoint"); mapfile -t -O 2 args < <(process_env "$PRISM_BOOT") ;;
prism-loopback)  start_prism; args=(--runner=universal "--endpoint=$endpoint" --environment_type=LOOPBACK) ;;
prism-inprocess) args=(--runner=prism) ;;
flink-process)   start_flink; args=(--runner=flink "--endpoint=$endpoint"); mapfile -t -O 2 args < <(process_env "$BOOT") ;;
flink-loopback)  start_flink; args=(--runner=flink "--endpoint=$endpoint" --environment_type=LOOPBACK) ;;
*) die "unknown mode $mode" ;;
esac

say "running: $LAUNCHER ${args[*]} --input=$input --output=$output"
t=$(now)
rc=0
{ timeout "${BEAM_E2E_RUN_TIMEOUT:-300}" "$LAUNCHER" "${args[@]}" "--input=$input" "--output=$output" \
	2> >(tee "$out/$mode.stderr.txt" >&2) | tee "$out/$mode.stdout.txt"; } >"$out/$mode.txt" 2>&1 ||
	rc=$?
sleep 0.2 # let the stderr tee finish
say "launcher exited $rc after $(since "$t")s"
[ -n "$server_pid" ] && ps -o rss= -p "$server_pid" | awk '{ printf "run-sample: job server RSS %.0f MiB\n", $1 / 1024 }' >&2

# --- check -----------------------------------------------------------------------
expected=$'a: 2\nand: 1\ncat: 2\ndog: 2\nlog: 1\nmat: 1\non: 2\nsat: 2\nthe: 4'
[ "$rc" -ne 124 ] || die "launcher still running after ${BEAM_E2E_RUN_TIMEOUT:-300}s: killed (job stuck?); see $out/$mode.txt and $out/$mode.jobserver.log"
[ "$rc" -eq 0 ] || { tail -n 30 "$out/$mode.txt" >&2; die "launcher failed (exit $rc); output in $out/$mode.txt"; }
[ -f "$output" ] || die "no output file $output (files: $(ls "$out"))"
got=$(sort "$output")
[ "$got" = "$expected" ] || { diff <(echo "$expected") <(echo "$got") >&2 || true; die "wrong counts in $output"; }
say "OK: counts match; outputs in $out"
