// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Build ahead, with the real Go toolchain: the binaries of the shown settings are built in the
// background and recorded; a saved edit of a local package builds them again; a launch then
// starts the launcher with no build of its own; a change during a build ahead cancels it and
// leaves no temporary binary; the builds run at a lower CPU priority; turned off, nothing runs.
#include "BuildAheadWait.h"
#include "BuildOutputs.h"
#include "builds/BuildStamp.h"
#include "launch/BuildAhead.h"
#include "launch/LaunchSession.h"
#include "VerifyWhole.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


using namespace bl;
using bl::test::inodeOf;
using bl::test::temporariesIn;
using namespace Qt::StringLiterals;

namespace {

constexpr int BuildTimeoutMs = 300000;


/// Saves as editors do: a new file renamed over the old one.
bool save(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray greet(const QByteArray &message)
{
    return "package greet\n\n// Message is what the pipeline prints.\nconst Message = \"" + message + "\"\n";
}

/// What the built launcher prints (it ignores the flags a launch gives it).
QString runBinary(const QString &path)
{
    QProcess p;
    p.start(path, {});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// The nice value of our child process named `name` (-100 when there is none).
int niceOfChild(const QString &name)
{
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLatin1(stat.readAll());
        const qsizetype close = text.lastIndexOf(u')');
        if (close < 0 || text.mid(text.indexOf(u'(') + 1, close - text.indexOf(u'(') - 1) != name)
            continue;
        // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt
        // cmajflt utime stime cutime cstime priority nice
        const QStringList fields = text.mid(close + 2).split(u' ');
        if (fields.size() > 16 && fields.at(1).toLongLong() == QCoreApplication::applicationPid())
            return fields.at(16).toInt();
    }
    return -100;
}

} // namespace

class TestBuildAhead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_src;
    QTemporaryDir m_out;
    LaunchSettings m_settings;

    QString launcherPath() const
    {
        return LaunchSession::outputPath(m_settings, BuildTarget::Launcher, Platform::host());
    }

    static bool waitFor(const BuildAhead &ahead, BuildAhead::State state, int ms = BuildTimeoutMs)
    {
        return test::waitForState(ahead, state, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_src.isValid() && m_out.isValid());
        QVERIFY(save(m_src.filePath(u"go.mod"_s), "module example.com/buildahead\n\ngo 1.21\n"));
        QVERIFY(save(m_src.filePath(u"main.go"_s),
                     "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/buildahead/greet\"\n)\n\n"
                     "func main() { fmt.Println(greet.Message) }\n"));
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 1")));
        m_settings.packageDir = m_src.path();
        m_settings.outDir = m_out.path();
        m_settings.runner = u"direct"_s;
        // The worker for another platform: two builds, as on a Mac (the usual case of this feature).
        m_settings.workerPlatform = Platform{u"linux"_s, u"arm64"_s};
    }

    void buildsTheShownSettingsAndRecordsThem()
    {
        BuildAhead ahead;
        ahead.setQuietPeriod(100);
        QSignalSpy finished(&ahead, &BuildAhead::finished);
        ahead.setSettings(m_settings);
        QCOMPARE(ahead.state(), BuildAhead::State::Waiting);
        QVERIFY(finished.wait(BuildTimeoutMs));
        BL_VERIFY2(finished.first().first().toBool(), qPrintable(ahead.failure()));
        QCOMPARE(ahead.state(), BuildAhead::State::UpToDate);
        QVERIFY(ahead.stateText().contains(u"up to date"_s));
        QVERIFY(QFileInfo::exists(BuildStamp::path(m_out.path())));
        QCOMPARE(runBinary(launcherPath()), u"hello 1"_s);
        // The local package it imports is watched since the build recorded it.
        const QString greetDir = QDir::cleanPath(m_src.filePath(u"greet"_s));
        BL_VERIFY2(ahead.watched().contains(greetDir), qPrintable(ahead.watched().join(u", "_s)));
        QVERIFY(ahead.watched().contains(greetDir + u"/greet.go"_s));
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
    }

