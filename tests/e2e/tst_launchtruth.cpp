// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// What a launch says is true (issue #23, parts 5 and 9), with the real beam-launcher, real Beam
// pipelines and real Prism job servers:
//  - no job, no success: a pipeline that logs its error and exits 0 before submitting anything
//    (fixture quietfail), launched on the managed Prism, fails with exit 1 and says that no job
//    reached the job service; given its input, the same pipeline succeeds;
//  - the runner's web page is linked only when that runner's page answers there: a standalone
//    Prism serving its page on 8074 is linked, one that serves none is not;
//  - relative paths in the flags mean the folder the user launched from (part 6), also for workers
//    the managed Prism runs in its own folder;
//  - cgo found before it hurts (part 7): a pipeline using go-sqlite3 (fixture realworld/cgosqlite)
//    built without cgo is warned of before the launcher starts, naming the package and --cgo; its
//    worker's stub fails, and the failed launch says to build with --cgo; with --cgo its counts
//    are right; `options` and `graph` take --cgo.
#include "JobServers.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QString QuietFail = QStringLiteral(BL_FIXTURES_DIR "/launches/quietfail");
const QString CgoSqlite = QStringLiteral(BL_FIXTURES_DIR "/realworld/cgosqlite");
const QString PlainPrism = QStringLiteral(BL_E2E_CACHE "/beam-2.77.0/bin/prism");

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

/// The web pages the job events named.
QStringList pagesOf(const CliRun &run)
{
    QStringList pages;
    for (const QJsonObject &e : run.eventsNamed(u"job"_s)) {
        const QString page = e.value(u"webUi"_s).toString();
        if (!page.isEmpty() && !pages.contains(page))
            pages << page;
    }
    return pages;
}

} // namespace

