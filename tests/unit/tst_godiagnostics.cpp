// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoDiagnostics.h"

#include <QFile>
#include <QTest>

using namespace bl;

namespace {

// Where the captures pretend go ran: tests/fixtures/go-output/capture.sh wrote placeholders.
const QString FakeFixtures = QStringLiteral("/home/user/fixtures");
const QString FakeGoroot = QStringLiteral("/usr/local/go");

using Sev = Diagnostic::Severity;

Diagnostic diag(const QString &file, int line, int column, const QString &message,
                const QString &package = QString(), Sev severity = Sev::Error)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    d.package = package;
    d.severity = severity;
    return d;
}

QString readCapture(const QString &name, const QString &dir)
{
    QFile file(QStringLiteral(BL_FIXTURES_DIR "/go-output/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s", qPrintable(file.fileName()));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QLatin1String("@DIR@"), dir);
    text.replace(QLatin1String("@FIXTURES@"), FakeFixtures);
    text.replace(QLatin1String("@GOROOT@"), FakeGoroot);
    return text;
}

QString describe(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list) {
        lines << QStringLiteral("[%1] %2 {%3}")
                     .arg(Diagnostic::severityName(d.severity), d.toString(), d.package);
    }
    return lines.join(u'\n');
}

} // namespace

class tst_GoDiagnostics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captured_data();
    void captured();
    void inlineRows_data();
    void inlineRows();
    void lineByLineMatchesParse_data();
    void lineByLineMatchesParse();
    void takeReturnsOnlyCompleted();
    void absolutePath_data();
    void absolutePath();
};

