// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Benchmark 8: build ahead. From Launch to the launcher's process start, a few seconds after a
// one-line edit of the pipeline was saved, against starting the same launcher by hand.
//
// A copy of the Beam word-count sample (resources/sample/wordcount) in a temporary folder, with
// its own BEAM_LAUNCHER_CACHE_DIR and BEAM_LAUNCHER_CONFIG_DIR and output folder there. A
// bl::BuildAhead keeps its binaries built, as the window does for the shown profile (default
// quiet period, nice 10). Each round:
//   1. rewrites the last line of main.go (`var _ = N`: a one-line edit that changes the binary),
//      saved as editors do (a new file renamed over the old one), and waits until the build
//      ahead says the binaries are up to date again (the time from the save is printed);
//   2. pauses the build ahead (as the window does while its own session runs) and starts a
//      bl::LaunchSession in Launch mode on the same settings, runner "direct" (the launcher runs
//      the word count in its own process), timing start() to LaunchSession::launchStarted (emitted
//      just before the launcher is started) and to the started() signal of the ProcessRunner
//      that runs it (the process exists); checks that the session built nothing (no
//      buildStarted, both buildResult().current) and that the word count ran (exit 0, output);
//   3. "by hand": the same launcher binary, arguments, environment and working folder, started
//      with a QProcess, timed from start() to started(), run to its end (exit 0, output).
// The rounds alternate which of 2 and 3 goes first. Two diagnostics follow in each round, to
// place the session's time: the launcher started by a bare bl::ProcessRunner, and by hand just
// after the two SHA-256 threads a launch starts. Then, for comparison, rounds without build
// ahead (it is turned off): the same edit, and a launch at once, which runs go build.
//
//   bench_buildahead [ROUNDS] [ROUNDS_WITHOUT]      (defaults 7 1)
// The sample's modules come from GOMODCACHE (or the Go proxy); go must be on PATH.
#include "launch/BuildAhead.h"
#include "launch/LaunchRun.h"
#include "launch/LaunchSession.h"
#include "launch/LaunchSpec.h"
#include "process/FileHash.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <sys/stat.h>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

constexpr int BuildTimeoutMs = 600000;
constexpr int RunTimeoutMs = 120000;

double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

QString load1()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 0);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return 0;
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double minOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

/// Runs the event loop until `done()` holds or `ms` have passed; true when it holds.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

/// Saves as editors do: a new file renamed over the old one.
bool save(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList names = QDir(from).entryList(QDir::Files);
    for (const QString &name : names) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return !names.isEmpty();
}

/// Identifies one file on disk: a rebuilt binary is a new file.
QString fileIdentity(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2.%3").arg(st.st_ino).arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec);
}

