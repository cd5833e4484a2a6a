// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// A job's graph with its numbers, from a real standalone Prism (tests/e2e/prepare-runners.sh)
// and the word-count sample run on it (LOOPBACK): its input has 17 words, 9 of them distinct.
//  - `jobs metrics JOB --by-step --json`: the step that splits lines into words put out 17
//    elements, the count and the formatting 9, the read 3 lines;
//  - `graph --job JOB --endpoint HOST:PORT --svg FILE`: Graphviz's SVG of the job's pipeline
//    whose step labels carry "17 elements" and "9 elements";
//  - an unknown job and a service that is not there are clear errors.
#include "JobServers.h"

#include <QJsonValue>
#include <QTemporaryDir>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

/// The `step` events whose step name ends with `suffix`.
QList<QJsonObject> stepsEndingWith(const CliRun &run, const QString &suffix)
{
    QList<QJsonObject> found;
    for (const QJsonObject &e : run.eventsNamed(u"step"_s))
        if (e.value(u"step"_s).toString().endsWith(suffix))
            found << e;
    return found;
}

} // namespace

class TestJobGraphPrism : public QObject
{
    Q_OBJECT

    QString m_prism;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        const auto tools = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-runners.sh"));
        m_prism = tools.value(u"PRISM"_s);
        BL_VERIFY2(QFileInfo(m_prism).isExecutable(), "prepare-runners.sh gave no prism");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
    }

    void sampleCountsOnPrism()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        const QString counts = work.filePath(u"counts.txt"_s);
        const CliRun run = runCli({u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                   prism.endpoint(), u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s, u"--"_s,
                                   u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + counts},
                                  m_env, 1500000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe() + u"\n--- prism\n"_s + QString::fromUtf8(prism.log().right(3000))));
        const QString jobId = lastJob(run).first;
        BL_VERIFY2(!jobId.isEmpty(), qPrintable(run.describe()));

        // Per step, as JSON.
        const CliRun steps = runCli({u"jobs"_s, u"metrics"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--by-step"_s,
                                     u"--json"_s},
                                    m_env, 60000);
        BL_VERIFY2(steps.exitCode == 0, qPrintable(steps.describe()));
        BL_VERIFY2(steps.eventsNamed(u"step"_s).size() >= 5, qPrintable(steps.describe()));
        for (const QJsonObject &e : steps.eventsNamed(u"step"_s)) {
            QVERIFY(e.contains(u"step"_s) && e.contains(u"elements"_s) && e.contains(u"bytes"_s) && e.contains(u"msecs"_s));
            QVERIFY(!e.value(u"step"_s).toString().isEmpty());
        }
        const auto split = stepsEndingWith(steps, u"splitWords"_s);
        BL_VERIFY2(split.size() == 1, qPrintable(steps.describe()));
        QCOMPARE(split.constFirst().value(u"elements"_s).toInteger(), 17);
        BL_VERIFY2(split.constFirst().value(u"bytes"_s).toInteger() > 17, qPrintable(steps.describe())); // each word's bytes
        const auto format = stepsEndingWith(steps, u"formatCount"_s);
        BL_VERIFY2(format.size() == 1, qPrintable(steps.describe()));
        QCOMPARE(format.constFirst().value(u"elements"_s).toInteger(), 9);
        // stats.Count's output: one (word, count) pair per distinct word.
        bool countFound = false;
        for (const QJsonObject &e : steps.eventsNamed(u"step"_s))
            if (e.value(u"composite"_s).toBool() && e.value(u"step"_s).toString().contains(u"Count"_s)
                && e.value(u"elements"_s).toInteger() == 9)
                countFound = true;
        BL_VERIFY2(countFound, qPrintable(steps.describe()));
        // Some step took time, and a composite's time is its parts'.
        bool timed = false;
        for (const QJsonObject &e : steps.eventsNamed(u"step"_s))
            timed = timed || e.value(u"msecs"_s).isDouble();
        BL_VERIFY2(timed, qPrintable(steps.describe()));

        // As text: a table with the step names.
        const CliRun table = runCli({u"jobs"_s, u"metrics"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--by-step"_s},
                                    m_env, 60000);
        BL_VERIFY2(table.exitCode == 0 && table.out.contains("splitWords") && table.out.contains("ELEMENTS"),
                   qPrintable(table.describe()));

        // The graph, laid out by Graphviz.
        const QString svg = work.filePath(u"job.svg"_s);
        const QString dot = work.filePath(u"job.dot"_s);
        const CliRun graph = runCli({u"graph"_s, u"--job"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--svg"_s, svg,
                                     u"--dot"_s, dot, u"--json"_s},
                                    m_env, 60000);
        BL_VERIFY2(graph.exitCode == 0, qPrintable(graph.describe()));
        QCOMPARE(graph.eventsNamed(u"graph"_s).size(), 1);
        QVERIFY(graph.eventsNamed(u"graph"_s).constFirst().value(u"numbers"_s).toBool());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        BL_VERIFY2(text.contains("17 elements") && text.contains("9 elements"), text.left(4000).constData());
        BL_VERIFY2(text.contains("splitWords"), text.left(4000).constData());
        QVERIFY(QFileInfo(dot).size() > 0);

        // Usage and service errors.
        CliRun bad = runCli({u"graph"_s, u"--job"_s, jobId}, m_env);
        QCOMPARE(bad.exitCode, 2);
        BL_VERIFY2(bad.err.contains("--endpoint"), bad.err.constData());
        bad = runCli({u"graph"_s, u"--job"_s, u"no-such-job"_s, u"--endpoint"_s, prism.endpoint()}, m_env, 60000);
        BL_VERIFY2(bad.exitCode != 0 && bad.err.contains("no-such-job"), qPrintable(bad.describe()));
        bad = runCli({u"graph"_s, u"--job"_s, jobId, u"--endpoint"_s, u"localhost:1"_s}, m_env, 60000);
        QCOMPARE(bad.exitCode, 1);
        BL_VERIFY2(bad.err.contains("localhost:1"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestJobGraphPrism)
#include "tst_jobgraph_prism.moc"
