#!/usr/bin/env bash
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# ctest "package/linux": builds the .deb and .tar.gz with cpack from a built tree, unpacks each
# into a fresh root (dpkg -x / tar, nothing is installed on this machine) and checks what a user
# gets: metadata and Depends, the program runs and builds a pipeline, the desktop file, metainfo
# and icons are where desktop environments look and pass their validators.
#   test-package.sh BUILD_DIR APP_ID VERSION FALLBACK_PIPELINE
set -euo pipefail

build_dir=$1 app_id=$2 version=$3 fallback_pipeline=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/bl-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?" >&2' ERR
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@" >"$work/check.log" 2>&1; then pass "$what"; else fail "$what"; sed 's/^/    /' "$work/check.log" >&2; fi
}
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing: run .ci/setup" >&2; exit 1; }; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file go readelf ldd; do need "$tool"; done

echo "== cpack (DEB, TGZ) from $build_dir"
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
arch=$(dpkg --print-architecture)
deb="$work/out/beam-launcher_${version}-1_${arch}.deb"
tgz=$(ls "$work"/out/beam-launcher-"$version"-linux-*.tar.gz 2>/dev/null | head -n1 || true)
[ -f "$deb" ] || { ls -l "$work/out" >&2; echo "FAIL: no $deb" >&2; exit 1; }
[ -n "$tgz" ] || { ls -l "$work/out" >&2; echo "FAIL: no .tar.gz" >&2; exit 1; }
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$tgz")"

echo "== .deb metadata"
dpkg-deb --info "$deb" >"$work/info"
sed 's/^/    /' "$work/info"
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is beam-launcher" test "$(field Package)" = beam-launcher
check "Version is $version-1" test "$(field Version)" = "$version-1"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Maintainer has a name and an address" grep -Eq '^ Maintainer: .+ <[^ ]+@[^ ]+>$' "$work/info"
check "Section is devel" test "$(field Section)" = devel
check "Homepage is set" grep -Eq '^ Homepage: https?://' "$work/info"
check "Description has a summary and a long text" \
    bash -c '[ "$(dpkg-deb --field "$1" Description | wc -l)" -ge 4 ]' _ "$deb"
