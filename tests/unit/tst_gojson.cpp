// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoJson.h"

#include <QFile>
#include <QTest>

using namespace bl;

namespace {

const QString FakeDir = QStringLiteral("/home/user/pipe");
const QString FakeFixtures = QStringLiteral("/home/user/fixtures");

QByteArray readCapture(const QString &name, const QString &dir = FakeDir)
{
    QFile file(QStringLiteral(BL_FIXTURES_DIR "/go-output/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s", qPrintable(file.fileName()));
    QByteArray text = file.readAll();
    text.replace("@DIR@", dir.toUtf8());
    text.replace("@FIXTURES@", FakeFixtures.toUtf8());
    text.replace("@GOROOT@", "/usr/local/go");
    text.replace("@HOME@", "/home/user");
    return text;
}

Diagnostic diag(const QString &file, int line, int column, const QString &message, const QString &package)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    d.package = package;
    return d;
}

} // namespace

class tst_GoJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goEnv();
    void goEnvRejects_data();
    void goEnvRejects();
    void goVersion_data();
    void goVersion();
    void goVersionOrder();
    void distList();
    void packageInfo_data();
    void packageInfo();
    void packageInfoRejects_data();
    void packageInfoRejects();
    void packageInfoWorkingDirectory();
    void beamModuleTools_data();
    void beamModuleTools();
    void binaryInfo_data();
    void binaryInfo();
    void binaryInfoRejects_data();
    void binaryInfoRejects();
    void mismatch_data();
    void mismatch();
};

void tst_GoJson::goEnv()
{
    QString error;
    const std::optional<GoEnv> env = GoEnv::fromJson(readCapture(QStringLiteral("env.json")), &error);
    QVERIFY2(env, qPrintable(error));
    QCOMPARE(env->goVersion, QStringLiteral("go1.26.8"));
    QCOMPARE(env->goRoot, QStringLiteral("/usr/local/go"));
    QCOMPARE(env->goCache, QStringLiteral("/home/user/.cache/go-build"));
    QCOMPARE(env->goModCache, QStringLiteral("/home/user/go/pkg/mod"));
    QCOMPARE(env->goPath, QStringLiteral("/home/user/go"));
    QCOMPARE(env->host(), Platform({QStringLiteral("linux"), QStringLiteral("amd64")}));
    QCOMPARE(env->goFlags, QStringLiteral("-buildvcs=false"));
}

void tst_GoJson::goEnvRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("go: unknown flag -json");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("no GOVERSION (go < 1.16)") << QByteArray(R"({"GOROOT": "/go", "GOHOSTOS": "linux", "GOHOSTARCH": "amd64"})");
    QTest::newRow("no GOHOSTARCH") << QByteArray(R"({"GOVERSION": "go1.22.0", "GOROOT": "/go", "GOHOSTOS": "linux"})");
}

void tst_GoJson::goEnvRejects()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!GoEnv::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void tst_GoJson::goVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::newRow("release") << QStringLiteral("go1.22.3") << true << 1 << 22 << 3;
    QTest::newRow("dot zero omitted") << QStringLiteral("go1.21") << true << 1 << 21 << 0;
    QTest::newRow("rc") << QStringLiteral("go1.23rc1") << true << 1 << 23 << 0;
    QTest::newRow("beta") << QStringLiteral("go1.24beta2") << true << 1 << 24 << 0;
    QTest::newRow("devel") << QStringLiteral("devel go1.24-abc123 Tue Jan 2 15:04:05 2024 +0000") << true << 1 << 24 << 0;
    QTest::newRow("with X: suffix") << QStringLiteral("go1.26.8 X:nocoverageredesign") << true << 1 << 26 << 8;
    QTest::newRow("go version line") << QStringLiteral("go version go1.26.8 linux/amd64") << true << 1 << 26 << 8;
    QTest::newRow("go.mod style") << QStringLiteral("1.22.0") << true << 1 << 22 << 0;
    QTest::newRow("go1") << QStringLiteral("go1") << true << 1 << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0 << 0;
    QTest::newRow("garbage") << QStringLiteral("gopher") << false << 0 << 0 << 0;
    QTest::newRow("cargo is not go") << QStringLiteral("cargo1.2") << false << 0 << 0 << 0;
}

void tst_GoJson::goVersion()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<GoVersion> v = GoVersion::parse(text);
    QCOMPARE(v.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    QCOMPARE(v->major, major);
    QCOMPARE(v->minor, minor);
    QCOMPARE(v->patch, patch);
}

