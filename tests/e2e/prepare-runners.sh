#!/usr/bin/env bash
# prepare-runners.sh: get the real Beam runner pieces that the end-to-end
# tests need, into a cache folder outside the repository.
#
#   tests/e2e/prepare-runners.sh [CACHE_DIR]
#
# CACHE_DIR defaults to $BEAM_E2E_CACHE, then ~/.cache/beam-launcher-e2e.
# It builds, from the versions pinned in tests/e2e/beam-tools/go.mod:
#   prism  (Beam's portable runner / job server, go/cmd/prism)
#   boot   (the Go SDK harness entry point, go/container; Prism's PROCESS
#           environment runs it, and it runs the staged worker binary)
# and fetches the Beam Flink job server jar from Maven Central:
#   org.apache.beam:beam-runners-flink-$FLINK-job-server:$BEAM
#
# and writes a tiny wrapper, boot-prism, next to boot (see below).
#
# On success it prints exactly four lines on stdout (progress goes to
# stderr):
#   PRISM=/abs/path/prism
#   BOOT=/abs/path/boot
#   PRISM_BOOT=/abs/path/boot-prism   <- use THIS as the PROCESS command with prism
#   FLINK_JOB_SERVER_JAR=/abs/path/beam-runners-flink-...-job-server-....jar
# so a caller can `eval "$(tests/e2e/prepare-runners.sh)"`.
#
# Environment:
#   BEAM_E2E_CACHE          cache folder (when no argument is given)
#   BEAM_E2E_FLINK_VERSION  Flink line of the job server (default 2.2, the
#                           newest one Beam 2.77 publishes: 1.19 1.20 2.0 2.1 2.2)
#   BEAM_E2E_FLINK_JAR      use this existing jar instead of downloading one
#   BEAM_E2E_SKIP_FLINK=1   do not fetch the jar; FLINK_JOB_SERVER_JAR is
#                           printed empty (prism-only test runs)
#
# Idempotent: anything already in the cache is reused, so a second run takes
# well under a second. Any failure exits non-zero with a message on stderr.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tools="$here/beam-tools"

die() { echo "prepare-runners: ERROR: $*" >&2; exit 1; }
say() { echo "prepare-runners: $*" >&2; }

command -v go >/dev/null || die "go is not on PATH (Go 1.26 is needed to build prism and boot)"
[ -f "$tools/go.mod" ] || die "missing $tools/go.mod"