void tst_GoDiagnostics::captured_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<Diagnostics>("expected");

    {
        const QString wd = FakeFixtures + QStringLiteral("/broken-compile");
        const QString pkg = QStringLiteral("example.com/fixtures/brokencompile");
        const QString main = wd + QStringLiteral("/main.go");
        const QString util = wd + QStringLiteral("/util.go");
        QTest::newRow("compile errors in two files, continuation lines")
            << QStringLiteral("build-broken-compile.txt") << wd
            << Diagnostics{
                   diag(main, 7, 18, QStringLiteral("cannot use \"three\" (untyped string constant) as int value in variable declaration"), pkg),
                   diag(main, 9, 2, QStringLiteral("undefined: undefinedFunction"), pkg),
                   diag(main, 10, 14, QStringLiteral("cannot use 42 (untyped int constant) as string value in argument to takesString"), pkg),
                   diag(main, 11, 26, QStringLiteral("too many arguments in call to greet\nhave (number, number)\nwant (string)"), pkg),
                   diag(util, 6, 9, QStringLiteral("cannot use 7 (untyped int constant) as string value in return statement"), pkg),
                   diag(util, 10, 2, QStringLiteral("declared and not used: unused"), pkg),
               };
        QTest::newRow("go vet on code that does not compile")
            << QStringLiteral("vet-broken-compile.txt") << wd
            << Diagnostics{diag(main, 7, 18, QStringLiteral("cannot use \"three\" (untyped string constant) as int value in variable declaration"), pkg)};
    }
    {
        const QString wd = FakeFixtures + QStringLiteral("/too-many-errors");
        const QString pkg = QStringLiteral("example.com/fixtures/toomanyerrors");
        Diagnostics expected;
        for (int i = 1; i <= 10; ++i)
            expected << diag(wd + QStringLiteral("/main.go"), 4 + i, 2, QStringLiteral("undefined: undefined%1").arg(i), pkg);
        expected << diag(wd + QStringLiteral("/main.go"), 14, 2, QStringLiteral("too many errors"), pkg);
        QTest::newRow("too many errors") << QStringLiteral("build-too-many-errors.txt") << wd << expected;
    }
    {
        const QString a = FakeFixtures + QStringLiteral("/multi-pkg/a/a.go");
        const QString pkg = QStringLiteral("example.com/fixtures/multipkg/a");
        const Diagnostics expected{
            diag(a, 5, 9, QStringLiteral("invalid operation: n * \"2\" (mismatched types int and untyped string)"), pkg),
            diag(a, 9, 9, QStringLiteral("undefined: missingName"), pkg),
        };
        QTest::newRow("../ paths from a sibling package")
            << QStringLiteral("build-multi-pkg-cmd.txt") << FakeFixtures + QStringLiteral("/multi-pkg/cmd") << expected;
        QTest::newRow("sub/ paths from the module root")
            << QStringLiteral("build-multi-pkg-root.txt") << FakeFixtures + QStringLiteral("/multi-pkg") << expected;
        QTest::newRow("go vet with type errors")
            << QStringLiteral("vet-multi-pkg.txt") << FakeFixtures + QStringLiteral("/multi-pkg") << expected;
    }
    {
        const QString wd = FakeFixtures + QStringLiteral("/broken-vet");
        const QString main = wd + QStringLiteral("/main.go");
        QTest::newRow("go vet findings without a header")
            << QStringLiteral("vet-broken-vet.txt") << wd
            << Diagnostics{
                   diag(main, 14, 16, QStringLiteral("byValue passes lock by value: example.com/fixtures/brokenvet.guarded contains sync.Mutex")),
                   diag(main, 20, 22, QStringLiteral("call of byValue copies lock value: example.com/fixtures/brokenvet.guarded contains sync.Mutex")),
                   diag(main, 17, 14, QStringLiteral("fmt.Printf format %d has arg \"three\" of wrong type string")),
                   diag(main, 18, 2, QStringLiteral("fmt.Println arg list ends with redundant newline")),
               };
    }
    {
        const QString wd = FakeFixtures + QStringLiteral("/broken-gomod");
        QTest::newRow("errors parsing go.mod: file:line without column")
            << QStringLiteral("build-broken-gomod.txt") << wd
            << Diagnostics{
                   diag(wd + QStringLiteral("/go.mod"), 5, 0, QStringLiteral("unknown directive: frobnicate")),
                   diag(wd + QStringLiteral("/go.mod"), 6, 0, QStringLiteral("usage: require module/path v1.2.3")),
               };
        QTest::newRow("go list stderr with a broken go.mod")
            << QStringLiteral("list-broken-gomod-stderr.txt") << wd
            << Diagnostics{
                   diag(wd + QStringLiteral("/go.mod"), 5, 0, QStringLiteral("unknown directive: frobnicate")),
                   diag(wd + QStringLiteral("/go.mod"), 6, 0, QStringLiteral("usage: require module/path v1.2.3")),
               };
    }
    {
        const QString wd = FakeFixtures + QStringLiteral("/missing-sum");
        QTest::newRow("missing go.sum entry")
            << QStringLiteral("build-missing-sum.txt") << wd
            << Diagnostics{diag(wd + QStringLiteral("/main.go"), 4, 8,
                                QStringLiteral("missing go.sum entry for module providing package golang.org/x/example/hello/reverse "
                                               "(imported by example.com/fixtures/missingsum); to add:\n"
                                               "go get example.com/fixtures/missingsum"))};
    }
    {
        const QString wd = FakeFixtures + QStringLiteral("/unknown-revision");
        QTest::newRow("module version that does not exist; downloading line ignored")
            << QStringLiteral("build-unknown-revision.txt") << wd
            << Diagnostics{diag(wd + QStringLiteral("/main.go"), 4, 8,
                                QStringLiteral("golang.org/x/example/hello@v0.0.0-20240205180059-000000000000: reading "
                                               "https://proxy.golang.org/golang.org/x/example/hello/@v/v0.0.0-20240205180059-000000000000.zip: "
                                               "403 Forbidden\nserver response: This module version is not available."))};
    }
    QTest::newRow("go.mod needs a newer go")
        << QStringLiteral("build-toolchain-too-old.txt") << FakeFixtures + QStringLiteral("/toolchain-too-old")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)"))};
    {
        const QString wd = FakeFixtures + QStringLiteral("/no-go-files");
        QTest::newRow("no Go files")
            << QStringLiteral("build-no-go-files.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, QStringLiteral("no Go files in ") + wd + QStringLiteral("/sub"))};
        QTest::newRow("package not in std")
            << QStringLiteral("build-not-in-std.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, QStringLiteral("package fmtx is not in std (/usr/local/go/src/fmtx)"))};
        QTest::newRow("no module provides the package")
            << QStringLiteral("build-no-module-provides.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, QStringLiteral("no required module provides package example.com/elsewhere/pkg; to add it:\n"
                                                              "go get example.com/elsewhere/pkg"))};
        QTest::newRow("folder does not exist")
            << QStringLiteral("build-nonexistent-dir.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, QStringLiteral("stat ") + wd + QStringLiteral("/nonexistent: directory not found"))};
        QTest::newRow("pattern matched nothing: a warning")
            << QStringLiteral("build-matched-no-packages.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, QStringLiteral("\"./...\" matched no packages"), QString(), Sev::Warning)};
    }
    QTest::newRow("import cycle")
        << QStringLiteral("build-import-cycle.txt") << FakeFixtures + QStringLiteral("/import-cycle")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("package example.com/fixtures/importcycle/a\n"
                                                          "imports example.com/fixtures/importcycle/b from a.go\n"
                                                          "imports example.com/fixtures/importcycle/a from b.go: import cycle not allowed"))};
    QTest::newRow("two package names in one folder")
        << QStringLiteral("build-two-packages.txt") << FakeFixtures + QStringLiteral("/two-packages")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("found packages main (main.go) and other (other.go) in ")
                                                 + FakeFixtures + QStringLiteral("/two-packages"))};
    QTest::newRow("syntax error in the imports")
        << QStringLiteral("build-syntax-error.txt") << FakeFixtures + QStringLiteral("/syntax-error")
        << Diagnostics{diag(FakeFixtures + QStringLiteral("/syntax-error/main.go"), 6, 4, QStringLiteral("missing import path"))};
    QTest::newRow("linker: undefined symbol, no position")
        << QStringLiteral("build-link-error.txt") << FakeFixtures + QStringLiteral("/link-error")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("main.main: relocation target main.notThere not defined"),
                            QStringLiteral("example.com/fixtures/linkerror"))};
    {
        // The external linker's command and messages belong to the one "running gcc failed".
        const QString wd = FakeFixtures + QStringLiteral("/good-main");
        QStringList lines = readCapture(QStringLiteral("build-gcc-link-failed.txt"), wd).split(u'\n');
        lines.removeFirst(); // "# example.com/fixtures/goodmain"
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QVERIFY(lines.first().startsWith(FakeGoroot + QStringLiteral("/pkg/tool/linux_amd64/link: running gcc failed")));
        QVERIFY(lines.last().startsWith(QStringLiteral("collect2: error:")));
        QTest::newRow("linker: running gcc failed")
            << QStringLiteral("build-gcc-link-failed.txt") << wd
            << Diagnostics{diag(QString(), 0, 0, lines.join(u'\n'), QStringLiteral("example.com/fixtures/goodmain"))};
    }
    {
        const QString main = FakeFixtures + QStringLiteral("/cgo-error/main.go");
        QTest::newRow("cgo: gcc error with context and excerpt lines")
            << QStringLiteral("build-cgo-error.txt") << FakeFixtures + QStringLiteral("/cgo-error")
            << Diagnostics{diag(main, 8, 21, QStringLiteral("expected ';' before '}' token"), QStringLiteral("example.com/fixtures/cgoerror"))};
    }
    {
        const QString main = FakeFixtures + QStringLiteral("/cgo-warning/main.go");
        const QString pkg = QStringLiteral("example.com/fixtures/cgowarning");
        QTest::newRow("cgo: gcc warnings and a note")
            << QStringLiteral("build-cgo-warning.txt") << FakeFixtures + QStringLiteral("/cgo-warning")
            << Diagnostics{
                   diag(main, 7, 13, QStringLiteral("unused variable 'unused' [-Wunused-variable]"), pkg, Sev::Warning),
                   diag(main, 9, 30, QStringLiteral("array subscript 2 is above array bounds of 'int[2]' [-Warray-bounds]"), pkg, Sev::Warning),
                   diag(main, 8, 13, QStringLiteral("while referencing 'values'"), pkg, Sev::Note),
               };
    }
    QTest::newRow("go build -v package list: nothing")
        << QStringLiteral("build-verbose-ok.txt") << FakeFixtures + QStringLiteral("/good-main") << Diagnostics{};
}

