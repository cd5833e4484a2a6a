// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The robustness table of issue #18, rows 7 to 9 at entry: secrets and environment values are
// checked when they are given, not only at launch, and a secret can be removed again. Through
// the real beam-launcher and a real Secret Service (this test runs under tests/with-keyring).
#include "CliRunner.h"
#include "profiles/SecretStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

CliRun runWithInput(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BL_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    p.waitForFinished();
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class TestKeyringBadSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

    QString profileId(const QString &name)
    {
        return QJsonDocument::fromJson(runCli({u"profiles"_s, u"show"_s, name}, m_env).out).object().value(u"id"_s).toString();
    }
    QByteArray shown(const QString &name) { return runCli({u"profiles"_s, u"show"_s, name}, m_env).out; }

private Q_SLOTS:
    void initTestCase()
    {
        BL_VERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "runs under tests/with-keyring");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_config.path());
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        const CliRun run = runCli({u"profiles"_s, u"create"_s, u"p"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    // #18 row 7 at entry: `printf 'a\0b' | profiles set-secret p API_TOKEN` stored "a" silently.
    // Refused now (exit 2), nothing in the keychain, the profile unchanged.
    void row07_nulInASecretIsRefusedAtEntry()
    {
        const QByteArray before = shown(u"p"_s);
        const CliRun run = runWithInput({u"profiles"_s, u"set-secret"_s, u"p"_s, u"API_TOKEN"_s}, m_env, QByteArray("a\0b", 3));
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("contains a NUL character"), qPrintable(run.describe()));
        QCOMPARE(shown(u"p"_s), before);
        bl::SecretStore secrets;
        QCOMPARE(secrets.readSync(profileId(u"p"_s), u"API_TOKEN"_s).status, bl::SecretStore::Status::NotFound);
    }

    // #18 row 8 at entry: a 200 KiB secret was accepted, then every launch failed with "Argument
    // list too long". Refused now (exit 2, the limit named); and `profiles unset-secret` exists.
    void row08_oversizedSecretIsRefusedAndSecretsCanBeRemoved()
    {
        CliRun run = runWithInput({u"profiles"_s, u"set-secret"_s, u"p"_s, u"BIG_TOKEN"_s}, m_env, QByteArray(200 * 1024, 'k'));
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("secrets may be at most 64 KiB"), qPrintable(run.describe()));
        QVERIFY(!shown(u"p"_s).contains("BIG_TOKEN"));

        run = runWithInput({u"profiles"_s, u"set-secret"_s, u"p"_s, u"API_TOKEN"_s}, m_env, "value-1234\n");
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString id = profileId(u"p"_s);
        bl::SecretStore secrets;
        QCOMPARE(secrets.readSync(id, u"API_TOKEN"_s).value, u"value-1234"_s);
        run = runCli({u"profiles"_s, u"unset-secret"_s, u"p"_s, u"API_TOKEN"_s}, m_env);
        BL_VERIFY2(run.exitCode == 0 && run.err.contains("Removed the secret API_TOKEN"), qPrintable(run.describe()));
        QVERIFY(!shown(u"p"_s).contains("API_TOKEN"));
        QCOMPARE(secrets.readSync(id, u"API_TOKEN"_s).status, bl::SecretStore::Status::NotFound);
        run = runCli({u"profiles"_s, u"unset-secret"_s, u"p"_s, u"API_TOKEN"_s}, m_env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("has no secrets, so none named API_TOKEN"), qPrintable(run.describe()));
    }

    // #18 row 9 at entry: `profiles create s FAKE --runner prism --env API_TOKEN=hunter22` stored it
    // in plain text without a word. It warns now and names `profiles set-secret`; a 100 KiB --env
    // value is refused (exit 2).
    void row09_plainTextSecretWarnsAtEntry()
    {
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"s"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s,
                             u"--env"_s, u"API_TOKEN=hunter22"_s},
                            m_env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("API_TOKEN looks like a secret") && run.err.contains("profiles set-secret"),
                 qPrintable(run.describe()));
        run = runCli({u"profiles"_s, u"create"_s, u"big"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s, u"--env"_s,
                      u"DATA="_s + QString(100 * 1024, u'd')},
                     m_env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("environment values may be at most 64 KiB"), qPrintable(run.describe()));
        QVERIFY(runCli({u"profiles"_s, u"show"_s, u"big"_s}, m_env).exitCode == 2);
    }
};

QTEST_GUILESS_MAIN(TestKeyringBadSecrets)
#include "tst_keyring_badsecrets.moc"
