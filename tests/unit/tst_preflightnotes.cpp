// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Preflight::exposureNotes: what a launch exposes to other machines is said (as a warning, never
// an error), and only where it applies.
#include "launch/Preflight.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestPreflightNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notes_data()
    {
        QTest::addColumn<QString>("runner");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("localJobServer");
        QTest::addColumn<QString>("environmentType");
        QTest::addColumn<QStringList>("fields"); // the fields of the notes, in order
        QTest::addColumn<QString>("mentions");   // a word the first note has

        QTest::newRow("in-process prism") << u"prism"_s << QString() << false << QString()
                                          << QStringList{u"runner"_s} << u"every network interface"_s;
        QTest::newRow("managed local prism") << u"prism"_s << QString() << true << QString() << QStringList()
                                             << QString();
        QTest::newRow("prism on localhost") << u"prism"_s << u"localhost:8073"_s << false << u"PROCESS"_s
                                            << QStringList() << QString();
        QTest::newRow("flink on 127.0.0.1") << u"flink"_s << u"127.0.0.1:8099"_s << false << u"LOOPBACK"_s
                                            << QStringList() << QString();
        QTest::newRow("remote, LOOPBACK") << u"universal"_s << u"jobs.example.com:8099"_s << false << u"LOOPBACK"_s
                                          << QStringList{u"endpoint"_s} << u"TLS"_s;
        QTest::newRow("remote, PROCESS") << u"flink"_s << u"10.1.2.3:8099"_s << false << u"PROCESS"_s
                                         << QStringList{u"environmentConfig"_s, u"endpoint"_s} << u"10.1.2.3"_s;
        QTest::newRow("dataflow: no endpoint, nothing to say") << u"dataflow"_s << QString() << false << QString()
                                                               << QStringList() << QString();
    }

    void notes()
    {
        QFETCH(QString, runner);
        QFETCH(QString, endpoint);
        QFETCH(bool, localJobServer);
        QFETCH(QString, environmentType);
        QFETCH(QStringList, fields);
        QFETCH(QString, mentions);
        LaunchSettings settings;
        settings.runner = runner;
        settings.endpoint = endpoint;
        settings.localJobServer = localJobServer;
        settings.environmentType = environmentType;
        settings.environmentConfig = u"{\"command\": \"/opt/beam/boot\"}"_s;
        const Problems notes = Preflight::exposureNotes(settings);
        QStringList got;
        for (const Problem &p : notes) {
            got << p.field;
            QCOMPARE(p.severity, Problem::Severity::Warning); // information, not refusal
        }
        QCOMPARE(got, fields);
        if (!mentions.isEmpty())
            QVERIFY2(notes.first().message.contains(mentions), qPrintable(notes.first().message));
        // localChecks() shows them too, once.
        const Problems local = Preflight::localChecks(settings);
        for (const Problem &note : notes)
            QCOMPARE(std::count_if(local.cbegin(), local.cend(), [&](const Problem &p) { return p.message == note.message; }), 1);
    }
};

QTEST_GUILESS_MAIN(TestPreflightNotes)
#include "tst_preflightnotes.moc"