void tst_GoDiagnostics::captured()
{
    QFETCH(QString, capture);
    QFETCH(QString, workingDirectory);
    QFETCH(Diagnostics, expected);
    const Diagnostics actual = GoDiagnosticsParser::parse(readCapture(capture, workingDirectory), workingDirectory);
    QCOMPARE(describe(actual), describe(expected));
    QCOMPARE(actual, expected);
}

void tst_GoDiagnostics::inlineRows_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<Diagnostics>("expected");

    QTest::newRow("./ path") << QStringLiteral("./main.go:12:5: undefined: foo")
                             << Diagnostics{diag(QStringLiteral("/src/pipe/main.go"), 12, 5, QStringLiteral("undefined: foo"))};
    QTest::newRow("bare path") << QStringLiteral("main.go:12:5: undefined: foo")
                               << Diagnostics{diag(QStringLiteral("/src/pipe/main.go"), 12, 5, QStringLiteral("undefined: foo"))};
    QTest::newRow("../ path") << QStringLiteral("../other/x.go:1:2: y")
                              << Diagnostics{diag(QStringLiteral("/src/other/x.go"), 1, 2, QStringLiteral("y"))};
    QTest::newRow("absolute path") << QStringLiteral("/abs/dir/../x.go:3:1: z")
                                   << Diagnostics{diag(QStringLiteral("/abs/x.go"), 3, 1, QStringLiteral("z"))};
    QTest::newRow("windows path") << QStringLiteral("C:\\src\\pipe\\main.go:7:3: undefined: bar")
                                  << Diagnostics{diag(QStringLiteral("C:/src/pipe/main.go"), 7, 3, QStringLiteral("undefined: bar"))};
    QTest::newRow("path with a space") << QStringLiteral("./my dir/main.go:7:3: x")
                                       << Diagnostics{diag(QStringLiteral("/src/pipe/my dir/main.go"), 7, 3, QStringLiteral("x"))};
    QTest::newRow("CRLF") << QStringLiteral("./main.go:1:1: x\r\n\thave y\r\n")
                          << Diagnostics{diag(QStringLiteral("/src/pipe/main.go"), 1, 1, QStringLiteral("x\nhave y"))};
    QTest::newRow("header sets package, next header switches")
        << QStringLiteral("# a/b\n./x.go:1:1: one\n# command-line-arguments\n./y.go:2:2: two")
        << Diagnostics{diag(QStringLiteral("/src/pipe/x.go"), 1, 1, QStringLiteral("one"), QStringLiteral("a/b")),
                       diag(QStringLiteral("/src/pipe/y.go"), 2, 2, QStringLiteral("two"), QStringLiteral("command-line-arguments"))};
    QTest::newRow("old go vet style")
        << QStringLiteral("# example.com/p\nvet: ./x.go:3:2: unreachable code")
        << Diagnostics{diag(QStringLiteral("/src/pipe/x.go"), 3, 2, QStringLiteral("unreachable code"), QStringLiteral("example.com/p"))};
    QTest::newRow("go.mod absolute without column")
        << QStringLiteral("go: errors parsing go.mod:\n/abs/go.mod:3: unknown directive: foo")
        << Diagnostics{diag(QStringLiteral("/abs/go.mod"), 3, 0, QStringLiteral("unknown directive: foo"))};
    QTest::newRow("go.mod with column") << QStringLiteral("go.mod:3:1: unknown block type: foo")
                                        << Diagnostics{diag(QStringLiteral("/src/pipe/go.mod"), 3, 1, QStringLiteral("unknown block type: foo"))};
    QTest::newRow("unknown revision")
        << QStringLiteral("go: example.com/foo@v1.2.3: invalid version: unknown revision v1.2.3")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("example.com/foo@v1.2.3: invalid version: unknown revision v1.2.3"))};
    QTest::newRow("cannot find module providing package (old go)")
        << QStringLiteral("cannot find module providing package example.com/x")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("cannot find module providing package example.com/x"))};
    QTest::newRow("go: cannot find module")
        << QStringLiteral("go: cannot find module providing package example.com/x: module lookup disabled by GOPROXY=off")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("cannot find module providing package example.com/x: module lookup disabled by GOPROXY=off"))};
    QTest::newRow("note after package errors")
        << QStringLiteral("# example.com/p\n./x.go:1:1: bad\nnote: module requires Go 1.30.0")
        << Diagnostics{diag(QStringLiteral("/src/pipe/x.go"), 1, 1, QStringLiteral("bad"), QStringLiteral("example.com/p")),
                       diag(QString(), 0, 0, QStringLiteral("module requires Go 1.30.0"), QStringLiteral("example.com/p"), Sev::Note)};
    QTest::newRow("linker warning outside a package")
        << QStringLiteral("ld: warning: ignoring duplicate libraries: '-lm'")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("ld: warning: ignoring duplicate libraries: '-lm'"), QString(), Sev::Warning)};
    QTest::newRow("bare too many errors in a package")
        << QStringLiteral("# example.com/p\n./x.go:1:1: bad\ntoo many errors")
        << Diagnostics{diag(QStringLiteral("/src/pipe/x.go"), 1, 1, QStringLiteral("bad"), QStringLiteral("example.com/p")),
                       diag(QString(), 0, 0, QStringLiteral("too many errors"), QStringLiteral("example.com/p"))};
    QTest::newRow("windows linker failed")
        << QStringLiteral("# example.com/p\nC:\\Go\\pkg\\tool\\windows_amd64\\link.exe: running gcc failed: exit status 1\n"
                          "C:/mingw/bin/ld.exe: cannot find -lfoo")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("C:\\Go\\pkg\\tool\\windows_amd64\\link.exe: running gcc failed: exit status 1\n"
                                                          "C:/mingw/bin/ld.exe: cannot find -lfoo"), QStringLiteral("example.com/p"))};
    QTest::newRow("two relocation errors stay separate")
        << QStringLiteral("# p\nmain.main: relocation target a not defined\nmain.main: relocation target b not defined")
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("main.main: relocation target a not defined"), QStringLiteral("p")),
                       diag(QString(), 0, 0, QStringLiteral("main.main: relocation target b not defined"), QStringLiteral("p"))};
    QTest::newRow("unrelated lines: nothing")
        << QStringLiteral("hello world\nok  \texample.com/x\t0.1s\nexample.com/x\ngo: downloading example.com/y v1.0.0\n"
                          "go: finding module for package example.com/z\nBuilding 3 packages...\nthe time is 12:30: lunch")
        << Diagnostics{};
    QTest::newRow("continuation without a diagnostic: nothing") << QStringLiteral("\thave (int)\n\twant (string)") << Diagnostics{};
    QTest::newRow("empty") << QString() << Diagnostics{};
    QTest::newRow("warning prefix on a position")
        << QStringLiteral("x.c:1:2: warning: w\nx.c:3:4: error: e\nx.c:5:6: note: n")
        << Diagnostics{diag(QStringLiteral("/src/pipe/x.c"), 1, 2, QStringLiteral("w"), QString(), Sev::Warning),
                       diag(QStringLiteral("/src/pipe/x.c"), 3, 4, QStringLiteral("e")),
                       diag(QStringLiteral("/src/pipe/x.c"), 5, 6, QStringLiteral("n"), QString(), Sev::Note)};
    QTest::newRow("go: lines leave the package")
        << QStringLiteral("# p\n./a.go:1:1: x\ngo: something failed\nstray line")
        << Diagnostics{diag(QStringLiteral("/src/pipe/a.go"), 1, 1, QStringLiteral("x"), QStringLiteral("p")),
                       diag(QString(), 0, 0, QStringLiteral("something failed"))};
}