void tst_GoJson::goVersionOrder()
{
    const auto v = [](const char *s) { return *GoVersion::parse(QString::fromLatin1(s)); };
    QVERIFY(v("go1.9") < v("go1.10"));
    QVERIFY(v("go1.22.9") < v("go1.22.10"));
    QVERIFY(v("go1.22.3") < v("go1.23rc1"));
    QVERIFY(!(v("go1.22.3") < v("go1.22.3")));
    QVERIFY(v("go1.22.3") == v("1.22.3"));
    QVERIFY(v("go2.0") > v("go1.99.99"));
    QVERIFY(v("go1.21") >= v("go1.21.0"));
    QCOMPARE(v("go1.23rc1").toString(), QStringLiteral("1.23.0"));
}

void tst_GoJson::distList()
{
    const QList<Platform> platforms = parseDistList(QString::fromUtf8(readCapture(QStringLiteral("dist-list.txt"))));
    QCOMPARE(platforms.size(), 47);
    QVERIFY(platforms.contains(Platform({QStringLiteral("linux"), QStringLiteral("amd64")})));
    QVERIFY(platforms.contains(Platform({QStringLiteral("linux"), QStringLiteral("arm64")})));
    QVERIFY(platforms.contains(Platform({QStringLiteral("darwin"), QStringLiteral("arm64")})));
    QVERIFY(platforms.contains(Platform({QStringLiteral("windows"), QStringLiteral("amd64")})));
    QCOMPARE(platforms.first().toString(), QStringLiteral("aix/ppc64"));
    QVERIFY(platforms.contains(Platform({QStringLiteral("linux"), QStringLiteral("386")})));

    const QList<Platform> mixed = parseDistList(QStringLiteral("linux/amd64\r\n\nnot a platform\nlinux/amd64\n js/wasm \n"));
    QCOMPARE(mixed.size(), 2);
    QCOMPARE(mixed.at(1).toString(), QStringLiteral("js/wasm"));
}

