// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Issue #24 part 4: delete and duplicate of a profile with a secret when there is no keychain
// (this process and the beam-launcher it runs have a session bus that does not exist, as on a
// machine without a desktop). Both front ends go through ProfileActions: the same refusal, in
// the same words, and nothing changed — the profile kept with its secret variable (the window
// used to delete the file first and only then find the keychain gone), no copy without its
// secrets (the command line used to make one silently). A profile without secrets needs no
// keychain in either.
#include "ProfileFrontEnds.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

// Where the session bus would be: nothing listens there. Set before anything touches D-Bus.
QString deadBusFolder()
{
    static QTemporaryDir folder;
    return folder.path();
}

} // namespace

class TestProfileActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;
    ScriptedDialogs m_dialogs;

    CliRun cli(const QStringList &args) { return runCli(QStringList{u"profiles"_s} + args, m_env, 60000); }
    /// What `beam-launcher profiles ARGS` said when it failed (exit 1) with words that start
    /// with `start` and then say that there is no keychain; empty (and why, in the log) otherwise.
    QString refusedByCli(const QStringList &args, const QString &start)
    {
        const CliRun run = cli(args);
        const QString said = cliError(run);
        if (run.exitCode == 1 && said.startsWith(start + u" No keychain is available: start your desktop's keyring"_s))
            return said;
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.isValid() && m_cache.isValid());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment(); // the dead bus included (main())
    }

    void deleteWithoutKeychainKeepsTheProfileInBothFrontEnds()
    {
        const Profile p = saveProfileWithSecret(m_config.path(), u"Secretive"_s, u"API_TOKEN"_s);
        const QString file = m_config.filePath(u"profiles/"_s + p.id + u".json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        const QString said = refusedByCli({u"delete"_s, u"Secretive"_s},
                                          u"The profile \"Secretive\" was kept, with its secrets: the secret API_TOKEN "
                                          u"could not be removed from the keychain."_s);
        QVERIFY(!said.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // the file as it was
        f.close();

        const WindowOutcome window = actInWindow(m_dialogs, u"Secretive"_s, "deleteAction");
        QVERIFY(window.warning);
        QCOMPARE(window.warning->title, u"Cannot delete the profile"_s);
        QCOMPARE(window.warning->text, said); // the same words as the command line
        QCOMPARE(window.shownId, p.id); // kept, and still shown
        const QList<Profile> onDisk = profilesIn(m_config.path());
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.constFirst().id, p.id);
        QCOMPARE(onDisk.constFirst().secretNames(), QStringList{u"API_TOKEN"_s});
    }

    void duplicateWithoutKeychainMakesNoCopyInBothFrontEnds()
    {
        const QString said = refusedByCli({u"duplicate"_s, u"Secretive"_s},
                                          u"The profile \"Secretive\" was not duplicated: its secret API_TOKEN could "
                                          u"not be copied in the keychain."_s);
        QVERIFY(!said.isEmpty());
        QCOMPARE(profilesIn(m_config.path()).size(), 1);

        const WindowOutcome window = actInWindow(m_dialogs, u"Secretive"_s, "duplicateAction");
        QVERIFY(window.warning);
        QCOMPARE(window.warning->title, u"Cannot duplicate the profile"_s);
        QCOMPARE(window.warning->text, said);
        QCOMPARE(profilesIn(m_config.path()).size(), 1); // no copy without its secret
        QCOMPARE(window.listed, QStringList{u"Secretive"_s});
    }

    void aProfileWithoutSecretsNeedsNoKeychain()
    {
        saveProfileWithSecret(m_config.path(), u"Plain"_s, QString());
        CliRun run = cli({u"duplicate"_s, u"Plain"_s});
        BL_VERIFY2(run.exitCode == 0 && run.err.contains("Saved profile \"Plain (copy)\"."), qPrintable(run.describe()));
        run = cli({u"delete"_s, u"Plain (copy)"_s});
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        WindowOutcome window = actInWindow(m_dialogs, u"Plain"_s, "duplicateAction");
        QVERIFY(!window.warning);
        QCOMPARE(window.listed, (QStringList{u"Plain"_s, u"Plain (copy)"_s, u"Secretive"_s}));
        window = actInWindow(m_dialogs, u"Plain (copy)"_s, "deleteAction");
        QVERIFY(!window.warning);
        QCOMPARE(window.listed, (QStringList{u"Plain"_s, u"Secretive"_s}));
        QStringList names;
        for (const Profile &p : profilesIn(m_config.path()))
            names << p.name;
        QCOMPARE(names, (QStringList{u"Plain"_s, u"Secretive"_s}));
    }
};

int main(int argc, char **argv)
{
    // No keychain for this process and its children: a session bus nobody serves, no keyring
    // to find. Never the user's own.
    qputenv("DBUS_SESSION_BUS_ADDRESS", QString(u"unix:path="_s + deadBusFolder() + u"/no-bus"_s).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", deadBusFolder().toLocal8Bit());
    qunsetenv("GNOME_KEYRING_CONTROL");
    QApplication app(argc, argv);
    TestProfileActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profileactions.moc"
