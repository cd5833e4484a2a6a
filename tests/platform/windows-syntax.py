#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""Type-checks every C++ source of app/ and ui/ as Windows code (ctest platform/windows-syntax).

Debian's MinGW-w64 compiler parses each file with -fsyntax-only, _WIN32 defined (Q_OS_WIN follows
from it), against the host's Qt headers and the moc/uic headers the build generated, with the
project's warnings as errors. Any error fails the test. What this proves and what it does not
(no link, no run, Linux-configured Qt headers): docs/PLATFORMS.md.

Which files: every *.cpp under app/ and ui/, found on disk (new files are picked up without any
list to keep), except the *_unix.cpp halves. How each is compiled: its own command from the build's
compile_commands.json (include paths, definitions, generated headers, gRPC/protobuf output
folders of whatever target it belongs to). A file the Linux build does not compile (the *_win.cpp
halves, a source of an optional dependency the build did not find) borrows the command of a file
in the same folder, preferring its *_unix.cpp twin.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import time

# Options of the host command that do not apply to a Windows syntax check.
DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ"}
DROP_PREFIXES = ("-O", "-g", "-fPIC", "-fPIE", "-fpic", "-fpie", "-fsanitize", "-fno-sanitize",
                 "-fno-omit-frame-pointer", "-pthread", "-M", "-W", "-march", "-mtune", "-fdiagnostics")
# Definitions a Windows build of Qt applications gets from Qt's own CMake (Qt6::Platform on
# win32-g++) and the Windows headers need.
WINDOWS_DEFINES = ["-D_WIN32", "-DWIN32", "-DUNICODE", "-D_UNICODE", "-DMINGW_HAS_SECURE_API=1",
                   "-D_WIN32_WINNT=0x0A00", "-DWINVER=0x0A00"]
# The project's own warning set (CMakeLists.txt, beamlauncher_settings), as errors.
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Wshadow", "-Wnon-virtual-dtor", "-Wcast-qual",
            "-Wformat=2", "-Werror"]


