// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Job id and states read from real Beam Go launcher output (tests/fixtures/beam-output).
#include "launch/JobMonitor.h"
#include "launch/LaunchSettings.h"

#include <QFile>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestJobMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("finalState");
        QTest::newRow("process") << u"prism-process.txt"_s << 0 << u"job-001"_s
                                 << QStringList{u"RUNNING"_s, u"DONE"_s} << u"DONE"_s;
        QTest::newRow("loopback ends without DONE") << u"prism-loopback.txt"_s << 0 << u"job-001"_s
                                                    << QStringList{u"RUNNING"_s} << u"DONE"_s;
        QTest::newRow("in-process") << u"prism-inprocess.txt"_s << 0 << u"job-001"_s << QStringList{u"RUNNING"_s}
                                    << u"DONE"_s;
        QTest::newRow("failed") << u"prism-process-failed.txt"_s << 1 << u"job-004"_s
                                << QStringList{u"RUNNING"_s, u"FAILED"_s} << u"FAILED"_s;
        QTest::newRow("cancelled, exit 0") << u"prism-process-cancelled.txt"_s << 0 << u"job-002"_s
                                           << QStringList{u"RUNNING"_s, u"CANCELLING"_s, u"CANCELLED"_s}
                                           << u"CANCELLED"_s;
        QTest::newRow("docker missing") << u"prism-docker-no-docker.txt"_s << 1 << u"job-003"_s
                                        << QStringList{u"STARTING"_s, u"FAILED"_s} << u"FAILED"_s;
        QTest::newRow("no job at all") << u"unreachable-endpoint.txt"_s << 1 << QString() << QStringList{} << QString();
        QTest::newRow("panic without beam.Init") << u"no-beam-init-universal.txt"_s << 2 << QString() << QStringList{}
                                                 << QString();
    }

    void captures()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, jobId);
        QFETCH(QStringList, states);
        QFETCH(QString, finalState);
        QFile capture(QStringLiteral(BL_FIXTURES_DIR "/beam-output/") + file);
        QVERIFY2(capture.open(QIODevice::ReadOnly), qPrintable(capture.fileName()));
        JobMonitor monitor;
        QStringList seen;
        const QList<QByteArray> lines = capture.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (monitor.addLine(QString::fromUtf8(line)) == JobMonitor::Change::State)
                seen << monitor.state();
        }
        QCOMPARE(monitor.jobId(), jobId);
        QCOMPARE(seen, states);
        monitor.launcherExited(exitCode);
        QCOMPARE(monitor.state(), finalState);
    }

    void webUi_data()
    {
        QTest::addColumn<QString>("runner");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("url");
        QTest::newRow("standalone prism") << u"prism"_s << u"localhost:8073"_s << u"http://localhost:8074/"_s;
        QTest::newRow("prism behind universal") << u"universal"_s << u"127.0.0.1:8073"_s << u"http://127.0.0.1:8074/"_s;
        QTest::newRow("flink dashboard") << u"flink"_s << u"flink.example:8099"_s << u"http://flink.example:8081/"_s;
        QTest::newRow("in-process prism has none") << u"prism"_s << QString() << QString();
        QTest::newRow("unknown job service") << u"universal"_s << u"localhost:8099"_s << QString();
        QTest::newRow("ipv6") << u"flink"_s << u"[::1]:8099"_s << u"http://[::1]:8081/"_s;
    }

    void webUi()
    {
        QFETCH(QString, runner);
        QFETCH(QString, endpoint);
        QFETCH(QString, url);
        LaunchSettings settings;
        settings.runner = runner;
        settings.endpoint = endpoint;
        QCOMPARE(JobMonitor::webUi(settings).toString(), url);
    }
};

QTEST_GUILESS_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
