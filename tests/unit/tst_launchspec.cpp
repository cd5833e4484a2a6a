// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/CgoCheck.h"
#include "launch/LaunchSpec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

using Modify = std::function<void(LaunchSettings &)>;

LaunchSettings validFlink()
{
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("flink");
    s.endpoint = QStringLiteral("localhost:8099");
    return s;
}

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/user"));
    return env;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << (p.severity == Problem::Severity::Error ? QStringLiteral("E ") : QStringLiteral("W ")) + p.field + QStringLiteral(": ") + p.message;
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(Modify)

class tst_LaunchSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeOrder();
    void composeOptions();
    void composeWithoutWorker();
    void composeEnvironment();
    void shellQuote_data();
    void shellQuote();
    void windowsQuote_data();
    void windowsQuote();
    void displayLine_data();
    void displayLine();
    void displayLineMasksSecrets();
    void copyableLineRunsInTheWorkingFolder();
    void resolvedRelativePaths();
    void endpoint_data();
    void endpoint();
    void splitEndpoint();
    void validate_data();
    void validate();
    void unknownRunnerGetsTheClosestOne();
    void flagsInHelp();
    void unknownFlagsOfAHelpText();
    void flagValue();
    void cgoWarningAndHint();
    void composeForAProgramThatRunsItself();
};

void tst_LaunchSpec::composeOrder()
{
    LaunchSettings s = validFlink();
    s.environmentType = QStringLiteral("PROCESS");
    s.environmentConfig = QStringLiteral(R"({"command": "/opt/apache/beam/boot"})");
    s.runnerOptions.insert(QStringLiteral("parallelism"), QStringLiteral("4"));
    s.pipelineFlags = QStringList{QStringLiteral("--input=gs://b/in.txt"), QStringLiteral("--job_name=wordcount")};
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QStringLiteral("/out/worker"), baseEnvironment());
    QCOMPARE(c.program, QStringLiteral("/out/launcher"));
    QCOMPARE(c.arguments, (QStringList{
                              QStringLiteral("--worker_binary=/out/worker"),
                              QStringLiteral("--runner=flink"),
                              QStringLiteral("--endpoint=localhost:8099"),
                              QStringLiteral("--environment_type=PROCESS"),
                              QStringLiteral("--environment_config={\"command\": \"/opt/apache/beam/boot\"}"),
                              QStringLiteral("--parallelism=4"),
                              QStringLiteral("--input=gs://b/in.txt"),
                              QStringLiteral("--job_name=wordcount"),
                          }));
    QCOMPARE(c.displayArgv(), QStringList{c.program} + c.arguments);
}

void tst_LaunchSpec::composeOptions()
{
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("Dataflow"); // found case-insensitively, passed as given
    // Inserted out of catalog order, with bools true/false/empty and an unknown option.
    s.runnerOptions.insert(QStringLiteral("staging_location"), QStringLiteral("gs://b/staging"));
    s.runnerOptions.insert(QStringLiteral("dry_run"), QStringLiteral("false"));
    s.runnerOptions.insert(QStringLiteral("no_use_public_ips"), QStringLiteral("TRUE"));
    s.runnerOptions.insert(QStringLiteral("project"), QStringLiteral("my-project"));
    s.runnerOptions.insert(QStringLiteral("region"), QString());
    s.runnerOptions.insert(QStringLiteral("not_an_option"), QStringLiteral("x"));
    s.runnerOptions.insert(QStringLiteral("labels"), QStringLiteral(R"({"team": "data"})"));
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("launcher"), QStringLiteral("worker"), baseEnvironment());
    QCOMPARE(c.arguments, (QStringList{
                              QStringLiteral("--worker_binary=worker"),
                              QStringLiteral("--runner=Dataflow"),
                              QStringLiteral("--project=my-project"),
                              QStringLiteral("--staging_location=gs://b/staging"),
                              QStringLiteral("--no_use_public_ips=true"),
                              QStringLiteral("--labels={\"team\": \"data\"}"),
                          }));
}

void tst_LaunchSpec::composeWithoutWorker()
{
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("prism");
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QString(), baseEnvironment());
    QCOMPARE(c.arguments, QStringList{QStringLiteral("--runner=prism")});
}

void tst_LaunchSpec::composeEnvironment()
{
    LaunchSettings s = validFlink();
    s.environment = {
        {QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), QStringLiteral("/home/user/key.json"), false},
        {QStringLiteral("API_TOKEN"), QStringLiteral("s3cr3t-value"), true},
        {QStringLiteral("PATH"), QStringLiteral("/opt/bin:/usr/bin"), false},
    };
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QStringLiteral("/out/worker"), baseEnvironment());
    QCOMPARE(c.environment.value(QStringLiteral("HOME")), QStringLiteral("/home/user"));
    QCOMPARE(c.environment.value(QStringLiteral("PATH")), QStringLiteral("/opt/bin:/usr/bin"));
    QCOMPARE(c.environment.value(QStringLiteral("API_TOKEN")), QStringLiteral("s3cr3t-value"));
    QCOMPARE(c.secretNames, QStringList{QStringLiteral("API_TOKEN")});
    QCOMPARE(c.environmentNames, (QStringList{QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), QStringLiteral("API_TOKEN"), QStringLiteral("PATH")}));
    for (const QString &arg : c.arguments)
        QVERIFY(!arg.contains(QLatin1String("s3cr3t")));
    QVERIFY(!c.displayLine().contains(QLatin1String("s3cr3t")));
    QVERIFY(!c.displayLine(LaunchCommand::QuoteStyle::Windows).contains(QLatin1String("s3cr3t")));
}

