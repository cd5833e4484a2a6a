// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;

namespace {

Profile makeProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.notes = QStringLiteral("notes of ") + name;
    p.settings.packageDir = QStringLiteral("/src/") + name;
    p.settings.runner = QStringLiteral("flink");
    p.settings.endpoint = QStringLiteral("localhost:8099");
    p.settings.environment = {{QStringLiteral("PLAIN"), QStringLiteral("1"), false},
                              {QStringLiteral("TOKEN"), QStringLiteral("s3cr3t-value"), true}};
    return p;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void folderComesFromTheEnvironment()
    {
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_dir->path().toUtf8());
        QCOMPARE(ProfileStore::defaultFolder(), m_dir->path());
        ProfileStore store;
        QCOMPARE(store.profilesFolder(), m_dir->path() + QStringLiteral("/profiles"));
        qunsetenv("BEAM_LAUNCHER_CONFIG_DIR");
        QVERIFY(!ProfileStore::defaultFolder().isEmpty());
    }

    void saveAndLoadAgain()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile p = makeProfile(QStringLiteral("Alpha"));
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(Profile::isValidId(p.id));
        QVERIFY(p.created.isValid());
        QCOMPARE(p.modified, p.created);
        const QString path = store.profilesFolder() + u'/' + p.id + QStringLiteral(".json");
        QVERIFY(QFile::exists(path));
        QVERIFY(!readFile(path).contains("s3cr3t"));
        // The returned profile no longer carries the secret's value either.
        QVERIFY(p.settings.environment.at(1).value.isEmpty());

        ProfileStore other(m_dir->path());
        QVERIFY(other.load());
        QCOMPARE(other.profiles().size(), 1);
        QVERIFY(other.profiles().first() == p);
        QVERIFY(other.findByName(QStringLiteral("alpha")));
        QVERIFY(other.find(p.id));
        QVERIFY(other.find(QStringLiteral("Alpha")));
        QVERIFY(!other.find(QStringLiteral("Beta")));

        // A second save keeps created and moves modified.
        QTest::qWait(5);
        Profile again = p;
        again.notes = QStringLiteral("changed");
        again.created = {};
        QVERIFY(other.save(again, &error));
        QCOMPARE(again.created, p.created);
        QVERIFY(again.modified > p.modified);
        QCOMPARE(QDir(store.profilesFolder()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    }

    void namesAreUnique()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile a = makeProfile(QStringLiteral("Prod"));
        QVERIFY(store.save(a));
        Profile b = makeProfile(QStringLiteral("  prod "));
        QString error;
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        Profile empty = makeProfile(QStringLiteral("  "));
        QVERIFY(!store.save(empty, &error));
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        QCOMPARE(store.uniqueName(QStringLiteral("Prod")), QStringLiteral("Prod (2)"));
        QCOMPARE(store.uniqueName(QStringLiteral("Other")), QStringLiteral("Other"));

        // A second instance that has not reloaded still cannot take the name: the save
        // re-reads the folder under the lock.
        ProfileStore stale(m_dir->path());
        QVERIFY(stale.load());
        Profile c = makeProfile(QStringLiteral("Staging"));
        QVERIFY(store.save(c));
        Profile d = makeProfile(QStringLiteral("STAGING"));
        QVERIFY(!stale.save(d, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    }

    void renameDuplicateRemove()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile a = makeProfile(QStringLiteral("A"));
        Profile b = makeProfile(QStringLiteral("B"));
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));

        QString error;
        QVERIFY(!store.rename(a.id, QStringLiteral("b"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"b\" already exists")), qPrintable(error));
        auto renamed = store.rename(a.id, QStringLiteral("Alpha"), &error);
        QVERIFY2(renamed, qPrintable(error));
        QCOMPARE(renamed->name, QStringLiteral("Alpha"));
        QCOMPARE(renamed->id, a.id);
        QVERIFY(renamed->settings == a.settings);
        // Changing only the case of one's own name is fine.
        QVERIFY(store.rename(a.id, QStringLiteral("ALPHA"), &error));

        auto copy = store.duplicate(a.id, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->name, QStringLiteral("ALPHA (copy)"));
        QVERIFY(copy->id != a.id);
        QVERIFY(copy->settings == renamed->settings);
        auto copy2 = store.duplicate(a.id, &error);
        QVERIFY(copy2);
        QCOMPARE(copy2->name, QStringLiteral("ALPHA (copy 2)"));
        QCOMPARE(store.profiles().size(), 4);

        QVERIFY(store.remove(copy->id, &error));
        QVERIFY(!store.findById(copy->id));
        QVERIFY(!QFile::exists(store.profilesFolder() + u'/' + copy->id + QStringLiteral(".json")));
        QVERIFY(!store.remove(copy->id, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.rename(QStringLiteral("no-such-id"), QStringLiteral("x"), &error));
        QVERIFY(!store.duplicate(QStringLiteral("no-such-id"), &error));
    }

    void exportAndImport()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile a = makeProfile(QStringLiteral("Shared"));
        QVERIFY(store.save(a));
        const QString file = m_dir->filePath(QStringLiteral("shared-export.json"));
        QString error;
        QVERIFY2(store.exportTo(a.id, file, &error), qPrintable(error));
        const QByteArray exported = readFile(file);
        QVERIFY(!exported.contains("s3cr3t"));
        const QJsonObject o = QJsonDocument::fromJson(exported).object();
        QCOMPARE(o.value(QLatin1String("secretsNeeded")).toArray(), QJsonArray{QStringLiteral("TOKEN")});

        auto imported = store.importFrom(file, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->profile.id != a.id);
        QCOMPARE(imported->profile.name, QStringLiteral("Shared (2)"));
        QCOMPARE(imported->secretsNeeded, QStringList{QStringLiteral("TOKEN")});
        QVERIFY(imported->profile.settings == Profile::withoutSecretValues(a.settings));
        // The export marker does not become part of the stored profile.
        QVERIFY(!imported->profile.unknownFields.contains(QLatin1String("secretsNeeded")));
        QCOMPARE(store.profiles().size(), 2);

        // Import into an empty store keeps the name.
        QTemporaryDir elsewhere;
        ProfileStore fresh(elsewhere.path());
        QVERIFY(fresh.load());
        auto again = fresh.importFrom(file, &error);
        QVERIFY(again);
        QCOMPARE(again->profile.name, QStringLiteral("Shared"));

        writeFile(m_dir->filePath(QStringLiteral("broken.json")), "{\n  \"name\": \"x\",\n  oops\n}");
        QVERIFY(!store.importFrom(m_dir->filePath(QStringLiteral("broken.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json:3")), qPrintable(error));
        QVERIFY(!store.importFrom(m_dir->filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }

    void corruptFileIsPutAsideAndReported()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile good = makeProfile(QStringLiteral("Good"));
        QVERIFY(store.save(good));
        const QString bad = store.profilesFolder() + QStringLiteral("/badbadbad.json");
        const QByteArray badBytes = "{\n  \"schema\": 2,\n  \"name\": \"Bad\",\n  \"notes\": nope\n}\n";
        writeFile(bad, badBytes);
        // Files that are not profiles are ignored: temporary files, the lock, put-aside files.
        writeFile(store.profilesFolder() + QStringLiteral("/x.json.Ab12Cd"), "{ partial");
        writeFile(store.profilesFolder() + QStringLiteral("/old.json.corrupt-20240101-000000"), "{");

        ProfileStore reader(m_dir->path());
        QSignalSpy problems(&reader, &ProfileStore::problemFound);
        QVERIFY(reader.load());
        QCOMPARE(reader.profiles().size(), 1);
        QCOMPARE(reader.profiles().first().name, QStringLiteral("Good"));
        QCOMPARE(problems.size(), 1);
        const QList<ProfileStore::LoadProblem> list = reader.loadProblems();
        QCOMPARE(list.size(), 1);
        const ProfileStore::LoadProblem &problem = list.first();
        QCOMPARE(problem.path, bad);
        QCOMPARE(problem.line, 4);
        QVERIFY(!problem.error.isEmpty());
        QVERIFY(problem.movedTo.startsWith(bad + QStringLiteral(".corrupt-")));
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(readFile(problem.movedTo), badBytes); // kept byte for byte
        QVERIFY2(problem.message().contains(QStringLiteral("badbadbad.json:4")), qPrintable(problem.message()));
        QVERIFY(problem.message().contains(problem.movedTo));

        // A second corrupt file of the same name in the same second gets its own name.
        writeFile(bad, badBytes);
        QVERIFY(reader.load());
        QCOMPARE(reader.loadProblems().size(), 1);
        QVERIFY(reader.loadProblems().first().movedTo != problem.movedTo);
        QVERIFY(QFile::exists(problem.movedTo));
    }

    void idComesFromTheFileName()
    {
        ProfileStore store(m_dir->path());
        QVERIFY(store.load());
        Profile p = makeProfile(QStringLiteral("Original"));
        QVERIFY(store.save(p));
        // A user copies the file by hand and edits the name: both must load, apart.
        QByteArray bytes = readFile(store.profilesFolder() + u'/' + p.id + QStringLiteral(".json"));
        bytes.replace("\"Original\"", "\"Copied by hand\"");
        writeFile(store.profilesFolder() + QStringLiteral("/handmade.json"), bytes);
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.findById(QStringLiteral("handmade")));
        QCOMPARE(store.findById(QStringLiteral("handmade"))->name, QStringLiteral("Copied by hand"));
    }

    void watcherSignalsOutsideChanges()
    {
        ProfileStore window(m_dir->path());
        QVERIFY(window.load());
        QSignalSpy changed(&window, &ProfileStore::changed);
        ProfileStore script(m_dir->path());
        QVERIFY(script.load());
        Profile p = makeProfile(QStringLiteral("From a script"));
        QVERIFY(script.save(p));
        QTRY_VERIFY(changed.size() >= 1);
        QTRY_VERIFY(window.findByName(QStringLiteral("From a script")));

        changed.clear();
        p.notes = QStringLiteral("edited elsewhere");
        QVERIFY(script.save(p));
        QTRY_COMPARE(window.findById(p.id)->notes, QStringLiteral("edited elsewhere"));
        QVERIFY(changed.size() >= 1);

        changed.clear();
        QVERIFY(script.remove(p.id));
        QTRY_VERIFY(!window.findById(p.id));
        QVERIFY(changed.size() >= 1);
    }

    void unwritableFolderGivesAClearError()
    {
        // Not a permission trick (tests may run as root): nobody can create folders in /proc.
        ProfileStore store(QStringLiteral("/proc/beam-launcher-test"));
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("/proc/beam-launcher-test/profiles")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR")), qPrintable(error));
        Profile p = makeProfile(QStringLiteral("X"));
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(QStringLiteral("Check that you may write there")), qPrintable(error));
    }

    void folderThatIsAFileGivesAClearError()
    {
        const QString file = m_dir->filePath(QStringLiteral("not-a-folder"));
        writeFile(file, "x");
        ProfileStore store(file);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("Cannot create the profile folder")), qPrintable(error));
        Profile p = makeProfile(QStringLiteral("X"));
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR")), qPrintable(error));
    }

    void lockHeldByAnotherInstance()
    {
        ProfileStore store(m_dir->path(), 100); // waits 0.1 s for the lock
        QVERIFY(store.load());
        QLockFile other(store.profilesFolder() + QStringLiteral("/.lock"));
        QVERIFY(other.lock());
        Profile p = makeProfile(QStringLiteral("Blocked"));
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(QStringLiteral("Another Beam Launcher")), qPrintable(error));
        other.unlock();
        QVERIFY2(store.save(p, &error), qPrintable(error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