void tst_GoJson::packageInfo_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("importPath");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("moduleDir");
    QTest::addColumn<QString>("modulePath");
    QTest::addColumn<QString>("moduleGoVersion");
    QTest::addColumn<QStringList>("goFiles");
    QTest::addColumn<bool>("isCommand");
    QTest::addColumn<bool>("importsBeam");
    QTest::addColumn<Diagnostics>("problems");

    QTest::newRow("command") << QStringLiteral("list-good-main.json") << FakeDir << QStringLiteral("example.com/fixtures/goodmain")
                             << QStringLiteral("main") << FakeDir << QStringLiteral("example.com/fixtures/goodmain")
                             << QStringLiteral("1.22") << QStringList{QStringLiteral("main.go")} << true << false << Diagnostics{};
    QTest::newRow("library") << QStringLiteral("list-not-main.json") << FakeDir << QStringLiteral("example.com/fixtures/notmain")
                             << QStringLiteral("notmain") << FakeDir << QStringLiteral("example.com/fixtures/notmain")
                             << QStringLiteral("1.22") << QStringList{QStringLiteral("lib.go")} << false << false << Diagnostics{};
    QTest::newRow("Beam pipeline") << QStringLiteral("list-beam.json") << FakeDir << QStringLiteral("example.com/fixtures/beamprobe")
                                   << QStringLiteral("main") << FakeDir << QStringLiteral("example.com/fixtures/beamprobe")
                                   << QStringLiteral("1.26.0") << QStringList{QStringLiteral("main.go")} << true << true << Diagnostics{};
    QTest::newRow("module root above the package")
        << QStringLiteral("list-multi-pkg-cmd.json") << FakeDir << QStringLiteral("example.com/fixtures/multipkg/cmd")
        << QStringLiteral("main") << FakeFixtures + QStringLiteral("/multi-pkg") << QStringLiteral("example.com/fixtures/multipkg")
        << QStringLiteral("1.22") << QStringList{QStringLiteral("main.go")} << true << false << Diagnostics{};
    QTest::newRow("no Go files")
        << QStringLiteral("list-no-go-files.json") << FakeDir + QStringLiteral("/sub") << QStringLiteral("./sub")
        << QString() << QString() << QString() << QString() << QStringList{} << false << false
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("no Go files in ") + FakeDir + QStringLiteral("/sub"), QStringLiteral("./sub"))};
    QTest::newRow("not in std")
        << QStringLiteral("list-not-in-std.json") << QString() << QStringLiteral("fmtx")
        << QString() << QString() << QString() << QString() << QStringList{} << false << false
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("package fmtx is not in std (/usr/local/go/src/fmtx)"), QStringLiteral("fmtx"))};
    QTest::newRow("missing go.sum: DepsErrors with a position")
        << QStringLiteral("list-missing-sum.json") << FakeDir << QStringLiteral("example.com/fixtures/missingsum")
        << QStringLiteral("main") << FakeDir << QStringLiteral("example.com/fixtures/missingsum")
        << QStringLiteral("1.22") << QStringList{QStringLiteral("main.go")} << true << false
        << Diagnostics{diag(FakeDir + QStringLiteral("/main.go"), 4, 8,
                            QStringLiteral("missing go.sum entry for module providing package golang.org/x/example/hello/reverse "
                                           "(imported by example.com/fixtures/missingsum); to add:\ngo get example.com/fixtures/missingsum"),
                            QStringLiteral("example.com/fixtures/missingsum"))};
    QTest::newRow("syntax error: Error with a position")
        << QStringLiteral("list-syntax-error.json") << FakeDir << QStringLiteral("example.com/fixtures/syntaxerror")
        << QStringLiteral("main") << FakeDir << QStringLiteral("example.com/fixtures/syntaxerror")
        << QStringLiteral("1.22") << QStringList{QStringLiteral("main.go")} << true << false
        << Diagnostics{diag(FakeDir + QStringLiteral("/main.go"), 6, 4, QStringLiteral("missing import path"),
                            QStringLiteral("example.com/fixtures/syntaxerror"))};
    QTest::newRow("two packages in one folder")
        << QStringLiteral("list-two-packages.json") << FakeDir << QStringLiteral("example.com/fixtures/twopackages")
        << QStringLiteral("main") << FakeDir << QStringLiteral("example.com/fixtures/twopackages")
        << QStringLiteral("1.22") << QStringList{QStringLiteral("main.go"), QStringLiteral("other.go")} << true << false
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("found packages main (main.go) and other (other.go) in ") + FakeDir,
                            QStringLiteral("example.com/fixtures/twopackages"))};
    QTest::newRow("import cycle: Error and DepsErrors once")
        << QStringLiteral("list-import-cycle.json") << FakeDir + QStringLiteral("/a") << QStringLiteral("example.com/fixtures/importcycle/a")
        << QStringLiteral("a") << FakeDir << QStringLiteral("example.com/fixtures/importcycle")
        << QStringLiteral("1.22") << QStringList{QStringLiteral("a.go")} << false << false
        << Diagnostics{diag(QString(), 0, 0, QStringLiteral("import cycle not allowed"), QStringLiteral("example.com/fixtures/importcycle/a"))};
}

void tst_GoJson::packageInfo()
{
    QFETCH(QString, capture);
    QString error;
    const std::optional<PackageInfo> info = PackageInfo::fromJson(readCapture(capture), &error);
    QVERIFY2(info, qPrintable(error));
    QTEST(info->dir, "dir");
    QTEST(info->importPath, "importPath");
    QTEST(info->name, "name");
    QTEST(info->moduleDir, "moduleDir");
    QTEST(info->modulePath, "modulePath");
    QTEST(info->moduleGoVersion, "moduleGoVersion");
    QTEST(info->goFiles, "goFiles");
    QTEST(info->isCommand(), "isCommand");
    QTEST(info->importsBeam, "importsBeam");
    QFETCH(Diagnostics, problems);
    QStringList actualText, expectedText;
    for (const Diagnostic &d : info->problems)
        actualText << d.toString() + QStringLiteral(" {") + d.package + u'}';
    for (const Diagnostic &d : problems)
        expectedText << d.toString() + QStringLiteral(" {") + d.package + u'}';
    QCOMPARE(actualText, expectedText);
    QCOMPARE(info->problems, problems);
}

void tst_GoJson::packageInfoRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("broken go.mod: go list prints nothing") << readCapture(QStringLiteral("list-broken-gomod.json"));
    QTest::newRow("truncated") << readCapture(QStringLiteral("list-good-main.json")).left(100);
    QTest::newRow("no package") << QByteArray(R"({"Foo": 1})");
}

