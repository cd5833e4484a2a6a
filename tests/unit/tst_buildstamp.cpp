// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// BuildStamp, the record that lets a launch skip go build: it holds only while the key, every
// source and both binaries are as they were; a source changed during the build is never
// recorded; go list's stream is read for the local sources only.
#include "builds/BuildStamp.h"
#include "go/CrossBuild.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "WriteFile.h"

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

} // namespace

class TestBuildStamp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BuildStamp::Sources m_sources;
    QString m_out;
    QString m_launcher;
    QString m_worker;
    const QByteArray m_key = "key-1";

    bool record(const QDateTime &started)
    {
        QString why;
        const bool ok = BuildStamp::write(m_out, m_key, m_sources, m_launcher, m_worker, started, &why);
        if (!ok)
            qInfo() << "not recorded:" << why;
        return ok;
    }
    bool current() const { return BuildStamp::current(m_out, m_key, m_launcher, m_worker).has_value(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString src = m_dir.filePath(u"src"_s);
        QVERIFY(test::writeFile(src + u"/main.go"_s, "package main\nfunc main() {}\n"));
        QVERIFY(test::writeFile(src + u"/lib/lib.go"_s, "package lib\n"));
        QVERIFY(test::writeFile(src + u"/go.mod"_s, "module m\n"));
        m_sources.folders = QStringList{src, src + u"/lib"_s};
        m_sources.files = QStringList{src + u"/go.mod"_s, src + u"/go.sum"_s};
        m_out = m_dir.filePath(u"out"_s);
        m_launcher = m_out + u"/launcher-linux-amd64"_s;
        m_worker = m_out + u"/worker-linux-amd64"_s;
        QVERIFY(test::writeFile(m_launcher, "L"));
        QVERIFY(test::writeFile(m_worker, "W"));
        BuildStamp::remove(m_out);
    }

    void recordedThenCurrent()
    {
        QVERIFY(!current());
        QVERIFY(record(QDateTime::currentDateTimeUtc().addSecs(5)));
        QVERIFY(current());
        QVERIFY(!BuildStamp::current(m_out, "another key", m_launcher, m_worker));
        const BuildStamp::Sources watched = BuildStamp::recordedSources(m_out);
        QCOMPARE(watched.folders, m_sources.folders);
        QVERIFY(BuildStamp::builtAt(m_out).isValid());
    }

    void anEditedSourceMakesItStale()
    {
        QVERIFY(record(QDateTime::currentDateTimeUtc().addSecs(5)));
        QTest::qWait(20);
        QVERIFY(test::writeFile(m_dir.filePath(u"src/lib/lib.go"_s), "package lib // edited\n"));
        QVERIFY(!current());
    }

    void aNewSourceFileMakesItStaleButAnEditorsSwapFileDoesNot()
    {
        QVERIFY(record(QDateTime::currentDateTimeUtc().addSecs(5)));
        QVERIFY(test::writeFile(m_dir.filePath(u"src/.main.go.swp"_s), "vim"));
        QVERIFY(test::writeFile(m_dir.filePath(u"src/counts.txt"_s), "a pipeline's output"));
        QVERIFY(current());
        QVERIFY(test::writeFile(m_dir.filePath(u"src/extra.go"_s), "package main\n"));
        QVERIFY(!current());
    }

    void aMissingFileThatAppearsMakesItStale()
    {
        QVERIFY(record(QDateTime::currentDateTimeUtc().addSecs(5)));
        QVERIFY(test::writeFile(m_dir.filePath(u"src/go.sum"_s), "x v1 h1:abc\n"));
        QVERIFY(!current());
    }

    void aReplacedBinaryMakesItStale()
    {
        QVERIFY(record(QDateTime::currentDateTimeUtc().addSecs(5)));
        QTest::qWait(20);
        QVERIFY(QFile::remove(m_worker));
        QVERIFY(test::writeFile(m_worker, "W"));
        QVERIFY(!current());
    }

    void aSourceChangedDuringTheBuildIsNeverRecorded()
    {
        const QDateTime started = QDateTime::currentDateTimeUtc();
        QTest::qWait(20);
        QVERIFY(test::writeFile(m_dir.filePath(u"src/main.go"_s), "package main\nfunc main() { println() }\n"));
        QVERIFY(!record(started));
        QVERIFY(!QFile::exists(BuildStamp::path(m_out)));
        QVERIFY(!current());
    }

    void aWholeSecondIsCoarseOnlyWhenEveryTimeIs()
    {
        // ext4 keeps nanoseconds, but its clock ticks every few milliseconds: once a second a
        // file's time lands on .000. Among finer times that is no coarse file system: taken as
        // it is (CI once refused to record a build whose edit 1 s before had a time of .000).
        const QDateTime edit = QDateTime::fromString(u"2026-12-07T04:20:11Z"_s, Qt::ISODate);
        QCOMPARE(BuildStamp::latestPossibleChange({edit, edit.addMSecs(-573)}), edit);
        QCOMPARE(BuildStamp::latestPossibleChange({edit.addMSecs(-1427), edit}), edit);
        // Whole seconds only (FAT, some network file systems): up to two seconds later.
        QCOMPARE(BuildStamp::latestPossibleChange({edit, edit.addSecs(-5)}), edit.addSecs(2));
        QCOMPARE(BuildStamp::latestPossibleChange({edit.addMSecs(-250)}), edit.addMSecs(-250));
        QVERIFY(!BuildStamp::latestPossibleChange({}).isValid());
    }

    void theKeyFollowsTheBuildCommandAndGoVariables()
    {
        BuildRequest launcher;
        launcher.target = BuildTarget::Launcher;
        launcher.packageDir = m_dir.filePath(u"src"_s);
        launcher.platform = Platform{u"darwin"_s, u"arm64"_s};
        launcher.outputPath = m_launcher;
        launcher.environment.insert(u"PATH"_s, u"/usr/bin"_s);
        BuildRequest worker = launcher;
        worker.target = BuildTarget::Worker;
        worker.platform = Platform::defaultWorker();
        worker.outputPath = m_worker;
        const QByteArray key = BuildStamp::key("toolchain", launcher, worker);
        QCOMPARE(BuildStamp::key("toolchain", launcher, worker), key);
        QVERIFY(BuildStamp::key("another toolchain", launcher, worker) != key);
        BuildRequest tagged = launcher;
        tagged.tags = QStringList{u"prod"_s};
        QVERIFY(BuildStamp::key("toolchain", tagged, worker) != key);
        BuildRequest cgo = worker;
        cgo.cgo = true;
        QVERIFY(BuildStamp::key("toolchain", launcher, cgo) != key);
        BuildRequest goflags = launcher;
        goflags.environment.insert(u"GOFLAGS"_s, u"-mod=vendor"_s);
        QVERIFY(BuildStamp::key("toolchain", goflags, worker) != key);
        BuildRequest path = launcher; // what does not decide the binary does not count
        path.environment.insert(u"PATH"_s, u"/opt/bin:/usr/bin"_s);
        QCOMPARE(BuildStamp::key("toolchain", path, worker), key);
    }

    void goListStreamKeepsLocalSourcesOnly()
    {
        const QByteArray stream = R"({"Dir":"/usr/lib/go/src/fmt","Standard":true}
{"Dir":"/home/u/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0/go/pkg/beam","Module":{"Path":"github.com/apache/beam/sdks/v2","GoMod":"/home/u/go/pkg/mod/cache/download/github.com/apache/beam/sdks/v2/@v/v2.77.0.mod"}}
{"Dir":"/work/p/lib","Module":{"Path":"example.com/p","Main":true,"GoMod":"/work/p/go.mod"}}
{"Dir":"/work/p","EmbedFiles":["templates/a.txt"],"Module":{"Path":"example.com/p","Main":true,"GoMod":"/work/p/go.mod"}}
)";
        QString error;
        const auto sources = BuildStamp::sourcesFromGoList(stream, u"/usr/lib/go"_s, u"/home/u/go/pkg/mod"_s, &error);
        QVERIFY2(sources, qPrintable(error));
        QCOMPARE(sources->folders, (QStringList{u"/work/p"_s, u"/work/p/lib"_s}));
        QVERIFY(sources->files.contains(u"/work/p/templates/a.txt"_s));
        QVERIFY(sources->files.contains(u"/work/p/go.mod"_s));
        QVERIFY(sources->files.contains(u"/work/p/go.sum"_s));
        QVERIFY(sources->files.contains(u"/work/p/go.work"_s));
        QVERIFY(!BuildStamp::sourcesFromGoList(R"({"Dir":"/usr/lib/go/src/fmt","Standard":true})", u"/usr/lib/go"_s,
                                               u"/home/u/go/pkg/mod"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void sourceFilesAreWhatGoBuildReads()
    {
        QVERIFY(BuildStamp::isSourceFile(u"main.go"_s));
        QVERIFY(BuildStamp::isSourceFile(u"asm_amd64.s"_s));
        QVERIFY(BuildStamp::isSourceFile(u"helper.c"_s));
        QVERIFY(BuildStamp::isSourceFile(u"rsrc.syso"_s));
        QVERIFY(!BuildStamp::isSourceFile(u".main.go.swp"_s));
        QVERIFY(!BuildStamp::isSourceFile(u"_old.go"_s));
        QVERIFY(!BuildStamp::isSourceFile(u"main.go~"_s));
        QVERIFY(!BuildStamp::isSourceFile(u"4913"_s));
        QVERIFY(!BuildStamp::isSourceFile(u"counts.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestBuildStamp)
#include "tst_buildstamp.moc"
