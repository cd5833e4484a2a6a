// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline/PipelineFinder.h"
#include "pipeline/PipelineFlags.h"
#include "pipeline/PipelineGraph.h"

#include <QFile>
#include <QTest>

using namespace bl;

namespace {

QString readCapture(const QString &name)
{
    QFile file(QStringLiteral(BL_FIXTURES_DIR "/go-output/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

} // namespace

/// The parsers of app/pipeline, fed what real launchers and go printed.
class TestPipelineFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheWordCountSamplesHelp()
    {
        // `launcher --help` of resources/sample/wordcount, built with Beam v2.77.0.
        QString error;
        const auto flags = PipelineFlags::parseHelp(readCapture(QStringLiteral("help-wordcount.txt")), &error);
        QVERIFY2(flags, qPrintable(error));
        QCOMPARE(flags->size(), 60);

        const PipelineFlag *input = PipelineFlags::find(*flags, QStringLiteral("input"));
        QVERIFY(input);
        QCOMPARE(input->kind, PipelineFlag::Kind::String);
        QCOMPARE(input->defaultValue, QString());
        QCOMPARE(input->usage, QStringLiteral("text file to read (required)"));
        QCOMPARE(input->group, PipelineFlag::Group::Pipeline);

        QStringList own;
        for (const PipelineFlag &f : *flags) {
            if (f.group == PipelineFlag::Group::Pipeline)
                own << f.name;
        }
        QCOMPARE(own, QStringList({QStringLiteral("input"), QStringLiteral("output")}));

        const PipelineFlag *config = PipelineFlags::find(*flags, QStringLiteral("environment_config"));
        QVERIFY(config);
        QCOMPARE(config->group, PipelineFlag::Group::Managed);
        QCOMPARE(config->usage.count(u'\n'), 2); // three usage lines
        QVERIFY(config->usage.startsWith(QLatin1String("Set environment configuration")));

        const PipelineFlag *semi = PipelineFlags::find(*flags, QStringLiteral("semi_persist_dir"));
        QCOMPARE(semi->defaultValue, QStringLiteral("/tmp")); // printed quoted
        QVERIFY(!semi->usage.contains(QLatin1String("default")));
        const PipelineFlag *timeout = PipelineFlags::find(*flags, QStringLiteral("element_processing_timeout"));
        QCOMPARE(timeout->kind, PipelineFlag::Kind::Duration);
        QCOMPARE(timeout->defaultValue, QStringLiteral("-1ns"));
        const PipelineFlag *publicIps = PipelineFlags::find(*flags, QStringLiteral("use_public_ips"));
        QCOMPARE(publicIps->kind, PipelineFlag::Kind::Bool);
        QCOMPARE(publicIps->defaultValue, QStringLiteral("true"));
        QCOMPARE(publicIps->group, PipelineFlag::Group::Runner);
        const PipelineFlag *parallelism = PipelineFlags::find(*flags, QStringLiteral("parallelism"));
        QCOMPARE(parallelism->kind, PipelineFlag::Kind::Int);
        QCOMPARE(parallelism->defaultValue, QStringLiteral("-1"));
        const PipelineFlag *hints = PipelineFlags::find(*flags, QStringLiteral("resource_hints"));
        QCOMPARE(hints->kind, PipelineFlag::Kind::Value);
        QCOMPARE(hints->group, PipelineFlag::Group::Beam);

        // Every flag Beam defines has its group: nothing of Beam's passes for the pipeline's.
        const PipelineFlagList offered = PipelineFlags::offered(*flags);
        QCOMPARE(offered.size(), flags->size() - 5);
        for (const PipelineFlag &f : offered)
            QVERIFY(f.group != PipelineFlag::Group::Managed);
    }

    void parsesShortBoolsBacktickNamesAndQuotes()
    {
        const QString help = QStringLiteral(
            "Usage of prog:\n"
            "  -v\tbe verbose\n"
            "  -dir PATH\n"
            "    \ta PATH to write to (default \"out \\\"x\\\"\\tz\")\n"
            "  -n int\n"
            "    \tcount\n"
            "    \tsecond line (default 7)\n"
            "2026/11/29 10:00:00 some log line\n");
        const auto flags = PipelineFlags::parseHelp(help, nullptr);
        QVERIFY(flags);
        QCOMPARE(flags->size(), 3);
        QCOMPARE(flags->at(0).name, QStringLiteral("v"));
        QCOMPARE(flags->at(0).kind, PipelineFlag::Kind::Bool);
        QCOMPARE(flags->at(0).usage, QStringLiteral("be verbose"));
        QCOMPARE(flags->at(0).defaultValue, QStringLiteral("false"));
        QCOMPARE(flags->at(1).typeName, QStringLiteral("PATH"));
        QCOMPARE(flags->at(1).kind, PipelineFlag::Kind::String); // its default was quoted
        QCOMPARE(flags->at(1).defaultValue, QStringLiteral("out \"x\"\tz"));
        QCOMPARE(flags->at(2).usage, QStringLiteral("count\nsecond line"));
        QCOMPARE(flags->at(2).defaultValue, QStringLiteral("7"));
        QVERIFY(!PipelineFlags::parseHelp(QStringLiteral("flag provided but not defined: -x\n"), nullptr));
    }

    void validatesAsGoParses_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, PipelineFlag::Kind kind, const char *value, bool valid) {
            QTest::newRow(name) << int(kind) << QString::fromUtf8(value) << valid;
        };
        using K = PipelineFlag::Kind;
        row("bool true", K::Bool, "true", true);
        row("bool T", K::Bool, "T", true);
        row("bool 0", K::Bool, "0", true);
        row("bool yes", K::Bool, "yes", false);
        row("bool tRUE", K::Bool, "tRUE", false);
        row("int", K::Int, "-42", true);
        row("int hex", K::Int, "0x1F", true);
        row("int octal", K::Int, "0o17", true);
        row("int binary", K::Int, "0b101", true);
        row("int underscores", K::Int, "1_000_000", true);
        row("int double underscore", K::Int, "1__0", false);
        row("int trailing underscore", K::Int, "10_", false);
        row("int float", K::Int, "1.5", false);
        row("int empty", K::Int, "", false);
        row("int max", K::Int, "9223372036854775807", true);
        row("int overflow", K::Int, "9223372036854775808", false);
        row("int min", K::Int, "-9223372036854775808", true);
        row("int bad octal", K::Int, "09", false);
        row("uint", K::Uint, "18446744073709551615", true);
        row("uint negative", K::Uint, "-1", false);
        row("uint plus", K::Uint, "+1", false);
        row("float", K::Float, "0.25", true);
        row("float exp", K::Float, "1e-3", true);
        row("float leading dot", K::Float, ".5", true);
        row("float inf", K::Float, "+Inf", true);
        row("float nan", K::Float, "NaN", true);
        row("float hex", K::Float, "0x1p-2", true);
        row("float two dots", K::Float, "1.2.3", false);
        row("float word", K::Float, "half", false);
        row("float overflow", K::Float, "1e400", false);
        row("duration", K::Duration, "1h2m3.5s", true);
        row("duration negative", K::Duration, "-90ms", true);
        row("duration micro", K::Duration, "5µs", true);
        row("duration zero", K::Duration, "0", true);
        row("duration no unit", K::Duration, "90", false);
        row("duration bad unit", K::Duration, "3d", false);
        row("duration empty", K::Duration, "", false);
        row("duration dot only", K::Duration, ".s", false);
        row("string anything", K::String, "a b \"c\"", true);
        row("value anything", K::Value, "x=1", true);
    }