void tst_GoJson::packageInfoRejects()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!PackageInfo::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void tst_GoJson::packageInfoWorkingDirectory()
{
    // go list ran in the module root for ./cmd: Pos is relative to that folder, not to Dir.
    const QByteArray json = R"({"Dir": "/m/cmd", "ImportPath": "x/cmd", "Name": "main",
        "Module": {"Path": "x", "Dir": "/m", "GoVersion": "1.22",
                   "Error": {"Err": "go.mod:3: unknown directive: foo"}},
        "Imports": ["github.com/apache/beam/sdks/v2/go/pkg/beam"],
        "Error": {"Pos": "cmd/main.go:3:1", "Err": "bad"}}
        {"Dir": "/m/other", "ImportPath": "x/other"})";
    QString error;
    const std::optional<PackageInfo> info = PackageInfo::fromJson(json, QStringLiteral("/m"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->importPath, QStringLiteral("x/cmd"));
    QVERIFY(info->importsBeam);
    QCOMPARE(info->problems.size(), 2);
    QCOMPARE(info->problems.at(0).toString(), QStringLiteral("/m/go.mod:3: unknown directive: foo"));
    QCOMPARE(info->problems.at(1).toString(), QStringLiteral("/m/cmd/main.go:3:1: bad"));

    // Only the Beam SDK's own packages count, not look-alikes.
    const std::optional<PackageInfo> lookalike = PackageInfo::fromJson(
        R"({"Dir": "/p", "ImportPath": "p", "Name": "main",
            "Deps": ["github.com/apache/beam/sdks/v2/go/pkg/beamish", "github.com/apache/beam/sdks/v2/go/container"]})", &error);
    QVERIFY(lookalike);
    QVERIFY(!lookalike->importsBeam);
    // Beam's utility packages alone (what Beam's boot programs and beamctl use) make no pipeline:
    // every pipeline depends on the root package, where beam.NewPipeline is.
    const std::optional<PackageInfo> sub = PackageInfo::fromJson(
        R"({"Dir": "/p", "ImportPath": "p", "Name": "main", "Deps": ["github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph"]})", &error);
    QVERIFY(sub);
    QVERIFY(!sub->importsBeam);
    const std::optional<PackageInfo> root = PackageInfo::fromJson(
        R"({"Dir": "/p", "ImportPath": "p", "Name": "main", "Deps": ["github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph",
            "github.com/apache/beam/sdks/v2/go/pkg/beam"]})", &error);
    QVERIFY(root);
    QVERIFY(root->importsBeam);

    // Releases before Beam's Go module (github.com/apache/beam v2.25.0+incompatible): no /v2.
    const std::optional<PackageInfo> old = PackageInfo::fromJson(
        R"({"Dir": "/p", "ImportPath": "p", "Name": "main", "Imports": ["github.com/apache/beam/sdks/go/pkg/beam/x/beamx"],
            "Deps": ["github.com/apache/beam/sdks/go/pkg/beam", "github.com/apache/beam/sdks/go/pkg/beam/x/beamx"]})", &error);
    QVERIFY(old);
    QVERIFY(old->importsBeam);
    QVERIFY(!old->beamTool);
}

void tst_GoJson::beamModuleTools_data()
{
    QTest::addColumn<QString>("modulePath");
    QTest::addColumn<QString>("importPath");
    QTest::addColumn<bool>("tool");
    const QString v2 = QStringLiteral("github.com/apache/beam/sdks/v2");
    const QString old = QStringLiteral("github.com/apache/beam");
    QTest::newRow("prism") << v2 << v2 + QStringLiteral("/go/cmd/prism") << true;
    QTest::newRow("beamctl") << v2 << v2 + QStringLiteral("/go/cmd/beamctl") << true;
    QTest::newRow("Go boot") << v2 << v2 + QStringLiteral("/go/container") << true;
    QTest::newRow("Java boot") << v2 << v2 + QStringLiteral("/java/container") << true;
    QTest::newRow("expansion service boot") << v2 << v2 + QStringLiteral("/python/expansion-service-container") << true;
    QTest::newRow("an example") << v2 << v2 + QStringLiteral("/go/examples/wordcount") << false;
    QTest::newRow("a load test") << v2 << v2 + QStringLiteral("/go/test/load/pardo") << false;
    QTest::newRow("old module's cmd") << old << old + QStringLiteral("/sdks/go/cmd/beamctl") << true;
    QTest::newRow("old module's example") << old << old + QStringLiteral("/sdks/go/examples/wordcount") << false;
    QTest::newRow("another module's cmd") << QStringLiteral("example.com/x") << QStringLiteral("example.com/x/go/cmd/prism") << false;
    QTest::newRow("another module's container") << QStringLiteral("example.com/x") << QStringLiteral("example.com/x/container") << false;
}