depends=$(field Depends)
has_dependency() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF "$1"; }
# Every library the executable links must come from a package in Depends (dpkg-shlibdeps'
# job), and the plugins Qt loads at run time must be named by hand.
exe_in_tree="$build_dir/app/beam-launcher"
# ldd, not ldconfig -p: ldconfig lives in /sbin, which a non-root PATH often lacks.
resolved=$(ldd "$exe_in_tree") || { fail "ldd $exe_in_tree"; resolved=""; }
for lib in $(readelf -d "$exe_in_tree" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    # "libfoo.so.1 => /path (addr)", or the loader's own line "/lib64/ld-linux-x86-64.so.2 (addr)".
    path=$(awk -v lib="$lib" '$1 == lib && $2 == "=>" { print $3; exit }
                              { n = split($1, part, "/"); if (n > 1 && part[n] == lib) { print $1; exit } }' <<<"$resolved")
    owner=""
    # Merged /usr: dpkg may know the file under /lib or /usr/lib, by link or by target.
    if [ -n "$path" ]; then
        for candidate in "$path" "$(readlink -f "$path")"; do
            for variant in "$candidate" "${candidate#/usr}" "/usr${candidate}"; do
                [ -n "$owner" ] || owner=$(dpkg -S "$variant" 2>/dev/null | head -n1 | cut -d: -f1 || true)
            done
        done
    fi
    if [ -z "$owner" ]; then fail "no package owns $lib (${path:-not found})"; continue; fi
    check "Depends names $owner (for $lib)" has_dependency "$owner"
done
# The SVG icon engine: libqt6svg6 on Debian 12, qt6-svg-plugins from Debian 13 on.
svg_plugins=$(dpkg -S '*/qt6/plugins/iconengines/libqsvgicon.so' 2>/dev/null | head -n1 | cut -d: -f1 || true)
for pkg in qt6-qpa-plugins "${svg_plugins:-libqt6svg6}"; do check "Depends names $pkg (plugins)" has_dependency "$pkg"; done
check "Depends has versions from dpkg-shlibdeps" grep -Eq 'libqt6core6(t64)? \(>= ' <<<"$depends"

echo "== .deb contents in a fresh root (dpkg -x)"
root="$work/root"
dpkg-deb -x "$deb" "$root"
exe="$root/usr/bin/beam-launcher"
check "usr/bin/beam-launcher is an ELF executable" bash -c 'file -L "$1" | grep -q "ELF.*executable"' _ "$exe"
check "the executable is stripped" bash -c 'file -L "$1" | grep -q ", stripped"' _ "$exe"
check "$exe --version prints $version" bash -c '"$1" --version | grep -qF "$2"' _ "$exe" "$version"

desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
check "desktop file installed" test -f "$desktop"
check "desktop-file-validate passes" desktop-file-validate "$desktop"
check "desktop file runs beam-launcher with the app id's icon" \
    bash -c 'grep -qx "Exec=beam-launcher" "$1" && grep -qx "Icon=$2" "$1"' _ "$desktop" "$app_id"
check "metainfo installed" test -f "$metainfo"
check "appstreamcli validate --no-net passes" appstreamcli validate --no-net "$metainfo"
check "metainfo names the desktop file and version" \
    bash -c 'grep -qF "<launchable type=\"desktop-id\">$2.desktop</launchable>" "$1" && grep -qF "<release version=\"$3\"" "$1"' \
    _ "$metainfo" "$app_id" "$version"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    check "${size}x${size} icon is a ${size} x ${size} RGBA PNG" \
        bash -c 'file "$1" | grep -q "PNG image data, $2 x $2, 8-bit/color RGBA"' _ "$png" "$size"
done
check "scalable icon is SVG" bash -c 'file "$1" | grep -qi "SVG"' _ "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
check "copyright file installed" test -s "$root/usr/share/doc/beam-launcher/copyright"

echo "== the installed program builds a pipeline"
sample="$root/usr/share/beam-launcher/samples/wordcount"
if [ -f "$sample/go.mod" ]; then
    pipeline="$work/pipeline"
    cp -r "$sample" "$pipeline"
    pass "using the installed sample pipeline"
else
    # Placeholder until resources/sample/wordcount is merged: a Beam-free fixture.
    echo "note: no sample in the package yet; building $fallback_pipeline instead"
    pipeline="$work/pipeline"
    cp -r "$fallback_pipeline" "$pipeline"
fi
# Keep Go's caches (read before HOME moves), but nothing of ours in the real home.
export GOCACHE="${GOCACHE:-$(go env GOCACHE)}" GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
export GOPATH="${GOPATH:-$(go env GOPATH)}"
export BEAM_LAUNCHER_CACHE_DIR="$work/cache" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
goos=$(go env GOHOSTOS) goarch=$(go env GOHOSTARCH)
if "$exe" build "$pipeline" --out "$work/bin" >"$work/build.log" 2>&1; then
    pass "beam-launcher build exit code 0"
else
    fail "beam-launcher build"; sed 's/^/    /' "$work/build.log" >&2
fi
check "launcher built for $goos/$goarch" test -x "$work/bin/launcher-$goos-$goarch"
check "worker built for linux/amd64 without cgo" \
    bash -c 'go version -m "$1" | grep -q "CGO_ENABLED=0" && go version -m "$1" | grep -q "GOARCH=amd64"' _ "$work/bin/worker-linux-amd64"

echo "== the installed program speaks German on request"
check "BEAM_LAUNCHER_LANGUAGE=de translates the build help" \
    bash -c 'BEAM_LAUNCHER_LANGUAGE=de "$1" build --help 2>&1 | grep -qF "Durch Kommas getrennte Go-Build-Tags."' _ "$exe"

echo "== .tar.gz: a relocatable tree"
mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
top=$(find "$work/tgz" -mindepth 1 -maxdepth 1 -type d | head -n1)
check "tar.gz has bin/beam-launcher running --version" bash -c '"$1/bin/beam-launcher" --version | grep -qF "$2"' _ "$top" "$version"
check "tar.gz has the desktop file and 256 px icon" \
    test -f "$top/share/applications/$app_id.desktop" -a -f "$top/share/icons/hicolor/256x256/apps/$app_id.png"

echo "== the other platforms' icons, rendered here too"
check "beam-launcher.ico is a Windows icon with 8 sizes" \
    bash -c 'file "$1" | grep -q "MS Windows icon resource - 8 icons"' _ "$build_dir/packaging/beam-launcher.ico"
check "beam-launcher.icns is a macOS icon" \
    bash -c 'file "$1" | grep -q "Mac OS X icon"' _ "$build_dir/packaging/beam-launcher.icns"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