void tst_LaunchSpec::shellQuote_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("safe") << QStringLiteral("--runner=flink") << QStringLiteral("--runner=flink");
    QTest::newRow("path") << QStringLiteral("/out/worker") << QStringLiteral("/out/worker");
    QTest::newRow("url-ish") << QStringLiteral("--staging_location=gs://b/x,y@z%1+2") << QStringLiteral("--staging_location=gs://b/x,y@z%1+2");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("--name=two words") << QStringLiteral("'--name=two words'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("double quote") << QStringLiteral(R"({"command": "/boot"})") << QStringLiteral(R"('{"command": "/boot"}')");
    QTest::newRow("dollar and backtick") << QStringLiteral("$HOME`x`") << QStringLiteral("'$HOME`x`'");
    QTest::newRow("glob") << QStringLiteral("*.txt") << QStringLiteral("'*.txt'");
    QTest::newRow("non-ASCII") << QStringLiteral("--input=/data/résumé.txt") << QStringLiteral("'--input=/data/résumé.txt'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    QTest::newRow("tilde") << QStringLiteral("~/x") << QStringLiteral("'~/x'");
}

void tst_LaunchSpec::shellQuote()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(bl::shellQuote(argument), quoted);
}

void tst_LaunchSpec::windowsQuote_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("safe") << QStringLiteral("--runner=flink") << QStringLiteral("--runner=flink");
    QTest::newRow("path") << QStringLiteral("C:\\out\\worker") << QStringLiteral("C:\\out\\worker");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("space") << QStringLiteral("C:\\Program Files\\launcher.exe") << QStringLiteral("\"C:\\Program Files\\launcher.exe\"");
    QTest::newRow("double quote") << QStringLiteral(R"({"command": "x"})") << QStringLiteral(R"("{\"command\": \"x\"}")");
    QTest::newRow("trailing backslash") << QStringLiteral("C:\\my dir\\") << QStringLiteral("\"C:\\my dir\\\\\"");
    QTest::newRow("backslash before quote") << QStringLiteral("a\\\"b") << QStringLiteral("\"a\\\\\\\"b\"");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QStringLiteral("\"a&b\"");
    QTest::newRow("single quote stays") << QStringLiteral("it's") << QStringLiteral("it's");
}

void tst_LaunchSpec::windowsQuote()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(bl::windowsQuote(argument), quoted);
}

void tst_LaunchSpec::displayLine_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("posix");
    QTest::addColumn<QString>("windows");
    QTest::newRow("no flags") << QStringList{}
                              << QStringLiteral("'/out/my launcher' --worker_binary=/out/worker --runner=prism")
                              << QStringLiteral("\"/out/my launcher\" --worker_binary=/out/worker --runner=prism");
    QTest::newRow("spaces, quotes, =, non-ASCII, empty")
        << QStringList{QStringLiteral("--title=a b"), QStringLiteral("--q='x'"), QStringLiteral("--d=\"y\""),
                       QStringLiteral("--eq=a=b"), QStringLiteral("--city=Zürich"), QString()}
        << QStringLiteral("'/out/my launcher' --worker_binary=/out/worker --runner=prism '--title=a b' '--q='\\''x'\\''' "
                          "'--d=\"y\"' --eq=a=b '--city=Zürich' ''")
        << QStringLiteral("\"/out/my launcher\" --worker_binary=/out/worker --runner=prism \"--title=a b\" --q='x' "
                          "\"--d=\\\"y\\\"\" --eq=a=b --city=Zürich \"\"");
}

void tst_LaunchSpec::displayLine()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, posix);
    QFETCH(QString, windows);
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("prism");
    s.pipelineFlags = flags;
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/my launcher"), QStringLiteral("/out/worker"), baseEnvironment());
    QCOMPARE(c.displayLine(LaunchCommand::QuoteStyle::Posix), posix);
    QCOMPARE(c.displayLine(LaunchCommand::QuoteStyle::Windows), windows);
#ifdef Q_OS_WIN
    QCOMPARE(c.displayLine(), windows);
#else
    QCOMPARE(c.displayLine(), posix);
#endif
}