void tst_GoJson::beamModuleTools()
{
    QFETCH(QString, modulePath);
    QFETCH(QString, importPath);
    QTEST(isBeamModuleTool(modulePath, importPath), "tool");
    const QByteArray json = QStringLiteral(R"({"Dir": "/p", "ImportPath": "%1", "Name": "main", "Module": {"Path": "%2"}})")
                                .arg(importPath, modulePath)
                                .toUtf8();
    const std::optional<PackageInfo> info = PackageInfo::fromJson(json, nullptr);
    QVERIFY(info);
    QTEST(info->beamTool, "tool");
}

void tst_GoJson::binaryInfo_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("cgo");
    QTest::addColumn<bool>("hasCgoSetting");
    QTest::addColumn<bool>("trimpath");

    QTest::newRow("worker linux/amd64") << QStringLiteral("version-m-worker-linux-amd64.txt") << QStringLiteral("linux/amd64") << false << true << true;
    QTest::newRow("with stderr merged") << QStringLiteral("version-m-worker-linux-amd64-all.txt") << QStringLiteral("linux/amd64") << false << true << true;
    QTest::newRow("cgo worker") << QStringLiteral("version-m-worker-linux-amd64-cgo.txt") << QStringLiteral("linux/amd64") << true << true << true;
    QTest::newRow("arm64 worker") << QStringLiteral("version-m-worker-linux-arm64.txt") << QStringLiteral("linux/arm64") << false << true << true;
    QTest::newRow("arm v7") << QStringLiteral("version-m-worker-linux-arm7.txt") << QStringLiteral("linux/arm") << false << true << true;
    QTest::newRow("amd64 v3") << QStringLiteral("version-m-worker-linux-amd64-v3.txt") << QStringLiteral("linux/amd64") << false << true << true;
    QTest::newRow("darwin launcher") << QStringLiteral("version-m-launcher-darwin-arm64.txt") << QStringLiteral("darwin/arm64") << false << true << true;
    QTest::newRow("windows launcher") << QStringLiteral("version-m-launcher-windows-amd64.exe.txt") << QStringLiteral("windows/amd64") << false << true << true;
    QTest::newRow("default build: cgo on, no trimpath") << QStringLiteral("version-m-plain-linux-amd64.txt") << QStringLiteral("linux/amd64") << true << true << false;
    QTest::newRow("tags, ldflags, gcflags") << QStringLiteral("version-m-flags-linux-amd64.txt") << QStringLiteral("linux/amd64") << false << true << true;
}

void tst_GoJson::binaryInfo()
{
    QFETCH(QString, capture);
    QString error;
    const std::optional<BinaryInfo> info = BinaryInfo::fromGoVersionOutput(QString::fromUtf8(readCapture(capture, QStringLiteral("/tmp/out"))), &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(info->path.startsWith(QStringLiteral("/tmp/out/")));
    QCOMPARE(info->goVersion, QStringLiteral("go1.26.8"));
    QCOMPARE(info->mainPackage, QStringLiteral("example.com/fixtures/goodmain"));
    QCOMPARE(info->mainModule, QStringLiteral("example.com/fixtures/goodmain"));
    QTEST(info->platform.toString(), "platform");
    QTEST(info->cgo, "cgo");
    QTEST(info->hasCgoSetting, "hasCgoSetting");
    QTEST(info->settings.value(QStringLiteral("-trimpath")) == u"true", "trimpath");
    QCOMPARE(info->settings.value(QStringLiteral("-buildmode")), QStringLiteral("exe"));
    if (capture.contains(QLatin1String("flags"))) {
        QCOMPARE(info->settings.value(QStringLiteral("-tags")), QStringLiteral("netgo,osusergo"));
        QCOMPARE(info->settings.value(QStringLiteral("-gcflags")), QStringLiteral("all=-N"));
    }
    if (capture.contains(QLatin1String("arm7")))
        QCOMPARE(info->settings.value(QStringLiteral("GOARM")), QStringLiteral("7"));
}

void tst_GoJson::binaryInfoRejects_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("text file: stdout empty") << QString::fromUtf8(readCapture(QStringLiteral("version-m-text-file.txt"))) << QStringLiteral("not a Go program");
    QTest::newRow("text file: stderr merged") << QString::fromUtf8(readCapture(QStringLiteral("version-m-text-file-all.txt"))) << QStringLiteral("not a Go program");
    QTest::newRow("go's own message") << QStringLiteral("/x/y: could not read Go build info from /x/y: not a Go executable\n")
                                      << QStringLiteral("not a Go executable");
    QTest::newRow("C program: stderr merged") << QString::fromUtf8(readCapture(QStringLiteral("version-m-c-binary-all.txt"))) << QStringLiteral("not a Go program");
    QTest::newRow("C program: stdout empty") << QString::fromUtf8(readCapture(QStringLiteral("version-m-c-binary.txt"))) << QStringLiteral("not a Go program");
    QTest::newRow("something else") << QStringLiteral("Segmentation fault\n") << QStringLiteral("Segmentation fault");
}

