// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The robustness table of issue #18, continued (tst_badinput holds its first rows): profiles on a
// full disk, shared profiles that name programs, imports of things that are not files, names and
// values that would drive the terminal, schemas from the future, exit codes and messages. Each
// test is named after its row; the exact input is in the comment above it. Everything runs
// through the real beam-launcher on real files (a real full tmpfs for the disk).
#include "CliRunner.h"
#include "TinyMount.h"
#include "profiles/ProfileSaver.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    BL_VERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList profileFiles(const QString &config)
{
    return QDir(config + u"/profiles"_s).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBadProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QProcessEnvironment m_env;
    QTcpServer m_jobService; // the issue's E: something listening at the endpoint
    QTcpServer m_otherService;
    QString m_endpoint;

    QProcessEnvironment envFor(const QString &config) const
    {
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, config);
        return env;
    }

    /// A profile file as someone might share it (schema 2), runner E with LOOPBACK.
    QByteArray sharedProfile(const QString &name, const QJsonObject &extraSettings) const
    {
        QJsonObject settings{{u"packageDir"_s, fixture(u"fakebeam"_s)},
                             {u"runner"_s, u"flink"_s},
                             {u"endpoint"_s, m_endpoint},
                             {u"environmentType"_s, u"LOOPBACK"_s}};
        for (auto it = extraSettings.constBegin(); it != extraSettings.constEnd(); ++it)
            settings.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject{{u"schema"_s, 2}, {u"name"_s, name}, {u"settings"_s, settings}}).toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
        QVERIFY(m_jobService.listen(QHostAddress::LocalHost));
        QVERIFY(m_otherService.listen(QHostAddress::LocalHost));
        m_endpoint = u"localhost:%1"_s.arg(m_jobService.serverPort());
    }

    // #18 row 1: on a 64 KiB tmpfs config folder filled up to a few KiB,
    // `profiles rename q1 <12,000 × n>` and `profiles create q2 FAKE --runner prism -- <600 flags>`
    // used to say "Saved" and leave q1 truncated. Now both exit 1 saying the disk is full, q1 is
    // byte for byte as it was, no temporary file is left, and the window's saver reports it too.
    void row01_fullDiskKeepsTheProfileAndSaysWhy()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root; run as root (CI is) to fill a disk for real");
        QTemporaryDir tmp;
        const QString config = tmp.filePath(u"full"_s);
        TinyMount disk(config, "size=64k");
        BL_VERIFY2(disk.mounted(), qPrintable(disk.error()));
        const QProcessEnvironment env = envFor(config);
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"q1"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList files = profileFiles(config).filter(u".json"_s);
        QCOMPARE(files.size(), 1);
        const QString q1File = config + u"/profiles/"_s + files.constFirst();
        const QByteArray before = readFile(q1File);
        QVERIFY(before.contains("\"q1\""));
        writeFile(config + u"/filler"_s, QByteArray(52 * 1024, 'x')); // a few KiB stay free

        run = runCli({u"profiles"_s, u"rename"_s, u"q1"_s, QString(12000, u'n')}, env);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("no space left on the device holding the profiles"), qPrintable(run.describe()));
        BL_VERIFY2(!run.err.contains("Saved"), qPrintable(run.describe()));
        QCOMPARE(readFile(q1File), before);

        QStringList flags{u"profiles"_s, u"create"_s, u"q2"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s, u"--"_s};
        for (int i = 0; i < 600; ++i)
            flags << u"--flag%1=%2"_s.arg(i).arg(QString(30, u'v'));
        run = runCli(flags, env);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("no space left on the device holding the profiles"), qPrintable(run.describe()));
        BL_VERIFY2(!run.err.contains("Saved"), qPrintable(run.describe()));

        run = runCli({u"profiles"_s, u"list"_s}, env);
        BL_VERIFY2(run.exitCode == 0 && run.out.startsWith("q1\tprism\t"), qPrintable(run.describe()));
        QCOMPARE(profileFiles(config).filter(u".json"_s), files); // no temporary file, nothing put aside
        QCOMPARE(readFile(q1File), before);

        // The window's path: ProfileSaver says failed() with the same words, the file stays.
        bl::ProfileStore store(config, bl::ProfileStore::NoLockWait); // the window's store
        QVERIFY(store.load());
        bl::ProfileSaver saver(&store);
        QSignalSpy failed(&saver, &bl::ProfileSaver::failed);
        bl::Profile p = store.profiles().constFirst();
        p.notes = QString(20000, u'x');
        QString error;
        QCOMPARE(saver.save(p, &error), bl::ProfileSaver::Outcome::Failed);
        QCOMPARE(failed.size(), 1);
        BL_VERIFY2(failed.constFirst().constFirst().toString().contains(u"no space left on the device holding the profiles"_s),
                 qPrintable(error));
        QCOMPARE(readFile(q1File), before);
    }

    // #18 row 3: `launch --profile g --runner spark --endpoint OTHER --out X --env BL_SHOW=cli
    // -- --print_env=BL_SHOW` used to run g's own runner and endpoint. Each option overrides the
    // profile for this run and says so; the profile file is not changed.
    void row03_optionsGivenWithProfileOverrideIt()
    {
        QTemporaryDir config;
        QTemporaryDir out;
        const QProcessEnvironment env = envFor(config.path());
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"g"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"flink"_s,
                             u"--endpoint"_s, m_endpoint, u"--environment-type"_s, u"LOOPBACK"_s, u"--env"_s,
                             u"BL_SHOW=profile"_s},
                            env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArray saved = readFile(config.filePath(u"profiles/"_s + profileFiles(config.path()).constLast()));
        const QString other = u"localhost:%1"_s.arg(m_otherService.serverPort());
        const QString outDir = out.filePath(u"bin"_s);
        run = runCli({u"launch"_s, u"--json"_s, u"--profile"_s, u"g"_s, u"--runner"_s, u"spark"_s, u"--endpoint"_s, other,
                      u"--out"_s, outDir, u"--env"_s, u"BL_SHOW=cli"_s, u"--"_s, u"--print_env=BL_SHOW"_s},
                     env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("--runner spark overrides the profile's flink for this run"), qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains(QString(u"--endpoint %1 overrides the profile's %2 for this run"_s.arg(other, m_endpoint)).toUtf8()),
                 qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(u"--out "_s + outDir + u" overrides the profile's (none) for this run"_s),
                 qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("--env BL_SHOW overrides the profile's value of BL_SHOW for this run"),
                 qPrintable(run.describe()));
        QStringList lines;
        for (const QJsonObject &e : run.eventsNamed(u"output"_s))
            lines << e.value(u"line"_s).toString();
        BL_VERIFY2(lines.contains(u"runner=spark endpoint=%1 environment_type=LOOPBACK"_s.arg(other)), qPrintable(lines.join(u'\n')));
        BL_VERIFY2(lines.contains(u"careless: BL_SHOW=cli"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(QFileInfo::exists(outDir + u"/launcher-linux-amd64"_s));

        // Prebuilt binaries given with --profile are the ones that run.
        run = runCli({u"launch"_s, u"--json"_s, u"--profile"_s, u"g"_s, u"--launcher-binary"_s,
                      outDir + u"/launcher-linux-amd64"_s, u"--worker-binary"_s, outDir + u"/worker-linux-amd64"_s},
                     env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(u"--launcher-binary "_s + outDir + u"/launcher-linux-amd64 overrides the profile's (none)"_s),
                 qPrintable(run.describe()));
        BL_VERIFY2(run.eventsNamed(u"build-started"_s).isEmpty(), qPrintable(run.describe()));
        QCOMPARE(readFile(config.filePath(u"profiles/"_s + profileFiles(config.path()).constLast())), saved);
    }

    // #18 row 4: `profiles import FIFO` blocked forever, `/dev/zero` grew to 6.9 GB, a 100 MB file
    // was taken. Now a FIFO, a device, a folder and a 2 MiB file are refused at once (exit 2).
    void row04_importReadsOnlyRegularFilesOfAtMostOneMiB_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FIFO") << u"fifo"_s << u"is a named pipe (FIFO), not a profile file"_s;
        QTest::newRow("/dev/zero") << u"zero"_s << u"is a device, not a profile file"_s;
        QTest::newRow("folder") << u"folder"_s << u"is a folder, not a profile file"_s;
        QTest::newRow("2 MiB of JSON") << u"big"_s << u"a profile file may be at most 1024 KiB"_s;
    }

    void row04_importReadsOnlyRegularFilesOfAtMostOneMiB()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        QTemporaryDir config;
        QString path = tmp.filePath(kind);
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"zero")
            path = u"/dev/zero"_s;
        else if (kind == u"folder")
            QVERIFY(QDir().mkpath(path));
        else
            writeFile(path, "{\"schema\":2,\"name\":\"big\",\"notes\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}");
        const CliRun run = runCli({u"profiles"_s, u"import"_s, path}, envFor(config.path()), 20000);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(expected), qPrintable(run.describe()));
        QVERIFY(run.err.contains("profiles export"));
        QCOMPARE(profileFiles(config.path()).filter(u".json"_s).size(), 0);
    }

    // #18 row 5: an imported profile whose goPath is any program (here a wrapper that notes each
    // run in MARKER) was run by `launch --profile` without a word. The import now lists it; the
    // launch refuses (exit 2, MARKER untouched) until --trust; a later change asks again.
    void row05_importedProfileAsksBeforeRunningItsPrograms()
    {
        QTemporaryDir tmp;
        QTemporaryDir config;
        const QProcessEnvironment env = envFor(config.path());
        const QString marker = tmp.filePath(u"marker"_s);
        const QString goOnPath = QStandardPaths::findExecutable(u"go"_s);
        QVERIFY(!goOnPath.isEmpty());
        const QString wrapper = tmp.filePath(u"go-wrapper"_s);
        writeFile(wrapper, "#!/bin/sh\necho ran >> '" + marker.toUtf8() + "'\nexec '" + goOnPath.toUtf8() + "' \"$@\"\n");
        QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString file = tmp.filePath(u"shared.json"_s);
        writeFile(file, sharedProfile(u"shared"_s, {{u"goPath"_s, wrapper},
                                                    {u"environment"_s, QJsonArray{QJsonObject{{u"name"_s, u"LD_PRELOAD"_s},
                                                                                              {u"value"_s, u"/tmp/x.so"_s}}}}}));
        CliRun run = runCli({u"profiles"_s, u"import"_s, file}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(u"goPath: "_s + wrapper), qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("environment LD_PRELOAD: /tmp/x.so"), qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("--trust"), qPrintable(run.describe()));

        // LD_PRELOAD would break the run: accepted once, it is removed again by hand below.
        run = runCli({u"launch"_s, u"--profile"_s, u"shared"_s}, env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("you have not accepted them yet") && run.err.contains(wrapper.toUtf8()),
                 qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(marker));

        // Accepting is remembered per profile, for exactly these fields.
        const QString profileFile = config.filePath(u"profiles/"_s + profileFiles(config.path()).constLast());
        QJsonObject root = QJsonDocument::fromJson(readFile(profileFile)).object();
        QJsonObject settings = root.value(u"settings"_s).toObject();
        settings.insert(u"environment"_s, QJsonArray());
        root.insert(u"settings"_s, settings);
        writeFile(profileFile, QJsonDocument(root).toJson()); // a hand edit: still not accepted
        run = runCli({u"launch"_s, u"--profile"_s, u"shared"_s}, env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(marker));
        run = runCli({u"launch"_s, u"--profile"_s, u"shared"_s, u"--trust"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("Trusted for this and later launches"), qPrintable(run.describe()));
        QVERIFY(QFileInfo::exists(marker));
        run = runCli({u"launch"_s, u"--profile"_s, u"shared"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // Someone changes the program: asked again.
        const QString wrapper2 = tmp.filePath(u"go-wrapper-2"_s);
        QVERIFY(QFile::copy(wrapper, wrapper2));
        root = QJsonDocument::fromJson(readFile(profileFile)).object();
        settings = root.value(u"settings"_s).toObject();
        settings.insert(u"goPath"_s, wrapper2);
        root.insert(u"settings"_s, settings);
        writeFile(profileFile, QJsonDocument(root).toJson());
        QFile::remove(marker);
        run = runCli({u"launch"_s, u"--profile"_s, u"shared"_s}, env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(QString::fromUtf8(run.err).contains(u"goPath: "_s + wrapper2), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(marker));

        // A profile made here with the same go is the user's own: never asked.
        run = runCli({u"profiles"_s, u"create"_s, u"mine"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"flink"_s,
                      u"--endpoint"_s, m_endpoint, u"--environment-type"_s, u"LOOPBACK"_s, u"--go"_s, wrapper},
                     env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli({u"launch"_s, u"--profile"_s, u"mine"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFileInfo::exists(marker));
    }

    // #18 row 6 (names): `profiles create $'\e]0;pwned\a'`, a rename to "a\nb", an import of a
    // name with a tab: refused (exit 2). A name with ESC/tab/DEL already on disk (an earlier
    // version's file) is listed on one line with the characters escaped, also in "Saved".
    void row06_controlCharactersInNamesNeverReachTheTerminal()
    {
        QTemporaryDir config;
        QTemporaryDir tmp;
        const QProcessEnvironment env = envFor(config.path());
        CliRun run = runCli({u"profiles"_s, u"create"_s, u"\x1b]0;pwned\x07"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env);
        BL_VERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("holds control characters") && run.err.contains("\\e]0;pwned\\x07"), qPrintable(run.describe()));
        QVERIFY(!run.err.contains('\x1b') && !run.err.contains('\x07'));

        run = runCli({u"profiles"_s, u"create"_s, u"ok"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli({u"profiles"_s, u"rename"_s, u"ok"_s, u"a\nb"_s}, env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("a\\nb"), qPrintable(run.describe()));
        const QString file = tmp.filePath(u"tab.json"_s);
        writeFile(file, sharedProfile(u"t\tab"_s, {}));
        run = runCli({u"profiles"_s, u"import"_s, file}, env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("t\\tab"), qPrintable(run.describe()));

        const QString legacyName = u"old\x1b[2J\tname\x7f\u009b"_s;
        QJsonObject legacy = QJsonDocument::fromJson(sharedProfile(legacyName, {})).object();
        writeFile(config.filePath(u"profiles/legacy.json"_s), QJsonDocument(legacy).toJson());
        run = runCli({u"profiles"_s, u"list"_s}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // one line per profile
        BL_VERIFY2(run.out.contains("old\\e[2J\\tname\\x7f\\x9b\tflink@"), run.out.constData());
        QVERIFY(!run.out.contains('\x1b') && !run.out.contains('\x7f'));
        run = runCli({u"profiles"_s, u"duplicate"_s, legacyName}, env);
        BL_VERIFY2(run.exitCode == 0 && run.err.contains("Saved profile \"old\\e[2J\\tname\\x7f\\x9b (copy)\""),
                 qPrintable(run.describe()));
        run = runCli({u"profiles"_s, u"show"_s, legacyName}, env);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.contains('\x1b') && !run.out.contains('\x7f') && !run.out.contains("\xc2\x9b"));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"name"_s).toString(), legacyName); // still valid JSON
    }

    // #18 row 10: a profile file with "schema": 99 (and a field of a type this version does not
    // know) was rewritten as schema 2 by the next save. It is listed, marked, never put aside;
    // show, launch, rename and export refuse it saying why (exit 2); the file never changes.
    void row10_profileFromANewerVersionIsNeverRewritten()
    {
        QTemporaryDir config;
        QTemporaryDir tmp;
        const QProcessEnvironment env = envFor(config.path());
        const QByteArray future = "{\"schema\": 99, \"id\": \"future\", \"name\": \"future\", \"settings\": "
                                  "{\"packageDir\": \"/tmp\", \"runner\": {\"kind\": \"prism\"}}}";
        const QString file = config.filePath(u"profiles/future.json"_s);
        writeFile(file, future);
        CliRun run = runCli({u"profiles"_s, u"list"_s}, env);
        BL_VERIFY2(run.exitCode == 0 && run.out.startsWith("future\t(made by a newer Beam Launcher: schema 99)"),
                 qPrintable(run.describe()));
        BL_VERIFY2(!run.err.contains("cannot be read"), qPrintable(run.describe()));
        const QList<QStringList> refused = {{u"show"_s, u"future"_s},
                                            {u"rename"_s, u"future"_s, u"past"_s},
                                            {u"export"_s, u"future"_s, tmp.filePath(u"out.json"_s)},
                                            {u"duplicate"_s, u"future"_s}};
        for (const QStringList &words : refused) {
            run = runCli(QStringList{u"profiles"_s} + words, env);
            BL_VERIFY2(run.exitCode == 2, qPrintable(words.join(u' ') + u'\n' + run.describe()));
            BL_VERIFY2(run.err.contains("made by a newer Beam Launcher (schema 99; this one reads up to 2)"),
                     qPrintable(run.describe()));
        }
        run = runCli({u"launch"_s, u"--profile"_s, u"future"_s}, env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("schema 99; this one reads up to 2"), qPrintable(run.describe()));
        QCOMPARE(readFile(file), future);
        QCOMPARE(profileFiles(config.path()).filter(u"json"_s), QStringList{u"future.json"_s});
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"out.json"_s)));
    }

    // #18 row 11: `profiles create "" DIR` exited 1; a name taken by a parallel create exited 1 with
    // other words than the usual 2; a lock file whose holder says nothing read "process 0 on ";
    // a cgo package built without --cgo said only "build constraints exclude all Go files".
    void row11_messagesAndExitCodesFollowTheTable()
    {
        QTemporaryDir config;
        QTemporaryDir tmp;
        const QProcessEnvironment env = envFor(config.path());
        CliRun run = runCli({u"profiles"_s, u"create"_s, QString(), fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("A profile needs a name."), qPrintable(run.describe()));

        // Four creates of one name at once: one wins, the others get the usual words and exit 2.
        QList<QProcess *> creates;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(BL_EXECUTABLE),
                     {u"profiles"_s, u"create"_s, u"race"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s});
            creates << p;
        }
        int won = 0;
        for (QProcess *p : std::as_const(creates)) {
            QVERIFY(p->waitForFinished(60000));
            const QByteArray err = p->readAllStandardError();
            if (p->exitCode() == 0) {
                ++won;
                continue;
            }
            BL_VERIFY2(p->exitCode() == 2 && err.contains("A profile named \"race\" already exists. Choose another name"),
                     err.constData());
            delete p;
        }
        QCOMPARE(won, 1);
        run = runCli({u"profiles"_s, u"create"_s, u"RACE"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s}, env);
        BL_VERIFY2(run.exitCode == 2 && run.err.contains("A profile named \"RACE\" already exists. Choose another name"),
                 qPrintable(run.describe()));

        // An empty lock file held by a process that has not written its id yet.
        const QByteArray lockPath = QFile::encodeName(config.filePath(u"profiles/.lock"_s));
        const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        run = runCli({u"profiles"_s, u"rename"_s, u"race"_s, u"other"_s}, env);
        ::close(fd);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(!run.err.contains("process 0 on") && run.err.contains("does not say which program holds it"),
                 qPrintable(run.describe()));

        // cgo: the hint names --cgo.
        writeFile(tmp.filePath(u"cgo/go.mod"_s), "module example.com/cgo\n\ngo 1.21\n");
        writeFile(tmp.filePath(u"cgo/main.go"_s),
                  "package main\n\n// int two() { return 2; }\nimport \"C\"\nimport \"fmt\"\n\nfunc main() { fmt.Println(C.two()) }\n");
        run = runCli({u"build"_s, u"--json"_s, tmp.filePath(u"cgo"_s)}, env);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"build constraints exclude all of the package's Go files with cgo off"_s)
                     && run.errorText().contains(u"--cgo"_s),
                 qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestBadProfiles)
#include "tst_badprofiles.moc"