QString goVersion()
{
    QProcess p;
    p.start(u"go"_s, {u"version"_s});
    if (!p.waitForFinished(30000))
        return u"go version: no answer"_s;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

struct Launch
{
    double toLaunchStarted = -1;  ///< start() to LaunchSession::launchStarted
    double toProcessStarted = -1; ///< start() to the launcher's ProcessRunner::started
    double toToolchain = -1;      ///< start() to the first message ("Using go...": go env done)
    bool built = false;           ///< a buildStarted signal came
    bool current = false;         ///< both buildResult().current
    int exitCode = -1;
    QString error;
    LaunchCommand command;
};

/// One launch of `settings` in `session`, timed; returns once the session has finished.
Launch timedLaunch(LaunchSession &session, const LaunchSettings &settings, int timeoutMs)
{
    Launch t;
    QElapsedTimer clock;
    bool over = false;
    QObject context; // ends the connections below when this returns
    QObject::connect(&session, &LaunchSession::buildStarted, &context, [&t] { t.built = true; });
    QObject::connect(&session, &LaunchSession::message, &context, [&](const QString &) {
        if (t.toToolchain < 0)
            t.toToolchain = msSince(clock);
    });
    QObject::connect(&session, &LaunchSession::launchStarted, &context,
                     [&](const LaunchCommand &command, const QString &) {
                         t.toLaunchStarted = msSince(clock);
                         t.command = command;
                     });
    // The launcher's ProcessRunner: the one child ProcessRunner of the session's LaunchRun.
    const QList<LaunchRun *> runs = session.findChildren<LaunchRun *>(QString(), Qt::FindDirectChildrenOnly);
    for (LaunchRun *run : runs) {
        const QList<ProcessRunner *> runners =
            run->findChildren<ProcessRunner *>(QString(), Qt::FindDirectChildrenOnly);
        for (ProcessRunner *runner : runners) {
            QObject::connect(runner, &ProcessRunner::started, &context, [&] {
                if (t.toProcessStarted < 0)
                    t.toProcessStarted = msSince(clock);
            });
        }
    }
    QObject::connect(&session, &LaunchSession::failed, &context,
                     [&](LaunchSession::Failure, const QString &text) { t.error = text; });
    QObject::connect(&session, &LaunchSession::finished, &context, [&](int code) {
        t.exitCode = code;
        over = true;
    });
    clock.start();
    session.start(LaunchSession::Mode::Launch, settings);
    if (!waitUntil([&] { return over; }, timeoutMs)) {
        session.cancel();
        waitUntil([&] { return over; }, 30000);
        t.error = u"the session did not finish in time"_s;
    }
    t.current = session.buildResult(BuildTarget::Launcher).current && session.buildResult(BuildTarget::Worker).current;
    return t;
}

struct ByHand
{
    double toStarted = -1;
    int exitCode = -1;
    QString error;
};

/// The launcher as a person would start it: the same program, arguments, environment and folder.
/// With `hashFirst` (a diagnostic), the SHA-256 of those files is started on threads of their
/// own just before, as a launch does for its record when the launcher starts.
ByHand byHand(const LaunchCommand &command, const QString &workingDir, const QStringList &hashFirst = {})
{
    ByHand t;
    QObject hashes;
    int pendingHashes = 0;
    QProcess p;
    p.setProgram(command.program);
    p.setArguments(command.arguments);
    p.setProcessEnvironment(command.environment);
    p.setWorkingDirectory(workingDir);
    QElapsedTimer clock;
    bool over = false;
    QObject::connect(&p, &QProcess::started, &p, [&] { t.toStarted = msSince(clock); });
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&p] { p.readAllStandardOutput(); });
    QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p] { p.readAllStandardError(); });
    QObject::connect(&p, &QProcess::finished, &p, [&](int code, QProcess::ExitStatus status) {
        t.exitCode = status == QProcess::NormalExit ? code : -1;
        over = true;
    });
    QObject::connect(&p, &QProcess::errorOccurred, &p, [&](QProcess::ProcessError error) {
        t.error = p.errorString();
        if (error == QProcess::FailedToStart)
            over = true;
    });
    clock.start();
    for (const QString &path : hashFirst) {
        ++pendingHashes;
        sha256OfFileInBackground(path, &hashes, [&pendingHashes](const QString &) { --pendingHashes; },
                                 std::make_shared<std::atomic_bool>(false));
    }
    p.start();
    if (!waitUntil([&] { return over && pendingHashes == 0; }, RunTimeoutMs)) {
        p.kill();
        p.waitForFinished(10000);
        t.error = u"the launcher did not finish in time"_s;
    }
    return t;
}

/// Diagnostic: the launcher started by a bare bl::ProcessRunner as LaunchRun sets it up (its own
/// session and process group, SIGKILL when we die), timed from start() to started().
ByHand byRunner(const LaunchCommand &command, const QString &workingDir)
{
    ByHand t;
    ProcessRunner runner;
    runner.setProgram(command.program, command.arguments);
    runner.setEnvironment(command.environment);
    runner.setWorkingDirectory(workingDir);
    QElapsedTimer clock;
    bool over = false;
    QObject::connect(&runner, &ProcessRunner::started, &runner, [&] { t.toStarted = msSince(clock); });
    QObject::connect(&runner, &ProcessRunner::finished, &runner, [&](const ProcessRunner::Result &result) {
        t.exitCode = result.succeeded() ? 0 : (result.exitCode ? result.exitCode : -1);
        t.error = result.errorString;
        over = true;
    });
    clock.start();
    runner.start();
    if (!waitUntil([&] { return over; }, RunTimeoutMs)) {
        runner.stop();
        waitUntil([&] { return over; }, 30000);
        t.error = u"the launcher did not finish in time"_s;
    }
    return t;
}