def host_command(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def windows_command(compiler, host_args, source):
    """The host compile command turned into a MinGW -fsyntax-only command for `source`."""
    args = [compiler, "-fsyntax-only"] + WINDOWS_DEFINES
    it = iter(host_args[1:])
    for arg in it:
        if arg in DROP_WITH_VALUE:
            next(it, None)
            continue
        if arg == "-c" or arg.startswith(DROP_PREFIXES):
            continue
        if arg in ("-isystem", "-I", "-iquote", "-include", "-idirafter"):
            value = next(it, "")
            # Qt's Linux mkspec (qplatformdefs.h) and the plain host include folder (glibc) are
            # not Windows headers; host folders come back below, searched last.
            if "/mkspecs/" in value or os.path.normpath(value) in ("/usr/include", "/usr/local/include"):
                continue
            args += [arg, value]
            continue
        if arg.endswith((".cpp", ".cc", ".cxx", ".c")) and not arg.startswith("-"):
            continue  # the original source; ours goes last
        args.append(arg)
    # Third-party headers that live directly in the host's /usr/include (QtKeychain, gRPC,
    # protobuf, abseil) are searched after MinGW's own C, C++ and Windows headers, never before.
    args += WARNINGS + ["-idirafter", "/usr/include", source]
    return args


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--compiler", default="x86_64-w64-mingw32-g++-posix")
    parser.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--folders", default="app,ui")
    parser.add_argument("files", nargs="*", help="only these sources (default: all)")
    opts = parser.parse_args()

    source_dir = os.path.realpath(opts.source_dir)
    database_path = os.path.join(opts.build_dir, "compile_commands.json")
    if not os.path.exists(database_path):
        print(f"windows-syntax: {database_path} is missing: configure with "
              "CMAKE_EXPORT_COMPILE_COMMANDS=ON (the top-level CMakeLists.txt sets it)", file=sys.stderr)
        return 1
    if subprocess.run(["sh", "-c", f"command -v {shlex.quote(opts.compiler)}"],
                      stdout=subprocess.DEVNULL).returncode != 0:
        print(f"windows-syntax: {opts.compiler} not found: install g++-mingw-w64-x86-64-posix "
              "(.ci/setup does)", file=sys.stderr)
        return 1

    with open(database_path, encoding="utf-8") as f:
        database = {}
        for entry in json.load(f):
            path = entry["file"]
            if not os.path.isabs(path):
                path = os.path.join(entry["directory"], path)
            database[os.path.realpath(path)] = entry

    sources = []
    if opts.files:
        sources = [os.path.realpath(p) for p in opts.files]
    else:
        for folder in opts.folders.split(","):
            for root, _dirs, files in os.walk(os.path.join(source_dir, folder)):
                for name in files:
                    if name.endswith(".cpp") and not name.endswith("_unix.cpp"):
                        sources.append(os.path.realpath(os.path.join(root, name)))
    sources.sort()
    if not sources:
        print("windows-syntax: no sources found", file=sys.stderr)
        return 1

    jobs = []
    problems = []
    for source in sources:
        entry = database.get(source)
        borrowed = None
        if entry is None:
            folder = os.path.dirname(source)
            twin = re.sub(r"_win\.cpp$", "_unix.cpp", source)
            candidates = [twin] + sorted(p for p in database if os.path.dirname(p) == folder)
            borrowed = next((p for p in candidates if p in database), None)
            if borrowed is None:
                problems.append(f"{os.path.relpath(source, source_dir)}: no file of its folder is in "
                                "the build, so there is no command to borrow")
                continue
            entry = database[borrowed]
        jobs.append((source, borrowed, windows_command(opts.compiler, host_command(entry), source),
                     entry["directory"]))

    # Generated headers must exist: the check runs after the build.
    for _source, _borrowed, command, directory in jobs:
        for arg in command:
            match = re.match(r"-I(.*_autogen/include)$", arg)
            if match and not os.path.isdir(os.path.join(directory, match.group(1))):
                print(f"windows-syntax: {match.group(1)} is missing: build first "
                      "(cmake --build --preset ci), then run the test", file=sys.stderr)
                return 1

    def run(job):
        source, _borrowed, command, directory = job
        started = time.monotonic()
        result = subprocess.run(command, cwd=directory, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        return job, result.returncode, result.stdout, time.monotonic() - started

    started = time.monotonic()
    failed = 0
    skipped = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        for job, code, output, seconds in pool.map(run, jobs):
            source, borrowed = job[0], job[1]
            name = os.path.relpath(source, source_dir)
            how = f" (command of {os.path.relpath(borrowed, source_dir)})" if borrowed else ""
            missing = re.search(r"fatal error: ([^:]+): No such file or directory", output)
            if code == 0:
                print(f"ok    {name}{how} {seconds:.1f} s")
            elif borrowed and not source.endswith("_win.cpp") and missing \
                    and not os.path.exists(os.path.join(os.path.dirname(source), missing.group(1))):
                # A file the build leaves out because an optional library was not found (such as
                # KSyntaxAdapter.cpp without KF6): it cannot be checked here, and it says so.
                skipped.append(name)
                print(f"SKIP  {name}: not in this build, and {missing.group(1)} is not installed")
            else:
                failed += 1
                print(f"FAIL  {name}{how}\n{output}")
                if os.environ.get("WINDOWS_SYNTAX_VERBOSE"):
                    print("      " + shlex.join(job[2]))
    for problem in problems:
        print(f"FAIL  {problem}")
    total = len(jobs) + len(problems)
    print(f"windows-syntax: {total - failed - len(problems) - len(skipped)} of {total} sources of "
          f"{opts.folders.replace(',', ', ')} type-check as Windows code "
          f"({opts.compiler}, {time.monotonic() - started:.0f} s, {opts.jobs} at a time)"
          + (f"; not checked: {', '.join(skipped)}" if skipped else ""))
    return 0 if failed == 0 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
