// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/RunnerCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bl;

namespace {

QByteArray builtInJson()
{
    QFile file(QStringLiteral(":/beam-launcher/catalog/runners.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no catalog resource");
    return file.readAll();
}

/// A small valid catalog the rejection rows break one way each.
QJsonObject minimalCatalog()
{
    return QJsonDocument::fromJson(R"({
      "schema": 1,
      "environmentTypes": [{"name": "DOCKER", "help": "d"}, {"name": "LOOPBACK", "help": "l"}],
      "runners": [
        {"name": "local", "endpoint": "optional", "environmentTypes": ["LOOPBACK"], "options": []},
        {"name": "remote", "aliases": ["far"], "endpoint": "required", "defaultPort": 8099,
         "environmentTypes": ["DOCKER", "LOOPBACK"], "defaultEnvironmentType": "DOCKER",
         "options": [{"name": "level", "type": "int", "min": 0, "max": 9, "default": "3", "help": "h"}]}
      ]})").object();
}

using Edit = std::function<void(QJsonObject &)>;

QJsonObject runnerAt(const QJsonObject &root, int i)
{
    return root.value(QLatin1String("runners")).toArray().at(i).toObject();
}

void setRunner(QJsonObject &root, int i, const QJsonObject &runner)
{
    QJsonArray runners = root.value(QLatin1String("runners")).toArray();
    runners.replace(i, runner);
    root.insert(QLatin1String("runners"), runners);
}

Edit editRunner(int i, const char *key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject r = runnerAt(root, i);
        r.insert(QLatin1String(key), value);
        setRunner(root, i, r);
    };
}

Edit editOption(const char *key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject r = runnerAt(root, 1);
        QJsonArray options = r.value(QLatin1String("options")).toArray();
        QJsonObject o = options.at(0).toObject();
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
        options.replace(0, o);
        r.insert(QLatin1String("options"), options);
        setRunner(root, 1, r);
    };
}

RunnerOption option(const char *type)
{
    RunnerOption o;
    o.name = QStringLiteral("opt");
    o.type = QString::fromLatin1(type);
    return o;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class tst_RunnerCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closestRunner_data();
    void closestRunner();
    void editDistance();
    void builtInLoads();
    void builtInContents();
    void find_data();
    void find();
    void minimalIsValid();
    void rejects_data();
    void rejects();
    void validateOption_data();
    void validateOption();
};

void tst_RunnerCatalog::builtInLoads()
{
    QString error;
    const std::optional<RunnerCatalog> catalog = RunnerCatalog::fromJson(builtInJson(), &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(!RunnerCatalog::builtIn().runners().isEmpty());
    QCOMPARE(RunnerCatalog::builtIn().runners().size(), catalog->runners().size());
}

void tst_RunnerCatalog::builtInContents()
{
    const RunnerCatalog &catalog = RunnerCatalog::builtIn();
    QCOMPARE(catalog.environmentTypes(),
             (QStringList{QStringLiteral("DOCKER"), QStringLiteral("PROCESS"), QStringLiteral("LOOPBACK"), QStringLiteral("EXTERNAL")}));
    QVERIFY(catalog.environmentTypeHelp(QStringLiteral("process")).contains(QLatin1String("command")));
    QVERIFY(catalog.environmentTypeHelp(QStringLiteral("NOPE")).isEmpty());

    const RunnerInfo *flink = catalog.find(QStringLiteral("flink"));
    QVERIFY(flink);
    QCOMPARE(flink->endpoint, RunnerInfo::Endpoint::Required);
    QCOMPARE(flink->defaultPort, 8099);
    QCOMPARE(flink->defaultEnvironmentType, QStringLiteral("DOCKER"));
    QVERIFY(flink->option(QStringLiteral("parallelism")));
    QVERIFY(flink->option(QStringLiteral("parallelism"))->hasRange);

    const RunnerInfo *prism = catalog.find(QStringLiteral("prism"));
    QVERIFY(prism);
    QCOMPARE(prism->endpoint, RunnerInfo::Endpoint::Optional);
    QCOMPARE(prism->defaultPort, 8073);
    QCOMPARE(prism->webUiPort, 8074);
    QVERIFY(!prism->needsWorkerBinary);

    const RunnerInfo *dataflow = catalog.find(QStringLiteral("dataflow"));
    QVERIFY(dataflow);
    QCOMPARE(dataflow->endpoint, RunnerInfo::Endpoint::None);
    QVERIFY(dataflow->option(QStringLiteral("project"))->required);
    QVERIFY(dataflow->option(QStringLiteral("staging_location"))->required);
    QCOMPARE(dataflow->options.first().name, QStringLiteral("project"));
    // Every default passes its own validation (fromJson checks it; this keeps the rule honest).
    for (const RunnerInfo &r : catalog.runners()) {
        for (const RunnerOption &o : r.options)
            QVERIFY2(o.validate(o.defaultValue).isEmpty() || (o.required && o.defaultValue.isEmpty()), qPrintable(o.name));
    }
}

void tst_RunnerCatalog::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: not found
    QTest::newRow("name") << QStringLiteral("flink") << QStringLiteral("flink");
    QTest::newRow("case") << QStringLiteral("FLINK") << QStringLiteral("flink");
    QTest::newRow("alias") << QStringLiteral("portable") << QStringLiteral("universal");
    QTest::newRow("alias case") << QStringLiteral("Portable") << QStringLiteral("universal");
    QTest::newRow("spaces") << QStringLiteral(" prism ") << QStringLiteral("prism");
    QTest::newRow("unknown") << QStringLiteral("mycorp-runner") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("prefix is not enough") << QStringLiteral("flin") << QString();
}

