#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Refreshes translations/*.ts from the sources in app/ and ui/ (lupdate keeps existing
# translations and marks vanished strings), then reports per language how many entries are
# still unfinished. LUPDATE=/path/to/lupdate picks the tool; extra arguments go to lupdate.
# Exit code 0; 1 when lupdate fails. Keep the options in step with translations/CMakeLists.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in lupdate6 lupdate /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -version 2>&1 | grep -q ' 6\.'; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "update.sh: no Qt 6 lupdate found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
fi

shopt -s nullglob
ts_files=(translations/beam-launcher_*.ts)
if ((${#ts_files[@]} == 0)); then
    # lupdate guesses each file's language from its name.
    ts_files=(translations/beam-launcher_{de,fr,ja,zh_CN}.ts)
fi
"$lupdate" -locations relative "$@" app ui -ts "${ts_files[@]}"

printf '\n%-10s %8s %10s %10s\n' language entries unfinished vanished
for ts in "${ts_files[@]}"; do
    lang="${ts##*/beam-launcher_}"
    lang="${lang%.ts}"
    # Count <message> entries by the type of their <translation>: none = finished.
    read -r total unfinished vanished < <(awk '
        /<message[ >]/ { inmsg = 1 }
        inmsg && /<translation/ {
            if ($0 ~ /type="(vanished|obsolete)"/) gone++
            else { total++; if ($0 ~ /type="unfinished"/) open++ }
            inmsg = 0
        }
        END { printf "%d %d %d\n", total, open, gone }' "$ts")
    printf '%-10s %8d %10d %10d\n' "$lang" "$total" "$unfinished" "$vanished"
done