void tst_GoDiagnostics::inlineRows()
{
    QFETCH(QString, output);
    QFETCH(Diagnostics, expected);
    const Diagnostics actual = GoDiagnosticsParser::parse(output, QStringLiteral("/src/pipe"));
    QCOMPARE(describe(actual), describe(expected));
    QCOMPARE(actual, expected);
}

void tst_GoDiagnostics::lineByLineMatchesParse_data()
{
    QTest::addColumn<QString>("capture");
    const QStringList captures = {
        QStringLiteral("build-broken-compile.txt"), QStringLiteral("vet-broken-compile.txt"),
        QStringLiteral("build-too-many-errors.txt"), QStringLiteral("build-multi-pkg-cmd.txt"),
        QStringLiteral("build-broken-gomod.txt"), QStringLiteral("build-missing-sum.txt"),
        QStringLiteral("build-unknown-revision.txt"), QStringLiteral("build-no-module-provides.txt"),
        QStringLiteral("build-import-cycle.txt"), QStringLiteral("build-gcc-link-failed.txt"),
        QStringLiteral("build-link-error.txt"), QStringLiteral("build-cgo-error.txt"),
        QStringLiteral("build-cgo-warning.txt"), QStringLiteral("build-verbose-ok.txt"),
    };
    for (const QString &c : captures)
        QTest::newRow(qPrintable(c)) << c;
}

