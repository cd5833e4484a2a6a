// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// A rebuild with nothing changed reuses the verified binary (Go skips the link); a rebuild
// after a change replaces it; a failed or cancelled rebuild keeps the old one; no temporary
// file is ever left beside the output.
#include "VerifyWhole.h"
#include "BuildOutputs.h"
#include "FileSha256.h"
#include "go/CrossBuild.h"
#include "go/GoToolchain.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>


using namespace bl;
using bl::test::inodeOf;
using bl::test::temporariesIn;
using namespace Qt::StringLiterals;

namespace {


} // namespace

class TestCrossBuildReuse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_src;
    QTemporaryDir m_out;
    BuildRequest m_request;

    BuildResult build()
    {
        CrossBuild b;
        QSignalSpy finished(&b, &CrossBuild::finished);
        b.start(m_request);
        if (!finished.wait(600000))
            return {};
        return finished.first().first().value<BuildResult>();
    }

    QString record() const { return m_out.filePath(u".worker.verified"_s); }

    void writeMain(const QByteArray &extra)
    {
        QFile main(m_src.filePath(u"main.go"_s));
        QVERIFY(main.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QFile original(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam/main.go"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        main.write(original.readAll() + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::copy(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam/go.mod"), m_src.filePath(u"go.mod"_s)));
        writeMain({});
        QString error;
        m_request.target = BuildTarget::Worker;
        m_request.goPath = GoToolchain::locate(QString(), &error);
        BL_VERIFY2(!m_request.goPath.isEmpty(), qPrintable(error));
        m_request.packageDir = m_src.path();
        m_request.platform = Platform::defaultWorker();
        m_request.outputPath = m_out.filePath(u"worker"_s);
    }

    void firstBuild()
    {
        const BuildResult r = build();
        BL_VERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(QFileInfo::exists(m_request.outputPath));
        QVERIFY(!r.reused);
        BL_VERIFY2(QFileInfo::exists(record()), "the verified go version -m output is kept beside the binary");
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
    }

    void unchangedRebuildReusesTheBinary()
    {
        const ino_t before = inodeOf(m_request.outputPath);
        const QByteArray hash = bl::test::fileSha256(m_request.outputPath);
        const BuildResult r = build();
        BL_VERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.path, m_request.outputPath);
        QCOMPARE(r.platform, Platform::defaultWorker());
        // Go found the seeded temporary up to date and wrote nothing: the very same file.
        QCOMPARE(inodeOf(m_request.outputPath), before);
        QCOMPARE(bl::test::fileSha256(m_request.outputPath), hash);
        QCOMPARE(QFileInfo(m_request.outputPath).size(), r.size);
        BL_VERIFY2(temporariesIn(m_out.path()).isEmpty(), qPrintable(temporariesIn(m_out.path()).join(u' ')));
        // ... and it was not inspected again: the record stood for go version -m.
        QVERIFY(r.reused);
        QCOMPARE(r.info.platform, Platform::defaultWorker());
        QVERIFY(r.info.goVersion.startsWith(u"go"_s));
    }

    // The record is a cache and never trusted blindly: missing, unreadable, describing another
    // size or another platform, go version -m runs again and the record is written anew.
    void doubtfulRecordMeansInspectingAgain_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("\x7f garbage");
        QTest::newRow("another size") << QByteArray(R"({"size": 12, "goVersionM": "x: go1.26\n\tbuild\tGOOS=linux\n"})");
        QTest::newRow("another platform")
            << QByteArray("{\"size\": SIZE, \"goVersionM\": \"w: go1.26.0\\n\\tbuild\\tCGO_ENABLED=0\\n"
                          "\\tbuild\\tGOARCH=arm64\\n\\tbuild\\tGOOS=darwin\\n\"}");
    }

    void doubtfulRecordMeansInspectingAgain()
    {
        QFETCH(QByteArray, contents);
        QFile::remove(record());
        if (!contents.isEmpty()) {
            QFile f(record());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents.replace("SIZE", QByteArray::number(QFileInfo(m_request.outputPath).size())));
        }
        const ino_t before = inodeOf(m_request.outputPath);
        const BuildResult r = build();
        BL_VERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.reused);
        QCOMPARE(r.info.platform, Platform::defaultWorker());
        QCOMPARE(inodeOf(m_request.outputPath), before); // still Go's no-op: only the check ran again
        const BuildResult again = build();
        BL_VERIFY2(again.ok && again.reused, qPrintable(again.error));
    }

    void changedRebuildReplacesTheBinary()
    {
        // A second name for the old binary shows that the rebuild never wrote into it.
        const QString keep = m_out.filePath(u"kept-old"_s);
        QVERIFY(::link(QFile::encodeName(m_request.outputPath).constData(), QFile::encodeName(keep).constData()) == 0);
        const QByteArray oldHash = bl::test::fileSha256(keep);
        writeMain("\nvar rebuilt = \"changed\"\n\nfunc init() { _ = rebuilt }\n");
        const BuildResult r = build();
        BL_VERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(inodeOf(m_request.outputPath) != inodeOf(keep));
        QVERIFY(bl::test::fileSha256(m_request.outputPath) != oldHash);
        QCOMPARE(bl::test::fileSha256(keep), oldHash);
        QVERIFY(!r.reused);
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
        QFile::remove(keep);
    }

    void failedRebuildKeepsTheOldBinary()
    {
        const QByteArray hash = bl::test::fileSha256(m_request.outputPath);
        writeMain("\nfunc broken() { undefinedThing() }\n");
        const BuildResult r = build();
        QVERIFY(!r.ok);
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(bl::test::fileSha256(m_request.outputPath), hash);
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
        writeMain({});
    }

    void cancelledRebuildKeepsTheOldBinary()
    {
        const QByteArray hash = bl::test::fileSha256(m_request.outputPath);
        writeMain("\nvar again = 2\n\nfunc init() { _ = again }\n");
        CrossBuild b;
        QSignalSpy finished(&b, &CrossBuild::finished);
        b.start(m_request);
        // The seed is in place as soon as start() returns; cancel while go runs.
        QVERIFY(!temporariesIn(m_out.path()).isEmpty());
        b.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<BuildResult>().cancelled);
        QCOMPARE(bl::test::fileSha256(m_request.outputPath), hash);
        QVERIFY(temporariesIn(m_out.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrossBuildReuse)
#include "tst_crossbuild_reuse.moc"
