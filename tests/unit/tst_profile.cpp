// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace bl;

namespace {

Profile fullProfile()
{
    Profile p;
    p.id = QStringLiteral("0b6a6c8e-1f0e-4e63-9d6a-5a1c2e3f4a5b");
    p.name = QStringLiteral("Flink on staging");
    p.notes = QStringLiteral("Line one\nline two, \"quoted\" and ünïcode");
    p.created = QDateTime(QDate(2024, 5, 1), QTime(10, 11, 12, 345), QTimeZone::utc());
    p.modified = QDateTime(QDate(2024, 6, 2), QTime(1, 2, 3, 4), QTimeZone::utc());
    LaunchSettings &s = p.settings;
    s.packageDir = QStringLiteral("/home/me/pipelines/wordcount");
    s.launcherPlatform = {QStringLiteral("darwin"), QStringLiteral("arm64")};
    s.workerPlatform = {QStringLiteral("linux"), QStringLiteral("arm64")};
    s.cgo = true;
    s.buildTags = {QStringLiteral("netgo"), QStringLiteral("integration")};
    s.goPath = QStringLiteral("/usr/local/go/bin/go");
    s.outDir = QStringLiteral("/tmp/out");
    s.launcherBinary = QStringLiteral("/tmp/out/launcher");
    s.workerBinary = QStringLiteral("/tmp/out/worker");
    s.runner = QStringLiteral("flink");
    s.endpoint = QStringLiteral("localhost:8099");
    s.environmentType = QStringLiteral("LOOPBACK");
    s.environmentConfig = QStringLiteral("apache/beam_go_sdk:latest");
    s.runnerOptions = {{QStringLiteral("parallelism"), QStringLiteral("4")},
                       {QStringLiteral("flink_master"), QStringLiteral("localhost:8081")}};
    s.pipelineFlags = {QStringLiteral("--input=gs://bucket/a b.txt"), QStringLiteral("--output=/tmp/x")};
    s.environment = {{QStringLiteral("PLAIN"), QStringLiteral("value=1"), false},
                     {QStringLiteral("API_TOKEN"), QString(), true}};
    return p;
}

// Profile files as tests meet them (no raw strings: Qt 6.4's moc misreads some).
QByteArray sample(int index)
{
    static const char *const samples[] = {
        // 0
        "{\n"
            "  \"schema\": 1, \"id\": \"legacy-1\", \"name\": \"Old one\", \"notes\": \"from 0.1\",\n"
            "  \"package\": \"/src/pipe\", \"goos\": \"linux\", \"goarch\": \"arm64\",\n"
            "  \"runner\": \"flink\", \"endpoint\": \"localhost:8099\",\n"
            "  \"flags\": \"--input=\\\"a b.txt\\\" --output=/tmp/o \\\"--label=x y\\\"\",\n"
            "  \"env\": {\"A\": \"1\", \"B\": \"two\"},\n"
            "  \"futureThing\": {\"kept\": true}\n"
            "}",
        // 1
        "{\n"
            "  \"id\": \"legacy-1\", \"name\": \"Old one\", \"notes\": \"from 0.1\",\n"
            "  \"package\": \"/src/pipe\", \"goos\": \"linux\", \"goarch\": \"arm64\",\n"
            "  \"runner\": \"flink\", \"endpoint\": \"localhost:8099\",\n"
            "  \"flags\": \"--input=\\\"a b.txt\\\" --output=/tmp/o \\\"--label=x y\\\"\",\n"
            "  \"env\": {\"A\": \"1\", \"B\": \"two\"},\n"
            "  \"futureThing\": {\"kept\": true}\n"
            "}",
        // 2
        "{\"schema\": 2, \"id\": \"a\"}",
        // 3
        "{\"schema\": 2, \"id\": \"a\", \"name\": 5}",
        // 4
        "{\"schema\": \"two\", \"name\": \"n\"}",
        // 5
        "{\"schema\": 2, \"name\": \"n\", \"settings\": {\"workerPlatform\": \"Linux-AMD64\"}}",
        // 6
        "{\"schema\": 2, \"name\": \"n\", \"settings\": {\"pipelineFlags\": \"--a\"}}",
        // 7
        "{\"schema\": 2, \"id\": \"../x\", \"name\": \"n\"}",
        // 8
        "{\n"
            "  \"schema\": 3, \"id\": \"from-the-future\", \"name\": \"Future\", \"notes\": \"\",\n"
            "  \"color\": \"#ff8800\", \"tags\": [\"a\", \"b\"], \"nested\": {\"deep\": [1, 2, {\"x\": null}]},\n"
            "  \"settings\": {\"runner\": \"prism\", \"workerPlatform\": \"linux/amd64\",\n"
            "               \"gpu\": {\"kind\": \"t4\", \"count\": 2}, \"environment\": []}\n"
            "}"
    };
    return QByteArray(samples[index]);
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryField()
    {
        const Profile p = fullProfile();
        QString error;
        int line = -1;
        const auto back = Profile::fromJson(p.toJson(), &error, &line);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(line, 0);
        QCOMPARE(back->id, p.id);
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->notes, p.notes);
        QCOMPARE(back->created, p.created);
        QCOMPARE(back->modified, p.modified);
        QCOMPARE(back->settings.launcherPlatform, p.settings.launcherPlatform);
        QCOMPARE(back->settings.workerPlatform, p.settings.workerPlatform);
        QCOMPARE(back->settings.runnerOptions, p.settings.runnerOptions);
        QCOMPARE(back->settings.pipelineFlags, p.settings.pipelineFlags);
        QVERIFY(back->settings == p.settings);
        QVERIFY(*back == p);
        QCOMPARE(parse(p.toJson()).value(QLatin1String("schema")).toInt(), 2);
    }

