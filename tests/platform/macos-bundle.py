#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""Checks the macOS bundle and DMG description on a machine that is not a Mac (ctest platform/macos-bundle).

Reads what CMake wrote for it (build/packaging/macos/bundle.json: the bundle layout the install
rules use on macOS, the Info.plist CMake makes of packaging/macos/Info.plist.in, the icon, the
CPack DragNDrop settings) and checks:
- Info.plist.in is well-formed XML and the configured Info.plist parses as a property list
  (Python's plistlib), with every placeholder filled and the keys macOS needs, consistent with
  the build (executable name, version, bundle id, icon, languages);
- the .icns the build rendered is a well-formed icon family;
- the layout matches what DragNDrop packs: the install tree is the DMG's root, so the bundle must
  be installed at its root, and the resources must land where the program looks for them
  (Contents/MacOS/../Resources/samples and .../translations, read from app/ sources);
- the DMG settings are values CPack and hdiutil accept.
It cannot build, sign or open a DMG; docs/PLATFORMS.md says what stays untested.
"""
import argparse
import json
import os
import plistlib
import posixpath
import re
import struct
import sys
import xml.etree.ElementTree as ElementTree

errors = []


def check(condition, message):
    if not condition:
        errors.append(message)
    return condition


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def check_plist(manifest, source_dir):
    template = manifest["info_plist_template"]
    try:
        ElementTree.parse(template)
    except ElementTree.ParseError as error:
        check(False, f"{template} is not well-formed XML: {error}")
    path = manifest["info_plist"]
    with open(path, "rb") as f:
        raw = f.read()
    check(not re.search(rb"\$\{|@[A-Za-z_]+@", raw),
          f"{path} has a placeholder CMake did not fill")
    try:
        plist = plistlib.loads(raw, fmt=plistlib.FMT_XML)
    except Exception as error:  # plistlib raises several kinds
        check(False, f"{path} does not parse as a property list: {error}")
        return None
    expect = {
        "CFBundleExecutable": manifest["executable"],
        "CFBundleIdentifier": manifest["bundle_id"],
        "CFBundleIconFile": manifest["icon_file"],
        "CFBundlePackageType": "APPL",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": manifest["version"],
        "CFBundleVersion": manifest["version"],
        "NSHighResolutionCapable": True,
    }
    for key, value in expect.items():
        check(plist.get(key) == value, f"Info.plist {key} is {plist.get(key)!r}, expected {value!r}")
    for key in ("CFBundleName", "CFBundleDisplayName", "NSHumanReadableCopyright", "CFBundleDevelopmentRegion"):
        check(isinstance(plist.get(key), str) and plist[key].strip(), f"Info.plist has no {key}")
    check(len(plist.get("CFBundleName", "")) <= 15,
          "Info.plist CFBundleName is longer than the 15 characters macOS shows in the menu bar")
    # Apple: a bundle id holds only A-Z, a-z, 0-9, '-' and '.', in reverse-DNS form.
    check(re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", plist.get("CFBundleIdentifier", "")),
          f"Info.plist CFBundleIdentifier {plist.get('CFBundleIdentifier')!r} is not a valid bundle id "
          "(letters, digits, '-' and '.' only)")
    # CFBundleVersion / CFBundleShortVersionString: up to three non-negative integers.
    for key in ("CFBundleVersion", "CFBundleShortVersionString"):
        check(re.fullmatch(r"\d+(\.\d+){0,2}", plist.get(key, "")), f"Info.plist {key} is not N[.N[.N]]")
    minimum = plist.get("LSMinimumSystemVersion", "")
    check(re.fullmatch(r"\d+(\.\d+){1,2}", minimum) and version_tuple(minimum) >= (11, 0),
          f"Info.plist LSMinimumSystemVersion {minimum!r}: Qt 6.5 and later need macOS 11 or newer")
    languages = {"en"} | set(manifest["languages"])
    check(set(plist.get("CFBundleLocalizations", [])) == languages,
          f"Info.plist CFBundleLocalizations {sorted(plist.get('CFBundleLocalizations', []))} differ "
          f"from the translations shipped: {sorted(languages)}")
    return plist


def check_icns(path):
    """An icon family: 'icns', the total length, then (type, length, data) elements."""
    if not check(os.path.isfile(path), f"{path} is missing: build the bl_icons target"):
        return
    with open(path, "rb") as f:
        data = f.read()
    if not check(len(data) >= 8 and data[:4] == b"icns", f"{path} is not an .icns file"):
        return
    check(struct.unpack(">I", data[4:8])[0] == len(data), f"{path}: the header's length is not the file's")
    types = []
    offset = 8
    while offset + 8 <= len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        if not check(length >= 8 and offset + length <= len(data), f"{path}: element {kind!r} runs past the end"):
            return
        types.append(kind.decode("latin-1"))
        offset += length
    check(offset == len(data), f"{path}: trailing bytes after the last element")
    # Finder and the Dock want the large Retina sizes; the small ones keep lists sharp.
    check("ic10" in types or "ic09" in types, f"{path} has no 512 or 1024 pixel image ({types})")
    check("ic07" in types or "ic11" in types or "icp5" in types, f"{path} has no small image ({types})")


def lookups(source_dir, relative, pattern):
    """The folders, relative to the executable's folder, that a source file looks into."""
    with open(os.path.join(source_dir, relative), encoding="utf-8") as f:
        return re.findall(pattern, f.read())


def check_layout(manifest, plist, source_dir):
    bundle = manifest["bundle"]
    check(bundle.endswith(".app") and "/" not in bundle,
          f"the bundle {bundle!r} must be installed at the root of the install tree, which DragNDrop "
          "makes the root of the DMG (BUNDLE DESTINATION .)")
    check(bundle == manifest["executable"] + ".app", f"the bundle {bundle!r} is not named after its executable")
    executable_dir = posixpath.join(bundle, "Contents", "MacOS")
    resources = posixpath.join(bundle, "Contents", "Resources")
    for key in ("samples_destination", "translations_destination"):
        check(posixpath.dirname(manifest[key]) == resources, f"{key} {manifest[key]!r} is not inside {resources}")
    if plist is not None:
        check(plist.get("CFBundleExecutable") == manifest["executable"],
              "Contents/MacOS/<CFBundleExecutable> is not the installed executable")
        check(plist.get("CFBundleIconFile") == os.path.basename(manifest["icns"]),
              "CFBundleIconFile does not name the .icns the build puts into Contents/Resources")
    # Where the program looks, relative to Contents/MacOS, read from its sources.
    samples = lookups(source_dir, "app/launch/Paths.cpp", r'QStringLiteral\("(\.\./Resources/[^"]+)"\)')
    translations = lookups(source_dir, "app/Translations.cpp", r'QStringLiteral\("(\.\./Resources/[^"]+)"\)')
    found = {posixpath.normpath(posixpath.join(executable_dir, p)) for p in samples}
    check(manifest["samples_destination"] in found,
          f"app/launch/Paths.cpp looks for samples in {sorted(found)}, the bundle has them in "
          f"{manifest['samples_destination']}")
    found = {posixpath.normpath(posixpath.join(executable_dir, p)) for p in translations}
    check(manifest["translations_destination"] in found,
          f"app/Translations.cpp looks for Qt's translations in {sorted(found)}, the bundle has them in "
          f"{manifest['translations_destination']}")
    samples_source = manifest["samples_source"]
    check(os.path.isdir(samples_source) and any(
        os.path.isfile(os.path.join(samples_source, d, "go.mod")) for d in os.listdir(samples_source)),
        f"{samples_source} holds no sample with a go.mod, so Resources/samples would be empty")


def check_dmg(manifest):
    dmg = manifest["dmg"]
    check(dmg["generator"] == "DragNDrop", f"the macOS CPack generator is {dmg['generator']!r}, not DragNDrop")
    # hdiutil(1) formats a DMG for download can have: read-only, compressed or not.
    check(dmg["format"] in {"UDRO", "UDZO", "UDBZ", "ULFO", "ULMO"},
          f"CPACK_DMG_FORMAT {dmg['format']!r} is not a read-only hdiutil image format")
    name = dmg["volume_name"]
    check(name and len(name) <= 27 and not re.search(r"[:/]", name),
          f"CPACK_DMG_VOLUME_NAME {name!r}: 1 to 27 characters, no ':' or '/'")
    check(re.fullmatch(r"[A-Za-z0-9._-]+", dmg["file_name"]),
          f"the DMG file name {dmg['file_name']!r} should need no quoting (letters, digits, . _ -)")
    check(os.path.isfile(dmg["license"]), f"the license file {dmg['license']} is missing")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--source-dir", required=True)
    opts = parser.parse_args()
    with open(opts.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    plist = check_plist(manifest, opts.source_dir)
    check_icns(manifest["icns"])
    check_layout(manifest, plist, opts.source_dir)
    check_dmg(manifest)
    for error in errors:
        print(f"FAIL  {error}")
    if errors:
        return 1
    print(f"macos-bundle: {manifest['bundle']} (Info.plist, icon, layout) and the "
          f"{manifest['dmg']['format']} DMG settings are consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
