// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Two different builds (a Mac user's darwin/arm64 launcher) run at the same time, for real; the
// same build for both (linux/amd64 twice) runs one go build whose binary lands at both outputs;
// a cancel mid-way leaves nothing behind, on either path.
#include "VerifyWhole.h"
#include "ProcessProbe.h"
#include "go/DualBuild.h"
#include "go/GoToolchain.h"
#include "go/VerifiedRecord.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

BuildRequest request(BuildTarget target, const Platform &platform, const QString &outDir,
                     const QProcessEnvironment &env)
{
    QString error;
    BuildRequest r;
    r.target = target;
    r.goPath = GoToolchain::locate(QString(), &error);
    r.packageDir = fixture(u"fakebeam"_s);
    r.platform = platform;
    r.outputPath = outDir + u'/' + targetName(target);
    r.environment = env;
    return r;
}

const Platform MacLauncher{u"darwin"_s, u"arm64"_s};

bool sameInode(const QString &a, const QString &b)
{
    struct stat sa{}, sb{};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
           && sa.st_ino == sb.st_ino && sa.st_dev == sb.st_dev;
}

qint64 parentOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

// How many `go build` processes below us run right now. A go build forks its tools (compile,
// link); for a moment before the exec such a child still shows go build's command line: a
// process whose parent is one of the go builds is not counted.
int runningGoBuilds()
{
    QList<qint64> builds;
    for (qint64 pid : bl::test::descendantsOf(QCoreApplication::applicationPid())) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> argv = cmdline.readAll().split('\0');
            if (argv.size() > 1 && argv.at(0).endsWith("go") && argv.at(1) == "build")
                builds.append(pid);
        }
    }
    return int(std::count_if(builds.cbegin(), builds.cend(),
                             [&builds](qint64 pid) { return !builds.contains(parentOf(pid)); }));
}

} // namespace

class TestDualBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Different platforms: two go builds, at the same time.
    void buildsOverlap()
    {
        // A fresh build cache makes both builds long enough to watch.
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        int mostAtOnce = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { mostAtOnce = std::max(mostAtOnce, runningGoBuilds()); });
        probe.start(20);
        QElapsedTimer clock;
        clock.start();
        dual.start(request(BuildTarget::Launcher, MacLauncher, out.path(), env),
                   request(BuildTarget::Worker, Platform::defaultWorker(), out.path(), env));
        QVERIFY(!dual.isShared());
        QVERIFY(finished.wait(600000));
        const qint64 dualMs = clock.elapsed();
        QCOMPARE(finished.first().first().toBool(), true);
        BL_VERIFY2(mostAtOnce >= 2, "the two go build commands ran at the same time");
        QCOMPARE(dual.result(BuildTarget::Launcher).platform, MacLauncher);
        QVERIFY(!dual.result(BuildTarget::Worker).shared);
        qInfo("dual build, cold cache: %lld ms", dualMs);
        QVERIFY(dual.result(BuildTarget::Launcher).ok);
        QVERIFY(dual.result(BuildTarget::Worker).ok);
        QCOMPARE(dual.result(BuildTarget::Worker).platform, Platform::defaultWorker());
    }

    // The same build for both (what a Linux amd64 host asks): one go build, verified once,
    // its binary at both outputs; both targets report started, output and finished.
    void oneBuildServesBoth()
    {
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        const Platform linux = Platform::defaultWorker();
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        QSignalSpy started(&dual, &DualBuild::started);
        QSignalSpy output(&dual, &DualBuild::output);
        QSignalSpy targets(&dual, &DualBuild::targetFinished);
        int mostAtOnce = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { mostAtOnce = std::max(mostAtOnce, runningGoBuilds()); });
        probe.start(20);
        dual.start(request(BuildTarget::Launcher, linux, out.path(), env),
                   request(BuildTarget::Worker, linux, out.path(), env));
        QVERIFY(dual.isShared());
        QVERIFY(finished.wait(600000));
        probe.stop();
        QCOMPARE(finished.first().first().toBool(), true);
        BL_VERIFY2(mostAtOnce == 1, qPrintable(u"go builds seen at once: %1"_s.arg(mostAtOnce)));
        QCOMPARE(started.count(), 2);
        QCOMPARE(targets.count(), 2);
        bool workerSaid = false;
        for (const QList<QVariant> &o : std::as_const(output))
            workerSaid = workerSaid || o.at(0).value<BuildTarget>() == BuildTarget::Worker;
        BL_VERIFY2(workerSaid, "the worker's pane says it is the launcher's build");
        const BuildResult &l = dual.result(BuildTarget::Launcher);
        const BuildResult &w = dual.result(BuildTarget::Worker);
        BL_VERIFY2(l.ok && w.ok, qPrintable(l.error + w.error));
        QVERIFY(w.shared);
        QCOMPARE(w.target, BuildTarget::Worker);
        QCOMPARE(w.path, out.path() + u"/worker"_s);
        QCOMPARE(w.platform, linux);
        QVERIFY(sameInode(l.path, w.path));
        QVERIFY(VerifiedRecord::read(w.path).has_value());
        QVERIFY(bl::test::temporariesUnder(out.path()).isEmpty());

        // Again with nothing changed: Go keeps the binary, both stay the same file.
        QSignalSpy again(&dual, &DualBuild::finished);
        dual.start(request(BuildTarget::Launcher, linux, out.path(), env),
                   request(BuildTarget::Worker, linux, out.path(), env));
        QVERIFY(again.wait(120000));
        QVERIFY(dual.result(BuildTarget::Launcher).reused);
        QVERIFY(dual.result(BuildTarget::Worker).ok);
        QVERIFY(sameInode(dual.result(BuildTarget::Launcher).path, dual.result(BuildTarget::Worker).path));

        // A worker replaced by something else (a file of another build) is placed anew.
        QFile::remove(w.path);
        QFile other(w.path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not a binary");
        other.close();
        QSignalSpy third(&dual, &DualBuild::finished);
        dual.start(request(BuildTarget::Launcher, linux, out.path(), env),
                   request(BuildTarget::Worker, linux, out.path(), env));
        QVERIFY(third.wait(120000));
        QVERIFY(dual.result(BuildTarget::Worker).ok);
        QVERIFY(sameInode(dual.result(BuildTarget::Launcher).path, dual.result(BuildTarget::Worker).path));
        QVERIFY(bl::test::temporariesUnder(out.path()).isEmpty());
    }

    void cancelSharedLeavesNothing()
    {
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        dual.start(request(BuildTarget::Launcher, Platform::defaultWorker(), out.path(), env),
                   request(BuildTarget::Worker, Platform::defaultWorker(), out.path(), env));
        QTRY_COMPARE_WITH_TIMEOUT(runningGoBuilds(), 1, 20000);
        const QList<qint64> before = bl::test::descendantsOf(QCoreApplication::applicationPid());
        QTest::qWait(1000);
        dual.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dual.result(BuildTarget::Launcher).cancelled);
        QVERIFY(dual.result(BuildTarget::Worker).cancelled);
        for (qint64 pid : before)
            QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pid), 5000);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        dual.start(request(BuildTarget::Launcher, MacLauncher, out.path(), env),
                   request(BuildTarget::Worker, Platform::defaultWorker(), out.path(), env));
        QTRY_COMPARE_WITH_TIMEOUT(runningGoBuilds(), 2, 20000);
        const QList<qint64> before = bl::test::descendantsOf(QCoreApplication::applicationPid());
        QVERIFY(!before.isEmpty());
        QTest::qWait(1000);
        dual.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dual.result(BuildTarget::Launcher).cancelled);
        QVERIFY(dual.result(BuildTarget::Worker).cancelled);
        for (qint64 pid : before)
            QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pid), 5000);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDualBuild)
#include "tst_dualbuild.moc"