void tst_LaunchSpec::copyableLineRunsInTheWorkingFolder()
{
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("prism");
    LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QString(), baseEnvironment());
    QCOMPARE(c.workingDirectory, QStringLiteral("/src/pipe")); // the default: the pipeline's folder
    QCOMPARE(c.copyableLine(LaunchCommand::QuoteStyle::Posix), QStringLiteral("cd /src/pipe && /out/launcher --runner=prism"));
    s.workingDirectory = QStringLiteral("/home/me/my data");
    c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QString(), baseEnvironment());
    QCOMPARE(c.copyableLine(LaunchCommand::QuoteStyle::Posix),
             QStringLiteral("cd '/home/me/my data' && /out/launcher --runner=prism"));
    QCOMPARE(c.copyableLine(LaunchCommand::QuoteStyle::Windows),
             QStringLiteral("cd /d \"%1\" && /out/launcher --runner=prism").arg(QDir::toNativeSeparators(s.workingDirectory)));
}

void tst_LaunchSpec::resolvedRelativePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile existing(dir.filePath(QStringLiteral("words.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const QStringList flags{QStringLiteral("--input"), QStringLiteral("in/x.txt"), QStringLiteral("--output=res/x"),
                            QStringLiteral("--words=words.txt"), QStringLiteral("--count=3"),
                            QStringLiteral("--name=wordcount"), QStringLiteral("--from=gs://b/in.txt"),
                            QStringLiteral("--abs=/data/in.txt"), QStringLiteral("--here=./x"),
                            QStringLiteral("--json={\"a\": \"b/c\"}"), QStringLiteral("--verbose")};
    const QString base = QDir::toNativeSeparators(dir.path());
    const QString sep = QDir::separator();
    QCOMPARE(LaunchSpec::resolvedRelativePaths(flags, dir.path()),
             (QStringList{QStringLiteral("--input in/x.txt → ") + base + sep + QStringLiteral("in") + sep + QStringLiteral("x.txt"),
                          QStringLiteral("--output=res/x → ") + base + sep + QStringLiteral("res") + sep + u'x',
                          QStringLiteral("--words=words.txt → ") + base + sep + QStringLiteral("words.txt"),
                          QStringLiteral("--here=./x → ") + base + sep + u'x'}));

    // A bare name that does not exist yet counts when the flag's name says it is a path.
    QStringList outputs{QStringLiteral("--output"), QStringLiteral("counts.txt"), QStringLiteral("--outputPrefix=res"),
                        QStringLiteral("--input_file=words.txt"), QStringLiteral("--shards=4"),
                        QStringLiteral("--in=false"), QStringLiteral("--dir=-3"), QStringLiteral("--name=wordcount"),
                        QStringLiteral("--"), QStringLiteral("--output=after-the-end")};
    QCOMPARE(LaunchSpec::resolvedRelativePaths(outputs, dir.path()),
             (QStringList{QStringLiteral("--output counts.txt → ") + base + sep + QStringLiteral("counts.txt"),
                          QStringLiteral("--outputPrefix=res → ") + base + sep + QStringLiteral("res"),
                          QStringLiteral("--input_file=words.txt → ") + base + sep + QStringLiteral("words.txt")}));
    // Made absolute in place (for workers that run elsewhere); the rest is left as it was.
    const QStringList before = outputs;
    QCOMPARE(LaunchSpec::absoluteRelativePaths(&outputs, dir.path()).size(), 3);
    QCOMPARE(outputs.size(), before.size());
    QCOMPARE(outputs.at(1), base + sep + QStringLiteral("counts.txt"));
    QCOMPARE(outputs.at(2), QStringLiteral("--outputPrefix=") + base + sep + QStringLiteral("res"));
    QCOMPARE(outputs.at(3), QStringLiteral("--input_file=") + base + sep + QStringLiteral("words.txt"));
    for (int i : {0, 4, 5, 6, 7, 8, 9})
        QCOMPARE(outputs.at(i), before.at(i));
}

void tst_LaunchSpec::displayLineMasksSecrets()
{
    LaunchSettings s;
    s.packageDir = QStringLiteral("/src/pipe");
    s.runner = QStringLiteral("prism");
    s.environment = {
        {QStringLiteral("REGION"), QStringLiteral("eu west"), false},
        {QStringLiteral("TOKEN"), QStringLiteral("hunter2-secret"), true},
    };
    // Validation refuses this; the display masks it all the same.
    s.pipelineFlags = QStringList{QStringLiteral("--token=hunter2-secret")};
    const LaunchCommand c = LaunchSpec::compose(s, QStringLiteral("/out/launcher"), QString(), baseEnvironment());
    QCOMPARE(c.displayLine(LaunchCommand::QuoteStyle::Posix),
             QStringLiteral("REGION='eu west' TOKEN='********' /out/launcher --runner=prism '--token=********'"));
    QCOMPARE(c.displayLine(LaunchCommand::QuoteStyle::Windows),
             QStringLiteral("set \"REGION=eu west\" && set TOKEN=******** && /out/launcher --runner=prism --token=********"));
    QCOMPARE(c.displayArgv().last(), QStringLiteral("--token=********"));
    QCOMPARE(c.arguments.last(), QStringLiteral("--token=hunter2-secret")); // the real argv is untouched
}

void tst_LaunchSpec::endpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("localhost") << QStringLiteral("localhost:8099") << true;
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8073") << true;
    QTest::newRow("name with dashes") << QStringLiteral("flink-jobserver.default.svc:8099") << true;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:8099") << true;
    QTest::newRow("ipv6 full") << QStringLiteral("[2001:db8::42]:1") << true;
    QTest::newRow("port max") << QStringLiteral("h:65535") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral(" localhost:8099 ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no port") << QStringLiteral("localhost") << false;
    QTest::newRow("empty port") << QStringLiteral("localhost:") << false;
    QTest::newRow("port zero") << QStringLiteral("localhost:0") << false;
    QTest::newRow("port too big") << QStringLiteral("localhost:65536") << false;
    QTest::newRow("port not a number") << QStringLiteral("localhost:http") << false;
    QTest::newRow("signed port") << QStringLiteral("localhost:+80") << false;
    QTest::newRow("no host") << QStringLiteral(":8099") << false;
    QTest::newRow("scheme") << QStringLiteral("http://localhost:8099") << false;
    QTest::newRow("grpc target") << QStringLiteral("dns:///localhost:8099") << false;
    QTest::newRow("bare ipv6") << QStringLiteral("::1:8099") << false;
    QTest::newRow("bracketed non-ipv6") << QStringLiteral("[localhost]:8099") << false;
    QTest::newRow("ipv6 without port") << QStringLiteral("[::1]") << false;
    QTest::newRow("space in host") << QStringLiteral("my host:8099") << false;
    QTest::newRow("path") << QStringLiteral("localhost:8099/jobs") << false;
}