    void currentBinariesAreNotBuiltAgain()
    {
        BuildAhead ahead;
        ahead.setQuietPeriod(100);
        QSignalSpy states(&ahead, &BuildAhead::stateChanged);
        QSignalSpy finished(&ahead, &BuildAhead::finished);
        const ino_t before = inodeOf(launcherPath());
        ahead.setSettings(m_settings);
        QVERIFY(finished.wait(BuildTimeoutMs));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(ahead.session()->buildResult(BuildTarget::Launcher).current);
        for (const QList<QVariant> &s : states)
            QVERIFY(s.first().value<BuildAhead::State>() != BuildAhead::State::Building);
        QCOMPARE(inodeOf(launcherPath()), before);
    }

    void savedEditOfALocalPackageBuildsAgainAndLaunchUsesIt()
    {
        BuildAhead ahead;
        ahead.setQuietPeriod(100);
        QSignalSpy finished(&ahead, &BuildAhead::finished);
        ahead.setSettings(m_settings);
        QVERIFY(finished.wait(BuildTimeoutMs));
        QSignalSpy states(&ahead, &BuildAhead::stateChanged);
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 2")));
        QVERIFY(waitFor(ahead, BuildAhead::State::Building, 10000));
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QVERIFY(states.size() >= 3); // Waiting, Building, UpToDate
        QCOMPARE(runBinary(launcherPath()), u"hello 2"_s);

        // Launch: no build, the launcher starts with the binaries built ahead.
        const ino_t built = inodeOf(launcherPath());
        const QDateTime logTime = QFileInfo(m_out.filePath(u"build-launcher.log"_s)).lastModified();
        LaunchSession launch;
        QSignalSpy buildStarted(&launch, &LaunchSession::buildStarted);
        QSignalSpy messages(&launch, &LaunchSession::message);
        QSignalSpy output(&launch, &LaunchSession::output);
        QSignalSpy done(&launch, &LaunchSession::finished);
        launch.start(LaunchSession::Mode::Launch, m_settings);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toInt(), 0);
        QCOMPARE(buildStarted.size(), 0);
        QVERIFY(launch.buildResult(BuildTarget::Launcher).current);
        QVERIFY(launch.buildResult(BuildTarget::Worker).current);
        QCOMPARE(inodeOf(launcherPath()), built);
        QCOMPARE(QFileInfo(m_out.filePath(u"build-launcher.log"_s)).lastModified(), logTime);
        bool said = false;
        for (const QList<QVariant> &m : messages)
            said = said || m.first().toString().contains(u"nothing to build"_s);
        QVERIFY(said);
        QStringList lines;
        for (const QList<QVariant> &o : output)
            lines << o.at(1).toStringList();
        BL_VERIFY2(lines.contains(u"hello 2"_s), qPrintable(lines.join(u'\n')));