class TestLaunchTruth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        BL_VERIFY2(QFileInfo(PlainPrism).isExecutable(), qPrintable(PlainPrism + u" is missing (fixture e2e/prepare-runners)"_s));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_work.filePath(u"cache"_s));
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_work.filePath(u"config"_s));
        m_env.insert(u"BEAM_LAUNCHER_RUNNERS_DIR"_s, QStringLiteral(BL_E2E_CACHE "/managed-prism"));
    }

    void noJobNoSuccess()
    {
        const CliRun failed = runCli({u"launch"_s, QuietFail, u"--runner"_s, u"prism"_s, u"--local-job-server"_s,
                                      u"--json"_s, u"--"_s, u"--input="_s + m_work.filePath(u"missing.txt"_s)},
                                     m_env, 2400000);
        BL_VERIFY2(failed.exitCode == 1, qPrintable(failed.describe()));
        BL_VERIFY2(failed.errorText().contains(u"No job reached the job service at 127.0.0.1:"_s), qPrintable(failed.describe()));
        BL_VERIFY2(failed.errorText().contains(u"code 0"_s), qPrintable(failed.errorText()));
        bool saidWhy = false; // its own words, shown
        for (const QJsonObject &e : failed.eventsNamed(u"output"_s))
            saidWhy = saidWhy || e.value(u"line"_s).toString().contains(u"pipeline failed: stat "_s);
        BL_VERIFY2(saidWhy, qPrintable(failed.describe()));
        QVERIFY(failed.eventsNamed(u"job"_s).isEmpty());

        // The same pipeline, given its input: the job reaches Prism and the launch succeeds.
        const CliRun ran = runCli({u"launch"_s, QuietFail, u"--runner"_s, u"prism"_s, u"--local-job-server"_s,
                                   u"--json"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s},
                                  m_env, 600000);
        BL_VERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
        QVERIFY(!ran.eventsNamed(u"job"_s).isEmpty());
    }

    void relativePathsMeanTheFolderTheUserIsIn()
    {
        // Typed from a shell in `here`: --input in/words.txt --output res/counts, as if the user
        // had started the launcher there by hand (in-process Prism: the job runs in the launcher).
        const QString here = m_work.filePath(u"here"_s);
        QVERIFY(QDir().mkpath(here + u"/in"_s));
        QVERIFY(QFile::copy(Sample + u"/input.txt"_s, here + u"/in/words.txt"_s));
        QProcess launch;
        launch.setProcessEnvironment(m_env);
        launch.setWorkingDirectory(here);
        launch.start(QStringLiteral(BL_EXECUTABLE), {u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--"_s,
                                                     u"--input"_s, u"in/words.txt"_s, u"--output"_s, u"res/counts"_s});
        QVERIFY(launch.waitForFinished(600000));
        const QByteArray err = launch.readAllStandardError();
        BL_VERIFY2(launch.exitCode() == 0, err.right(5000).constData());
        BL_VERIFY2(QString::fromUtf8(err).contains(u"--output res/counts → "_s + QDir(here).filePath(u"res/counts"_s)),
                 err.right(5000).constData());
        QFile counts(here + u"/res/counts"_s);
        BL_VERIFY2(counts.open(QIODevice::ReadOnly), "no output where the user looks");
        QVERIFY(counts.readAll().contains("the: 4"));
        QVERIFY(!QFileInfo::exists(Sample + u"/res"_s)); // not in the pipeline's folder

        // The same on the managed Prism, whose workers (PROCESS, through boot) run in the Prism's own
        // folder: the paths reach them made absolute, and the user is told so.
        launch.start(QStringLiteral(BL_EXECUTABLE),
                     {u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--"_s, u"--input"_s,
                      u"in/words.txt"_s, u"--output"_s, u"managed-counts.txt"_s});
        QVERIFY(launch.waitForFinished(1200000));
        const QString managedErr = QString::fromUtf8(launch.readAllStandardError());
        BL_VERIFY2(launch.exitCode() == 0, qPrintable(managedErr.right(5000)));
        BL_VERIFY2(managedErr.contains(u"passed as absolute paths"_s), qPrintable(managedErr.right(5000)));
        BL_VERIFY2(managedErr.contains(u"--output managed-counts.txt → "_s + QDir(here).filePath(u"managed-counts.txt"_s)),
                 qPrintable(managedErr.right(5000)));
        QFile managedCounts(here + u"/managed-counts.txt"_s);
        BL_VERIFY2(managedCounts.open(QIODevice::ReadOnly), "the workers wrote no output where the user looks");
        QVERIFY(managedCounts.readAll().contains("the: 4"));
    }

    void theRunnersPageIsLinkedOnlyWhenItAnswers()
    {
        // Prism's page is guessed on 8074 for the prism runner: it must be free to test that.
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::Any, 8074))
                QSKIP("port 8074 is taken on this machine, so a Prism page cannot be served there for this test");
        }
        const QStringList launch{u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--environment-type"_s,
                                 u"LOOPBACK"_s, u"--json"_s, u"--endpoint"_s};
        const QStringList flags{u"--"_s, u"--input="_s + Sample + u"/input.txt"_s};

        JobServer serving; // its process group ends with it: its workers too
        const quint16 jobPort = freePort();
        BL_VERIFY2(serving.startPrism(PlainPrism, m_work.path(), jobPort, 8074), serving.log().constData());
        const CliRun linked = runCli(launch + QStringList{u"localhost:%1"_s.arg(jobPort)} + flags
                                         + QStringList{u"--output="_s + m_work.filePath(u"linked.txt"_s)},
                                     m_env, 600000);
        serving.stop();
        BL_VERIFY2(linked.exitCode == 0, qPrintable(linked.describe()));
        QCOMPARE(pagesOf(linked), QStringList{u"http://localhost:8074/"_s});

        JobServer quiet;
        const quint16 otherPort = freePort();
        BL_VERIFY2(quiet.startPrism(PlainPrism, m_work.path(), otherPort), quiet.log().constData());
        const CliRun unlinked = runCli(launch + QStringList{u"localhost:%1"_s.arg(otherPort)} + flags
                                           + QStringList{u"--output="_s + m_work.filePath(u"unlinked.txt"_s)},
                                       m_env, 600000);
        quiet.stop();
        BL_VERIFY2(unlinked.exitCode == 0, qPrintable(unlinked.describe()));
        BL_VERIFY2(pagesOf(unlinked).isEmpty(), qPrintable(pagesOf(unlinked).join(u", "_s)));
        QVERIFY(!unlinked.eventsNamed(u"job"_s).isEmpty());
    }

    void cgoFoundBeforeItHurts()
    {
        const QString input = u"--input="_s + Sample + u"/input.txt"_s;
        const QStringList launch{u"launch"_s, CgoSqlite, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--json"_s};

        // Without cgo: warned of before the launcher starts; the worker's stub fails the job.
        const CliRun plain = runCli(launch + QStringList{u"--"_s, input, u"--output="_s + m_work.filePath(u"nocgo.txt"_s)},
                                    m_env, 2400000);
        BL_VERIFY2(plain.exitCode == 1, qPrintable(plain.describe()));
        qsizetype warnedAt = -1, startedAt = -1;
        for (qsizetype i = 0; i < plain.events.size(); ++i) {
            const QJsonObject &e = plain.events.at(i);
            const QString name = e.value(u"event"_s).toString();
            const QString message = e.value(u"message"_s).toString();
            if (warnedAt < 0 && name == u"warning"_s && message.contains(u"github.com/mattn/go-sqlite3"_s)
                && message.contains(u"--cgo"_s))
                warnedAt = i;
            if (startedAt < 0 && name == u"launch-started"_s)
                startedAt = i;
        }
        BL_VERIFY2(warnedAt >= 0, qPrintable(plain.describe()));
        BL_VERIFY2(startedAt < 0 || warnedAt < startedAt, qPrintable(plain.describe()));
        BL_VERIFY2(plain.errorText().contains(u"build with cgo (--cgo"_s), qPrintable(plain.describe()));
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"nocgo.txt"_s)));

        // With --cgo: no warning, and SQLite's upper-cased counts (the sample's 4 "the").
        const QString counts = m_work.filePath(u"cgo.txt"_s);
        const CliRun withCgo = runCli(launch + QStringList{u"--cgo"_s, u"--"_s, input, u"--output="_s + counts},
                                      m_env, 2400000);
        BL_VERIFY2(withCgo.exitCode == 0, qPrintable(withCgo.describe()));
        for (const QJsonObject &e : withCgo.eventsNamed(u"warning"_s))
            BL_VERIFY2(!e.value(u"message"_s).toString().contains(u"go-sqlite3"_s), qPrintable(withCgo.describe()));
        QFile file(counts);
        BL_VERIFY2(file.open(QIODevice::ReadOnly), qPrintable(withCgo.describe()));
        const QByteArray text = file.readAll();
        BL_VERIFY2(text.contains("THE: 4\n"), text.constData());
        BL_VERIFY2(!text.contains("the: "), text.constData());

        // options and graph take the build options build takes, --cgo included.
        const CliRun options = runCli({u"options"_s, CgoSqlite, u"--cgo"_s, u"--json"_s}, m_env, 600000);
        BL_VERIFY2(options.exitCode == 0, qPrintable(options.describe()));
        BL_VERIFY2(options.out.contains("\"input\""), qPrintable(options.describe()));
        const QString svg = m_work.filePath(u"cgo.svg"_s);
        const CliRun graph = runCli({u"graph"_s, CgoSqlite, u"--cgo"_s, u"--svg"_s, svg, u"--"_s, input,
                                     u"--output="_s + m_work.filePath(u"graph-out.txt"_s)},
                                    m_env, 600000);
        BL_VERIFY2(graph.exitCode == 0, qPrintable(graph.describe()));
        QVERIFY(QFileInfo(svg).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLaunchTruth)
#include "tst_launchtruth.moc"
