#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark 10: Stop to CANCELLED. A launch whose job is RUNNING gets SIGINT (Ctrl+C, the
# window's Stop does the same); timed from the signal to the job's CANCELLED (as beam-launcher
# reports it, confirmed by the job service) and to beam-launcher's exit, on
#  - the Job API stand-in replaying Beam's Flink job server (tests/fixtures/jobapi/flink.json,
#    the job held RUNNING; the sample's real launcher submitted it), and
#  - the managed Prism (--local-job-server) running the longrun fixture's job.
#
#   bench/stop.py BUILD_DIR [RUNS]
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

build = os.path.abspath(sys.argv[1])
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bl = os.path.join(build, "app", "beam-launcher")
standin = os.path.join(build, "tests", "helpers", "bl_jobapistandin")
sample = os.path.join(root, "resources", "sample", "wordcount")
longrun = os.path.join(root, "tests", "fixtures", "pipelines", "longrun")
work = tempfile.mkdtemp(prefix="bl-bench-stop.")
env = dict(os.environ, BEAM_LAUNCHER_CONFIG_DIR=os.path.join(work, "config"),
           BEAM_LAUNCHER_CACHE_DIR=os.path.join(work, "cache"))


def stop_once(arguments):
    """Starts a launch, SIGINT once its job is RUNNING; returns (ms to CANCELLED, ms to exit)."""
    launch = subprocess.Popen([bl] + arguments, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env=env, text=True)
    signalled = cancelled = None
    for line in launch.stdout:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("event") != "job":
            continue
        if event.get("state") == "RUNNING" and signalled is None:
            launch.send_signal(signal.SIGINT)
            signalled = time.monotonic()
        elif event.get("state") == "CANCELLED" and signalled is not None:
            cancelled = time.monotonic()
    code = launch.wait()
    ended = time.monotonic()
    if signalled is None or cancelled is None or code != 130:
        sys.exit(f"bench: the launch was not stopped as expected (exit {code})")
    return (cancelled - signalled) * 1000, (ended - signalled) * 1000


def report(name, samples):
    for i, what in ((0, "signal to CANCELLED"), (1, "signal to beam-launcher's exit")):
        values = [s[i] for s in samples]
        print(f"{name}, {what}: median {statistics.median(values):.0f} ms "
              f"(min {min(values):.0f}, max {max(values):.0f}, n={len(values)})")


def on_standin():
    server = subprocess.Popen([standin, os.path.join(root, "tests", "fixtures", "jobapi", "flink.json"),
                               "--hold", "RUNNING"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port = server.stdout.readline().strip().removeprefix("PORT=")
        return stop_once(["launch", sample, "--runner", "flink", "--endpoint", f"127.0.0.1:{port}",
                          "--environment-type", "PROCESS", "--environment-config", '{"command":"/bin/true"}',
                          "--json", "--", f"--input={sample}/input.txt", f"--output={work}/counts.txt"])
    finally:
        server.terminate()
        server.wait()


def on_prism():
    return stop_once(["launch", longrun, "--runner", "prism", "--local-job-server", "--json", "--",
                      "--seconds=900"])


# Built (and the managed Prism made) once before the timed runs.
subprocess.run([bl, "build", sample], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
on_standin()
on_prism()
print(f"load average {os.getloadavg()[0]:.2f}")
report("Flink job server (stand-in, flink.json)", [on_standin() for _ in range(runs)])
report("managed Prism", [on_prism() for _ in range(runs)])
subprocess.run(["rm", "-rf", work])
