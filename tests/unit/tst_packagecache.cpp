// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/PackageCache.h"
#include "go/GoJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(contents);
}

} // namespace

class TestPackageCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_work;
    GoEnv m_goEnv;
    QProcessEnvironment m_env;

    QString moduleDir() const { return m_work.filePath(u"mod"_s); }
    QString package() const { return m_work.filePath(u"mod/cmd/pipeline"_s); }
    QByteArray fingerprint() const { return PackageCache::fingerprint(package(), goPath(), m_goEnv, m_env); }
    QString goPath() const { return m_work.filePath(u"go"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toUtf8());
        QVERIFY(QDir().mkpath(package()));
        write(m_work.filePath(u"go"_s), "#!/bin/sh\n");
        write(moduleDir() + u"/go.mod"_s, "module example.com/mod\n\ngo 1.22\n");
        write(package() + u"/main.go"_s, "package main\n\nfunc main() {}\n");
        m_goEnv.goVersion = u"go1.26.8"_s;
        m_goEnv.goRoot = u"/usr/local/go"_s;
        m_goEnv.hostOs = u"linux"_s;
        m_goEnv.hostArch = u"amd64"_s;
        m_env.insert(u"HOME"_s, u"/home/someone"_s);
        m_env.insert(u"GOFLAGS"_s, u"-mod=mod"_s);
    }

    void sameStateSameFingerprint()
    {
        const QByteArray first = fingerprint();
        QCOMPARE(first.size(), 64);
        QCOMPARE(fingerprint(), first);
        // Things go list does not read change nothing.
        m_env.insert(u"HOME"_s, u"/home/other"_s);
        write(package() + u"/.main.go.swp"_s, "editor state");
        QVERIFY(QDir().mkpath(package() + u"/testdata"_s));
        QCOMPARE(fingerprint(), first);
    }

    // Each row changes one thing go list's answer depends on, and must change the fingerprint.
    void everyInputCounts_data()
    {
        QTest::addColumn<QString>("what");
        for (const char *row : {"edit main.go", "build constraint", "add a file", "remove a file", "edit go.mod", "go.sum above",
                                "go.work at the top", "GOFLAGS", "new GO variable", "CGO_ENABLED", "Go version",
                                "GOROOT", "go executable"})
            QTest::newRow(row) << QString::fromLatin1(row);
    }

    void everyInputCounts()
    {
        QFETCH(QString, what);
        const QByteArray before = fingerprint();
        const QString main = package() + u"/main.go"_s;
        if (what == u"edit main.go")
            write(main, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n");
        else if (what == u"build constraint")
            write(main, "//go:build linux\n\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n");
        else if (what == u"add a file")
            write(package() + u"/extra.go"_s, "package main\n");
        else if (what == u"remove a file")
            QVERIFY(QFile::remove(package() + u"/extra.go"_s));
        else if (what == u"edit go.mod")
            write(moduleDir() + u"/go.mod"_s, "module example.com/mod\n\ngo 1.23.0\n"); // another size: times may tie
        else if (what == u"go.sum above")
            write(moduleDir() + u"/go.sum"_s, "example.com/x v1.0.0 h1:abc=\n");
        else if (what == u"go.work at the top")
            write(m_work.filePath(u"go.work"_s), "go 1.22\n\nuse ./mod\n");
        else if (what == u"GOFLAGS")
            m_env.insert(u"GOFLAGS"_s, u"-mod=vendor"_s);
        else if (what == u"new GO variable")
            m_env.insert(u"GOEXPERIMENT"_s, u"rangefunc"_s);
        else if (what == u"CGO_ENABLED")
            m_env.insert(u"CGO_ENABLED"_s, u"0"_s);
        else if (what == u"Go version")
            m_goEnv.goVersion = u"go1.26.9"_s;
        else if (what == u"GOROOT")
            m_goEnv.goRoot = u"/opt/go"_s;
        else if (what == u"go executable")
            write(m_work.filePath(u"go"_s), "#!/bin/sh\nexec /usr/local/go/bin/go \"$@\"\n");
        QVERIFY2(fingerprint() != before, qPrintable(what));
    }

    void sameSizeEditStillCounts()
    {
        // Same length, other bytes in what go list reads (an import), same time: it counts.
        const QString main = package() + u"/main.go"_s;
        write(main, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n");
        const QByteArray before = fingerprint();
        write(main, "package main\n\nimport \"net\"\n\nfunc main() { net.Println(1) }\n");
        QVERIFY(fingerprint() != before);
    }

    void anEditBelowTheImportsKeepsTheAnswer()
    {
        // go list reads a Go file only up to its imports: a function body edited (the usual
        // edit) keeps its answer, and the next build runs no go list (bench/onebuild.sh).
        const QString main = package() + u"/main.go"_s;
        write(main, "// Command main.\npackage main\n\nimport (\n\t\"fmt\"\n)\n\n/*\nfunc in a comment\n*/\n"
                    "import \"os\"\n\nfunc main() { fmt.Println(1); _ = os.Args }\n");
        const QByteArray before = fingerprint();
        write(main, "// Command main.\npackage main\n\nimport (\n\t\"fmt\"\n)\n\n/*\nfunc in a comment\n*/\n"
                    "import \"os\"\n\nfunc main() { fmt.Println(2, \"edited\"); _ = os.Args }\n\nvar x = 1\n");
        QCOMPARE(fingerprint(), before);
        // An import after the block comment still counts (the comment did not end the header).
        write(main, "// Command main.\npackage main\n\nimport (\n\t\"fmt\"\n)\n\n/*\nfunc in a comment\n*/\n"
                    "import \"io\"\n\nfunc main() { fmt.Println(2, \"edited\"); _ = io.EOF }\n\nvar x = 1\n");
        QVERIFY(fingerprint() != before);
    }

    void storeAndLookUp()
    {
        const QByteArray fp = fingerprint();
        QVERIFY(!PackageCache::lookup(package(), fp));
        const QByteArray listed = R"({"Dir": "/x", "Name": "main", "ImportPath": "example.com/mod/cmd/pipeline"})";
        PackageCache::store(package(), fp, listed);
        QCOMPARE(PackageCache::lookup(package(), fp).value_or(QByteArray()), listed);
        QVERIFY(PackageCache::entryPath(package()).startsWith(m_cache.path() + u"/packages/"_s));
        // Another state of the folder: no answer, and storing it replaces the old one.
        write(package() + u"/main.go"_s, "package main\n\nfunc main() { println(333) }\n");
        const QByteArray changed = fingerprint();
        QVERIFY(!PackageCache::lookup(package(), changed));
        PackageCache::store(package(), changed, listed);
        QVERIFY(!PackageCache::lookup(package(), fp));
        QVERIFY(PackageCache::lookup(package(), changed));
        // Another folder has its own entry.
        QVERIFY(!PackageCache::lookup(moduleDir(), changed));
    }

    void damagedEntryIsAMiss()
    {
        const QByteArray fp = fingerprint();
        const QByteArray emptyAnswer = "{\"fingerprint\": \"" + fp + "\", \"goList\": \"\"}";
        for (const QByteArray &junk : {QByteArray("{"), QByteArray("[]"), QByteArray("\xff\xfe"), emptyAnswer}) {
            write(PackageCache::entryPath(package()), junk);
            QVERIFY2(!PackageCache::lookup(package(), fp), junk.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageCache)
#include "tst_packagecache.moc"