void tst_RunnerCatalog::find()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const RunnerInfo *r = RunnerCatalog::builtIn().find(query);
    QCOMPARE(r ? r->name : QString(), expected);
}

void tst_RunnerCatalog::minimalIsValid()
{
    QString error;
    const std::optional<RunnerCatalog> c = RunnerCatalog::fromJson(QJsonDocument(minimalCatalog()).toJson(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->runners().size(), 2);
    QCOMPARE(c->find(QStringLiteral("FAR"))->name, QStringLiteral("remote"));
    QCOMPARE(c->find(QStringLiteral("remote"))->options.first().defaultValue, QStringLiteral("3"));
    QVERIFY(c->find(QStringLiteral("local"))->needsWorkerBinary); // the default
}

void tst_RunnerCatalog::rejects_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("wrong schema") << Edit([](QJsonObject &r) { r.insert(QLatin1String("schema"), 2); }) << QStringLiteral("schema 2");
    QTest::newRow("no runners") << Edit([](QJsonObject &r) { r.insert(QLatin1String("runners"), QJsonArray()); }) << QStringLiteral("no runners");
    QTest::newRow("no environment types")
        << Edit([](QJsonObject &r) { r.insert(QLatin1String("environmentTypes"), QJsonArray()); }) << QStringLiteral("no environment types");
    QTest::newRow("duplicate environment type")
        << Edit([](QJsonObject &r) {
               QJsonArray a = r.value(QLatin1String("environmentTypes")).toArray();
               a.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("DOCKER")}});
               r.insert(QLatin1String("environmentTypes"), a);
           })
        << QStringLiteral("DOCKER");
    QTest::newRow("duplicate name") << editRunner(1, "name", QStringLiteral("local")) << QStringLiteral("twice");
    QTest::newRow("alias equals a name") << editRunner(1, "aliases", QJsonArray{QStringLiteral("local")}) << QStringLiteral("twice");
    QTest::newRow("alias used by two runners") << editRunner(0, "aliases", QJsonArray{QStringLiteral("far")}) << QStringLiteral("twice");
    QTest::newRow("upper-case alias") << editRunner(0, "aliases", QJsonArray{QStringLiteral("Near")}) << QStringLiteral("lower-case");
    QTest::newRow("bad name") << editRunner(0, "name", QStringLiteral("my runner")) << QStringLiteral("my runner");
    QTest::newRow("empty name") << editRunner(0, "name", QString()) << QStringLiteral("lower-case");
    QTest::newRow("unknown endpoint kind") << editRunner(0, "endpoint", QStringLiteral("sometimes")) << QStringLiteral("sometimes");
    QTest::newRow("port too big") << editRunner(1, "defaultPort", 70000) << QStringLiteral("1-65535");
    QTest::newRow("port zero") << editRunner(1, "webUiPort", 0) << QStringLiteral("1-65535");
    QTest::newRow("port not a number") << editRunner(1, "defaultPort", QStringLiteral("8099")) << QStringLiteral("1-65535");
    QTest::newRow("required endpoint without port") << editRunner(1, "defaultPort", QJsonValue()) << QStringLiteral("default port");
    QTest::newRow("unknown environment type") << editRunner(0, "environmentTypes", QJsonArray{QStringLiteral("PROCESS")}) << QStringLiteral("PROCESS");
    QTest::newRow("default environment not listed") << editRunner(0, "defaultEnvironmentType", QStringLiteral("DOCKER")) << QStringLiteral("DOCKER");
    QTest::newRow("unknown option type") << editOption("type", QStringLiteral("float")) << QStringLiteral("float");
    QTest::newRow("option name with dash") << editOption("name", QStringLiteral("my-level")) << QStringLiteral("my-level");
    QTest::newRow("option takes a reserved flag") << editOption("name", QStringLiteral("endpoint")) << QStringLiteral("endpoint");
    QTest::newRow("pattern does not compile") << editOption("pattern", QStringLiteral("([a-z")) << QStringLiteral("does not compile");
    QTest::newRow("range min > max") << editOption("min", 10) << QStringLiteral("min <= max");
    QTest::newRow("range on a string")
        << Edit([](QJsonObject &root) {
               editOption("type", QStringLiteral("string"))(root);
               editOption("default", QJsonValue())(root);
           })
        << QStringLiteral("int type");
    QTest::newRow("enum without values")
        << Edit([](QJsonObject &root) {
               editOption("type", QStringLiteral("enum"))(root);
               editOption("min", QJsonValue())(root);
               editOption("max", QJsonValue())(root);
               editOption("default", QJsonValue())(root);
           })
        << QStringLiteral("without values");
    QTest::newRow("default out of its range") << editOption("default", QStringLiteral("12")) << QStringLiteral("default");
    QTest::newRow("duplicate option")
        << Edit([](QJsonObject &root) {
               QJsonObject r = runnerAt(root, 1);
               QJsonArray options = r.value(QLatin1String("options")).toArray();
               options.append(options.at(0));
               r.insert(QLatin1String("options"), options);
               setRunner(root, 1, r);
           })
        << QStringLiteral("twice");
}

