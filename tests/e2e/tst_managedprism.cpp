// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The managed local Prism (app/runner): prism and boot built by PrismTools for the sample's Beam
// version with the loopback overlay, started by ManagedPrism, the word-count sample run through it
// with the PROCESS environment (boot runs the worker beam-launcher cross-compiled).
//  - every socket its process tree listens on, read from /proc (tests/helpers/SocketProbe.h),
//    is bound to 127.0.0.1 or ::1, before and while the job runs;
//  - the worker's lines (SDK log entries, boot's and the worker's stderr) arrive as worker lines;
//  - after stop() no process of its tree is left;
//  - a prism built without the overlay (the e2e fixture's plain one) is refused.
// The built prism and boot are kept in BL_E2E_CACHE/managed-prism, so only the first run on a
// machine pays for the build (see docs/TESTING.md for how long that takes).
#include "CliRunner.h"
#include "SocketProbe.h"
#include "WriteFile.h"

#include "runner/ManagedPrism.h"
#include "runner/PrismTools.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QStringList ExpectedCounts = {u"a: 2"_s,   u"and: 1"_s, u"cat: 2"_s, u"dog: 2"_s, u"log: 1"_s,
                                    u"mat: 1"_s, u"on: 2"_s,  u"sat: 2"_s, u"the: 4"_s};

QStringList sortedLines(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {u"<no output file %1>"_s.arg(file)};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QString describe(const QList<ListeningSocket> &sockets)
{
    QStringList lines;
    for (const ListeningSocket &s : sockets)
        lines << s.describe();
    return lines.join(u'\n');
}

} // namespace

class TestManagedPrism : public QObject
{
    Q_OBJECT

