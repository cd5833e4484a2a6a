// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Finding the bundled sample pipeline from the executable's folder in every layout we ship.
#include "launch/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool makeSample(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile mod(folder + QStringLiteral("/go.mod"));
    return mod.open(QIODevice::WriteOnly) && mod.write("module example.com/sample\n") > 0;
}

} // namespace

class TestSamplePaths final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("BEAM_LAUNCHER_SAMPLES_DIR"); }
    void cleanup() { qunsetenv("BEAM_LAUNCHER_SAMPLES_DIR"); }

    void layouts_data()
    {
        QTest::addColumn<QString>("executableDir");
        QTest::addColumn<QString>("sampleDir");
        QTest::newRow("Linux /usr") << QStringLiteral("usr/bin") << QStringLiteral("usr/share/beam-launcher/samples/wordcount");
        QTest::newRow("build tree") << QStringLiteral("build/app") << QStringLiteral("build/share/beam-launcher/samples/wordcount");
        QTest::newRow("macOS bundle") << QStringLiteral("Beam Launcher.app/Contents/MacOS")
                                      << QStringLiteral("Beam Launcher.app/Contents/Resources/samples/wordcount");
        QTest::newRow("Windows install") << QStringLiteral("Beam Launcher/bin")
                                         << QStringLiteral("Beam Launcher/share/beam-launcher/samples/wordcount");
        QTest::newRow("Windows flat deploy") << QStringLiteral("deploy") << QStringLiteral("deploy/samples/wordcount");
    }

    void layouts()
    {
        QFETCH(QString, executableDir);
        QFETCH(QString, sampleDir);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString exe = root.filePath(executableDir);
        QVERIFY(QDir().mkpath(exe));
        QCOMPARE(bl::Paths::findSample(exe, QStringLiteral("wordcount")), QString());
        QVERIFY(makeSample(root.filePath(sampleDir)));
        QCOMPARE(bl::Paths::findSample(exe, QStringLiteral("wordcount")), QDir::cleanPath(root.filePath(sampleDir)));
        QCOMPARE(bl::Paths::findSample(exe, QStringLiteral("other")), QString());
    }

    void folderWithoutGoModIsNoSample()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("bin"))));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("share/beam-launcher/samples/wordcount"))));
        QCOMPARE(bl::Paths::findSample(root.filePath(QStringLiteral("bin")), QStringLiteral("wordcount")), QString());
    }

    void environmentOverrideComesFirst()
    {
        QTemporaryDir root;
        QVERIFY(makeSample(root.filePath(QStringLiteral("share/beam-launcher/samples/wordcount"))));
        QVERIFY(makeSample(root.filePath(QStringLiteral("elsewhere/wordcount"))));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("bin"))));
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", QFile::encodeName(root.filePath(QStringLiteral("elsewhere"))));
        QCOMPARE(bl::Paths::findSample(root.filePath(QStringLiteral("bin")), QStringLiteral("wordcount")),
                 QDir::cleanPath(root.filePath(QStringLiteral("elsewhere/wordcount"))));
        // The override is the only place looked at: a folder without the sample means no sample.
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", QFile::encodeName(root.filePath(QStringLiteral("bin"))));
        QCOMPARE(bl::Paths::findSample(root.filePath(QStringLiteral("bin")), QStringLiteral("wordcount")), QString());
        // Any folder of pipelines can serve as the samples folder.
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", BL_FIXTURES_DIR "/pipelines");
        QCOMPARE(bl::Paths::sampleFolder(QStringLiteral("fakebeam")),
                 QDir::cleanPath(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam")));
    }

    // The build tree stages resources/sample/ as <build>/share/beam-launcher/samples, the same
    // relative place as an install, so the test executable (in <build>/tests) finds it too.
    void buildTreeHasTheSample()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount/go.mod")));
        const QString found = bl::Paths::sampleFolder();
        QVERIFY2(!found.isEmpty(), "the build did not stage resources/sample/wordcount");
        QVERIFY(QFileInfo::exists(found + QStringLiteral("/main.go")));
    }
};

QTEST_GUILESS_MAIN(TestSamplePaths)
#include "tst_samplepaths.moc"
