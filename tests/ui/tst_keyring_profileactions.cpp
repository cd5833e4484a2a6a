// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Issue #24 part 4 with a real Secret Service (ctest runs this inside tests/with-keyring): the
// command line and the window duplicate and delete a profile with a secret the same way
// (ProfileActions). A copy carries the secret's value; a delete removes it; a delete whose file
// cannot be removed (another instance holds the profile lock: a real process) keeps the profile
// and puts its secret back, saying so in the same words in both.
#include "ProfileFrontEnds.h"
#include "profiles/SecretStore.h"

#include <QApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Token = u"API_TOKEN"_s;
const QString Value = u"s3cret-\u00fc-value"_s;

} // namespace

class TestKeyringProfileActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;
    ScriptedDialogs m_dialogs;
    SecretStore m_secrets;

    CliRun cli(const QStringList &args) { return runCli(QStringList{u"profiles"_s} + args, m_env, 60000); }
    QString idOf(const QString &name)
    {
        for (const Profile &p : profilesIn(m_config.path())) {
            if (p.name == name)
                return p.id;
        }
        return {};
    }
    /// The secret's value in the keychain, or the status that says why there is none.
    QString secretOf(const QString &id)
    {
        const SecretStore::Result r = m_secrets.readSync(id, Token);
        return r.ok() ? r.value : u"<status %1>"_s.arg(int(r.status));
    }
    QString notThere() const { return u"<status %1>"_s.arg(int(SecretStore::Status::NotFound)); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BL_WITH_KEYRING_INNER"))
            QFAIL("run this test through tests/with-keyring (ctest does): it must not touch your own keyring");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.isValid() && m_cache.isValid());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment();
        const Profile p = saveProfileWithSecret(m_config.path(), u"Keyed"_s, Token);
        const SecretStore::Result written = m_secrets.writeSync(p.id, Token, Value);
        BL_VERIFY2(written.ok(), qPrintable(written.message));
    }

    void duplicateCopiesTheSecretInBothFrontEnds()
    {
        const CliRun run = cli({u"duplicate"_s, u"Keyed"_s});
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString cliCopy = idOf(u"Keyed (copy)"_s);
        QVERIFY(!cliCopy.isEmpty());
        QCOMPARE(secretOf(cliCopy), Value);

        const WindowOutcome window = actInWindow(m_dialogs, u"Keyed"_s, "duplicateAction");
        BL_VERIFY2(!window.warning, qPrintable(window.warning ? window.warning->text : QString()));
        const QString windowCopy = idOf(u"Keyed (copy 2)"_s);
        QVERIFY(!windowCopy.isEmpty());
        QCOMPARE(window.shownId, windowCopy); // the copy is shown
        QCOMPARE(secretOf(windowCopy), Value);
    }

    void deleteWhoseFileStaysKeepsTheSecretInBothFrontEnds()
    {
        const QString id = idOf(u"Keyed (copy)"_s);
        QVERIFY(!id.isEmpty());
        // Another instance holds the profile lock for longer than the command line waits (10 s).
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const auto killHolder = qScopeGuard([&holder] {
            holder.kill();
            holder.waitForFinished();
        });
        holder.start(QStringLiteral(BL_PROFILE_SAVER), {u"--hold-lock"_s, m_config.path(), u"40000"_s});
        BL_VERIFY2(holder.waitForStarted(), qPrintable(holder.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine(), 10000);
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        const CliRun run = cli({u"delete"_s, u"Keyed (copy)"_s});
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        const QString said = cliError(run);
        BL_VERIFY2(said.startsWith(u"The profile \"Keyed (copy)\" was kept, with its secrets: Another Beam Launcher"_s),
                   qPrintable(run.describe()));
        QCOMPARE(secretOf(id), Value); // removed first, put back when the file stayed
        QCOMPARE(idOf(u"Keyed (copy)"_s), id);

        const WindowOutcome window = actInWindow(m_dialogs, u"Keyed (copy)"_s, "deleteAction");
        QVERIFY(window.warning);
        QCOMPARE(window.warning->title, u"Cannot delete the profile"_s);
        QCOMPARE(window.warning->text, said); // the same words, the same holder named
        QCOMPARE(secretOf(id), Value);
        QCOMPARE(idOf(u"Keyed (copy)"_s), id);
        QCOMPARE(window.shownId, id);
    }

    void deleteRemovesTheSecretInBothFrontEnds()
    {
        const QString cliCopy = idOf(u"Keyed (copy)"_s);
        const QString windowCopy = idOf(u"Keyed (copy 2)"_s);
        QVERIFY(!cliCopy.isEmpty() && !windowCopy.isEmpty());
        const CliRun run = cli({u"delete"_s, u"Keyed (copy)"_s});
        BL_VERIFY2(run.exitCode == 0 && run.err.contains("Deleted profile \"Keyed (copy)\"."), qPrintable(run.describe()));
        QCOMPARE(secretOf(cliCopy), notThere());
        QVERIFY(idOf(u"Keyed (copy)"_s).isEmpty());

        const WindowOutcome window = actInWindow(m_dialogs, u"Keyed (copy 2)"_s, "deleteAction");
        BL_VERIFY2(!window.warning, qPrintable(window.warning ? window.warning->text : QString()));
        QCOMPARE(secretOf(windowCopy), notThere());
        QVERIFY(idOf(u"Keyed (copy 2)"_s).isEmpty());
        QCOMPARE(window.listed, QStringList{u"Keyed"_s});
        QCOMPARE(secretOf(idOf(u"Keyed"_s)), Value); // the original keeps its own
    }
};

QTEST_MAIN(TestKeyringProfileActions)
#include "tst_keyring_profileactions.moc"
