#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# prepare-flink.sh: the pieces of a real Flink session cluster for the end-to-end tests, from
# Flink's own jars on Maven Central (flink-dist, the usual distribution, is not served there):
#
#   tests/flink/prepare-flink.sh [CACHE_DIR]
#
# CACHE_DIR defaults to $BEAM_E2E_CACHE, then ~/.cache/beam-launcher-e2e. Everything goes to
# CACHE_DIR/flink-<version>/ (the version is the flink.version of tests/flink/pom.xml):
#   lib/              every jar a JobManager (StandaloneSessionClusterEntrypoint) and a
#                     TaskManager (TaskManagerRunner) need, log4j2 included
#   flink-probe.jar   the probe job (tests/flink/src), "beam-launcher-flink-probe"
# Maven builds in CACHE_DIR/flink-<version>/build, a copy of this folder: the source tree is
# never written to.
#
# On success it prints three lines on stdout (progress goes to stderr):
#   FLINK_VERSION=1.20.5
#   FLINK_LIB=/abs/path/lib
#   FLINK_PROBE_JAR=/abs/path/flink-probe.jar
# Idempotent: when the pom and the probe's sources are those of the cached build (a stamp of
# their sha256), nothing runs (well under a second). Any failure exits non-zero with
# "prepare-flink: ERROR: ..." on stderr.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "prepare-flink: ERROR: $*" >&2; exit 1; }
say() { echo "prepare-flink: $*" >&2; }

[ -f "$here/pom.xml" ] || die "missing $here/pom.xml"
version=$(sed -n 's:.*<flink.version>\(.*\)</flink.version>.*:\1:p' "$here/pom.xml" | head -n1)
[ -n "$version" ] || die "could not read <flink.version> from $here/pom.xml"

cache=${1:-${BEAM_E2E_CACHE:-$HOME/.cache/beam-launcher-e2e}}
mkdir -p "$cache" || die "cannot create cache folder $cache"
cache=$(cd "$cache" && pwd)
dir="$cache/flink-$version"
mkdir -p "$dir" || die "cannot create $dir"

# What the cached build was made from.
stamp=$(cd "$here" && find pom.xml src -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)

if [ -f "$dir/stamp" ] && [ "$(cat "$dir/stamp")" = "$stamp" ] &&
	[ -s "$dir/flink-probe.jar" ] && [ -s "$dir/lib/flink-runtime-$version.jar" ]; then
	say "flink $version: cached ($dir)"
else
	command -v mvn >/dev/null || die "mvn is not on PATH (Debian: apt-get install maven)"
	command -v java >/dev/null || die "java is not on PATH (Debian: apt-get install openjdk-17-jre-headless)"
	say "flink $version: fetching the cluster's jars from Maven Central and building the probe job"
	start=$SECONDS
	rm -rf "$dir/build" "$dir/lib" "$dir/flink-probe.jar" "$dir/stamp"
	mkdir -p "$dir/build"
	cp -R "$here/pom.xml" "$here/src" "$dir/build/" || die "cannot copy $here into $dir/build"
	# -U: a failed earlier attempt leaves *.lastUpdated markers in ~/.m2 that make Maven refuse
	# to retry until its update interval passes.
	if ! (cd "$dir/build" && mvn -q -B -U dependency:copy-dependencies package) >"$dir/mvn.log" 2>&1; then
		sed 's/\x1b\[[0-9;]*m//g' "$dir/mvn.log" | grep -m3 'ERROR' >&2 || tail -n 20 "$dir/mvn.log" >&2
		die "Maven could not fetch Flink $version's jars or build the probe job (full log: $dir/mvn.log)"
	fi
	[ -s "$dir/build/target/flink-probe.jar" ] || die "Maven reported success but target/flink-probe.jar is missing"
	[ -s "$dir/build/target/lib/flink-runtime-$version.jar" ] ||
		die "Maven reported success but target/lib has no flink-runtime-$version.jar"
	mv -f "$dir/build/target/lib" "$dir/lib"
	mv -f "$dir/build/target/flink-probe.jar" "$dir/flink-probe.jar"
	rm -rf "$dir/build"
	echo "$stamp" >"$dir/stamp"
	say "flink $version: ready in $((SECONDS - start))s ($(ls "$dir/lib" | wc -l) jars)"
fi

echo "FLINK_VERSION=$version"
echo "FLINK_LIB=$dir/lib"
echo "FLINK_PROBE_JAR=$dir/flink-probe.jar"
