// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "VerifyWhole.h"
#include "ProcessProbe.h"
#include "process/ProcessRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bl::ProcessRunner;
using namespace Qt::StringLiterals;

namespace {

struct Collected
{
    QStringList out;
    QStringList err;
    ProcessRunner::Result result;
    bool done = false;
};

void collect(ProcessRunner &runner, Collected &c)
{
    QObject::connect(&runner, &ProcessRunner::linesReady, &runner,
                     [&c](ProcessRunner::Channel channel, const QStringList &lines) {
                         (channel == ProcessRunner::Channel::StdOut ? c.out : c.err) += lines;
                     });
    QObject::connect(&runner, &ProcessRunner::finished, &runner,
                     [&c](const ProcessRunner::Result &r) {
                         c.result = r;
                         c.done = true;
                     });
}

QString child()
{
    return QStringLiteral(BL_TEST_CHILD);
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAndExitCode()
    {
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"out"_s, u"hello"_s, u"err"_s, u"oops"_s, u"raw"_s, u"6e6f206e65776c696e65"_s,
                                    u"exit"_s, u"3"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.result.kind, ProcessRunner::ExitKind::Exited);
        QCOMPARE(c.result.exitCode, 3);
        QVERIFY(!c.result.succeeded());
        QCOMPARE(c.out, (QStringList{u"hello"_s, u"no newline"_s}));
        QCOMPARE(c.err, QStringList{u"oops"_s});
        QVERIFY(!runner.isRunning());
    }

    void environmentAndArguments()
    {
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BL_PROBE"_s, QStringLiteral(u"wert mit ümlaut"));
        runner.setEnvironment(env);
        runner.setProgram(child(), {u"env"_s, u"BL_PROBE"_s, u"out"_s, u"it's \"quoted\" = ok"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QVERIFY(c.result.succeeded());
        QCOMPARE(c.out.value(0), QStringLiteral(u"BL_PROBE=wert mit ümlaut"));
        QCOMPARE(c.out.last(), u"it's \"quoted\" = ok"_s);
    }

    void crashIsReported()
    {
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"out"_s, u"before"_s, u"crash"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.result.kind, ProcessRunner::ExitKind::Crashed);
        QCOMPARE(c.out, QStringList{u"before"_s});
    }

    void missingProgramFailsToStart()
    {
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        runner.setProgram(u"/nonexistent/beam-launcher-test-program"_s, {});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.result.kind, ProcessRunner::ExitKind::FailedToStart);
        BL_VERIFY2(c.result.errorString.contains(u"beam-launcher-test-program"_s), qPrintable(c.result.errorString));
    }

    void floodArrivesCompleteAndInOrder()
    {
        QTemporaryDir dir;
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        const QString log = dir.filePath(u"out.log"_s);
        runner.setLogFile(log);
        runner.setProgram(child(), {u"flood"_s, u"200000"_s, u"100"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 60000);
        QVERIFY(c.result.succeeded());
        QCOMPARE(c.out.size(), 200000);
        QVERIFY(c.out.first().startsWith(u"line 000000001 "_s));
        QVERIFY(c.out.last().startsWith(u"line 000200000 "_s));
        for (int i = 0; i < c.out.size(); i += 997)
            QVERIFY(c.out.at(i).startsWith(u"line %1 "_s.arg(i + 1, 9, 10, QLatin1Char('0'))));
        QCOMPARE(QFileInfo(log).size(), qint64(200000) * (c.out.first().size() + 1));
    }

    void stopKillsTreeThatIgnoresTerm()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"pids"_s);
        ProcessRunner runner;
        runner.setGracePeriod(500);
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"ignore-term"_s, u"spawn"_s, u"pids"_s, pidFile, u"out"_s, u"ready"_s,
                                    u"sleep"_s, u"60000"_s});
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.out.size(), 2, 10000);
        const QList<qint64> pids = bl::test::pidsIn(pidFile);
        QCOMPARE(pids.size(), 2);
        for (qint64 pid : pids)
            QVERIFY(bl::test::isAlive(pid));
        QElapsedTimer clock;
        clock.start();
        runner.stop();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.result.kind, ProcessRunner::ExitKind::Stopped);
        BL_VERIFY2(clock.elapsed() >= 400, "SIGTERM was ignored, so the kill waits for the grace period");
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pid), 5000);
    }

    void stopEndsPoliteChildQuickly()
    {
        ProcessRunner runner;
        runner.setGracePeriod(10000);
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"out"_s, u"ready"_s, u"sleep"_s, u"60000"_s});
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.out.size(), 1, 10000);
        QElapsedTimer clock;
        clock.start();
        runner.stop();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 5000);
        QCOMPARE(c.result.kind, ProcessRunner::ExitKind::Stopped);
        QVERIFY(clock.elapsed() < 5000);
    }

    void leftoversDieWithTheChild()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"pids"_s);
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"sleeper"_s, pidFile, u"60000"_s, u"sleep"_s, u"200"_s, u"out"_s, u"bye"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QVERIFY(c.result.succeeded());
        const QList<qint64> pids = bl::test::pidsIn(pidFile);
        QCOMPARE(pids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pids.first()), 5000);
    }

    // finished() is a promise: when it is emitted, nothing of the child's group runs any more.
    // Checked once, inside the slot, with no waiting: the grandchild was only SIGKILLed a moment
    // before, and a finished() sent right after the kill (not after the group is gone) fails here.
    void finishedOnlyOnceTheGroupIsGone()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 20; ++round) {
            const QString pidFile = dir.filePath(u"pids-%1"_s.arg(round));
            ProcessRunner runner;
            QList<qint64> aliveAtFinish;
            bool done = false;
            connect(&runner, &ProcessRunner::finished, this, [&](const ProcessRunner::Result &r) {
                QVERIFY(r.succeeded());
                const QList<qint64> pids = bl::test::pidsIn(pidFile);
                QCOMPARE(pids.size(), 2);
                for (qint64 pid : pids) {
                    if (bl::test::isAlive(pid))
                        aliveAtFinish << pid;
                }
                done = true;
            });
            // Two grandchildren that ignore SIGTERM; the child leaves at once.
            runner.setProgram(child(), {u"ignore-term"_s, u"sleeper"_s, pidFile, u"60000"_s, u"sleeper"_s, pidFile,
                                        u"60000"_s, u"sleep"_s, u"50"_s});
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            BL_VERIFY2(aliveAtFinish.isEmpty(),
                     qPrintable(u"round %1: still alive at finished(): %2"_s.arg(round).arg(aliveAtFinish.size())));
        }
    }

    void destroyingARunningRunnerKillsTheTree()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"pids"_s);
        QList<qint64> pids;
        {
            ProcessRunner runner;
            Collected c;
            collect(runner, c);
            runner.setProgram(child(), {u"ignore-term"_s, u"spawn"_s, u"pids"_s, pidFile, u"out"_s, u"ready"_s,
                                        u"sleep"_s, u"60000"_s});
            runner.start();
            QTRY_COMPARE_WITH_TIMEOUT(c.out.size(), 2, 10000);
            pids = bl::test::pidsIn(pidFile);
        }
        QCOMPARE(pids.size(), 2);
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pid), 5000);
    }

    void runsAgainAfterFinishing()
    {
        ProcessRunner runner;
        Collected c;
        collect(runner, c);
        runner.setProgram(child(), {u"out"_s, u"one"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        c = Collected();
        runner.setProgram(child(), {u"out"_s, u"two"_s});
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.done, 10000);
        QCOMPARE(c.out, QStringList{u"two"_s});
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
