// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// OutputLock: a build holds an output folder alone, launches of up-to-date binaries share it.
// Holders in another process come from a helper (bl_profilesaver --hold-file holds a QLockFile),
// so the checks see a live pid that is not ours, and a dead one once it is killed.
#include "launch/OutputLock.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestOutputLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList lockFiles() const
    {
        return QDir(m_dir.path()).entryList({u".beam-launcher.lock*"_s}, QDir::Files | QDir::Hidden);
    }


private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : lockFiles())
            QFile::remove(m_dir.filePath(name));
    }

    void aBuildHoldsTheFolderAlone()
    {
        QString error;
        auto build = OutputLock::exclusive(m_dir.path(), &error);
        QVERIFY2(build, qPrintable(error));
        QCOMPARE(build->mode(), OutputLock::Mode::Exclusive);
        QVERIFY(!OutputLock::exclusive(m_dir.path(), &error));
        QVERIFY2(error.contains(u"is in use by another build or launch (process %1"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(error));
        error.clear();
        QVERIFY(!OutputLock::shared(m_dir.path(), &error));
        QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
        QCOMPARE(lockFiles(), QStringList{u".beam-launcher.lock"_s}); // the refused launch left no file
        build.reset();
        QVERIFY(lockFiles().isEmpty());
    }

    void launchesShareItAndKeepBuildsOut()
    {
        QString error;
        auto first = OutputLock::shared(m_dir.path(), &error);
        auto second = OutputLock::shared(m_dir.path(), &error);
        QVERIFY2(first && second, qPrintable(error));
        QCOMPARE(lockFiles().size(), 2);
        QVERIFY(!OutputLock::exclusive(m_dir.path(), &error));
        QVERIFY2(error.contains(u"it runs the binaries this build would replace"_s), qPrintable(error));
        first.reset();
        QVERIFY(!OutputLock::exclusive(m_dir.path(), &error)); // the second still runs
        second.reset();
        QVERIFY(lockFiles().isEmpty());
        QVERIFY(OutputLock::exclusive(m_dir.path(), &error));
    }

    void aFinishedBuildIsSharedWithLaterLaunches()
    {
        QString error;
        auto build = OutputLock::exclusive(m_dir.path(), &error);
        QVERIFY(build);
        QVERIFY(build->share(&error));
        QCOMPARE(build->mode(), OutputLock::Mode::Shared);
        QVERIFY2(!lockFiles().contains(u".beam-launcher.lock"_s), qPrintable(lockFiles().join(u", "_s)));
        auto launch = OutputLock::shared(m_dir.path(), &error);
        QVERIFY2(launch, qPrintable(error));
        QVERIFY(!OutputLock::exclusive(m_dir.path(), &error));
    }

    void aLaunchOfAnotherProcessRefusesABuildUntilItDies()
    {
        // Another process holds a shared lock, as a second beam-launcher running the binaries would.
        const QString name = u".beam-launcher.lock.shared-other-cafe"_s;
        QProcess other;
        other.start(QStringLiteral(BL_PROFILE_SAVER), {u"--hold-file"_s, m_dir.filePath(name), u"60000"_s});
        QVERIFY(other.waitForReadyRead(20000));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("locked"));
        QString error;
        QVERIFY(!OutputLock::exclusive(m_dir.path(), &error));
        QVERIFY2(error.contains(u"(process %1 on"_s.arg(other.processId())), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u".beam-launcher.lock"_s))); // the refused build took nothing
        // Killed: its lock file stays behind, naming a dead process, and the next build takes over.
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(QFile::exists(m_dir.filePath(name)));
        auto build = OutputLock::exclusive(m_dir.path(), &error);
        QVERIFY2(build, qPrintable(error));
        QCOMPARE(lockFiles(), QStringList{u".beam-launcher.lock"_s});
    }

    void anotherLaunchCheckingAtTheSameMomentIsNoBuild()
    {
        // A launch checks whether a build holds the folder by taking the build's lock for a
        // moment. Caught in that moment (it holds the build's lock and a shared one), it is
        // another launch: this one runs beside it.
        QProcess other;
        other.start(QStringLiteral(BL_PROFILE_SAVER),
                    {u"--hold-file"_s, m_dir.filePath(u".beam-launcher.lock.shared-%1-0001"_s.arg(0)),
                     m_dir.filePath(u".beam-launcher.lock"_s), u"60000"_s});
        QVERIFY(other.waitForReadyRead(20000));
        // The shared file is named after its process: rename the helper's to carry its pid.
        QVERIFY(QFile::rename(m_dir.filePath(u".beam-launcher.lock.shared-0-0001"_s),
                              m_dir.filePath(u".beam-launcher.lock.shared-%1-0001"_s.arg(other.processId()))));
        QString error;
        auto launch = OutputLock::shared(m_dir.path(), &error);
        QVERIFY2(launch, qPrintable(error));
        // A build of that process (no shared lock of its own) is one: refused.
        launch.reset();
        QVERIFY(QFile::remove(m_dir.filePath(u".beam-launcher.lock.shared-%1-0001"_s.arg(other.processId()))));
        QVERIFY(!OutputLock::shared(m_dir.path(), &error));
        other.kill();
        QVERIFY(other.waitForFinished(10000));
    }

    void aBuildOfAnotherProcessRefusesALaunch()
    {
        QProcess other;
        other.start(QStringLiteral(BL_PROFILE_SAVER),
                    {u"--hold-file"_s, m_dir.filePath(u".beam-launcher.lock"_s), u"60000"_s});
        QVERIFY(other.waitForReadyRead(20000));
        QString error;
        QVERIFY(!OutputLock::shared(m_dir.path(), &error));
        QVERIFY2(error.contains(u"(process %1 on"_s.arg(other.processId())), qPrintable(error));
        QCOMPARE(lockFiles(), QStringList{u".beam-launcher.lock"_s}); // the refused launch left nothing
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(OutputLock::shared(m_dir.path(), &error));
    }
};

QTEST_GUILESS_MAIN(TestOutputLock)
#include "tst_outputlock.moc"
