// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The desktop's word when a launched job ends, through a real notification service: this test
// runs inside tests/with-notifications (a private D-Bus session, Xvfb and dunst). The real
// window (offscreen) launches the fakebeam pipeline (tests/fixtures/pipelines/fakebeam, built
// by go in a second) on the direct runner, and the launch ends DONE, FAILED (its first error
// line on stderr) or CANCELLED (Stop). While another window of the test is active, dunst gets
// one notification a launch with the state, the time taken and for FAILED the first error line;
// while the window is active, or with Run ▸ Notify When a Job Ends off, none. Clicking it
// (dunst's default action) brings the window up, un-minimised, on the Run tab. The taskbar's
// com.canonical.Unity.LauncherEntry signals are read off the bus by a second connection.
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "OutputPanel.h"
#include "ProfileEditor.h"
#include "launch/LaunchSession.h"

#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMap>
#include <QRegularExpression>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

constexpr int LaunchTimeoutMs = 300000;
const QString DesktopId = QStringLiteral("org.example.BeamLauncherTest");

QByteArray dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(u"dunstctl"_s, args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QByteArray();
    return p.readAllStandardOutput();
}

int displayedCount()
{
    const QByteArray out = dunstctl({u"count"_s, u"displayed"_s}).trimmed();
    bool ok = false;
    const int n = out.toInt(&ok);
    return ok ? n : -1;
}

/// What dunst was sent, newest first (closes what is shown: dunst keeps closed ones only).
QList<QJsonObject> history()
{
    dunstctl({u"close-all"_s});
    QTest::qWait(200);
    QList<QJsonObject> list;
    const QJsonArray data = QJsonDocument::fromJson(dunstctl({u"history"_s})).object().value(u"data"_s).toArray();
    for (const QJsonValue &entry : data.at(0).toArray())
        list << entry.toObject();
    return list;
}

QString field(const QJsonObject &notification, const QString &name)
{
    const QJsonValue value = notification.value(name).toObject().value(u"data"_s);
    return value.isString() ? value.toString() : QString::number(value.toInteger());
}

QString describe(const QList<QJsonObject> &list)
{
    QStringList lines;
    for (const QJsonObject &n : list)
        lines << field(n, u"summary"_s) + u" | "_s + field(n, u"body"_s);
    return lines.join(u'\n');
}

/// The last notification in dunst's own log (`dunst -print`): its "key: value" lines.
QMap<QString, QString> lastPrinted()
{
    QFile log(qEnvironmentVariable("BL_NOTIFY_LOG"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(log.readAll());
    QMap<QString, QString> fields;
    const qsizetype start = text.lastIndexOf(u"\n{"_s);
    for (const QString &line : text.mid(start).split(u'\n')) {
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon > 0 && line.startsWith(u'\t'))
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 2).trimmed());
    }
    return fields;
}

} // namespace

/// The taskbar's progress as the bus carries it: com.canonical.Unity.LauncherEntry.Update.
class LauncherEntryListener final : public QObject
{
    Q_OBJECT

public:
    QStringList apps;
    QList<QVariantMap> updates;

public Q_SLOTS:
    void update(const QString &app, const QVariantMap &properties)
    {
        apps << app;
        updates << properties;
    }
};

class TestNotifyWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_config;
    QTemporaryDir m_src;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_other; ///< another window of the app, activated to leave ours inactive
    LauncherEntryListener m_entries;
    int m_seen = 0; ///< notifications in dunst's history before the test function

    void makeInactive()
    {
        m_other->activateWindow();
        QTRY_VERIFY(m_other->isActiveWindow());
        QTRY_VERIFY(!m_window->isActiveWindow());
    }

    void makeActive()
    {
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    /// Launches with these pipeline flags; returns how the session ended (-1: it did not).
    int launch(const QStringList &flags, bool stopOnceRunning = false)
    {
        m_window->editor()->setPipelineFlags(flags);
        QSignalSpy finished(m_window->session(), &LaunchSession::finished);
        m_window->launch();
        if (stopOnceRunning) {
            if (!QTest::qWaitFor([this] { return m_window->session()->launchStartedAt().isValid(); }, LaunchTimeoutMs))
                return -1;
            QTest::qWait(500);
            m_window->stop();
        }
        if (finished.isEmpty() && !finished.wait(LaunchTimeoutMs))
            return -1;
        QTest::qWait(1500); // a notification, if any, has reached dunst
        return finished.first().first().toInt();
    }

    QString pipeline() const { return m_src.filePath(u"word-count"_s); }

    QString profileName() const
    {
        const QListWidgetItem *item = m_window->findChild<QListWidget *>(u"profileList"_s)->currentItem();
        return item ? item->text() : QString();
    }

    QList<QJsonObject> newNotifications()
    {
        QList<QJsonObject> list = history();
        const int total = int(list.size());
        list = list.mid(0, std::max(0, total - m_seen));
        m_seen = total;
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QGuiApplication::setDesktopFileName(DesktopId); // as main() sets BEAM_LAUNCHER_APP_ID
        BL_VERIFY2(!qEnvironmentVariable("BL_NOTIFY_LOG").isEmpty(),
                   "run inside tests/with-notifications (ctest does for tst_notify_*)");
        QVERIFY(m_cache.isValid() && m_config.isValid() && m_src.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
        QVERIFY(QDir().mkpath(pipeline()));
        for (const QString &name : {u"go.mod"_s, u"main.go"_s})
            QVERIFY(QFile::copy(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam/") + name, pipeline() + u'/' + name));
        QFile::setPermissions(pipeline() + u"/main.go"_s, QFile::ReadOwner | QFile::WriteOwner);
        QFile input(m_src.filePath(u"input.txt"_s));
        QVERIFY(input.open(QIODevice::WriteOnly) && input.write("to be or not to be\n") > 0);
        input.close();

        QDBusConnection listener = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"listener"_s);
        QVERIFY(listener.isConnected());
        QVERIFY(listener.connect(QString(), QString(), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s,
                                 &m_entries, SLOT(update(QString, QVariantMap))));

        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        m_window->buildAheadAction()->setChecked(false); // the launches build, one at a time
        QVERIFY(m_window->notifyAction()->isChecked()); // on by default
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *other = new QLabel(u"Another window, the active one"_s);
        other->setAlignment(Qt::AlignCenter);
        m_other.reset(other);
        m_other->setWindowTitle(u"another window"_s);
        m_other->setGeometry(1480, 700, 300, 120); // beside the window (seen on the screenshot's display)
        m_other->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_other.get()));
        QVERIFY(m_window->openFolder(pipeline()));
        QTRY_VERIFY(!m_window->currentProfileId().isEmpty());
        auto *runner = m_window->findChild<QComboBox *>(u"runnerCombo"_s);
        QVERIFY(runner);
        runner->setCurrentIndex(runner->findText(u"direct"_s));
        QCOMPARE(runner->currentText(), u"direct"_s);
        m_seen = int(history().size());
        QCOMPARE(displayedCount(), 0);
    }

    void cleanupTestCase()
    {
        if (m_window && m_window->isBusy()) {
            QSignalSpy finished(m_window->session(), &LaunchSession::finished);
            m_window->stop();
            finished.wait(30000);
        }
        m_window.reset();
    }

    void init()
    {
        m_seen = int(history().size()); // a failed function's notifications are not the next one's
        QCOMPARE(displayedCount(), 0);
    }

    void doneWhileInactiveIsNotifiedAndTheClickShowsTheRun()
    {
        makeInactive();
        m_entries.updates.clear();
        auto *tabs = m_window->findChild<QTabWidget *>(u"outputTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(launch({u"--input="_s + m_src.filePath(u"input.txt"_s), u"--output="_s + m_src.filePath(u"out.txt"_s)}), 0);
        QCOMPARE(displayedCount(), 1);
        // The taskbar: the launch's progress while it ran, none at its end, on the app's entry.
        BL_VERIFY2(m_entries.updates.size() >= 2, qPrintable(QString::number(m_entries.updates.size())));
        for (const QString &app : std::as_const(m_entries.apps))
            QCOMPARE(app, u"application://"_s + DesktopId + u".desktop"_s);
        QCOMPARE(m_entries.updates.last().value(u"progress-visible"_s).toBool(), false);
        QCOMPARE(m_entries.updates.last().value(u"urgent"_s).toBool(), false);

        // Clicked while the window is minimised and shows another tab: it comes up, on the Run tab.
        tabs->setCurrentIndex(OutputPanel::ProblemsTab);
        m_window->showMinimized();
        QTRY_VERIFY(m_window->isMinimized());
        QVERIFY(!m_window->isActiveWindow());
        dunstctl({u"action"_s, u"0"_s});
        QTRY_VERIFY(m_window->isActiveWindow());
        QVERIFY(!m_window->isMinimized());
        QCOMPARE(tabs->currentIndex(), int(OutputPanel::RunTab));

        const QList<QJsonObject> got = newNotifications();
        BL_VERIFY2(got.size() == 1, qPrintable(describe(got)));
        QCOMPARE(field(got.first(), u"summary"_s), profileName() + u": DONE"_s);
        const QString body = field(got.first(), u"body"_s);
        BL_VERIFY2(QRegularExpression(u"^Took \\d+\\.\\d s\\.$"_s).match(body).hasMatch(), qPrintable(body));
        QCOMPARE(field(got.first(), u"appname"_s), u"Beam Launcher"_s);
        QCOMPARE(field(got.first(), u"default_action_name"_s), u"default"_s);
        const QMap<QString, QString> printed = lastPrinted();
        QCOMPARE(printed.value(u"urgency"_s), u"NORMAL"_s);
        QCOMPARE(printed.value(u"icon"_s), u"'"_s + DesktopId + u"'"_s);
        QCOMPARE(printed.value(u"desktop_entry"_s), u"'"_s + DesktopId + u"'"_s);
    }

    void failedSaysItsFirstErrorLine()
    {
        makeInactive();
        m_entries.updates.clear();
        QVERIFY(launch({u"--input="_s + m_src.filePath(u"missing.txt"_s), u"--output="_s + m_src.filePath(u"out.txt"_s)}) > 0);
        QCOMPARE(displayedCount(), 1);
        QVERIFY(!m_entries.updates.isEmpty());
        QCOMPARE(m_entries.updates.last().value(u"urgent"_s).toBool(), true); // the taskbar asks for attention
        // The README's picture: run with DISPLAY=$BL_NOTIFY_DISPLAY QT_QPA_PLATFORM=xcb (docs/TESTING.md).
        if (const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(500);
            QCOMPARE(QProcess::execute(u"import"_s, {u"-display"_s, qEnvironmentVariable("BL_NOTIFY_DISPLAY"), u"-window"_s,
                                                     u"root"_s, dir + u"/notification.png"_s}),
                     0);
        }
        const QList<QJsonObject> got = newNotifications();
        BL_VERIFY2(got.size() == 1, qPrintable(describe(got)));
        QCOMPARE(field(got.first(), u"summary"_s), profileName() + u": FAILED"_s);
        const QStringList body = field(got.first(), u"body"_s).split(u'\n');
        BL_VERIFY2(body.size() == 2 && body.first().startsWith(u"Took "_s)
                       && body.last() == u"ERROR: open "_s + m_src.filePath(u"missing.txt"_s) + u": no such file or directory"_s,
                   qPrintable(body.join(u" // "_s)));
        QCOMPARE(lastPrinted().value(u"urgency"_s), u"CRITICAL"_s);
        // Once the window is active, the taskbar no longer asks for attention.
        m_entries.updates.clear();
        makeActive();
        QTRY_VERIFY(!m_entries.updates.isEmpty());
        QCOMPARE(m_entries.updates.last().value(u"urgent"_s).toBool(), false);
    }

    void cancelledWhenStopped()
    {
        makeInactive();
        QVERIFY(launch({u"--sleep_ms=600000"_s}, true) > 0);
        QCOMPARE(displayedCount(), 1);
        const QList<QJsonObject> got = newNotifications();
        BL_VERIFY2(got.size() == 1, qPrintable(describe(got)));
        QCOMPARE(field(got.first(), u"summary"_s), profileName() + u": CANCELLED"_s);
        BL_VERIFY2(field(got.first(), u"body"_s).startsWith(u"Took "_s), qPrintable(field(got.first(), u"body"_s)));
    }

    void noneWhileTheWindowIsActive()
    {
        makeActive();
        QCOMPARE(launch({}), 0);
        QVERIFY(m_window->isActiveWindow());
        QCOMPARE(displayedCount(), 0);
        const QList<QJsonObject> got = newNotifications();
        BL_VERIFY2(got.isEmpty(), qPrintable(describe(got)));
    }

    void noneWhenTheSettingIsOff()
    {
        m_entries.updates.clear();
        m_window->notifyAction()->setChecked(false); // the taskbar is cleared once
        QTRY_VERIFY(!m_entries.updates.isEmpty());
        QCOMPARE(m_entries.updates.last().value(u"progress-visible"_s).toBool(), false);
        QCOMPARE(m_entries.updates.last().value(u"urgent"_s).toBool(), false);
        makeInactive();
        QTest::qWait(300);
        m_entries.updates.clear();
        QCOMPARE(launch({}), 0);
        QCOMPARE(displayedCount(), 0);
        const QList<QJsonObject> got = newNotifications();
        BL_VERIFY2(got.isEmpty(), qPrintable(describe(got)));
        BL_VERIFY2(m_entries.updates.isEmpty(), "the taskbar was told of a launch with the setting off");
        // Remembered: a new window starts with it off.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        QVERIFY(!m_window->notifyAction()->isChecked());
        m_window->notifyAction()->setChecked(true);
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        QVERIFY(m_window->notifyAction()->isChecked());
    }
};

QTEST_MAIN(TestNotifyWindow)
#include "tst_notify_window.moc"
