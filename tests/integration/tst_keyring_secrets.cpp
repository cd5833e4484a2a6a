// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// SecretStore against a real Secret Service: ctest runs this file inside tests/with-keyring
// (a private D-Bus session with an unlocked gnome-keyring), never against the user's own.
#include "VerifyWhole.h"
#include "profiles/ProfileActions.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;

class TestKeyringSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BL_WITH_KEYRING_INNER"))
            QFAIL("run this test through tests/with-keyring (ctest does): it must not touch your own keyring");
    }

    void writeReadDelete()
    {
        SecretStore secrets;
        const QString id = Profile::newId();
        const QString value = QStringLiteral("s3cr3t ünïcode value \"with quotes\"");
        SecretStore::Result r = secrets.writeSync(id, QStringLiteral("API_TOKEN"), value);
        BL_VERIFY2(r.ok(), qPrintable(r.message));

        // The entry is where other tools expect it: QtKeychain's libsecret schema stores the
        // service as "server" and the key as "user".
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                     QStringLiteral("server"), SecretStore::service()});
        QVERIFY(lookup.waitForFinished(10000));
        const QString listing = QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
        BL_VERIFY2(listing.contains(QStringLiteral("attribute.user = ") + SecretStore::keyFor(id, QStringLiteral("API_TOKEN"))),
                 qPrintable(listing));

        r = secrets.readSync(id, QStringLiteral("API_TOKEN"));
        BL_VERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, value);

        // Asynchronous form: exactly one callback.
        int calls = 0;
        SecretStore::Result async;
        secrets.read(id, QStringLiteral("API_TOKEN"), [&](const SecretStore::Result &result) {
            ++calls;
            async = result;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(async.value, value);

        r = secrets.removeSync(id, QStringLiteral("API_TOKEN"));
        BL_VERIFY2(r.ok(), qPrintable(r.message));
        r = secrets.readSync(id, QStringLiteral("API_TOKEN"));
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        QVERIFY(r.message.contains(QStringLiteral("API_TOKEN")));
        // Removing what is gone is fine.
        QVERIFY(secrets.removeSync(id, QStringLiteral("API_TOKEN")).ok());
        QTest::qWait(secrets.timeout() > 200 ? 200 : 0); // a late timer must not call back again
        QCOMPARE(calls, 1);
    }

    void deletingAProfileDeletesItsSecrets()
    {
        QTemporaryDir dir;
        SecretStore secrets;
        ProfileStore store(dir.path());
        store.setSecretStore(&secrets);
        ProfileActions actions(&store, &secrets);
        QSignalSpy warnings(&store, &ProfileStore::warning);
        QVERIFY(store.load());

        Profile p;
        p.name = QStringLiteral("With secrets");
        p.settings.environment = {{QStringLiteral("TOKEN"), {}, true},
                                  {QStringLiteral("PASSWORD"), {}, true},
                                  {QStringLiteral("PLAIN"), QStringLiteral("x"), false}};
        QVERIFY(store.save(p));
        QVERIFY(secrets.writeSync(p.id, QStringLiteral("TOKEN"), QStringLiteral("t")).ok());
        QVERIFY(secrets.writeSync(p.id, QStringLiteral("PASSWORD"), QStringLiteral("p")).ok());

        // Duplicating copies the secrets to the new id.
        std::optional<ProfileActions::Result> duplicated;
        actions.duplicate(p.id, [&](const ProfileActions::Result &r) { duplicated = r; });
        QTRY_VERIFY(duplicated);
        BL_VERIFY2(duplicated->ok(), qPrintable(duplicated->error));
        auto copy = duplicated->profile;
        QVERIFY(copy);
        QTRY_VERIFY(secrets.readSync(copy->id, QStringLiteral("PASSWORD")).ok());
        QCOMPARE(secrets.readSync(copy->id, QStringLiteral("TOKEN")).value, QStringLiteral("t"));

        // Dropping a secret variable from the profile deletes its entry.
        p.settings.environment.removeAt(1);
        QVERIFY(store.save(p));
        QTRY_COMPARE(secrets.readSync(p.id, QStringLiteral("PASSWORD")).status, SecretStore::Status::NotFound);
        QVERIFY(secrets.readSync(p.id, QStringLiteral("TOKEN")).ok());

        // Removing the profile deletes the rest; the copy keeps its own.
        std::optional<ProfileActions::Result> removed;
        actions.remove(p.id, [&](const ProfileActions::Result &r) { removed = r; });
        QTRY_VERIFY(removed);
        QVERIFY(removed->ok());
        QTRY_COMPARE(secrets.readSync(p.id, QStringLiteral("TOKEN")).status, SecretStore::Status::NotFound);
        QVERIFY(secrets.readSync(copy->id, QStringLiteral("TOKEN")).ok());

        // removeAllFor() on its own.
        int calls = 0;
        secrets.removeAllFor(*copy, [&](const SecretStore::Result &r) {
            QVERIFY(r.ok());
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(secrets.readSync(copy->id, QStringLiteral("TOKEN")).status, SecretStore::Status::NotFound);
        QCOMPARE(secrets.readSync(copy->id, QStringLiteral("PASSWORD")).status, SecretStore::Status::NotFound);
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyringSecrets)
#include "tst_keyring_secrets.moc"