/// The state of `ahead` as a word, for messages.
const char *stateName(BuildAhead::State state)
{
    switch (state) {
    case BuildAhead::State::Off:
        return "off";
    case BuildAhead::State::Waiting:
        return "waiting";
    case BuildAhead::State::Building:
        return "building";
    case BuildAhead::State::UpToDate:
        return "up to date";
    case BuildAhead::State::Failed:
        return "failed";
    case BuildAhead::State::Held:
        return "held by another launch";
    }
    return "?";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rounds = args.value(1, u"7"_s).toInt();
    const int roundsWithout = args.value(2, u"1"_s).toInt();
    if (rounds < 1 || roundsWithout < 0) {
        std::fprintf(stderr, "usage: bench_buildahead [ROUNDS >= 1] [ROUNDS_WITHOUT >= 0]\n");
        return 2;
    }

    QTemporaryDir work(QDir::tempPath() + u"/bl-bench-buildahead.XXXXXX"_s);
    if (!work.isValid()) {
        std::fprintf(stderr, "bench_buildahead: no temporary folder: %s\n", qPrintable(work.errorString()));
        return 2;
    }
    // Runs are recorded and package answers kept here, not in the user's folders.
    qputenv("BEAM_LAUNCHER_CACHE_DIR", QFile::encodeName(work.filePath(u"cache"_s)));
    qputenv("BEAM_LAUNCHER_CONFIG_DIR", QFile::encodeName(work.filePath(u"config"_s)));
    const QString src = work.filePath(u"src"_s);
    if (!copyFolder(QStringLiteral(BL_SAMPLE_DIR), src)) {
        std::fprintf(stderr, "bench_buildahead: cannot copy %s to %s\n", BL_SAMPLE_DIR, qPrintable(src));
        return 2;
    }
    const QString mainGo = QDir(src).filePath(u"main.go"_s);
    QFile original(mainGo);
    if (!original.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray mainSource = original.readAll();
    original.close();
    const QString counts = work.filePath(u"counts.txt"_s);

    LaunchSettings settings;
    settings.packageDir = src;
    settings.outDir = work.filePath(u"out"_s);
    settings.runner = u"direct"_s;
    settings.pipelineFlags = {u"--input"_s, QDir(src).filePath(u"input.txt"_s), u"--output"_s, counts};
    const QString launcherPath = LaunchSession::outputPath(settings, BuildTarget::Launcher, Platform::host());
    const QString workerPath = LaunchSession::outputPath(settings, BuildTarget::Worker, settings.workerPlatform);

    std::printf("buildahead: %s, %d cores, %d rounds (+%d without build ahead), load %s\n", qPrintable(goVersion()),
                QThread::idealThreadCount(), rounds, roundsWithout, qPrintable(load1()));
    std::fflush(stdout);

    int edits = 0;
    auto edit = [&] {
        ++edits;
        return save(mainGo, mainSource + "\nvar _ = " + QByteArray::number(edits) + "\n");
    };

    BuildAhead ahead;
    QElapsedTimer clock;
    clock.start();
    double upToDateAt = -1;
    bool sawBuilding = false;
    QObject::connect(&ahead, &BuildAhead::stateChanged, &ahead, [&](BuildAhead::State state) {
        if (state == BuildAhead::State::Building)
            sawBuilding = true;
        else if (state == BuildAhead::State::UpToDate)
            upToDateAt = msSince(clock);
    });
    auto waitUpToDate = [&](int ms) {
        return waitUntil([&] { return (ahead.state() == BuildAhead::State::UpToDate && !ahead.session()->isRunning())
                                      || ahead.state() == BuildAhead::State::Failed; },
                         ms)
               && ahead.state() == BuildAhead::State::UpToDate;
    };

    // The first build ahead: from the settings to up to date (not part of the comparison).
    clock.restart();
    ahead.setSettings(settings);
    if (!waitUpToDate(BuildTimeoutMs)) {
        std::fprintf(stderr, "bench_buildahead: the first build ahead did not end up to date (%s): %s\n",
                     stateName(ahead.state()), qPrintable(ahead.failure()));
        return 1;
    }
    std::printf("  first build ahead: %.0f ms (built: %s, load %s)\n", upToDateAt, sawBuilding ? "yes" : "no",
                qPrintable(load1()));
    std::fflush(stdout);

    LaunchSession session; // one session for every launch, as the window keeps one
    std::vector<double> editToUpToDate, toLaunchStarted, toProcessStarted, toToolchain, handStarted, handHashed,
        handRunner, difference;
    LaunchCommand command;
    bool allGood = true;
    auto fail = [&](int round, const QString &why) {
        std::fprintf(stderr, "  round %d: %s\n", round, qPrintable(why));
        allGood = false;
    };

    for (int round = 1; round <= rounds; ++round) {
        const QString loadBefore = load1();
        const QString binaryBefore = fileIdentity(launcherPath);
        sawBuilding = false;
        upToDateAt = -1;
        QFile::remove(counts);
        if (!edit()) {
            fail(round, u"cannot save main.go"_s);
            break;
        }
        clock.restart();
        // The watcher sees the save, the quiet period passes, the build ahead runs and records.
        if (!waitUntil([&] { return (sawBuilding && ahead.state() == BuildAhead::State::UpToDate)
                                    || ahead.state() == BuildAhead::State::Failed; },
                       BuildTimeoutMs)
            || ahead.state() != BuildAhead::State::UpToDate) {
            fail(round, QStringLiteral("the build ahead did not end up to date after the edit (%1): %2")
                            .arg(QString::fromLatin1(stateName(ahead.state())), ahead.failure()));
            break;
        }
        const double editMs = upToDateAt;
        if (fileIdentity(launcherPath) == binaryBefore)
            fail(round, u"the launcher binary was not replaced by the build ahead"_s);

        ahead.setPaused(true); // as the window does while its own session runs
        Launch launch;
        ByHand hand;
        auto launchNow = [&] {
            launch = timedLaunch(session, settings, RunTimeoutMs);
            if (!launch.command.program.isEmpty())
                command = launch.command;
        };
        auto byHandNow = [&] {
            QFile::remove(counts);
            hand = byHand(command, src);
            if (hand.exitCode != 0 || !QFileInfo(counts).size())
                fail(round, QStringLiteral("by hand: exit %1, %2 bytes of counts %3")
                                .arg(hand.exitCode)
                                .arg(QFileInfo(counts).size())
                                .arg(hand.error));
        };
        if (round % 2 == 1 || command.program.isEmpty()) {
            launchNow();
            const qint64 size = QFileInfo(counts).size();
            byHandNow();
            if (launch.exitCode != 0 || !size)
                fail(round, QStringLiteral("launch: exit %1, %2 bytes of counts %3")
                                .arg(launch.exitCode)
                                .arg(size)
                                .arg(launch.error));
        } else {
            byHandNow();
            QFile::remove(counts);
            launchNow();
            if (launch.exitCode != 0 || !QFileInfo(counts).size())
                fail(round, QStringLiteral("launch: exit %1, %2 bytes of counts %3")
                                .arg(launch.exitCode)
                                .arg(QFileInfo(counts).size())
                                .arg(launch.error));
        }
        // Diagnostic, always third: by hand again, with the two checksum threads a launch starts.
        QFile::remove(counts);
        const ByHand hashed = byHand(command, src, {launcherPath, workerPath});
        if (hashed.exitCode != 0)
            fail(round, QStringLiteral("by hand with checksums: exit %1 %2").arg(hashed.exitCode).arg(hashed.error));
        QFile::remove(counts);
        const ByHand runnerOnly = byRunner(command, src);
        if (runnerOnly.exitCode != 0)
            fail(round, QStringLiteral("by a bare ProcessRunner: exit %1 %2")
                            .arg(runnerOnly.exitCode)
                            .arg(runnerOnly.error));
        if (launch.built || !launch.current)
            fail(round, u"the launch built (or did not find its binaries current): build ahead missed"_s);
        if (launch.command.program != command.program || launch.command.arguments != command.arguments)
            fail(round, u"the launch command changed between rounds"_s);
        if (QFileInfo(launch.command.program).canonicalFilePath() != QFileInfo(launcherPath).canonicalFilePath())
            fail(round, QStringLiteral("the launch ran %1, not %2").arg(launch.command.program, launcherPath));

        editToUpToDate.push_back(editMs);
        toLaunchStarted.push_back(launch.toLaunchStarted);
        toProcessStarted.push_back(launch.toProcessStarted);
        toToolchain.push_back(launch.toToolchain);
        handStarted.push_back(hand.toStarted);
        handHashed.push_back(hashed.toStarted);
        handRunner.push_back(runnerOnly.toStarted);
        difference.push_back(launch.toProcessStarted - hand.toStarted);
        std::printf("  round %d: edit->up to date %.1f ms; Launch->launchStarted %.1f ms, ->process started %.1f ms "
                    "(go env done at %.1f ms); by hand %.1f ms; difference %+.1f ms (%s first; diagnostics: "
                    "by hand with checksums %.1f ms, bare ProcessRunner %.1f ms; load %s-%s)\n",
                    round, editMs, launch.toLaunchStarted, launch.toProcessStarted, launch.toToolchain, hand.toStarted,
                    launch.toProcessStarted - hand.toStarted, round % 2 == 1 ? "launch" : "by hand", hashed.toStarted,
                    runnerOnly.toStarted,
                    qPrintable(loadBefore), qPrintable(load1()));
        std::fflush(stdout);

        // The window's session is over: the build ahead checks the binaries again (nothing to build).
        sawBuilding = false;
        ahead.setPaused(false);
        if (!waitUpToDate(BuildTimeoutMs))
            fail(round, u"the build ahead did not come back up to date after the launch"_s);
        if (sawBuilding)
            fail(round, u"the build ahead built again after a launch that changed nothing"_s);
    }

    std::printf("with build ahead, medians of %zu rounds (min-max):\n", toProcessStarted.size());
    std::printf("  edit saved -> binaries up to date: %.0f ms (%.0f-%.0f)\n", median(editToUpToDate),
                minOf(editToUpToDate), maxOf(editToUpToDate));
    std::printf("  Launch -> go env done (first message): %.1f ms\n", median(toToolchain));
    std::printf("  Launch -> launchStarted: %.1f ms (%.1f-%.1f)\n", median(toLaunchStarted), minOf(toLaunchStarted),
                maxOf(toLaunchStarted));
    std::printf("  Launch -> launcher process started: %.1f ms (%.1f-%.1f)\n", median(toProcessStarted),
                minOf(toProcessStarted), maxOf(toProcessStarted));
    std::printf("  by hand (QProcess start -> started): %.1f ms (%.1f-%.1f)\n", median(handStarted),
                minOf(handStarted), maxOf(handStarted));
    std::printf("  by hand with the two checksum threads started first (diagnostic): %.1f ms (%.1f-%.1f)\n",
                median(handHashed), minOf(handHashed), maxOf(handHashed));
    std::printf("  a bare ProcessRunner, start() -> started() (diagnostic): %.1f ms (%.1f-%.1f)\n",
                median(handRunner), minOf(handRunner), maxOf(handRunner));
    std::printf("  difference (per round, then median): %+.1f ms (%+.1f..%+.1f); target < +100 ms: %s\n",
                median(difference), minOf(difference), maxOf(difference), median(difference) < 100 ? "yes" : "no");
    std::fflush(stdout);

    // Without build ahead: the edit, then Launch at once, which builds.
    ahead.setEnabled(false);
    std::vector<double> without;
    for (int round = 1; round <= roundsWithout; ++round) {
        const QString loadBefore = load1();
        QFile::remove(counts);
        if (!edit()) {
            fail(round, u"cannot save main.go"_s);
            break;
        }
        const Launch launch = timedLaunch(session, settings, BuildTimeoutMs);
        if (!launch.built || launch.current)
            fail(round, u"without build ahead, the launch did not build"_s);
        if (launch.exitCode != 0 || !QFileInfo(counts).size())
            fail(round, QStringLiteral("launch: exit %1, %2").arg(launch.exitCode).arg(launch.error));
        without.push_back(launch.toProcessStarted);
        std::printf("  without build ahead, round %d: edit then Launch -> launchStarted %.0f ms, ->process started "
                    "%.0f ms (built: %s, load %s-%s)\n",
                    round, launch.toLaunchStarted, launch.toProcessStarted, launch.built ? "yes" : "no",
                    qPrintable(loadBefore), qPrintable(load1()));
        std::fflush(stdout);
    }
    if (!without.empty())
        std::printf("  without build ahead: median %.0f ms to the launcher's start; with build ahead %.1f ms\n",
                    median(without), median(toProcessStarted));
    std::printf("%s\n", allGood ? "all checks passed" : "SOME CHECKS FAILED (see above)");
    return allGood ? 0 : 1;
}