void tst_RunnerCatalog::rejects()
{
    QFETCH(Edit, edit);
    QFETCH(QString, errorContains);
    QJsonObject root = minimalCatalog();
    edit(root);
    QString error;
    QVERIFY(!RunnerCatalog::fromJson(QJsonDocument(root).toJson(), &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));

    QVERIFY(!RunnerCatalog::fromJson("{not json", &error));
    QVERIFY(!RunnerCatalog::fromJson("[]", &error));
}

void tst_RunnerCatalog::validateOption_data()
{
    QTest::addColumn<RunnerOption>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorContains"); // empty: valid

    RunnerOption required = option("string");
    required.required = true;
    required.help = QStringLiteral("The project.");
    RunnerOption ranged = option("int");
    ranged.hasRange = true;
    ranged.min = -1;
    ranged.max = 100;
    RunnerOption enumeration = option("enum");
    enumeration.values = QStringList{QString(), QStringLiteral("NONE"), QStringLiteral("THROUGHPUT_BASED")};
    RunnerOption patterned = option("string");
    patterned.pattern = QStringLiteral("^gs://.+");
    patterned.help = QStringLiteral("A gs:// folder.");

    QTest::newRow("empty optional") << option("string") << QString() << QString();
    QTest::newRow("empty required") << required << QString() << QStringLiteral("--opt is required: The project.");
    QTest::newRow("required given") << required << QStringLiteral("p") << QString();
    QTest::newRow("int") << option("int") << QStringLiteral("42") << QString();
    QTest::newRow("int negative") << option("int") << QStringLiteral("-3") << QString();
    QTest::newRow("int not a number") << option("int") << QStringLiteral("4x") << QStringLiteral("whole number");
    QTest::newRow("int decimal") << option("int") << QStringLiteral("4.5") << QStringLiteral("whole number");
    QTest::newRow("range low edge") << ranged << QStringLiteral("-1") << QString();
    QTest::newRow("range high edge") << ranged << QStringLiteral("100") << QString();
    QTest::newRow("range below") << ranged << QStringLiteral("-2") << QStringLiteral("between -1 and 100");
    QTest::newRow("range above") << ranged << QStringLiteral("101") << QStringLiteral("between -1 and 100");
    QTest::newRow("bool true") << option("bool") << QStringLiteral("true") << QString();
    QTest::newRow("bool False") << option("bool") << QStringLiteral("False") << QString();
    QTest::newRow("bool yes") << option("bool") << QStringLiteral("yes") << QStringLiteral("true or false");
    QTest::newRow("enum value") << enumeration << QStringLiteral("NONE") << QString();
    QTest::newRow("enum wrong case") << enumeration << QStringLiteral("none") << QStringLiteral("NONE, THROUGHPUT_BASED");
    QTest::newRow("enum unknown") << enumeration << QStringLiteral("FAST") << QStringLiteral("one of");
    QTest::newRow("json object") << option("json") << QStringLiteral(R"({"team": "data"})") << QString();
    QTest::newRow("json broken") << option("json") << QStringLiteral(R"({"team": )") << QStringLiteral("must be JSON");
    QTest::newRow("pattern ok") << patterned << QStringLiteral("gs://bucket/staging") << QString();
    QTest::newRow("pattern fails") << patterned << QStringLiteral("/tmp/staging") << QStringLiteral("A gs:// folder.");
    QTest::newRow("free string") << option("string") << QStringLiteral("anything at all ✓") << QString();
}

