// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/Paths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() { qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toUtf8()); }

    void buildFolderIsPerPackageAndOutsideTheSource()
    {
        const QString a = Paths::buildFolderFor(u"/src/pipelines/wordcount"_s);
        const QString b = Paths::buildFolderFor(u"/src/other/wordcount"_s);
        QVERIFY(a.startsWith(m_cache.path() + u"/builds/wordcount-"_s));
        QVERIFY(a != b);
        QCOMPARE(Paths::buildFolderFor(u"/src/pipelines/wordcount/"_s), a);
    }

    void pruneKeepsTheNewestLogs()
    {
        QDir().mkpath(Paths::logsFolder());
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 6; ++i) {
            QFile f(Paths::logsFolder() + u"/launch-%1.log"_s.arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
            f.flush();
            f.setFileTime(now.addSecs(-100 + i), QFileDevice::FileModificationTime);
        }
        QFile other(Paths::logsFolder() + u"/notes.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        Paths::pruneLogs(2);
        QStringList left = QDir(Paths::logsFolder()).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left, (QStringList{u"launch-4.log"_s, u"launch-5.log"_s, u"notes.txt"_s}));
    }

    void pruneAlsoBoundsTheTotalSize()
    {
        const QString folder = Paths::logsFolder();
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 5; ++i) { // 1000 bytes each, launch-4.log the newest
            QFile f(folder + u"/launch-%1.log"_s.arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1000, 'x'));
            f.flush();
            f.setFileTime(now.addSecs(-100 + i), QFileDevice::FileModificationTime);
        }
        Paths::pruneLogs(100, 2500);
        QStringList left = QDir(folder).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left, (QStringList{u"launch-3.log"_s, u"launch-4.log"_s}));
        Paths::pruneLogs(100, 10); // the newest stays, however big
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"launch-4.log"_s});
    }

    void outputFolderChecks_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("system");
        QTest::newRow("root") << u"/"_s << true;
        QTest::newRow("/etc") << u"/etc"_s << true;
        QTest::newRow("below /usr") << u"/usr/local/bin/x"_s << true;
        QTest::newRow("/tmp itself") << u"/tmp"_s << true;
        QTest::newRow("home") << QDir::homePath() << true;
        QTest::newRow("/etc/../etc spelled oddly") << u"/tmp/../etc"_s << true;
        QTest::newRow("a folder in /tmp") << u"/tmp/beam-out"_s << false;
        QTest::newRow("a folder in home") << QDir::homePath() + u"/beam-out"_s << false;
    }

    void outputFolderChecks()
    {
        QFETCH(QString, folder);
        QFETCH(bool, system);
        QCOMPARE(Paths::isSystemFolder(folder), system);
        QString error;
        QCOMPARE(Paths::checkOutputFolder(folder, true, &error), !system);
        if (system)
            QVERIFY2(error.contains(u"system, root or home folder"_s), qPrintable(error));
    }

    void outputFolderWithOtherThings()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(Paths::checkOutputFolder(dir.filePath(u"new"_s), false, &error));
        QVERIFY(Paths::checkOutputFolder(dir.path(), false, &error));
        for (const QString &name : {u"launcher-linux-amd64"_s, u".worker-linux-amd64.verified"_s,
                                    u"build-worker.log"_s, u".beam-launcher.lock"_s}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY2(Paths::checkOutputFolder(dir.path(), false, &error), qPrintable(error));
        QFile thesis(dir.filePath(u"thesis.tex"_s));
        QVERIFY(thesis.open(QIODevice::WriteOnly));
        QVERIFY(!Paths::checkOutputFolder(dir.path(), false, &error));
        QVERIFY2(error.contains(u"thesis.tex"_s) && error.contains(u"--force-out"_s), qPrintable(error));
        QVERIFY(Paths::checkOutputFolder(dir.path(), true, &error));
    }

    void writableFolderCheck()
    {
        QString error;
        QVERIFY(Paths::ensureWritableFolder(m_cache.filePath(u"a/b/c"_s), &error));
        QVERIFY(!Paths::ensureWritableFolder(u"/etc/hostname/sub"_s, &error));
        QVERIFY2(error.contains(u"/etc/hostname/sub"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
