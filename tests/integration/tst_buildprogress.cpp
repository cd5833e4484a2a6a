// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Progress of a long build, for real: beam-launcher builds a package with a fresh GOCACHE (so
// Go compiles the standard library packages it needs, about 100) and its build-progress events
// come while it runs, the first soon after the build started and then at least every 2 s;
// packages counted against `go list -deps`; plain lines, no terminal control, into a pipe.
#include "VerifyWhole.h"
#include "go/CrossBuild.h"
#include "go/GoToolchain.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestBuildProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("package");
        QTest::newRow("stdlib") << u"runtime/internal/sys"_s << true;
        QTest::newRow("module") << u"github.com/apache/beam/sdks/v2/go/pkg/beam"_s << true;
        QTest::newRow("main") << u"example.com/fixtures/fakebeam"_s << true;
        QTest::newRow("download") << u"go: downloading golang.org/x/net v0.59.0"_s << false;
        QTest::newRow("diagnostic") << u"./main.go:7:21: undefined: undefinedName"_s << false;
        QTest::newRow("header") << u"# example.com/fixtures/broken"_s << false;
        QTest::newRow("continuation") << u"\thave ()"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("go error") << u"go: cannot find main module"_s << false;
    }

    void packageLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, package);
        QCOMPARE(CrossBuild::isPackageLine(line), package);
    }

    void coldBuildReportsProgress()
    {
        QTemporaryDir work;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, work.filePath(u"gocache"_s));
        env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, work.filePath(u"cache"_s));
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, work.filePath(u"config"_s));
        const QString package = QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam");

        // What Go says the build needs: the package and its dependencies.
        QString error;
        const QString go = GoToolchain::locate(QString(), &error);
        BL_VERIFY2(!go.isEmpty(), qPrintable(error));
        QProcess list;
        list.setWorkingDirectory(package);
        auto listEnv = env;
        listEnv.insert(u"CGO_ENABLED"_s, u"0"_s);
        list.setProcessEnvironment(listEnv);
        list.start(go, {u"list"_s, u"-deps"_s, u"."_s});
        QVERIFY(list.waitForFinished(60000));
        const int deps = int(list.readAllStandardOutput().trimmed().split('\n').size());
        QVERIFY(deps > 20);

        QProcess cli;
        cli.setProcessEnvironment(env);
        QElapsedTimer clock;
        qint64 startedAt = -1;
        QList<std::pair<qint64, QJsonObject>> progress; // the launcher's, with their arrival
        int workerProgress = 0;
        QByteArray pending;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] {
            pending += cli.readAllStandardOutput();
            qsizetype end = 0;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QJsonObject e = QJsonDocument::fromJson(pending.left(end)).object();
                pending.remove(0, end + 1);
                const QString name = e.value(u"event"_s).toString();
                if (name == u"build-started" && startedAt < 0)
                    startedAt = clock.elapsed();
                if (name == u"build-progress" && e.value(u"target"_s).toString() == u"launcher")
                    progress.append({clock.elapsed(), e});
                else if (name == u"build-progress")
                    ++workerProgress;
            }
        });
        clock.start();
        cli.start(QStringLiteral(BL_EXECUTABLE), {u"build"_s, package, u"--json"_s});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 300000);
        const QByteArray err = cli.readAllStandardError();
        BL_VERIFY2(cli.exitCode() == 0, err.constData());

        QVERIFY(startedAt >= 0);
        BL_VERIFY2(progress.size() >= 3, qPrintable(u"progress events: %1"_s.arg(progress.size())));
        // The worker is the same build here: its pane gets the same progress.
        QCOMPARE(workerProgress, progress.size());
        // Within 2 s of the start, then at least every 2 s (measured: about 1 s each; 0.5 s of
        // slack for a loaded machine).
        qint64 worstGap = progress.first().first - startedAt;
        BL_VERIFY2(worstGap <= 2500, qPrintable(u"first progress after %1 ms"_s.arg(worstGap)));
        int lastDone = 0;
        bool linked = false;
        bool totalKnown = false;
        for (qsizetype i = 0; i < progress.size(); ++i) {
            if (i > 0)
                worstGap = std::max(worstGap, progress.at(i).first - progress.at(i - 1).first);
            const QJsonObject &e = progress.at(i).second;
            const QString phase = e.value(u"phase"_s).toString();
            BL_VERIFY2(phase == u"compile" || phase == u"link", qPrintable(phase));
            linked = linked || phase == u"link";
            const int done = e.value(u"done"_s).toInt();
            QVERIFY(done >= lastDone);
            lastDone = done;
            // The builds show progress before go list has answered (a cold build's first packages
            // come first): the total is 0 until then, go list's count from then on.
            const int total = e.value(u"total"_s).toInt();
            if (total != 0 || totalKnown) {
                QCOMPARE(total, deps);
                totalKnown = true;
            }
            QVERIFY(done <= deps);
        }
        qInfo("%lld progress events, first after %lld ms, longest gap %lld ms, %d of %d packages compiled",
              qlonglong(progress.size()), progress.first().first - startedAt, worstGap, lastDone, deps);
        BL_VERIFY2(worstGap <= 2500, qPrintable(u"a gap of %1 ms between progress events"_s.arg(worstGap)));
        QVERIFY(totalKnown);
        QVERIFY(lastDone >= deps / 2); // a cold cache: most of them were compiled
        QVERIFY(linked);
        // stderr is a pipe here: plain lines, no carriage return, no escape sequence.
        BL_VERIFY2(err.contains("[launcher build] compiling: ") || err.contains("[launcher and worker build] compiling: "),
                 err.constData());
        QVERIFY(!err.contains('\r'));
        QVERIFY(!err.contains('\x1b'));
        // The -v lines are counted, not shown as build output.
        QVERIFY(!err.contains("\nbeam-launcher: [launcher build] runtime\n"));
    }
};

QTEST_GUILESS_MAIN(TestBuildProgress)
#include "tst_buildprogress.moc"
