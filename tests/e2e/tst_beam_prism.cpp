// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The real thing: the Beam word-count sample (Beam Go SDK, pinned in its go.mod) built by
// beam-launcher and submitted to Beam's own Prism runner, built from the same Beam release by
// tests/e2e/prepare-runners.sh (the ctest fixture e2e/prepare-runners runs it first).
//  - standalone Prism, PROCESS environment: Prism starts Beam's boot program, which fetches the
//    worker binary we cross-compiled and runs it;
//  - standalone Prism, LOOPBACK environment;
//  - in-process Prism (--runner=prism);
//  - a prebuilt worker for the wrong platform is refused before submission.
#include "JobServers.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

/// Runs beam-launcher while the event loop turns (Prism's log keeps flowing meanwhile).
CliRun launch(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 900000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QByteArray out, err;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] { out += p.readAllStandardOutput(); });
    QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] { err += p.readAllStandardError(); });
    QSignalSpy done(&p, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(BL_EXECUTABLE), arguments);
    if (!done.wait(timeoutMs)) {
        p.terminate(); // beam-launcher stops the launcher's whole tree
        done.wait(20000);
    }
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = out;
    run.err = err;
    run.events = parseEvents(out);
    qInfo("beam-launcher %s: %.1f s", qPrintable(arguments.mid(0, 4).join(u' ')), clock.elapsed() / 1000.0);
    return run;
}

QStringList outputLines(const CliRun &run)
{
    QStringList lines;
    for (const QJsonObject &o : run.eventsNamed(u"output"_s))
        lines << o.value(u"line"_s).toString();
    return lines;
}

QStringList jobStates(const CliRun &run)
{
    QStringList states;
    for (const QJsonObject &o : run.eventsNamed(u"job"_s)) {
        const QString state = o.value(u"state"_s).toString();
        if (!state.isEmpty() && (states.isEmpty() || states.last() != state))
            states << state;
    }
    return states;
}

// True when every state is one of `lifecycle` and they come in its order, none twice.
bool isInLifecycleOrder(const QStringList &states, const QStringList &lifecycle)
{
    qsizetype previous = -1;
    for (const QString &state : states) {
        const qsizetype at = lifecycle.indexOf(state);
        if (at <= previous)
            return false;
        previous = at;
    }
    return true;
}

double seconds(const CliRun &run, const QString &event, const QString &target = QString())
{
    double total = 0;
    for (const QJsonObject &o : run.eventsNamed(event)) {
        if (target.isEmpty() || o.value(u"target"_s).toString() == target)
            total = std::max(total, o.value(u"seconds"_s).toDouble());
    }
    return total;
}

} // namespace

