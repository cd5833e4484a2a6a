#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# prepare-python-jobserver.sh: a Python virtual environment with Beam's Python SDK from PyPI,
# whose portable job server the end-to-end tests start as a second, independent job service:
#   VENV/bin/python -m apache_beam.runners.portability.local_job_service_main --port N
#
#   tests/e2e/prepare-python-jobserver.sh [CACHE_DIR]
#
# CACHE_DIR defaults to $BEAM_E2E_CACHE, then ~/.cache/beam-launcher-e2e. The venv goes to
# CACHE_DIR/python-jobserver-<beam version>; the Beam version is the one tests/e2e/beam-tools
# pins for Go (one source of truth). Needs python3 with its venv module (Debian: python3-venv).
# On success it prints one line on stdout:  PYTHON_JOBSERVER=/abs/path/to/venv/bin/python
# Idempotent: a venv whose apache_beam imports is reused (well under a second).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "prepare-python-jobserver: ERROR: $*" >&2; exit 1; }
say() { echo "prepare-python-jobserver: $*" >&2; }

beam_version=$(awk '$1 == "require" && $2 == "github.com/apache/beam/sdks/v2" { print $3; exit }
                    $1 == "github.com/apache/beam/sdks/v2" { print $2; exit }' "$here/beam-tools/go.mod")
beam_version=${beam_version#v}
[ -n "$beam_version" ] || die "could not read the Beam version from $here/beam-tools/go.mod"

python=${BEAM_E2E_PYTHON:-python3}
command -v "$python" >/dev/null || die "$python is not on PATH (install python3 and python3-venv)"

cache=${1:-${BEAM_E2E_CACHE:-$HOME/.cache/beam-launcher-e2e}}
mkdir -p "$cache" || die "cannot create cache folder $cache"
cache=$(cd "$cache" && pwd)
venv="$cache/python-jobserver-$beam_version"

check() {
	"$venv/bin/python" -c "import apache_beam, sys; sys.exit(0 if apache_beam.__version__ == '$beam_version' else 1)" \
		>/dev/null 2>&1
}

if [ -x "$venv/bin/python" ] && check; then
	say "apache-beam $beam_version: cached ($venv)"
else
	say "apache-beam $beam_version: making a venv in $venv (a first install downloads ~150 MB from PyPI)"
	start=$SECONDS
	rm -rf "$venv"   # an earlier, broken attempt
	"$python" -m venv "$venv" || die "$python -m venv failed: install python3-venv"
	"$venv/bin/python" -m pip install -q --disable-pip-version-check --no-input \
		"apache-beam==$beam_version" >&2 || { rm -rf "$venv"; die "pip install apache-beam==$beam_version failed (see above)"; }
	check || { rm -rf "$venv"; die "apache_beam $beam_version does not import in $venv"; }
	say "apache-beam $beam_version: installed in $((SECONDS - start))s"
fi
echo "PYTHON_JOBSERVER=$venv/bin/python"
