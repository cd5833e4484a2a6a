// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Kills profile savers at random moments, over and over, and checks that the profile folder
// never holds a torn file: every "<id>.json" parses and is complete, nothing is put aside as
// corrupt, and leftover temporary files never count as profiles.
#include "VerifyWhole.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace bl;

class TestProfileStoreTorture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killSaversAtRandomMoments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList names{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        const QString profiles = dir.path() + QStringLiteral("/profiles");
        QRandomGenerator random(20240601); // fixed seed: a failure can be replayed
        QElapsedTimer clock;
        clock.start();
        int kills = 0;
        int killedAfterSaving = 0;
        for (int round = 0; round < 200; ++round) {
            // Two savers at once, so the lock is contended as well.
            QProcess savers[2];
            for (QProcess &saver : savers) {
#ifdef Q_OS_LINUX
                // Should this test die (watchdog), its savers must not keep running.
                saver.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
                saver.start(QStringLiteral(BL_PROFILE_SAVER), QStringList{dir.path()} + names);
                BL_VERIFY2(saver.waitForStarted(5000), qPrintable(saver.errorString()));
            }
            // Most rounds kill while the savers are in their loop (after a first save);
            // every fourth kills at any moment from start-up on.
            if (round % 4 != 0) {
                for (QProcess &saver : savers) {
                    QElapsedTimer waited;
                    waited.start();
                    while (!saver.canReadLine() && waited.elapsed() < 10000)
                        saver.waitForReadyRead(100);
                }
                QTest::qSleep(int(random.bounded(0, 40)));
            } else {
                QTest::qSleep(int(random.bounded(0, 150)));
            }
            for (QProcess &saver : savers) {
                if (saver.state() != QProcess::Running)
                    QFAIL(qPrintable(QStringLiteral("a saver ended by itself: ") + QString::fromUtf8(saver.readAllStandardError())));
                saver.kill(); // SIGKILL
                QVERIFY(saver.waitForFinished(5000));
                ++kills;
                if (saver.readAllStandardOutput().contains("saved"))
                    ++killedAfterSaving;
            }
            checkFolder(profiles, names, round);
        }
        qInfo("%d kills (%d after at least one save) in %lld ms", kills, killedAfterSaving,
              static_cast<long long>(clock.elapsed()));
        // Make sure the test exercised saving at all, not only process start-up.
        BL_VERIFY2(killedAfterSaving > 250, qPrintable(QString::number(killedAfterSaving)));
    }

private:
    void checkFolder(const QString &profiles, const QStringList &names, int round)
    {
        const QDir dir(profiles);
        const QStringList all = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &file : all) {
            BL_VERIFY2(!file.contains(QStringLiteral(".corrupt-")),
                     qPrintable(QStringLiteral("round %1: a torn file was put aside: %2").arg(round).arg(file)));
            if (!file.endsWith(QStringLiteral(".json")))
                continue;
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString error;
            int line = 0;
            const auto p = Profile::fromJson(f.readAll(), &error, &line);
            BL_VERIFY2(p, qPrintable(QStringLiteral("round %1: %2 line %3: %4").arg(round).arg(file).arg(line).arg(error)));
            QVERIFY(names.contains(p->name));
            QCOMPARE(p->settings.environment.size(), 50);
            QVERIFY(p->notes.endsWith(QString(4000, u'x')));
            QCOMPARE(p->settings.pipelineFlags.size(), 1);
        }
        ProfileStore store(profiles.chopped(int(qstrlen("/profiles"))));
        store.setWatching(false);
        QVERIFY(store.load());
        BL_VERIFY2(store.loadProblems().isEmpty(), qPrintable(store.loadProblems().value(0).message()));
        QVERIFY(store.profiles().size() <= names.size());
        QStringList seen;
        for (const Profile &p : store.profiles()) {
            BL_VERIFY2(!seen.contains(p.name), qPrintable(QStringLiteral("round %1: two profiles named %2").arg(round).arg(p.name)));
            seen << p.name;
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStoreTorture)
#include "tst_profilestore_torture.moc"