class TestBeamPrism : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        // The fixture test built them already; this call only reads where they are.
        QProcess prepare;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BEAM_E2E_SKIP_FLINK"_s, u"1"_s);
        prepare.setProcessEnvironment(env);
        prepare.start(u"bash"_s, {QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-runners.sh"),
                                  QStringLiteral(BL_E2E_CACHE)});
        QVERIFY(prepare.waitForFinished(1800000));
        const QString out = QString::fromUtf8(prepare.readAllStandardOutput());
        BL_VERIFY2(prepare.exitCode() == 0, prepare.readAllStandardError().constData());
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u"PRISM="_s))
                m_prism = line.mid(6);
            else if (line.startsWith(u"PRISM_BOOT="_s))
                m_bootForPrism = line.mid(11);
        }
        BL_VERIFY2(QFileInfo(m_prism).isExecutable(), qPrintable(out));
        BL_VERIFY2(QFileInfo(m_bootForPrism).isExecutable(), qPrintable(out));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s); // runs are recorded there
    }

    void standalonePrismRunsOurWorkerThroughBoot()
    {
        QTemporaryDir work;
        JobServer prism; // its process group ends with it: its workers too
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        const QString counts = work.filePath(u"counts.txt"_s);
        const CliRun run = launch({u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                   prism.endpoint(), u"--environment-type"_s, u"PROCESS"_s,
                                   u"--environment-config"_s, u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism),
                                   u"--json"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                                   u"--output="_s + counts},
                                  m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe() + u"\n--- prism\n"_s + QString::fromUtf8(prism.log().right(4000))));
        QCOMPARE(sortedLines(counts), ExpectedCounts);
        // Prism's states in their order; how many the launcher's polling sees depends on timing
        // (STARTING is often over before the first poll), but RUNNING and DONE are always seen.
        const QStringList states = jobStates(run);
        BL_VERIFY2(isInLifecycleOrder(states, {u"STOPPED"_s, u"STARTING"_s, u"RUNNING"_s, u"DONE"_s}),
                 qPrintable(states.join(u", "_s)));
        BL_VERIFY2(states.contains(u"RUNNING"_s) && states.last() == u"DONE"_s, qPrintable(states.join(u", "_s)));
        const auto finished = run.eventsNamed(u"build-finished"_s);
        QCOMPARE(finished.size(), 2);
        // The worker that ran is the one we built: boot logged its staged copy, and the
        // worker's own log lines reached Prism's log through Beam's logging service.
        BL_VERIFY2(prism.log().contains("Writing to"), prism.log().right(4000).constData());
        QVERIFY(outputLines(run).filter(u"Submitted job:"_s).size() == 1);
        qInfo("PROCESS run: launcher build %.1f s, worker build %.1f s, launch %.1f s",
              seconds(run, u"build-finished"_s, u"launcher"_s), seconds(run, u"build-finished"_s, u"worker"_s),
              seconds(run, u"launch-finished"_s));
    }

    void standalonePrismLoopback()
    {
        QTemporaryDir work;
        JobServer prism; // its process group ends with it: its workers too
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        const QString counts = work.filePath(u"counts.txt"_s);
        const CliRun run = launch({u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                   prism.endpoint(), u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s, u"--"_s,
                                   u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + counts},
                                  m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(sortedLines(counts), ExpectedCounts);
        // A quick loopback job may be done before the launcher reports RUNNING; DONE comes last.
        BL_VERIFY2(!jobStates(run).isEmpty(), run.out.constData());
        QCOMPARE(jobStates(run).last(), u"DONE"_s);
        QVERIFY(!run.eventsNamed(u"job"_s).first().value(u"id"_s).toString().isEmpty());
        qInfo("LOOPBACK run: launcher build %.1f s, worker build %.1f s, launch %.1f s",
              seconds(run, u"build-finished"_s, u"launcher"_s), seconds(run, u"build-finished"_s, u"worker"_s),
              seconds(run, u"launch-finished"_s));
    }

    void inProcessPrism()
    {
        QTemporaryDir work;
        const QString counts = work.filePath(u"counts.txt"_s);
        const CliRun run = launch({u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--json"_s, u"--"_s,
                                   u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + counts},
                                  m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(sortedLines(counts), ExpectedCounts);
        QCOMPARE(jobStates(run).last(), u"DONE"_s);
        // In-process, the workers run inside the launcher: their log lines are in our output.
        BL_VERIFY2(!outputLines(run).filter(u"Writing to"_s).isEmpty(), qPrintable(outputLines(run).join(u'\n')));
        qInfo("in-process run: launcher build %.1f s, worker build %.1f s, launch %.1f s",
              seconds(run, u"build-finished"_s, u"launcher"_s), seconds(run, u"build-finished"_s, u"worker"_s),
              seconds(run, u"launch-finished"_s));
    }

    void wrongPrebuiltWorkerIsStoppedBeforeSubmission()
    {
        QTemporaryDir out;
        CliRun run = launch({u"build"_s, Sample, u"--out"_s, out.path(), u"--worker-platform"_s, u"linux/arm64"_s,
                             u"--json"_s},
                            m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTemporaryDir work;
        JobServer prism; // its process group ends with it: its workers too
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        run = launch({u"launch"_s, u"--launcher-binary"_s, out.path() + u"/launcher-linux-amd64"_s,
                      u"--worker-binary"_s, out.path() + u"/worker-linux-arm64"_s, u"--runner"_s, u"universal"_s,
                      u"--endpoint"_s, prism.endpoint(), u"--environment-type"_s, u"PROCESS"_s,
                      u"--environment-config"_s, u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism), u"--json"_s},
                     m_env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"exec format error"_s), qPrintable(run.errorText()));
        QVERIFY(run.eventsNamed(u"launch-started"_s).isEmpty());
        BL_VERIFY2(!prism.log().contains("Submitted") && !prism.log().contains("job-001"), prism.log().constData());
    }
};

QTEST_GUILESS_MAIN(TestBeamPrism)
#include "tst_beam_prism.moc"
