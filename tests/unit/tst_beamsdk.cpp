// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The pure parts of PrismTools' version handling: which Beam SDK a pipeline's module uses (from
// `go list -m -e -json` of both Beam modules, as go prints it), the Beam module's line in
// `go version -m` of a built program, and the go.mod Prism is built in (Beam's own, renamed).
#include "runner/PrismTools.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

// What go 1.26 prints for a module requiring Beam 2.78 (the old module is not a dependency).
const QByteArray ListedRelease =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Version\": \"v2.78.0\",\n"
    "\t\"GoVersion\": \"1.26.0\"\n"
    "}\n"
    "{\n"
    "\t\"Path\": \"github.com/apache/beam\",\n"
    "\t\"Error\": {\n"
    "\t\t\"Err\": \"module github.com/apache/beam: not a known dependency\"\n"
    "\t}\n"
    "}\n";

// Inside Beam's own module (its go/examples/wordcount in the module cache).
const QByteArray ListedMain =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Main\": true,\n"
    "\t\"Dir\": \"/root/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0\",\n"
    "\t\"GoMod\": \"/root/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0/go.mod\",\n"
    "\t\"GoVersion\": \"1.26.0\"\n"
    "}\n"
    "{\n"
    "\t\"Path\": \"github.com/apache/beam\",\n"
    "\t\"Error\": {\n"
    "\t\t\"Err\": \"module github.com/apache/beam: not a known dependency\"\n"
    "\t}\n"
    "}\n";

// The pre-v2 module; a module with a vendor folder answers the unknown one like this.
const QByteArray ListedOld =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Error\": {\n"
    "\t\t\"Err\": \"module github.com/apache/beam/sdks/v2: can't resolve module using the vendor directory\\n\\t(Use -mod=mod or -mod=readonly to bypass.)\"\n"
    "\t}\n"
    "}\n"
    "{\n"
    "\t\"Path\": \"github.com/apache/beam\",\n"
    "\t\"Version\": \"v2.25.0+incompatible\",\n"
    "\t\"Time\": \"2020-10-19T17:54:08Z\",\n"
    "\t\"Indirect\": false,\n"
    "\t\"GoVersion\": \"\"\n"
    "}\n";

const QByteArray ListedReplacedByVersion =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Version\": \"v2.62.0\",\n"
    "\t\"Replace\": {\"Path\": \"github.com/apache/beam/sdks/v2\", \"Version\": \"v2.63.0\"}\n"
    "}\n";

const QByteArray ListedReplacedByFolder =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Version\": \"v2.62.0\",\n"
    "\t\"Replace\": {\"Path\": \"../beam/sdks\", \"Dir\": \"/home/me/beam/sdks\", \"GoVersion\": \"1.26.0\"}\n"
    "}\n";

const QByteArray ListedReplacedByFork =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Version\": \"v2.62.0\",\n"
    "\t\"Replace\": {\"Path\": \"example.com/fork/beam/sdks/v2\", \"Version\": \"v2.62.1\"}\n"
    "}\n";

const QByteArray ListedNeither =
    "{\n"
    "\t\"Path\": \"github.com/apache/beam/sdks/v2\",\n"
    "\t\"Error\": {\"Err\": \"module github.com/apache/beam/sdks/v2: not a known dependency\"}\n"
    "}\n"
    "{\n"
    "\t\"Path\": \"github.com/apache/beam\",\n"
    "\t\"Error\": {\"Err\": \"module github.com/apache/beam: not a known dependency\"}\n"
    "}\n";

// prism built from the vendor folder: its main package is in Beam's module, the "mod" line.
const QString VersionOutput = u"/tmp/x/bin/prism: go1.26.8\n"
                              "\tpath\tgithub.com/apache/beam/sdks/v2/go/cmd/prism\n"
                              "\tmod\tgithub.com/apache/beam/sdks/v2\tv2.78.0\t\n"
                              "\tdep\tcloud.google.com/go\tv0.123.0\t\n"
                              "\tdep\tgoogle.golang.org/grpc\tv1.79.1\t\n"
                              "\tbuild\t-trimpath=true\n"_s;

const QString VersionOutputReplaced = u"/tmp/x/bin/container: go1.26.8\n"
                                      "\tpath\tgithub.com/apache/beam/sdks/v2/go/container\n"
                                      "\tmod\tbeamlauncher.invalid/managed-prism\t(devel)\t\n"
                                      "\tdep\tgithub.com/apache/beam/sdks/v2\tv2.0.0\t\n"
                                      "\t=>\t/root/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0\t(devel)\t\n"
                                      "\tdep\tgoogle.golang.org/grpc\tv1.79.1\t\n"_s;

} // namespace