# The Beam version is whatever beam-tools/go.mod pins: one source of truth.
beam_version=$(awk '$1 == "github.com/apache/beam/sdks/v2" { print $2; exit }
                    $1 == "require" && $2 == "github.com/apache/beam/sdks/v2" { print $3; exit }' "$tools/go.mod")
[ -n "$beam_version" ] || die "could not read the github.com/apache/beam/sdks/v2 version from $tools/go.mod"
beam_version=${beam_version#v}            # v2.77.0 -> 2.77.0 (the Maven version)

flink_version=${BEAM_E2E_FLINK_VERSION:-2.2}

cache=${1:-${BEAM_E2E_CACHE:-$HOME/.cache/beam-launcher-e2e}}
mkdir -p "$cache" || die "cannot create cache folder $cache"
cache=$(cd "$cache" && pwd)
dir="$cache/beam-$beam_version"           # one folder per pinned release
mkdir -p "$dir/bin"

build_tool() { # name package
	local name=$1 pkg=$2 out="$dir/bin/$1"
	if [ -x "$out" ]; then
		say "$name: cached ($out)"
		return
	fi
	say "$name: building $pkg@v$beam_version (a cold build of prism takes minutes on 2 cores)"
	local start=$SECONDS
	# -mod=readonly: fail rather than touch go.mod/go.sum if they are incomplete.
	(cd "$tools" && go build -mod=readonly -trimpath -o "$out.tmp" "$pkg") ||
		{ rm -f "$out.tmp"; die "go build of $pkg failed (see above)"; }
	mv -f "$out.tmp" "$out"
	say "$name: built in $((SECONDS - start))s"
}

build_tool prism github.com/apache/beam/sdks/v2/go/cmd/prism
build_tool boot github.com/apache/beam/sdks/v2/go/container

# Prism (v2.77.0) starts a PROCESS environment as
#   COMMAND --id='ID' --provision_endpoint=HOST:PORT
# with the single quotes as part of the argument (no shell removes them), so
# boot sends the worker id with quotes and prism answers "worker_id: ''ID''
# ... not registered in worker pool": boot exits 1 and the job hangs in
# RUNNING forever. boot-prism strips the quotes and execs the real boot.
wrapper="$dir/bin/boot-prism"
wrapper_text="#!/bin/sh
# Written by tests/e2e/prepare-runners.sh. Prism passes --id='ID' with literal
# quotes to a PROCESS environment's command; boot needs --id=ID.
for a do
	shift
	case \$a in --id=\\'*\\') a=\${a#--id=\\'}; a=\"--id=\${a%\\'}\" ;; esac
	set -- \"\$@\" \"\$a\"
done
exec \"$dir/bin/boot\" \"\$@\"
"
if [ ! -x "$wrapper" ] || [ "$(cat "$wrapper")" != "${wrapper_text%$'\n'}" ]; then
	printf '%s' "$wrapper_text" >"$wrapper.tmp" && chmod +x "$wrapper.tmp" && mv -f "$wrapper.tmp" "$wrapper" ||
		die "cannot write $wrapper"
	say "boot-prism: written ($wrapper)"
fi

jar=""
if [ -n "${BEAM_E2E_FLINK_JAR:-}" ]; then
	[ -s "$BEAM_E2E_FLINK_JAR" ] || die "BEAM_E2E_FLINK_JAR=$BEAM_E2E_FLINK_JAR is not a readable, non-empty file"
	jar=$(cd "$(dirname "$BEAM_E2E_FLINK_JAR")" && pwd)/$(basename "$BEAM_E2E_FLINK_JAR")
	say "flink job server: using BEAM_E2E_FLINK_JAR ($jar)"
elif [ "${BEAM_E2E_SKIP_FLINK:-0}" = 1 ]; then
	say "flink job server: skipped (BEAM_E2E_SKIP_FLINK=1)"
else
	artifact="beam-runners-flink-$flink_version-job-server"
	jar="$dir/$artifact-$beam_version.jar"
	if [ -s "$jar" ]; then
		say "flink job server: cached ($jar)"
	else
		command -v mvn >/dev/null || die "mvn is not on PATH (needed to fetch $artifact)"
		say "flink job server: fetching org.apache.beam:$artifact:$beam_version from Maven Central"
		tmp=$(mktemp -d "$dir/.mvn.XXXXXX")
		# -U: a failed earlier attempt leaves a *.lastUpdated marker in ~/.m2
		# that makes Maven refuse to retry until its update interval passes.
		if ! mvn -B -q -U dependency:copy \
			"-Dartifact=org.apache.beam:$artifact:$beam_version:jar" \
			-Dtransitive=false "-DoutputDirectory=$tmp" >"$tmp/mvn.log" 2>&1; then
			sed 's/\x1b\[[0-9;]*m//g' "$tmp/mvn.log" | grep -m1 'ERROR' >&2 || tail -n 20 "$tmp/mvn.log" >&2
			rm -rf "$tmp"
			die "could not download org.apache.beam:$artifact:$beam_version from Maven Central.
  Try another Flink line (BEAM_E2E_FLINK_VERSION=1.20|2.0|2.1|2.2), point
  BEAM_E2E_FLINK_JAR at a jar you have, or set BEAM_E2E_SKIP_FLINK=1 to
  prepare only prism and boot."
		fi
		[ -s "$tmp/$artifact-$beam_version.jar" ] || { rm -rf "$tmp"; die "Maven reported success but $artifact-$beam_version.jar is missing"; }
		mv -f "$tmp/$artifact-$beam_version.jar" "$jar"
		rm -rf "$tmp"
		say "flink job server: saved $jar"
	fi
fi

echo "PRISM=$dir/bin/prism"
echo "BOOT=$dir/bin/boot"
echo "PRISM_BOOT=$wrapper"
echo "FLINK_JOB_SERVER_JAR=$jar"