        // --rebuild runs go build all the same.
        LaunchSettings rebuild = m_settings;
        rebuild.rebuild = true;
        QSignalSpy done2(&launch, &LaunchSession::finished);
        launch.start(LaunchSession::Mode::Launch, rebuild);
        QVERIFY(done2.wait(BuildTimeoutMs));
        QCOMPARE(done2.first().first().toInt(), 0);
        QCOMPARE(buildStarted.size(), 2);
        QVERIFY(!launch.buildResult(BuildTarget::Launcher).current);
    }

    void changeDuringABuildCancelsItAndLeavesNoTemporary()
    {
        // A package that takes a few seconds to compile, so the change lands during the build.
        QByteArray big = "package greet\n\n";
        for (int i = 0; i < 3000; ++i)
            big += "func F" + QByteArray::number(i) + "(x int) int { if x > " + QByteArray::number(i)
                   + " { return x * " + QByteArray::number(i % 7 + 2) + " }; return x + " + QByteArray::number(i)
                   + " }\n";
        QVERIFY(save(m_src.filePath(u"greet/big.go"_s), big));
        BuildAhead ahead;
        ahead.setQuietPeriod(100);
        QSignalSpy failed(ahead.session(), &LaunchSession::failed);
        ahead.setSettings(m_settings);
        QVERIFY(waitFor(ahead, BuildAhead::State::Building, 60000));
        // Low priority: go build, and the compiler it starts, run at nice 10.
        int nice = -100;
        QTRY_VERIFY_WITH_TIMEOUT((nice = niceOfChild(u"go"_s)) != -100 || ahead.state() != BuildAhead::State::Building,
                                 20000);
        BL_VERIFY2(nice != -100, "go build was not seen running during the build ahead");
        QCOMPARE(nice, 10);
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 3")));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<LaunchSession::Failure>(), LaunchSession::Failure::Cancelled);
        BL_VERIFY2(temporariesIn(m_out.path()).isEmpty(), qPrintable(temporariesIn(m_out.path()).join(u", "_s)));
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QCOMPARE(runBinary(launcherPath()), u"hello 3"_s);
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
        QVERIFY(QFile::remove(m_src.filePath(u"greet/big.go"_s)));
    }

    void offBuildsNothing()
    {
        BuildAhead ahead;
        ahead.setQuietPeriod(50);
        ahead.setEnabled(false);
        QSignalSpy states(&ahead, &BuildAhead::stateChanged);
        ahead.setSettings(m_settings);
        QVERIFY(ahead.watched().isEmpty());
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 4")));
        QTest::qWait(500);
        QCOMPARE(ahead.state(), BuildAhead::State::Off);
        QVERIFY(!ahead.session()->isRunning());
        QCOMPARE(states.size(), 0);
        // On again: it notices the binaries are not current and builds.
        ahead.setEnabled(true);
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QCOMPARE(runBinary(launcherPath()), u"hello 4"_s);
    }

    void pausedWhileTheWindowRunsASession()
    {
        BuildAhead ahead;
        ahead.setQuietPeriod(50);
        ahead.setSettings(m_settings);
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        ahead.setPaused(true);
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 5")));
        QTest::qWait(500);
        QVERIFY(!ahead.session()->isRunning());
        ahead.setPaused(false);
        QVERIFY(waitFor(ahead, BuildAhead::State::Building, 10000));
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QCOMPARE(runBinary(launcherPath()), u"hello 5"_s);
    }

    void aLaunchRunningTheBinariesIsAWaitNotAFailure()
    {
        // Another process runs the folder's binaries (a launch's shared lock, as a second
        // beam-launcher holds it). A saved edit cannot be built into the folder meanwhile: the
        // build ahead waits, names the process, fails nothing, and builds once it has ended.
        BuildAhead ahead;
        ahead.setQuietPeriod(50);
        ahead.setHeldRetryInterval(100);
        ahead.setSettings(m_settings);
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QProcess other;
        other.start(QStringLiteral(BL_PROFILE_SAVER),
                    {u"--hold-file"_s, m_out.filePath(u".beam-launcher.lock.shared-other-beef"_s), u"60000"_s});
        QVERIFY(other.waitForReadyRead(20000));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("locked"));
        QSignalSpy finished(&ahead, &BuildAhead::finished);
        QVERIFY(save(m_src.filePath(u"greet/greet.go"_s), greet("hello 6")));
        QVERIFY(waitFor(ahead, BuildAhead::State::Held, 20000));
        QCOMPARE(ahead.holder(), other.processId());
        BL_VERIFY2(ahead.stateText().contains(QString::number(other.processId())), qPrintable(ahead.stateText()));
        QVERIFY(ahead.failure().isEmpty());
        // Looked at again several times meanwhile: still a wait, no build, no failure.
        QTest::qWait(600);
        QCOMPARE(ahead.state(), BuildAhead::State::Held);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(runBinary(launcherPath()), u"hello 5"_s); // the running binaries are untouched
        // The launch ends (killed: its lock file stays, naming a dead process).
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(waitFor(ahead, BuildAhead::State::UpToDate));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(runBinary(launcherPath()), u"hello 6"_s);
        QCOMPARE(ahead.holder(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBuildAhead)
#include "tst_buildahead.moc"