    PrismBinaries m_binaries;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        qputenv("BEAM_LAUNCHER_RUNNERS_DIR", QByteArrayLiteral(BL_E2E_CACHE "/managed-prism"));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
    }

    void buildsPrismAndBootForTheSamplesBeamVersion()
    {
        const QString go = QStandardPaths::findExecutable(u"go"_s);
        BL_VERIFY2(!go.isEmpty(), "go is not on PATH");
        PrismTools tools;
        QStringList messages;
        connect(&tools, &PrismTools::message, this, [&](const QString &text) {
            messages << text;
            qInfo("%s", qPrintable(text));
        });
        QSignalSpy finished(&tools, &PrismTools::finished);
        QElapsedTimer clock;
        clock.start();
        tools.prepare(go, QProcessEnvironment::systemEnvironment(), Sample);
        QVERIFY(finished.wait(2400000)); // a cold build on a busy 2-core machine
        QCOMPARE(finished.size(), 1);
        const QString error = finished.first().at(1).toString();
        BL_VERIFY2(error.isEmpty(), qPrintable(error));
        m_binaries = finished.first().at(0).value<PrismBinaries>();
        QCOMPARE(m_binaries.beamVersion, u"2.77.0"_s);
        QVERIFY(QFileInfo(m_binaries.prism).isExecutable());
        QVERIFY(QFileInfo(m_binaries.boot).isExecutable());
        if (messages.filter(u"Building Prism 2.77.0 (first use of this Beam version)"_s).isEmpty())
            qInfo("prism and boot were in the runner cache: %.1f s", clock.elapsed() / 1000.0);
        else
            qInfo("prism and boot built in %.1f s (with whatever Go's build cache held)", clock.elapsed() / 1000.0);
        // The overlay Beam Launcher applied is kept beside the binaries, for anyone to read.
        QFile overlay(m_binaries.folder + u"/overlay/overlay.json"_s);
        QVERIFY(overlay.open(QIODevice::ReadOnly));
        QVERIFY(overlay.readAll().contains("jobservices/server.go"));

        // A second prepare finds them in the cache at once.
        QSignalSpy again(&tools, &PrismTools::finished);
        messages.clear();
        tools.prepare(go, QProcessEnvironment::systemEnvironment(), Sample);
        QVERIFY(again.wait(60000));
        QCOMPARE(again.first().at(0).value<PrismBinaries>().prism, m_binaries.prism);
        BL_VERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    void runsTheSampleOnLoopbackOnlyAndLeavesNothing()
    {
        BL_VERIFY2(m_binaries.isValid(), "the build test failed");
        ManagedPrism prism;
        QList<RunnerLine> workerLines;
        connect(&prism, &ManagedPrism::workerOutput, this,
                [&](const QList<RunnerLine> &lines) { workerLines += lines; });
        QSignalSpy ready(&prism, &ManagedPrism::ready);
        QSignalSpy failed(&prism, &ManagedPrism::failed);
        prism.start(m_binaries);
        BL_VERIFY2(ready.wait(60000), failed.isEmpty() ? "no ready" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(prism.endpoint().startsWith(u"127.0.0.1:"_s));
        const qint64 pid = prism.processId();

        // Before any job: Prism's job service and web page, both on loopback.
        QList<ListeningSocket> sockets = listeningSocketsOf(processTreeOf(pid));
        BL_VERIFY2(sockets.size() >= 2, qPrintable(describe(sockets)));
        const int jobPort = prism.endpoint().section(u':', -1).toInt();
        const int webPort = prism.webUi().port();
        BL_VERIFY2(std::any_of(sockets.cbegin(), sockets.cend(), [&](const auto &s) { return s.port == jobPort; }),
                 qPrintable(describe(sockets)));
        BL_VERIFY2(std::any_of(sockets.cbegin(), sockets.cend(), [&](const auto &s) { return s.port == webPort; }),
                 qPrintable(describe(sockets)));
        for (const ListeningSocket &s : sockets)
            BL_VERIFY2(s.isLoopback(), qPrintable(s.describe()));

        // While the job runs: every process of the tree (Prism, boot, the worker), every socket.
        QSet<qint64> seen;
        QList<ListeningSocket> exposed;
        int checks = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            const QList<qint64> tree = processTreeOf(pid);
            seen.unite(QSet<qint64>(tree.cbegin(), tree.cend()));
            for (const ListeningSocket &s : listeningSocketsOf(tree)) {
                if (!s.isLoopback())
                    exposed << s;
            }
            ++checks;
        });
        watch.start(100);

        QTemporaryDir work;
        const QString counts = work.filePath(u"counts.txt"_s);
        QProcess launch;
        launch.setProcessEnvironment(m_env);
        QSignalSpy launched(&launch, &QProcess::finished);
        launch.start(QStringLiteral(BL_EXECUTABLE),
                     {u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s, prism.endpoint(),
                      u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s,
                      prism.processEnvironmentConfig(), u"--json"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                      u"--output="_s + counts});
        QVERIFY(launched.wait(1800000));
        watch.stop();
        const QByteArray launchErr = launch.readAllStandardError();
        BL_VERIFY2(launch.exitCode() == 0, launchErr.right(6000).constData());
        QCOMPARE(sortedLines(counts), ExpectedCounts);
        BL_VERIFY2(exposed.isEmpty(), qPrintable(describe(exposed)));
        qInfo("%d socket checks of up to %lld processes while the job ran", checks, qlonglong(seen.size()));
        // Boot lives for seconds (it fetches the worker binary); the worker itself for less than one,
        // so the polling may or may not catch it. Its own log lines below prove that it ran.
        BL_VERIFY2(seen.size() >= 2, "boot was never seen in Prism's process tree");

        // The worker's own lines: its SDK log entries (with their transform) and boot's stderr.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(workerLines.cbegin(), workerLines.cend(), [](const RunnerLine &l) {
                                     return l.stream == RunnerLine::Stream::Log && l.message.startsWith(u"Writing to"_s);
                                 }),
                                 10000);
        const auto writing = std::find_if(workerLines.cbegin(), workerLines.cend(), [](const RunnerLine &l) {
            return l.stream == RunnerLine::Stream::Log && l.message.startsWith(u"Writing to"_s);
        });
        QCOMPARE(writing->level, RunnerLine::Level::Info);
        BL_VERIFY2(!writing->transform.isEmpty(), qPrintable(writing->text()));
        QVERIFY(!writing->time.isEmpty());
        QVERIFY(std::any_of(workerLines.cbegin(), workerLines.cend(), [](const RunnerLine &l) {
            return l.stream == RunnerLine::Stream::StdErr && l.message.contains(u"Provision info"_s);
        }));
        for (const RunnerLine &l : workerLines)
            BL_VERIFY2(!l.message.startsWith(u"{\"time\""_s), qPrintable(l.message)); // no Prism JSON among them

        // Boot stages the worker and copies it (binNNNN/worker) in this run's own folder, never in
        // the machine-wide /tmp; the folder is deleted once Prism ends.
        const QString runFolder = prism.runFolder();
        QVERIFY(runFolder.startsWith(PrismTools::cacheFolder() + u"/run-"_s));
        QString bootCopy;
        for (const RunnerLine &l : std::as_const(workerLines)) {
            if (l.message.startsWith(u"From: "_s)) {
                BL_VERIFY2(l.message.startsWith(u"From: \""_s + runFolder + u"/staged/"_s), qPrintable(l.message));
                bootCopy = l.message.section(u"To:\""_s, 1).chopped(1);
            }
        }
        BL_VERIFY2(bootCopy.startsWith(runFolder + u"/bin"_s) && bootCopy.endsWith(u"/worker"_s), qPrintable(bootCopy));
        QVERIFY(QFileInfo::exists(bootCopy));

        QSignalSpy stopped(&prism, &ManagedPrism::stopped);
        prism.stop();
        QVERIFY(stopped.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(runFolder), 10000);
        BL_VERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
        for (qint64 p : std::as_const(seen))
            BL_VERIFY2(!isAlive(p), qPrintable(u"pid %1 of the managed Prism's tree is still alive"_s.arg(p)));
    }

    void launchWithLocalJobServer()
    {
        // The command line end to end: beam-launcher builds the sample, gets the managed Prism
        // (cached by the tests above), runs the worker through boot, reports the worker's lines as
        // worker-output events, and leaves no prism, boot or worker process behind.
        QTemporaryDir work;
        const QString counts = work.filePath(u"counts.txt"_s);
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_RUNNERS_DIR"_s, QStringLiteral(BL_E2E_CACHE "/managed-prism"));
        QProcess launch;
        launch.setProcessEnvironment(env);
        QSignalSpy launched(&launch, &QProcess::finished);
        launch.start(QStringLiteral(BL_EXECUTABLE),
                     {u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--json"_s, u"--"_s,
                      u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + counts});
        QVERIFY(launched.wait(1800000));
        const QByteArray out = launch.readAllStandardOutput();
        BL_VERIFY2(launch.exitCode() == 0, launch.readAllStandardError().right(6000).constData());
        QCOMPARE(sortedLines(counts), ExpectedCounts);
        const QList<QJsonObject> events = parseEvents(out);
        QStringList log, stderrLines;
        QString bootCopy;
        QString webUi;
        for (const QJsonObject &e : events) {
            const QString name = e.value(u"event"_s).toString();
            if (name == u"worker-output"_s) {
                const QString line = e.value(u"line"_s).toString();
                (e.value(u"stream"_s).toString() == u"log"_s ? log : stderrLines) << line;
                if (line.contains(u"To:\""_s) && line.contains(u"/worker\""_s))
                    bootCopy = line.section(u"To:\""_s, 1).section(u'"', 0, 0);
            } else if (name == u"job"_s) {
                webUi = e.value(u"webUi"_s).toString();
            }
        }
        BL_VERIFY2(!log.filter(u"Writing to "_s + counts).isEmpty(), out.right(6000).constData());
        BL_VERIFY2(!stderrLines.filter(u"Provision info"_s).isEmpty(), out.right(6000).constData());
        BL_VERIFY2(webUi.startsWith(u"http://127.0.0.1:"_s), qPrintable(webUi));
        // Nothing of the managed runner is left: no process runs a program of its folder or boot's copy.
        const QString folder = QStringLiteral(BL_E2E_CACHE "/managed-prism/");
        QStringList left;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            const QString exe = QFile::symLinkTarget(u"/proc/"_s + entry + u"/exe"_s);
            if (!exe.isEmpty() && (exe.startsWith(folder) || (!bootCopy.isEmpty() && exe.startsWith(bootCopy))))
                left << entry + u" "_s + exe;
        }
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        BL_VERIFY2(bootCopy.isEmpty() || !QFileInfo::exists(bootCopy), qPrintable(bootCopy));
    }

    void theSocketProbeSeesBeamsOwnPrismOnEveryInterface()
    {
        // The probe above must be able to fail: Beam's own prism (the fixture's, no overlay)
        // listens for its job service on every interface, and the probe says so.
        const QString plain = QStringLiteral(BL_E2E_CACHE "/beam-2.77.0/bin/prism");
        BL_VERIFY2(QFileInfo(plain).isExecutable(), qPrintable(plain + u" is missing (fixture e2e/prepare-runners)"_s));
        QProcess prism;
        prism.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray log;
        connect(&prism, &QProcess::readyRead, this, [&] { log += prism.readAll(); });
        prism.start(plain, {u"--job_port=0"_s, u"--serve_http=false"_s, u"--log_kind=text"_s});
        QVERIFY(prism.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(log.contains("Serving JobManagement"), 60000);
        const QList<ListeningSocket> sockets = listeningSocketsOf(processTreeOf(prism.processId()));
        prism.kill();
        prism.waitForFinished(10000);
        BL_VERIFY2(std::any_of(sockets.cbegin(), sockets.cend(), [](const auto &s) { return !s.isLoopback(); }),
                 qPrintable(describe(sockets)));
    }

    void refusesAPrismBuiltWithoutTheOverlay()
    {
        // The e2e fixture's prism is Beam's own build: it would listen on every interface.
        const QString plain = QStringLiteral(BL_E2E_CACHE "/beam-2.77.0/bin/prism");
        BL_VERIFY2(QFileInfo(plain).isExecutable(), qPrintable(plain + u" is missing (fixture e2e/prepare-runners)"_s));
        PrismBinaries binaries = m_binaries;
        binaries.prism = plain;
        ManagedPrism prism;
        QSignalSpy failed(&prism, &ManagedPrism::failed);
        QSignalSpy ready(&prism, &ManagedPrism::ready);
        QSignalSpy stopped(&prism, &ManagedPrism::stopped);
        prism.start(binaries);
        QVERIFY(stopped.wait(30000));
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.size(), 1);
        BL_VERIFY2(failed.first().at(0).toString().contains(u"loopback overlay"_s), qPrintable(failed.first().at(0).toString()));
    }

    void aPortAnotherProgramTookIsNotTakenForThisPrism()
    {
        // Between Beam Launcher's look for a free port and Prism's bind, another program (another
        // launch's Prism) can take the port. Then something answers there, but not this Prism: it
        // fails to bind. This stand-in Prism says so each time, after the test took its port.
        QTemporaryDir work;
        const QString ports = work.filePath(u"ports"_s);
        const QString fake = work.filePath(u"prism"_s);
        QVERIFY(writeFile(fake, QByteArray("#!/bin/sh\n"
                                          "for a in \"$@\"; do case $a in --job_port=*) port=${a#--job_port=};; esac; done\n"
                                          "echo \"$port\" >> '") + ports.toUtf8() + "'\n"
                                   "while [ ! -e \"$0.taken.$port\" ]; do sleep 0.05; done\n"
                                   "sleep 1\n"
                                   "echo \"listen tcp 127.0.0.1:$port: bind: address already in use\" >&2\n"
                                   "exit 1\n"));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PrismBinaries binaries = m_binaries;
        binaries.prism = fake;
        ManagedPrism prism;
        QSignalSpy ready(&prism, &ManagedPrism::ready);
        QSignalSpy failed(&prism, &ManagedPrism::failed);
        QSignalSpy stopped(&prism, &ManagedPrism::stopped);
        std::vector<std::unique_ptr<QTcpServer>> takers;
        QStringList taken;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            QFile file(ports);
            const QByteArray said = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            for (const QByteArray &line : said.split('\n')) {
                const QString port = QString::fromUtf8(line.trimmed());
                if (port.isEmpty() || taken.contains(port))
                    continue;
                auto taker = std::make_unique<QTcpServer>();
                if (taker->listen(QHostAddress::LocalHost, quint16(port.toUInt()))) // the other program
                    takers.push_back(std::move(taker));
                taken << port;
                writeFile(fake + u".taken."_s + port, {});
            }
        });
        watch.start(20);
        prism.start(binaries);
        QVERIFY(stopped.wait(60000));
        BL_VERIFY2(ready.isEmpty(), qPrintable(u"ready at %1, where another program listens (taken: %2)"_s
                                                   .arg(ready.isEmpty() ? QString() : ready.first().at(0).toString(),
                                                        taken.join(u", "_s))));
        QCOMPARE(failed.size(), 1);
        BL_VERIFY2(failed.first().at(0).toString().contains(u"address already in use"_s),
                   qPrintable(failed.first().at(0).toString()));
        // It tried again on new ports, each time.
        QCOMPARE(taken.size(), 3);
        QCOMPARE(int(takers.size()), 3);
    }
};

QTEST_GUILESS_MAIN(TestManagedPrism)
#include "tst_managedprism.moc"
