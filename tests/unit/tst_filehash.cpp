// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/FileHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestFileHash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        // Several read chunks, and a last one that is not full.
        m_file = m_dir.filePath(u"data.bin"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 31 % 251);
        for (int i = 0; i < 50; ++i)
            f.write(block);
        f.write("tail");
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_expected = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

    void sameAsHashingAllAtOnce() { QCOMPARE(sha256OfFile(m_file), m_expected); }

    void knownValue()
    {
        const QString path = m_dir.filePath(u"abc"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        QCOMPARE(sha256OfFile(path), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void emptyFile()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(sha256OfFile(empty), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    }

    void unreadableSaysWhy()
    {
        QString error;
        QVERIFY(sha256OfFile(m_dir.filePath(u"missing"_s), &error).isEmpty());
        QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
    }

    void abortedGivesNothing()
    {
        const std::atomic_bool abort{true};
        QVERIFY(sha256OfFile(m_file, nullptr, &abort).isEmpty());
    }

    void inBackground()
    {
        QObject context;
        QString result;
        bool called = false;
        sha256OfFileInBackground(m_file, &context, [&](const QString &sha) {
            result = sha;
            called = true;
        },
                                 std::make_shared<std::atomic_bool>(false));
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QCOMPARE(result, m_expected);
    }

    void contextGoneMeansNoCall()
    {
        bool called = false;
        auto abort = std::make_shared<std::atomic_bool>(false);
        {
            QObject context;
            sha256OfFileInBackground(m_file, &context, [&](const QString &) { called = true; }, abort);
        }
        // Let the thread end and its finished signal be delivered (or not) before looking.
        for (int i = 0; i < 20; ++i)
            QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestFileHash)
#include "tst_filehash.moc"