void tst_GoDiagnostics::lineByLineMatchesParse()
{
    QFETCH(QString, capture);
    const QString wd = FakeFixtures + QStringLiteral("/somewhere");
    const QString text = readCapture(capture, wd);
    const Diagnostics whole = GoDiagnosticsParser::parse(text, wd);

    GoDiagnosticsParser parser(wd);
    Diagnostics collected;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        parser.addLine(line);
        collected += parser.takeDiagnostics();
    }
    parser.finish();
    collected += parser.takeDiagnostics();
    QCOMPARE(collected, whole);
    QVERIFY(parser.takeDiagnostics().isEmpty());
}

void tst_GoDiagnostics::takeReturnsOnlyCompleted()
{
    GoDiagnosticsParser parser(QStringLiteral("/w"));
    parser.addLine(QStringLiteral("# p"));
    parser.addLine(QStringLiteral("./a.go:1:2: too many arguments"));
    QVERIFY(parser.takeDiagnostics().isEmpty()); // continuation lines may still follow
    parser.addLine(QStringLiteral("\thave (int)"));
    QVERIFY(parser.takeDiagnostics().isEmpty());
    parser.addLine(QStringLiteral("./a.go:3:4: undefined: x"));
    const Diagnostics first = parser.takeDiagnostics();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().message, QStringLiteral("too many arguments\nhave (int)"));
    QVERIFY(parser.takeDiagnostics().isEmpty());
    parser.finish();
    const Diagnostics rest = parser.takeDiagnostics();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().line, 3);
}

void tst_GoDiagnostics::absolutePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative") << QStringLiteral("./a/b.go") << QStringLiteral("/w") << QStringLiteral("/w/a/b.go");
    QTest::newRow("parent") << QStringLiteral("../b.go") << QStringLiteral("/w/x/") << QStringLiteral("/w/b.go");
    QTest::newRow("absolute") << QStringLiteral("/x//y/./z.go") << QStringLiteral("/w") << QStringLiteral("/x/y/z.go");
    QTest::newRow("windows wd") << QStringLiteral("b.go") << QStringLiteral("C:\\w\\p") << QStringLiteral("C:/w/p/b.go");
    QTest::newRow("windows absolute") << QStringLiteral("D:\\x\\y.go") << QStringLiteral("C:\\w") << QStringLiteral("D:/x/y.go");
}

void tst_GoDiagnostics::absolutePath()
{
    QFETCH(QString, path);
    QFETCH(QString, workingDirectory);
    QFETCH(QString, expected);
    QCOMPARE(GoDiagnosticsParser::absolutePath(path, workingDirectory), expected);
}

QTEST_GUILESS_MAIN(tst_GoDiagnostics)
#include "tst_godiagnostics.moc"