class TestBeamSdk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void release()
    {
        const BeamSdk sdk = BeamSdk::fromGoListModules(ListedRelease);
        QCOMPARE(sdk.kind, BeamSdk::Kind::Release);
        QCOMPARE(sdk.version, u"2.78.0"_s);
    }

    void beamsOwnModule()
    {
        const BeamSdk sdk = BeamSdk::fromGoListModules(ListedMain);
        QCOMPARE(sdk.kind, BeamSdk::Kind::Source);
        QCOMPARE(sdk.dir, u"/root/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0"_s);
        QVERIFY(sdk.version.isEmpty());
    }

    void oldModule()
    {
        const BeamSdk sdk = BeamSdk::fromGoListModules(ListedOld);
        QCOMPARE(sdk.kind, BeamSdk::Kind::PreV2);
        QCOMPARE(sdk.version, u"2.25.0+incompatible"_s);
    }

    void replaces()
    {
        BeamSdk sdk = BeamSdk::fromGoListModules(ListedReplacedByVersion);
        QCOMPARE(sdk.kind, BeamSdk::Kind::Release);
        QCOMPARE(sdk.version, u"2.63.0"_s); // what is really built into the pipeline
        sdk = BeamSdk::fromGoListModules(ListedReplacedByFolder);
        QCOMPARE(sdk.kind, BeamSdk::Kind::Source);
        QCOMPARE(sdk.dir, u"/home/me/beam/sdks"_s);
        sdk = BeamSdk::fromGoListModules(ListedReplacedByFork);
        QCOMPARE(sdk.kind, BeamSdk::Kind::ReplacedBy);
        QCOMPARE(sdk.dir, u"example.com/fork/beam/sdks/v2"_s);
    }

    void neither()
    {
        QCOMPARE(BeamSdk::fromGoListModules(ListedNeither).kind, BeamSdk::Kind::None);
        QCOMPARE(BeamSdk::fromGoListModules(QByteArray()).kind, BeamSdk::Kind::None);
        QCOMPARE(BeamSdk::fromGoListModules("not json").kind, BeamSdk::Kind::None);
    }

    void buildInfo()
    {
        BeamBuildInfo info = BeamBuildInfo::fromGoVersionOutput(VersionOutput);
        QCOMPARE(info.version, u"v2.78.0"_s);
        QVERIFY(info.replacedBy.isEmpty());
        info = BeamBuildInfo::fromGoVersionOutput(VersionOutputReplaced);
        QCOMPARE(info.version, u"v2.0.0"_s);
        QCOMPARE(info.replacedBy, u"/root/go/pkg/mod/github.com/apache/beam/sdks/v2@v2.77.0"_s);
        // A program without Beam (or not a Go program at all) has no Beam version.
        // A program that only depends on Beam (a pipeline's launcher).
        info = BeamBuildInfo::fromGoVersionOutput(u"/tmp/l241: go1.26.8\n\tpath\texample.invalid/wordcount\n"
                                                  "\tmod\texample.invalid/wordcount\t(devel)\t\n"
                                                  "\tdep\tgithub.com/apache/beam/sdks/v2\tv2.41.0\th1:h4Od=\n"_s);
        QCOMPARE(info.version, u"v2.41.0"_s);
        info = BeamBuildInfo::fromGoVersionOutput(u"/bin/true: could not read Go build info"_s);
        QVERIFY(info.version.isEmpty());
    }

    void processEnvironment()
    {
        // graphx.CreateEnvironment as Beam 2.41 and 2.62 have it, and as 2.77 has it.
        const QString old = u"\tswitch urn {\n\tcase URNEnvProcess:\n\t\t// TODO Support process based SDK Harness.\n"
                            "\t\treturn nil, errors.Errorf(\"unsupported environment %v\", urn)\n"
                            "\tcase URNEnvExternal:\n\t\tconfig := extractEnvironmentConfig(ctx)\n"_s;
        const QString now = u"\tswitch urn {\n\tcase URNEnvProcess:\n\t\tconfig := extractEnvironmentConfig(ctx)\n"
                            "\t\tpayload := &pipepb.ProcessPayload{}\n\tcase URNEnvExternal:\n"
                            "\tdefault:\n\t\treturn nil, errors.Errorf(\"unsupported environment %v\", urn)\n"_s;
        QVERIFY(!PrismTools::supportsProcessEnvironment(old));
        QVERIFY(PrismTools::supportsProcessEnvironment(now));
        QVERIFY(!PrismTools::supportsProcessEnvironment(QString())); // no such file: not claimed
    }

    void buildModuleKeepsBeamsRequirements()
    {
        const QByteArray beam = "// Licensed to the ASF.\n\nmodule github.com/apache/beam/sdks/v2\n\ngo 1.26.0\n\n"
                                "toolchain go1.26.2\n\nrequire (\n\tgoogle.golang.org/grpc v1.67.1\n)\n\n"
                                "exclude example.com/bad v1.0.0\n";
        const QByteArray mod = PrismTools::buildModule(beam, u"v2.62.0"_s, QString());
        QVERIFY2(mod.contains("\nmodule beamlauncher.invalid/managed-prism\n"), mod.constData());
        QVERIFY(!mod.contains("module github.com/apache/beam/sdks/v2"));
        QVERIFY(mod.contains("\tgoogle.golang.org/grpc v1.67.1\n"));  // pinned as Beam pins it
        QVERIFY(mod.contains("exclude example.com/bad v1.0.0\n"));     // Beam's excludes kept
        QVERIFY(mod.contains("toolchain go1.26.2\n"));
        QVERIFY(mod.contains("\nrequire github.com/apache/beam/sdks/v2 v2.62.0\n"));
        QVERIFY(!mod.contains("replace"));

        const QByteArray source = PrismTools::buildModule(beam, u"v2.0.0"_s, u"/home/me/my \"beam\"/sdks"_s);
        QVERIFY2(source.contains("\nreplace github.com/apache/beam/sdks/v2 => \"/home/me/my \\\"beam\\\"/sdks\"\n"),
                 source.constData());
    }
};

QTEST_GUILESS_MAIN(TestBeamSdk)
#include "tst_beamsdk.moc"
