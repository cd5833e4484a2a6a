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
