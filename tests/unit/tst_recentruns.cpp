// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/RecentRuns.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bl;

class TestRecentRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendListAndTrim()
    {
        QTemporaryDir dir;
        RecentRuns runs(dir.path());
        const QDateTime start(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
        for (int i = 0; i < RecentRuns::maxRuns + 5; ++i) {
            RunRecord r;
            r.startedAt = start.addSecs(i);
            r.profileId = QStringLiteral("pid");
            r.profileName = QStringLiteral("Run %1").arg(i);
            r.settings.runner = QStringLiteral("flink");
            r.settings.environment = {{QStringLiteral("TOKEN"), QStringLiteral("s3cr3t"), true},
                                      {QStringLiteral("PLAIN"), QStringLiteral("1"), false}};
            r.launcherSha256 = QStringLiteral("aa");
            r.workerSha256 = QStringLiteral("bb");
            r.exitCode = i % 3;
            r.durationMs = 1000 + i;
            r.logFile = QStringLiteral("/tmp/log-%1.txt").arg(i);
            QString error;
            QVERIFY2(runs.append(r, &error), qPrintable(error));
            QVERIFY(!r.id.isEmpty());
        }
        const QList<RunRecord> list = runs.list();
        QCOMPARE(list.size(), RecentRuns::maxRuns);
        QCOMPARE(list.first().profileName, QStringLiteral("Run 104")); // newest first
        QCOMPARE(list.last().profileName, QStringLiteral("Run 5"));
        const RunRecord &newest = list.first();
        QCOMPARE(newest.startedAt, start.addSecs(104));
        QCOMPARE(newest.exitCode, 104 % 3);
        QCOMPARE(newest.durationMs, qint64(1104));
        QCOMPARE(newest.logFile, QStringLiteral("/tmp/log-104.txt"));
        QCOMPARE(newest.settings.runner, QStringLiteral("flink"));
        QCOMPARE(newest.settings.environment.size(), 2);
        QVERIFY(newest.settings.environment.at(0).value.isEmpty());
        QCOMPARE(newest.settings.environment.at(1).value, QStringLiteral("1"));
        // Secret values never reach the disk.
        const QStringList files = QDir(runs.runsFolder()).entryList(QDir::Files);
        QCOMPARE(files.size(), RecentRuns::maxRuns);
        for (const QString &f : files) {
            QFile file(QDir(runs.runsFolder()).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("s3cr3t"));
        }
    }

    void unwritableFolder()
    {
        RecentRuns runs(QStringLiteral("/proc/beam-launcher-test"));
        RunRecord r;
        QString error;
        QVERIFY(!runs.append(r, &error));
        QVERIFY2(error.contains(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR")), qPrintable(error));
        QVERIFY(runs.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentRuns)
#include "tst_recentruns.moc"