    void validatesAsGoParses()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString error = PipelineFlag::validate(PipelineFlag::Kind(kind), value);
        QCOMPARE(error.isEmpty(), valid);
    }

    void comparesValuesAsGoReadsThem()
    {
        PipelineFlag window{QStringLiteral("window"), QStringLiteral("duration"), PipelineFlag::Kind::Duration,
                            QStringLiteral("1m30s"), {}, PipelineFlag::Group::Pipeline};
        QVERIFY(window.isDefault(QStringLiteral("90s")));
        QVERIFY(!window.isDefault(QStringLiteral("91s")));
        PipelineFlag dry{QStringLiteral("dry"), {}, PipelineFlag::Kind::Bool, QStringLiteral("true"), {},
                         PipelineFlag::Group::Pipeline};
        QVERIFY(dry.isDefault(QStringLiteral("1")));
        QVERIFY(!dry.isDefault(QStringLiteral("f")));
        PipelineFlag shards{QStringLiteral("shards"), QStringLiteral("int"), PipelineFlag::Kind::Int,
                            QStringLiteral("16"), {}, PipelineFlag::Group::Pipeline};
        QVERIFY(shards.isDefault(QStringLiteral("0x10")));
        QVERIFY(!shards.isDefault(QStringLiteral("-16")));
    }

    void findsFlagsThePipelineDoesNotDefine()
    {
        const auto flags = PipelineFlags::parseHelp(readCapture(QStringLiteral("help-wordcount.txt")), nullptr);
        QVERIFY(flags);
        const QStringList given = {QStringLiteral("--input=a.txt"), QStringLiteral("-output"), QStringLiteral("b.txt"),
                                   QStringLiteral("--async"), QStringLiteral("--inptu=x"), QStringLiteral("--help"),
                                   QStringLiteral("--shards"), QStringLiteral("4"), QStringLiteral("--"),
                                   QStringLiteral("--after=ignored")};
        QCOMPARE(PipelineFlags::unknownFlags(*flags, given), QStringList({QStringLiteral("inptu"), QStringLiteral("shards")}));
        // Go stops at the first argument that is no flag.
        QCOMPARE(PipelineFlags::unknownFlags(*flags, {QStringLiteral("positional"), QStringLiteral("--nope")}),
                 QStringList());
    }

    void formValuesRoundTrip()
    {
        const auto flags = PipelineFlags::parseHelp(readCapture(QStringLiteral("help-wordcount.txt")), nullptr);
        QVERIFY(flags);
        const QStringList typed = {QStringLiteral("--output"), QStringLiteral("out.txt"), QStringLiteral("--input=in.txt"),
                                   QStringLiteral("--async"), QStringLiteral("--nosuch=1"),
                                   QStringLiteral("--input=again.txt"), QStringLiteral("--parallelism=-1"),
                                   QStringLiteral("--runner=flink"), QStringLiteral("positional"),
                                   QStringLiteral("--after")};
        PipelineFlags::FormValues form = PipelineFlags::toForm(*flags, typed);
        QCOMPARE(form.values.value(QStringLiteral("input")), QStringLiteral("in.txt"));
        QCOMPARE(form.values.value(QStringLiteral("output")), QStringLiteral("out.txt"));
        QCOMPARE(form.values.value(QStringLiteral("async")), QStringLiteral("true"));
        QCOMPARE(form.extra, QStringList({QStringLiteral("--nosuch=1"), QStringLiteral("--input=again.txt"),
                                          QStringLiteral("--runner=flink"), QStringLiteral("positional"),
                                          QStringLiteral("--after")}));
        // Values equal to their default are dropped; the order is the flags' order, extras last.
        const QStringList again = PipelineFlags::fromForm(*flags, form);
        QCOMPARE(again, QStringList({QStringLiteral("--async=true"), QStringLiteral("--input=in.txt"),
                                     QStringLiteral("--output=out.txt"), QStringLiteral("--nosuch=1"),
                                     QStringLiteral("--input=again.txt"), QStringLiteral("--runner=flink"),
                                     QStringLiteral("positional"), QStringLiteral("--after")}));
        // Stable from there on.
        QCOMPARE(PipelineFlags::fromForm(*flags, PipelineFlags::toForm(*flags, again)), again);
        form.values.insert(QStringLiteral("async"), QStringLiteral("false"));
        QVERIFY(!PipelineFlags::fromForm(*flags, form).contains(QStringLiteral("--async=false")));
    }

    void composesTheDotRun()
    {
        const QStringList args = PipelineGraph::dotRunArguments(
            {QStringLiteral("--input=in.txt"), QStringLiteral("--runner"), QStringLiteral("prism"),
             QStringLiteral("--endpoint=localhost:8073"), QStringLiteral("-environment_type=LOOPBACK"),
             QStringLiteral("--output"), QStringLiteral("out.txt")},
            QStringLiteral("/tmp/g.dot"));
        QCOMPARE(args, QStringList({QStringLiteral("--runner=dot"), QStringLiteral("--dot_file=/tmp/g.dot"),
                                    QStringLiteral("--input=in.txt"), QStringLiteral("--output"),
                                    QStringLiteral("out.txt")}));
    }

    void locatesAGraphConstructionPanic()
    {
        // What two/cmd/broken (a func over ints applied to strings) printed with --runner=dot.
        const QStringList output = readCapture(QStringLiteral("graph-broken-panic.txt")).split(u'\n');
        const Diagnostics ds = PipelineGraph::errorDiagnostics(output, QStringLiteral("beamlauncher.test/two/cmd/broken"),
                                                               QStringLiteral("/src/two/cmd/broken"));
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().file, QStringLiteral("/src/two/cmd/broken/main.go"));
        QCOMPARE(ds.first().line, 21);
        QVERIFY(ds.first().message.startsWith(QLatin1String("inserting ParDo in scope root")));
        QVERIFY(ds.first().message.endsWith(QLatin1String("string is not assignable to int")));
        QVERIFY(!ds.first().message.contains(QLatin1String("goroutine")));
        // A log.Fatal line instead of a panic.
        const Diagnostics fatal = PipelineGraph::errorDiagnostics(
            {QStringLiteral("2026/11/29 10:00:00 pipeline failed: no input")}, {}, {});
        QCOMPARE(fatal.first().message, QStringLiteral("pipeline failed: no input"));
        QVERIFY(fatal.first().file.isEmpty());
    }

    void readsNodeLabels()
    {
        const QString dot = QStringLiteral("digraph g {\n  \"1: Impulse\" [ label=\"Impulse\" ]\n"
                                           "  \"3: ParDo\" [ label=\"ParDo\nstrings.ToUpper\" ]\n}\n");
        QCOMPARE(PipelineGraph::nodeLabels(dot),
                 QStringList({QStringLiteral("Impulse"), QStringLiteral("ParDo\nstrings.ToUpper")}));
    }

    void splitsGoListsJsonStream()
    {
        const QByteArray stream = "{\n\t\"ImportPath\": \"a\",\n\t\"Err\": \"brace } in \\\"string\\\" {\"\n}\n"
                                  "{\n\t\"ImportPath\": \"b\", \"Module\": {\"Path\": \"m\"}\n}\n";
        const QList<QByteArray> objects = splitJsonStream(stream);
        QCOMPARE(objects.size(), 2);
        QVERIFY(objects.at(0).contains("brace } in"));
        QVERIFY(objects.at(1).endsWith("}\n}") || objects.at(1).endsWith("}"));
    }

    void readsTheModulesOfAGoWork()
    {
        const QString goWork = QStringLiteral("go 1.26.0\n\nuse ./single // a comment\nuse (\n\t./svc\n\t\"./quoted dir\"\n\t// ./commented\n)\n"
                                              "toolchain go1.26.8\n");
        QCOMPARE(PipelineFinder::workspaceModules(goWork),
                 QStringList({QStringLiteral("./single"), QStringLiteral("./svc"), QStringLiteral("./quoted dir")}));
    }

    void evaluatesWhatGoListSaid()
    {
        const QByteArray noModule = "{\"ImportPath\": \"./...\", \"Error\": {\"Err\": \"pattern ./...: directory prefix . "
                                    "does not contain main module or its selected dependencies\"}}";
        QCOMPARE(PipelineSearch::evaluate(QStringLiteral("/tmp"), noModule, {}, true).outcome,
                 PipelineSearch::Outcome::NoModule);
        const QByteArray twoPipelines =
            "{\"Dir\": \"/m/cmd/b\", \"ImportPath\": \"m/cmd/b\", \"Name\": \"main\", \"Deps\": "
            "[\"github.com/apache/beam/sdks/v2/go/pkg/beam\"]}\n"
            "{\"Dir\": \"/m/cmd/a\", \"ImportPath\": \"m/cmd/a\", \"Name\": \"main\", \"Imports\": "
            "[\"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx\"]}\n"
            "{\"Dir\": \"/m/cmd/tool\", \"ImportPath\": \"m/cmd/tool\", \"Name\": \"main\", \"Imports\": [\"fmt\"]}\n"
            "{\"Dir\": \"/m/lib\", \"ImportPath\": \"m/lib\", \"Name\": \"lib\"}\n";
        const PipelineSearch search = PipelineSearch::evaluate(QStringLiteral("/m"), twoPipelines, {}, true);
        QCOMPARE(search.outcome, PipelineSearch::Outcome::Found);
        QCOMPARE(search.packageCount, 4);
        QCOMPARE(search.pipelines.size(), 2);
        QCOMPARE(search.pipelines.at(0).importPath, QStringLiteral("m/cmd/a")); // sorted
        QCOMPARE(search.mainsWithoutBeam, QStringList{QStringLiteral("m/cmd/tool")});
        QString error;
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("cmd/b"), &error)->importPath, QStringLiteral("m/cmd/b"));
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("m/cmd/a"), &error)->dir, QStringLiteral("/m/cmd/a"));
        QVERIFY(!PipelineFinder::choose(search, QStringLiteral("m/cmd/tool"), &error));
        QVERIFY2(error.contains(QLatin1String("\n  m/cmd/a  (cmd/a)\n  m/cmd/b  (cmd/b)")), qPrintable(error));
    }

    void keepsBeamsOwnToolsOut()
    {
        // Beam's own module: prism depends on the SDK's root package, boot and beamctl on its
        // utility packages only; the examples are pipelines.
        const QByteArray json =
            "{\"Dir\": \"/b/go/cmd/prism\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/cmd/prism\", \"Name\": \"main\", "
            "\"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\"}, \"Deps\": [\"github.com/apache/beam/sdks/v2/go/pkg/beam\"]}\n"
            "{\"Dir\": \"/b/go/container\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/container\", \"Name\": \"main\", "
            "\"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\"}, \"Deps\": [\"github.com/apache/beam/sdks/v2/go/pkg/beam/util/grpcx\"]}\n"
            "{\"Dir\": \"/b/go/examples/wordcount\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/examples/wordcount\", "
            "\"Name\": \"main\", \"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\"}, "
            "\"Deps\": [\"github.com/apache/beam/sdks/v2/go/pkg/beam\"]}\n";
        const PipelineSearch search = PipelineSearch::evaluate(QStringLiteral("/b"), json, {}, true);
        QCOMPARE(search.outcome, PipelineSearch::Outcome::Found);
        QCOMPARE(search.pipelines.size(), 1);
        QCOMPARE(search.pipelines.first().importPath, QStringLiteral("github.com/apache/beam/sdks/v2/go/examples/wordcount"));
        QCOMPARE(search.beamTools, (QStringList{QStringLiteral("github.com/apache/beam/sdks/v2/go/cmd/prism"),
                                                QStringLiteral("github.com/apache/beam/sdks/v2/go/container")}));
        QVERIFY(search.mainsWithoutBeam.isEmpty());

        const QByteArray toolsOnly = json.left(json.indexOf("{\"Dir\": \"/b/go/container"));
        const PipelineSearch tools = PipelineSearch::evaluate(QStringLiteral("/b/go/cmd"), toolsOnly, {}, true);
        QCOMPARE(tools.outcome, PipelineSearch::Outcome::NoBeamMains);
        QVERIFY2(tools.summary().contains(QLatin1String("Beam's own tools")), qPrintable(tools.summary()));
    }

    void choosesByTheEndOfAPath()
    {
        PipelineSearch search;
        search.folder = QStringLiteral("/m");
        search.outcome = PipelineSearch::Outcome::Found;
        for (const char *path : {"a/wordcount", "b/wordcount", "large_wordcount", "x/max"})
            search.pipelines << PipelineCandidate{QStringLiteral("m/") + QLatin1String(path),
                                                  QStringLiteral("/m/") + QLatin1String(path), QStringLiteral("m"),
                                                  QStringLiteral("/m")};
        QString error;
        // One match: taken.
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("max"), &error)->importPath, QStringLiteral("m/x/max"));
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("a/wordcount"), &error)->importPath,
                 QStringLiteral("m/a/wordcount"));
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("./b/wordcount/"), &error)->importPath,
                 QStringLiteral("m/b/wordcount"));
        QCOMPARE(PipelineFinder::choose(search, QStringLiteral("large_wordcount"), &error)->importPath,
                 QStringLiteral("m/large_wordcount"));
        // Several: only those, one per line with their folders, and how to pick one.
        QVERIFY(!PipelineFinder::choose(search, QStringLiteral("wordcount"), &error));
        QCOMPARE(PipelineFinder::matches(search, QStringLiteral("wordcount")).size(), 2);
        const QStringList lines = error.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QLatin1String("matches 2 pipelines")) && lines.at(0).contains(QLatin1String("import path")),
                 qPrintable(error));
        QCOMPARE(lines.at(1), QStringLiteral("  m/a/wordcount  (a/wordcount)"));
        QCOMPARE(lines.at(2), QStringLiteral("  m/b/wordcount  (b/wordcount)"));
        // Part of a path element names nothing.
        QVERIFY(PipelineFinder::matches(search, QStringLiteral("count")).isEmpty());
        QVERIFY(PipelineFinder::matches(search, QStringLiteral("ax")).isEmpty());
    }

    void findsTheFlagsASourceDefines()
    {
        // Flag definitions the way pipelines write them (not a package that builds: a text to scan).
        QFile source(QStringLiteral(BL_FIXTURES_DIR "/go-output/flags-defined.go.txt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString main = QString::fromUtf8(source.readAll());
        const QString helper = QStringLiteral("package main\n\nimport \"flag\"\n\nvar verbose = flag.Bool(\"verbose\", false, \"Talk.\")\n");
        const QString noFlagImport = QStringLiteral("package main\n\nvar x = other.String(\"not_a_flag\", \"\")\n");
        const QStringList names = PipelineFlags::flagsDefinedIn({main, helper, noFlagImport});
        QCOMPARE(names, (QStringList{QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("limit"),
                                     QStringLiteral("level"), QStringLiteral("wait"), QStringLiteral("names"),
                                     QStringLiteral("each"), QStringLiteral("verbose")}));
    }

    void findsThePipelinesOwnSources()
    {
        const QByteArray json =
            "{\"Dir\": \"/usr/local/go/src/flag\", \"ImportPath\": \"flag\", \"Standard\": true, \"GoFiles\": [\"flag.go\"]}\n"
            "{\"Dir\": \"/mod/beam/options/jobopts\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts\", "
            "\"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\"}, \"GoFiles\": [\"options.go\"]}\n"
            "{\"Dir\": \"/src/p/lib\", \"ImportPath\": \"p/lib\", \"Module\": {\"Path\": \"p\", \"Main\": true}, "
            "\"GoFiles\": [\"lib.go\", \"more.go\"]}\n"
            "{\"Dir\": \"/src/p\", \"ImportPath\": \"p\", \"Module\": {\"Path\": \"p\", \"Main\": true}, "
            "\"GoFiles\": [\"main.go\"]}\n";
        QCOMPARE(PipelineFlags::ownSourceFiles(json),
                 (QStringList{QStringLiteral("/src/p/lib/lib.go"), QStringLiteral("/src/p/lib/more.go"),
                              QStringLiteral("/src/p/main.go")}));
        // An example inside Beam's own module: the SDK's packages stay Beam's.
        const QByteArray beamExample =
            "{\"Dir\": \"/b/go/pkg/beam/options/jobopts\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts\", "
            "\"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\", \"Main\": true}, \"GoFiles\": [\"options.go\"]}\n"
            "{\"Dir\": \"/b/go/examples/wordcount\", \"ImportPath\": \"github.com/apache/beam/sdks/v2/go/examples/wordcount\", "
            "\"Module\": {\"Path\": \"github.com/apache/beam/sdks/v2\", \"Main\": true}, \"GoFiles\": [\"wordcount.go\"]}\n";
        QCOMPARE(PipelineFlags::ownSourceFiles(beamExample), QStringList{QStringLiteral("/b/go/examples/wordcount/wordcount.go")});
    }

    void groupsFlagsByWhereTheyAreDefined()
    {
        // --help of a newer Beam: names no list of Beam's flags knows.
        PipelineFlagList flags;
        for (const char *name : {"input", "gcs_endpoint", "dataflow_container_base_repository", "job_name", "project",
                                 "runner", "v"}) {
            PipelineFlag f;
            f.name = QLatin1String(name);
            f.group = PipelineFlag::groupOf(f.name);
            flags << f;
        }
        const auto groupOf = [&flags](const char *name) { return PipelineFlags::find(flags, QLatin1String(name))->group; };
        using G = PipelineFlag::Group;

        PipelineFlags::assignGroups(&flags, QStringList{QStringLiteral("input")});
        QCOMPARE(groupOf("input"), G::Pipeline);
        QCOMPARE(groupOf("gcs_endpoint"), G::Beam);
        QCOMPARE(groupOf("dataflow_container_base_repository"), G::Beam);
        QCOMPARE(groupOf("v"), G::Beam); // another module's (glog's -v): not the pipeline's either
        QCOMPARE(groupOf("job_name"), G::Beam);
        QCOMPARE(groupOf("project"), G::Runner);
        QCOMPARE(groupOf("runner"), G::Managed);

        // Without the sources: the names decide, and a new Beam flag looks like the pipeline's.
        PipelineFlags::assignGroups(&flags, std::nullopt);
        QCOMPARE(groupOf("input"), G::Pipeline);
        QCOMPARE(groupOf("gcs_endpoint"), G::Pipeline);
        QCOMPARE(groupOf("project"), G::Runner);
    }
};

QTEST_GUILESS_MAIN(TestPipelineFlags)
#include "tst_pipelineflags.moc"