void tst_RunnerCatalog::validateOption()
{
    QFETCH(RunnerOption, option);
    QFETCH(QString, value);
    QFETCH(QString, errorContains);
    const QString error = option.validate(value);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void tst_RunnerCatalog::closestRunner_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("closest"); // empty: no guess
    QTest::newRow("two letters swapped") << QStringLiteral("prsim") << QStringLiteral("prism");
    QTest::newRow("a letter missing") << QStringLiteral("dataflw") << QStringLiteral("dataflow");
    QTest::newRow("a letter more, other case") << QStringLiteral("FLINKK") << QStringLiteral("flink");
    QTest::newRow("a wrong letter") << QStringLiteral("spork") << QStringLiteral("spark");
    QTest::newRow("known: no guess") << QStringLiteral("prism") << QString();
    QTest::newRow("far from all") << QStringLiteral("kubernetes") << QString();
    QTest::newRow("short and far") << QStringLiteral("xy") << QString();
}

void tst_RunnerCatalog::closestRunner()
{
    QFETCH(QString, typed);
    QFETCH(QString, closest);
    QString spelling;
    const RunnerInfo *runner = RunnerCatalog::builtIn().closest(typed, &spelling);
    if (closest.isEmpty()) {
        QVERIFY2(!runner, qPrintable(spelling));
        return;
    }
    QVERIFY(runner);
    QCOMPARE(spelling, closest);
}

void tst_RunnerCatalog::editDistance()
{
    QCOMPARE(RunnerCatalog::editDistance(QStringLiteral("prsim"), QStringLiteral("prism")), 1);
    QCOMPARE(RunnerCatalog::editDistance(QStringLiteral("Prism"), QStringLiteral("prism")), 0);
    QCOMPARE(RunnerCatalog::editDistance(QString(), QStringLiteral("dot")), 3);
    QCOMPARE(RunnerCatalog::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

QTEST_GUILESS_MAIN(tst_RunnerCatalog)
#include "tst_runnercatalog.moc"