void tst_GoJson::binaryInfoRejects()
{
    QFETCH(QString, output);
    QFETCH(QString, errorContains);
    QString error;
    QVERIFY(!BinaryInfo::fromGoVersionOutput(output, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void tst_GoJson::mismatch_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<bool>("cgoAllowed");
    QTest::addColumn<QStringList>("mentions"); // empty: no mismatch

    const auto capture = [](const char *name) { return QString::fromUtf8(readCapture(QString::fromLatin1(name), QStringLiteral("/tmp/out"))); };
    QTest::newRow("fits") << capture("version-m-worker-linux-amd64.txt") << QStringLiteral("linux/amd64") << false << QStringList{};
    QTest::newRow("arm64 where amd64 is needed")
        << capture("version-m-worker-linux-arm64.txt") << QStringLiteral("linux/amd64") << false
        << QStringList{QStringLiteral("linux/arm64"), QStringLiteral("linux/amd64"), QStringLiteral("exec format error"),
                       QStringLiteral("GOOS=linux GOARCH=amd64")};
    QTest::newRow("darwin launcher on linux")
        << capture("version-m-launcher-darwin-arm64.txt") << QStringLiteral("linux/amd64") << true
        << QStringList{QStringLiteral("darwin/arm64"), QStringLiteral("GOOS=linux GOARCH=amd64")};
    QTest::newRow("cgo worker")
        << capture("version-m-worker-linux-amd64-cgo.txt") << QStringLiteral("linux/amd64") << false
        << QStringList{QStringLiteral("CGO_ENABLED=1"), QStringLiteral("glibc"), QStringLiteral("24470"),
                       QStringLiteral("CGO_ENABLED=0"), QStringLiteral("--cgo")};
    QTest::newRow("cgo allowed") << capture("version-m-worker-linux-amd64-cgo.txt") << QStringLiteral("linux/amd64") << true << QStringList{};
    QTest::newRow("windows launcher fits") << capture("version-m-launcher-windows-amd64.exe.txt") << QStringLiteral("windows/amd64") << false << QStringList{};
    QTest::newRow("arm v7 where arm64 is needed")
        << capture("version-m-worker-linux-arm7.txt") << QStringLiteral("linux/arm64") << false
        << QStringList{QStringLiteral("linux/arm"), QStringLiteral("GOOS=linux GOARCH=arm64")};
    // Go before 1.18 recorded no build settings: neither platform nor cgo can be confirmed.
    QTest::newRow("go1.16 binary without build settings")
        << QStringLiteral("/tmp/out/old: go1.16.15\n\tpath\texample.com/old\n\tmod\texample.com/old\t(devel)\t\n")
        << QStringLiteral("linux/amd64") << false
        << QStringList{QStringLiteral("go1.16.15"), QStringLiteral("1.18"), QStringLiteral("linux/amd64")};
}

void tst_GoJson::mismatch()
{
    QFETCH(QString, output);
    QFETCH(QString, wanted);
    QFETCH(bool, cgoAllowed);
    QFETCH(QStringList, mentions);
    QString error;
    const std::optional<BinaryInfo> info = BinaryInfo::fromGoVersionOutput(output, &error);
    QVERIFY2(info, qPrintable(error));
    const QString message = info->mismatch(*Platform::parse(wanted), cgoAllowed, QStringLiteral("worker"));
    if (mentions.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY(message.contains(QLatin1String("worker")));
    for (const QString &m : mentions)
        QVERIFY2(message.contains(m), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(m, message)));
}

QTEST_GUILESS_MAIN(tst_GoJson)
#include "tst_gojson.moc"
