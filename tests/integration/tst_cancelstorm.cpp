// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Cancel storm: 50 cancels at random moments across dual builds and launches (checking,
// building, verifying, running a launcher that ignores SIGTERM and leaves a grandchild).
// After every one: no descendant process, no zombie, no temporary binary. The seed is
// printed; BL_STORM_SEED=N repeats a run.
#include "VerifyWhole.h"
#include "ProcessProbe.h"
#include "launch/LaunchSession.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

// Children of ours that died and were never reaped.
QList<qint64> zombieChildren()
{
    QList<qint64> zombies;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(0) == "Z" && QString::fromLatin1(fields.at(1)) == self)
            zombies << entry.toLongLong();
    }
    return zombies;
}

} // namespace

class TestCancelStorm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storm()
    {
        const quint32 seed = qEnvironmentVariableIsSet("BL_STORM_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("BL_STORM_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("cancel storm seed: %u (BL_STORM_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);

        // A private copy of the fixture, edited before every build so that Go really compiles and links.
        QTemporaryDir src;
        QTemporaryDir out;
        QTemporaryDir work;
        for (const QString &name : {u"go.mod"_s, u"main.go"_s})
            QVERIFY(QFile::copy(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam/") + name, src.filePath(name)));

        int cancelled = 0;
        int completed = 0;
        QMap<LaunchSession::Stage, int> stages;
        for (int round = 0; round < 50; ++round) {
            const bool launch = round % 2 == 1;
            QFile main(src.filePath(u"main.go"_s));
            QVERIFY(main.open(QIODevice::Append));
            main.write("// storm " + QByteArray::number(round) + "\n");
            main.close();

            LaunchSettings settings;
            settings.packageDir = src.path();
            settings.outDir = out.path();
            settings.runner = u"prism"_s;
            const QString pidFile = work.filePath(u"pids-%1"_s.arg(round));
            if (launch) {
                settings.pipelineFlags = {u"--spawn"_s, u"--pid_file="_s + pidFile, u"--sleep_ms=600000"_s};
                if (random.bounded(2))
                    settings.pipelineFlags << u"--ignore_term"_s;
            }
            LaunchSession session;
            session.setStopGracePeriod(300); // the storm is about what dies, not how politely
            QSignalSpy finished(&session, &LaunchSession::finished);
            session.start(launch ? LaunchSession::Mode::Launch : LaunchSession::Mode::Build, settings);
            // Any moment from right away to well into the run (a warm build takes ~1-3 s here).
            const int delay = int(random.bounded(launch ? 4000 : 2500));
            QTest::qWait(delay);
            stages[session.stage()]++;
            const bool wasRunning = session.isRunning();
            session.cancel();
            BL_VERIFY2(!finished.isEmpty() || finished.wait(60000), qPrintable(u"round %1 never finished"_s.arg(round)));
            if (wasRunning && session.failure() == LaunchSession::Failure::Cancelled)
                ++cancelled;
            else
                ++completed;
            if (wasRunning)
                BL_VERIFY2(session.exitCode() == 130 || session.failure() == LaunchSession::Failure::None,
                         qPrintable(u"round %1: exit %2"_s.arg(round).arg(session.exitCode())));

            const QString where = u"round %1 (%2, cancelled after %3 ms)"_s.arg(round).arg(
                launch ? u"launch"_s : u"build"_s).arg(delay);
            QTRY_VERIFY2_WITH_TIMEOUT(bl::test::descendantsOf(QCoreApplication::applicationPid()).isEmpty(),
                                      qPrintable(where + u": a descendant survived"_s), 10000);
            for (qint64 pid : bl::test::pidsIn(pidFile))
                BL_VERIFY2(!bl::test::isAlive(pid), qPrintable(where + u": pid %1 survived"_s.arg(pid)));
            QTRY_VERIFY2_WITH_TIMEOUT(zombieChildren().isEmpty(), qPrintable(where + u": a zombie"_s), 5000);
            BL_VERIFY2(bl::test::temporariesUnder(out.path()).isEmpty(),
                     qPrintable(where + u": "_s + bl::test::temporariesUnder(out.path()).join(u' ')));
        }
        qInfo("cancel storm: %d cancelled mid-way, %d ended before the cancel; stages at the cancel: "
              "checking %d, building %d, running %d, finished %d",
              cancelled, completed, stages.value(LaunchSession::Stage::Checking),
              stages.value(LaunchSession::Stage::Building), stages.value(LaunchSession::Stage::Running),
              stages.value(LaunchSession::Stage::Finished));
        BL_VERIFY2(cancelled >= 25, "most cancels should land while something runs");
    }
};

QTEST_GUILESS_MAIN(TestCancelStorm)
#include "tst_cancelstorm.moc"