void tst_LaunchSpec::endpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(LaunchSpec::isValidEndpoint(endpoint, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    QVERIFY(LaunchSpec::isValidEndpoint(endpoint) == valid); // error pointer is optional
}

void tst_LaunchSpec::splitEndpoint()
{
    QString host;
    quint16 port = 0;
    QVERIFY(LaunchSpec::splitEndpoint(QStringLiteral("flink-jobserver.default.svc:8099"), &host, &port));
    QCOMPARE(host, QStringLiteral("flink-jobserver.default.svc"));
    QCOMPARE(port, quint16(8099));
    QVERIFY(LaunchSpec::splitEndpoint(QStringLiteral(" [2001:db8::42]:65535 "), &host, &port));
    QCOMPARE(host, QStringLiteral("2001:db8::42"));
    QCOMPARE(port, quint16(65535));
    host = QStringLiteral("unchanged");
    for (const char *bad : {"localhost", "::1:8099", "localhost:0", ""})
        QVERIFY2(!LaunchSpec::splitEndpoint(QString::fromLatin1(bad), &host, &port), bad);
    QCOMPARE(host, QStringLiteral("unchanged"));
}

void tst_LaunchSpec::validate_data()
{
    QTest::addColumn<Modify>("modify");
    QTest::addColumn<QStringList>("expected"); // "E field" / "W field", in order
    QTest::addColumn<QString>("messageContains"); // in the first problem

    const auto row = [](const char *name, Modify m, QStringList expected, const QString &contains = QString()) {
        QTest::newRow(name) << m << expected << contains;
    };
    row("valid flink", [](LaunchSettings &) {}, {});
    row("valid prism without endpoint", [](LaunchSettings &s) { s.runner = QStringLiteral("prism"); s.endpoint.clear(); }, {});
    row("valid prebuilt", [](LaunchSettings &s) {
        s.packageDir.clear();
        s.launcherBinary = QStringLiteral("/b/launcher");
        s.workerBinary = QStringLiteral("/b/worker");
    }, {});
    row("runner empty", [](LaunchSettings &s) { s.runner = QStringLiteral("  "); }, {QStringLiteral("E runner")}, QStringLiteral("Choose a runner"));
    row("runner unknown: passed as given", [](LaunchSettings &s) { s.runner = QStringLiteral("mycorp"); },
        {QStringLiteral("W runner")}, QStringLiteral("\"mycorp\""));
    row("runner alias", [](LaunchSettings &s) { s.runner = QStringLiteral("Portable"); }, {});
    row("endpoint missing for flink", [](LaunchSettings &s) { s.endpoint.clear(); }, {QStringLiteral("E endpoint")},
        QStringLiteral("The flink runner needs the address of its job service: give --endpoint HOST:PORT"));
    row("endpoint missing names the port", [](LaunchSettings &s) { s.endpoint.clear(); }, {QStringLiteral("E endpoint")},
        QStringLiteral("8099"));
    row("endpoint for a runner without one", [](LaunchSettings &s) {
        s.runner = QStringLiteral("direct");
    }, {QStringLiteral("W endpoint")}, QStringLiteral("does not use"));
    row("endpoint syntax", [](LaunchSettings &s) { s.endpoint = QStringLiteral("localhost"); }, {QStringLiteral("E endpoint")},
        QStringLiteral("no port"));
    row("environment type lower case is fine", [](LaunchSettings &s) { s.environmentType = QStringLiteral("docker"); }, {});
    row("environment type unknown", [](LaunchSettings &s) { s.environmentType = QStringLiteral("KUBERNETES"); },
        {QStringLiteral("E environmentType")}, QStringLiteral("DOCKER"));
    row("environment type unusual for the runner", [](LaunchSettings &s) {
        s.runner = QStringLiteral("dataflow");
        s.endpoint.clear();
        s.runnerOptions = {{QStringLiteral("project"), QStringLiteral("my-project")},
                           {QStringLiteral("staging_location"), QStringLiteral("gs://b/s")}};
        s.environmentType = QStringLiteral("LOOPBACK");
    }, {QStringLiteral("W environmentType")}, QStringLiteral("LOOPBACK"));
    row("PROCESS config missing", [](LaunchSettings &s) { s.environmentType = QStringLiteral("process"); },
        {QStringLiteral("E environmentConfig")}, QStringLiteral("\"command\""));
    row("PROCESS config not JSON", [](LaunchSettings &s) {
        s.environmentType = QStringLiteral("PROCESS");
        s.environmentConfig = QStringLiteral("/opt/apache/beam/boot");
    }, {QStringLiteral("E environmentConfig")}, QStringLiteral("JSON object"));
    row("PROCESS config without command", [](LaunchSettings &s) {
        s.environmentType = QStringLiteral("PROCESS");
        s.environmentConfig = QStringLiteral(R"({"env": {"A": "1"}})");
    }, {QStringLiteral("E environmentConfig")}, QStringLiteral("no \"command\""));
    row("PROCESS config with empty command", [](LaunchSettings &s) {
        s.environmentType = QStringLiteral("PROCESS");
        s.environmentConfig = QStringLiteral(R"({"command": " "})");
    }, {QStringLiteral("E environmentConfig")});
    row("PROCESS config fine", [](LaunchSettings &s) {
        s.environmentType = QStringLiteral("PROCESS");
        s.environmentConfig = QStringLiteral(R"({"command": "/opt/apache/beam/boot", "env": {"A": "1"}})");
    }, {});
    row("EXTERNAL without address", [](LaunchSettings &s) { s.environmentType = QStringLiteral("EXTERNAL"); },
        {QStringLiteral("E environmentConfig")}, QStringLiteral("worker pool"));
    row("option out of range", [](LaunchSettings &s) { s.runnerOptions.insert(QStringLiteral("parallelism"), QStringLiteral("-5")); },
        {QStringLiteral("E option:parallelism")}, QStringLiteral("between -1 and 100000"));
    row("dataflow required options missing", [](LaunchSettings &s) { s.runner = QStringLiteral("dataflow"); s.endpoint.clear(); },
        {QStringLiteral("E option:project"), QStringLiteral("E option:staging_location")}, QStringLiteral("--project is required"));
    row("dataflow pattern and enum", [](LaunchSettings &s) {
        s.runner = QStringLiteral("dataflow");
        s.endpoint.clear();
        s.runnerOptions = {{QStringLiteral("project"), QStringLiteral("my-project")},
                           {QStringLiteral("staging_location"), QStringLiteral("/tmp/staging")},
                           {QStringLiteral("autoscaling_algorithm"), QStringLiteral("FAST")},
                           {QStringLiteral("no_use_public_ips"), QStringLiteral("yes")}};
    }, {QStringLiteral("E option:staging_location"), QStringLiteral("E option:no_use_public_ips"), QStringLiteral("E option:autoscaling_algorithm")},
        QStringLiteral("gs://"));
    row("option the runner does not have", [](LaunchSettings &s) { s.runnerOptions.insert(QStringLiteral("project"), QStringLiteral("p")); },
        {QStringLiteral("W option:project")}, QStringLiteral("not an option of the flink runner"));
    row("env name invalid", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("OK_1"), QStringLiteral("v"), false}, {QStringLiteral("1BAD"), QStringLiteral("v"), false},
                         {QStringLiteral("A-B"), QStringLiteral("v"), false}, {QString(), QStringLiteral("v"), false}};
    }, {QStringLiteral("E env:1"), QStringLiteral("E env:2"), QStringLiteral("E env:3")}, QStringLiteral("1BAD"));
    row("env name twice", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("MODE"), QStringLiteral("a"), false}, {QStringLiteral("MODE"), QStringLiteral("b"), true}};
    }, {QStringLiteral("E env:1")}, QStringLiteral("twice"));
    // Issue #18 rows 7 to 9: NUL bytes, huge secrets, secrets given as plain --env.
    row("NUL in a secret", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("API_KEY"), QString(u"a\0b"_s), true}};
    }, {QStringLiteral("E env:0")}, QStringLiteral("NUL character"));
    row("NUL in a pipeline flag", [](LaunchSettings &s) { s.pipelineFlags = {QString(u"--x=a\0b"_s)}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("(\"--x=a\")"));
    row("NUL in a runner option", [](LaunchSettings &s) {
        s.runnerOptions.insert(QStringLiteral("parallelism"), QString(u"2\0"_s));
    }, {QStringLiteral("E option:parallelism")}, QStringLiteral("NUL character"));
    row("secret of 64 KiB is fine", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("API_KEY"), QString(64 * 1024, u'x'), true}};
    }, {});
    row("secret over 64 KiB", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("API_KEY"), QString(200 * 1024, u'x'), true}};
    }, {QStringLiteral("E env:0")}, QStringLiteral("at most 64 KiB"));
    row("secret-looking name given in plain text", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_123"), false},
                         {QStringLiteral("KEYBOARD_LAYOUT"), QStringLiteral("de"), false},
                         {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("x"), false}};
    }, {QStringLiteral("W env:0"), QStringLiteral("W env:2")}, QStringLiteral("set-secret"));
    row("flag without dash", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--ok=1"), QStringLiteral("input=x"), QString()}; },
        {QStringLiteral("E flag:1"), QStringLiteral("E flag:2")}, QStringLiteral("--name=value"));
    row("flag value as the next word", [](LaunchSettings &s) {
        s.pipelineFlags = {QStringLiteral("--input"), QStringLiteral("gs://b/in.txt"), QStringLiteral("-v"), QStringLiteral("2")};
    }, {});
    row("two words after a flag", [](LaunchSettings &s) {
        s.pipelineFlags = {QStringLiteral("--input"), QStringLiteral("a"), QStringLiteral("b")};
    }, {QStringLiteral("E flag:2")}, QStringLiteral("--name=value"));
    row("secret as the next word", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("API_KEY"), QStringLiteral("abcd1234"), true}};
        s.pipelineFlags = {QStringLiteral("--api_key"), QStringLiteral("abcd1234")};
    }, {QStringLiteral("E flag:1")}, QStringLiteral("API_KEY"));
    row("flag sets the runner", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--runner=spark")}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("Runner field"));
    row("flag sets the endpoint (single dash)", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("-endpoint=x:1")}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("Endpoint field"));
    row("flag sets the worker binary", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--worker_binary")}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("--worker_binary"));
    row("flag sets the environment type", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--environment_type=LOOPBACK")}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("Environment type field"));
    row("flag sets the environment config", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--environment_config=img")}; },
        {QStringLiteral("E flag:0")}, QStringLiteral("Environment config field"));
    row("flag duplicates a runner option", [](LaunchSettings &s) { s.pipelineFlags = {QStringLiteral("--parallelism=2")}; },
        {QStringLiteral("W flag:0")}, QStringLiteral("runner's options"));
    row("flag carries a secret", [](LaunchSettings &s) {
        s.environment = {{QStringLiteral("API_KEY"), QStringLiteral("abcd1234"), true}};
        s.pipelineFlags = {QStringLiteral("--api_key=abcd1234")};
    }, {QStringLiteral("E flag:0")}, QStringLiteral("API_KEY"));
    row("launcher platform invalid", [](LaunchSettings &s) { s.launcherPlatform = {QStringLiteral("Darwin"), QStringLiteral("arm64")}; },
        {QStringLiteral("E launcherPlatform")}, QStringLiteral("launcher"));
    row("launcher platform half set", [](LaunchSettings &s) { s.launcherPlatform = {QStringLiteral("darwin"), QString()}; },
        {QStringLiteral("E launcherPlatform")});
    row("launcher platform valid", [](LaunchSettings &s) { s.launcherPlatform = {QStringLiteral("windows"), QStringLiteral("amd64")}; }, {});
    row("worker platform invalid", [](LaunchSettings &s) { s.workerPlatform = {QStringLiteral("linux"), QStringLiteral("x86-64")}; },
        {QStringLiteral("E workerPlatform")});
    row("worker platform arm64", [](LaunchSettings &s) { s.workerPlatform = {QStringLiteral("linux"), QStringLiteral("arm64")}; }, {});
    row("worker platform not linux", [](LaunchSettings &s) { s.workerPlatform = {QStringLiteral("darwin"), QStringLiteral("arm64")}; },
        {QStringLiteral("W workerPlatform")}, QStringLiteral("Linux"));
    row("package folder missing", [](LaunchSettings &s) { s.packageDir.clear(); }, {QStringLiteral("E packageDir")},
        QStringLiteral("folder"));
    row("only a prebuilt worker", [](LaunchSettings &s) { s.workerBinary = QStringLiteral("/b/worker"); },
        {QStringLiteral("E launcherBinary")}, QStringLiteral("both"));
    row("only a prebuilt launcher", [](LaunchSettings &s) { s.launcherBinary = QStringLiteral("/b/launcher"); },
        {QStringLiteral("E workerBinary")}, QStringLiteral("both"));
    // The managed local Prism: prism, or universal for an SDK older than Prism; no endpoint of the user's.
    row("local job server with prism", [](LaunchSettings &s) {
        s.runner = QStringLiteral("prism");
        s.endpoint.clear();
        s.localJobServer = true;
    }, {});
    row("local job server with universal", [](LaunchSettings &s) {
        s.runner = QStringLiteral("universal");
        s.endpoint.clear();
        s.localJobServer = true;
    }, {});
    row("local job server with flink", [](LaunchSettings &s) {
        s.endpoint.clear();
        s.localJobServer = true;
    }, {QStringLiteral("E runner")}, QStringLiteral("universal for a Beam SDK older than Prism"));
    row("local job server and an endpoint", [](LaunchSettings &s) {
        s.runner = QStringLiteral("universal");
        s.localJobServer = true;
    }, {QStringLiteral("E endpoint")}, QStringLiteral("gets an endpoint of its own"));
}

void tst_LaunchSpec::validate()
{
    QFETCH(Modify, modify);
    QFETCH(QStringList, expected);
    QFETCH(QString, messageContains);
    LaunchSettings s = validFlink();
    modify(s);
    const Problems problems = LaunchSpec::validate(s);
    QStringList actual;
    for (const Problem &p : problems) {
        actual << (p.severity == Problem::Severity::Error ? QStringLiteral("E ") : QStringLiteral("W ")) + p.field;
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
    }
    QVERIFY2(actual == expected, qPrintable(describe(problems)));
    if (!messageContains.isEmpty())
        QVERIFY2(problems.first().message.contains(messageContains), qPrintable(problems.first().message));
    const bool expectErrors = std::any_of(expected.cbegin(), expected.cend(),
                                          [](const QString &e) { return e.startsWith(QLatin1String("E ")); });
    QCOMPARE(LaunchSpec::hasErrors(problems), expectErrors);
}

void tst_LaunchSpec::unknownRunnerGetsTheClosestOne()
{
    LaunchSettings s = validFlink();
    s.endpoint.clear();
    s.runner = QStringLiteral("prsim");
    const Problems problems = LaunchSpec::validate(s);
    QVERIFY2(!LaunchSpec::hasErrors(problems), qPrintable(describe(problems))); // still passed as given
    const QString text = describe(problems);
    QVERIFY2(text.contains(QStringLiteral("W runner: ")) && text.contains(QStringLiteral("did you mean prism?")),
             qPrintable(text));
    QCOMPARE(LaunchSpec::compose(s, QStringLiteral("l"), QString()).arguments.first(), QStringLiteral("--runner=prsim"));

    // Nothing close: no guess.
    s.runner = QStringLiteral("my-own-runner");
    QVERIFY(!describe(LaunchSpec::validate(s)).contains(QStringLiteral("did you mean")));
}

void tst_LaunchSpec::flagsInHelp()
{
    const auto flagNamesInHelp = [](const QString &help) {
        QStringList names;
        for (const LaunchSpec::HelpFlag &flag : LaunchSpec::flagsInHelp(help))
            names << flag.name;
        return names;
    };
    QFile help(QStringLiteral(BL_FIXTURES_DIR "/go-output/help-wordcount.txt"));
    QVERIFY(help.open(QIODevice::ReadOnly));
    const QStringList names = flagNamesInHelp(QString::fromUtf8(help.readAll()));
    QVERIFY2(names.contains(QStringLiteral("runner")) && names.contains(QStringLiteral("input"))
                 && names.contains(QStringLiteral("worker_binary")),
             qPrintable(names.join(u' ')));
    QVERIFY(!names.contains(QStringLiteral("Usage")));
    // A one-letter bool ("  -v\tusage"), usage lines that look like flags, a "Usage of" header.
    QCOMPARE(flagNamesInHelp(QStringLiteral("Usage of x:\n  -v\tverbose\n  -input string\n    \t  -not a flag\n"
                                                        "  -async\n    \tDo not wait.\n")),
             (QStringList{QStringLiteral("v"), QStringLiteral("input"), QStringLiteral("async")}));
    QVERIFY(flagNamesInHelp(QStringLiteral("flag provided but not defined: -runner")).isEmpty());
}

void tst_LaunchSpec::unknownFlagsOfAHelpText()
{
    // "-input string" takes a value, "-v" and "-async" do not.
    const QList<LaunchSpec::HelpFlag> flags = LaunchSpec::flagsInHelp(
        QStringLiteral("Usage of x:\n  -v\tverbose\n  -input string\n    \tWhat to read.\n  -async\n    \tDo not wait.\n"));
    QCOMPARE(flags.size(), 3);
    QVERIFY(!flags.at(0).takesValue);
    QVERIFY(flags.at(1).takesValue);
    QVERIFY(!flags.at(2).takesValue);
    // "-input x": x is its value; "--inptu" is not defined; "-input -nosuch": -nosuch is -input's
    // value; "-async x": x ends the flags.
    QCOMPARE(LaunchSpec::unknownFlags(flags, {QStringLiteral("-input"), QStringLiteral("x"), QStringLiteral("-nosuch"),
                                              QStringLiteral("--inptu=a"), QStringLiteral("-v"), QStringLiteral("-h")}),
             (QStringList{QStringLiteral("nosuch"), QStringLiteral("inptu")}));
    QVERIFY(LaunchSpec::unknownFlags(flags, {QStringLiteral("-input"), QStringLiteral("-nosuch")}).isEmpty());
    QCOMPARE(LaunchSpec::unknownFlags(flags, {QStringLiteral("-async"), QStringLiteral("x"), QStringLiteral("-nosuch")}),
             QStringList());
    QCOMPARE(LaunchSpec::unknownFlags(flags, {QStringLiteral("-async"), QStringLiteral("-nosuch"), QStringLiteral("--"),
                                              QStringLiteral("-other")}),
             QStringList{QStringLiteral("nosuch")});
}

void tst_LaunchSpec::flagValue()
{
    const auto value = [](const QStringList &flags, const QString &name, bool takesValue) {
        return LaunchSpec::flagValue(flags, name, takesValue).value_or(QStringLiteral("<none>"));
    };
    const QStringList flags{QStringLiteral("--input"), QStringLiteral("in.txt"), QStringLiteral("-job_name=first"),
                            QStringLiteral("--async"), QStringLiteral("--job_name"), QStringLiteral("second"),
                            QStringLiteral("--"), QStringLiteral("--job_name=argument")};
    QCOMPARE(value(flags, QStringLiteral("job_name"), true), QStringLiteral("second")); // the last before "--"
    QCOMPARE(value(flags, QStringLiteral("input"), true), QStringLiteral("in.txt"));
    QCOMPARE(value(flags, QStringLiteral("async"), false), QStringLiteral("true"));
    QCOMPARE(value({QStringLiteral("--async=false")}, QStringLiteral("async"), false), QStringLiteral("false"));
    QCOMPARE(value(flags, QStringLiteral("output"), true), QStringLiteral("<none>"));
    QCOMPARE(value({QStringLiteral("--"), QStringLiteral("--job_name=x")}, QStringLiteral("job_name"), true),
             QStringLiteral("<none>"));
    QCOMPARE(value({QStringLiteral("--job_name")}, QStringLiteral("job_name"), true), QStringLiteral("<none>"));
    QCOMPARE(value({QStringLiteral("--job_name=")}, QStringLiteral("job_name"), true), QString());
}

void tst_LaunchSpec::cgoWarningAndHint()
{
    QCOMPARE(CgoCheck::packagesIn(QStringLiteral("\ngithub.com/mattn/go-sqlite3\n\nexample.com/c\ngithub.com/mattn/go-sqlite3\n")),
             (QStringList{QStringLiteral("github.com/mattn/go-sqlite3"), QStringLiteral("example.com/c")}));
    const QString one = CgoCheck::warningText({QStringLiteral("github.com/mattn/go-sqlite3")});
    QVERIFY2(one.contains(QStringLiteral("github.com/mattn/go-sqlite3")) && one.contains(QStringLiteral("--cgo")),
             qPrintable(one));
    const QString many = CgoCheck::warningText({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                QStringLiteral("d"), QStringLiteral("e")});
    QVERIFY2(many.contains(QStringLiteral("a, b, c and 2 more")) && !many.contains(QStringLiteral("d,")),
             qPrintable(many));
    // What go-sqlite3's stub says when the program runs.
    QVERIFY(CgoCheck::hintFor({QStringLiteral("pipeline failed:"),
                               QStringLiteral("sqlite: Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires "
                                              "cgo to work. This is a stub")})
                .contains(QStringLiteral("--cgo")));
    QVERIFY(CgoCheck::hintFor({QStringLiteral("panic: runtime error")}).isEmpty());
}

void tst_LaunchSpec::composeForAProgramThatRunsItself()
{
    LaunchSettings s = validFlink();
    s.environmentType = QStringLiteral("PROCESS");
    s.environmentConfig = QStringLiteral(R"({"command": "/boot"})");
    s.runnerOptions.insert(QStringLiteral("parallelism"), QStringLiteral("4"));
    s.pipelineFlags = QStringList{QStringLiteral("--input=in.txt")};

    // Unknown flags (not read): composed as always.
    QVERIFY(!LaunchSpec::runsItself(s));
    QCOMPARE(LaunchSpec::compose(s, QStringLiteral("l"), QStringLiteral("w")).arguments.size(), 7);

    // A main that calls direct.Execute: Beam's jobopts flags, no --runner.
    s.launcherFlags = QStringList{QStringLiteral("endpoint"), QStringLiteral("environment_type"), QStringLiteral("input"),
                                  QStringLiteral("parallelism"), QStringLiteral("worker_binary")};
    QVERIFY(LaunchSpec::runsItself(s));
    QCOMPARE(LaunchSpec::compose(s, QStringLiteral("l"), QStringLiteral("w")).arguments,
             (QStringList{QStringLiteral("--worker_binary=w"), QStringLiteral("--parallelism=4"), QStringLiteral("--input=in.txt")}));

    // Neither --runner nor --worker_binary nor the runner's option: only the pipeline's flags.
    s.launcherFlags = QStringList{QStringLiteral("input")};
    QCOMPARE(LaunchSpec::compose(s, QStringLiteral("l"), QStringLiteral("w")).arguments,
             QStringList{QStringLiteral("--input=in.txt")});

    // With --runner it is a launcher like any other.
    s.launcherFlags << QStringLiteral("runner");
    QVERIFY(!LaunchSpec::runsItself(s));
    QCOMPARE(LaunchSpec::compose(s, QStringLiteral("l"), QStringLiteral("w")).arguments.size(), 7);
}

QTEST_GUILESS_MAIN(tst_LaunchSpec)
#include "tst_launchspec.moc"