    void roundTripDefaults()
    {
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("defaults");
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back);
        QVERIFY(*back == p);
        QVERIFY(!back->settings.launcherPlatform.isValid()); // "" means the host
        QCOMPARE(back->settings.workerPlatform, Platform::defaultWorker());
    }

    void newIdIsABracelessUuid()
    {
        const QString id = Profile::newId();
        QVERIFY(!id.contains(u'{'));
        QCOMPARE(id.size(), 36);
        QVERIFY(Profile::isValidId(id));
        QVERIFY(!Profile::isValidId(QStringLiteral("../evil")));
        QVERIFY(!Profile::isValidId(QString()));
    }

    void secretValuesAreNeverWritten()
    {
        Profile p = fullProfile();
        p.settings.environment[1].value = QStringLiteral("hunter2-very-secret");
        const QByteArray json = p.toJson();
        QVERIFY(!json.contains("hunter2"));
        const QJsonArray env = parse(json)[QLatin1String("settings")][QLatin1String("environment")].toArray();
        QCOMPARE(env.size(), 2);
        const QJsonObject secret = env.at(1).toObject();
        QCOMPARE(secret.value(QLatin1String("name")).toString(), QStringLiteral("API_TOKEN"));
        QCOMPARE(secret.value(QLatin1String("secret")).toBool(), true);
        QVERIFY(!secret.contains(QLatin1String("value")));
        QCOMPARE(p.secretNames(), QStringList{QStringLiteral("API_TOKEN")});
        // Even a hand-edited file with a value for a secret does not bring it in.
        QByteArray edited = json;
        edited.replace("\"secret\": true", "\"secret\": true, \"value\": \"leaked\"");
        const auto back = Profile::fromJson(edited);
        QVERIFY(back);
        QVERIFY(back->settings.environment.at(1).value.isEmpty());
    }

    void schema1IsMigrated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("explicit schema 1") << sample(0);
        QTest::newRow("no schema number") << sample(1);
    }

    void schema1IsMigrated()
    {
        QFETCH(QByteArray, json);
        QString error;
        const auto p = Profile::fromJson(json, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->id, QStringLiteral("legacy-1"));
        QCOMPARE(p->name, QStringLiteral("Old one"));
        QCOMPARE(p->notes, QStringLiteral("from 0.1"));
        QCOMPARE(p->settings.packageDir, QStringLiteral("/src/pipe"));
        QCOMPARE(p->settings.workerPlatform, (Platform{QStringLiteral("linux"), QStringLiteral("arm64")}));
        QVERIFY(!p->settings.launcherPlatform.isValid());
        QCOMPARE(p->settings.runner, QStringLiteral("flink"));
        QCOMPARE(p->settings.endpoint, QStringLiteral("localhost:8099"));
        const QStringList flags{QStringLiteral("--input=a b.txt"), QStringLiteral("--output=/tmp/o"),
                                QStringLiteral("--label=x y")};
        QCOMPARE(p->settings.pipelineFlags, flags);
        QCOMPARE(p->settings.environment.size(), 2);
        QCOMPARE(p->settings.environment.at(0), (EnvironmentVariable{QStringLiteral("A"), QStringLiteral("1"), false}));
        QCOMPARE(p->settings.environment.at(1), (EnvironmentVariable{QStringLiteral("B"), QStringLiteral("two"), false}));
        // Consumed legacy fields are gone; a field nobody knows is kept.
        QVERIFY(!p->unknownFields.contains(QLatin1String("goos")));
        QVERIFY(!p->unknownFields.contains(QLatin1String("flags")));
        QVERIFY(p->unknownFields.contains(QLatin1String("futureThing")));
        // Written back as schema 2 with the same meaning.
        const QJsonObject written = parse(p->toJson());
        QCOMPARE(written.value(QLatin1String("schema")).toInt(), 2);
        QVERIFY(!written.contains(QLatin1String("goos")));
        const auto again = Profile::fromJson(p->toJson());
        QVERIFY(again);
        QVERIFY(*again == *p);
    }

    void unknownFieldsSurviveASave()
    {
        const QByteArray newer = sample(8);
        QString error;
        auto p = Profile::fromJson(newer, &error);
        QVERIFY2(p, qPrintable(error));
        // Read to be listed, marked as a newer version's (ProfileStore never writes it back).
        QVERIFY(p->isFromNewerVersion());
        QCOMPARE(p->schema, 3);
        p->notes = QStringLiteral("edited by an older version");
        p->settings.endpoint = QStringLiteral("localhost:8073");
        const QJsonObject saved = parse(p->toJson());
        const QJsonObject original = parse(newer);
        for (const char *key : {"color", "tags", "nested"})
            QCOMPARE(saved.value(QLatin1String(key)), original.value(QLatin1String(key)));
        const QJsonObject settings = saved.value(QLatin1String("settings")).toObject();
        QCOMPARE(settings.value(QLatin1String("gpu")),
                 original.value(QLatin1String("settings")).toObject().value(QLatin1String("gpu")));
        QCOMPARE(settings.value(QLatin1String("endpoint")).toString(), QStringLiteral("localhost:8073"));
        QCOMPARE(saved.value(QLatin1String("notes")).toString(), QStringLiteral("edited by an older version"));
    }

    void parseErrorsGiveTheLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::newRow("missing comma before line 4") << QByteArray("{\n  \"schema\": 2,\n  \"id\": \"x\"\n  \"name\": \"y\"\n}\n") << 4;
        QTest::newRow("truncated") << QByteArray("{\n  \"schema\": 2,\n  \"name\": \"y\",\n  \"settings\": {\n") << 4;
        QTest::newRow("empty file") << QByteArray() << 1;
        QTest::newRow("garbage on line 1") << QByteArray("nonsense") << 1;
        QTest::newRow("bad value on line 6")
            << QByteArray("{\n\"schema\": 2,\n\"id\": \"x\",\n\"name\": \"y\",\n\"notes\": \"\",\n\"created\": tru\n}") << 6;
    }

    void parseErrorsGiveTheLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QString error;
        int errorLine = 0;
        QVERIFY(!Profile::fromJson(json, &error, &errorLine));
        QCOMPARE(errorLine, line);
        QVERIFY2(error.contains(QStringLiteral("Line %1").arg(line)), qPrintable(error));
    }

    void semanticErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("no name") << sample(2) << QStringLiteral("name");
        QTest::newRow("name not text") << sample(3) << QStringLiteral("\"name\"");
        QTest::newRow("bad schema") << sample(4) << QStringLiteral("schema");
        // Beyond int's range (found by tests/fuzz/fuzz_profile: the cast was undefined behaviour).
        QTest::newRow("huge schema") << QByteArray("{\"schema\": 1111111111111, \"name\": \"x\"}")
                                     << QStringLiteral("schema");
        QTest::newRow("fractional schema") << QByteArray("{\"schema\": 2.5, \"name\": \"x\"}")
                                           << QStringLiteral("schema");
        QTest::newRow("bad platform")
            << sample(5)
            << QStringLiteral("workerPlatform");
        QTest::newRow("flags not a list")
            << sample(6)
            << QStringLiteral("settings.pipelineFlags");
        QTest::newRow("bad id") << sample(7) << QStringLiteral("id");
    }

    void semanticErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        int line = -1;
        QVERIFY(!Profile::fromJson(json, &error, &line));
        QCOMPARE(line, 0);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
