// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The real main window started in German shows German menus, toolbar actions and labels, and
// `beam-launcher --help` with BEAM_LAUNCHER_LANGUAGE=fr speaks French: the compiled-in .qm files
// load and the translations reach the widgets.
#include "VerifyWhole.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

const char *const windowContext = "bl::ui";

QString german(const char *source)
{
    return QCoreApplication::translate(windowContext, source);
}

/// Every text the menu bar shows: the menu titles and, depth first, their actions.
QStringList menuBarTexts(QMenuBar *bar)
{
    QStringList texts;
    QList<QAction *> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction *action = pending.takeFirst();
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (QMenu *menu = action->menu()) {
            const QList<QAction *> children = menu->actions();
            pending.append(children);
        }
    }
    return texts;
}

} // namespace

class TestGerman final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void translationsAreLoaded();
    void actionsAreGerman_data();
    void actionsAreGerman();
    void menusAreGerman();
    void labelsAreGerman();
    void helpIsFrench();

private:
    QAction *action(const QString &objectName) const;

    std::unique_ptr<QTemporaryDir> m_dirs;
    QString m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    QVERIFY(QDir(m_dirs->path()).mkpath(u"config"_s));
    QVERIFY(QDir(m_dirs->path()).mkpath(u"cache"_s));
    QVERIFY(QDir(m_dirs->path()).mkpath(u"no-samples"_s));
    qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_dirs->filePath(u"config"_s).toLocal8Bit());
    qputenv("BEAM_LAUNCHER_CACHE_DIR", m_dirs->filePath(u"cache"_s).toLocal8Bit());
    // An empty sample folder: no starter profile, so the window shows its empty page.
    qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_dirs->filePath(u"no-samples"_s).toLocal8Bit());

    m_language = installTranslations(*qApp, u"de"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGerman::cleanupTestCase()
{
    m_window.reset();
    m_dirs.reset();
}

QAction *TestGerman::action(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

void TestGerman::translationsAreLoaded()
{
    QCOMPARE(m_language, u"de"_s);
    // Spelled out once, so that a catalogue that translates to something else is noticed too.
    QCOMPARE(german("&File"), u"&Datei"_s);
    QCOMPARE(german("&Build"), u"&Erstellen"_s);
    QCOMPARE(german("&Launch"), u"&Starten"_s);
}

void TestGerman::actionsAreGerman_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("english");
    QTest::newRow("build") << u"buildAction"_s << u"&Build"_s;
    QTest::newRow("launch") << u"launchAction"_s << u"&Launch"_s;
    QTest::newRow("stop") << u"stopAction"_s << u"&Stop"_s;
}

void TestGerman::actionsAreGerman()
{
    QFETCH(QString, objectName);
    QFETCH(QString, english);

    QAction *act = action(objectName);
    BL_VERIFY2(act, qPrintable(objectName));
    const QString expected = german(english.toUtf8().constData());
    BL_VERIFY2(expected != english, qPrintable(u"no German for "_s + english));
    QCOMPARE(act->text(), expected);

    // It is on the toolbar, and the toolbar shows the German text.
    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(act));
    QWidget *button = toolBar->widgetForAction(act);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE_NE(act->iconText(), QString(english).remove(u'&'));
}

void TestGerman::menusAreGerman()
{
    const QStringList texts = menuBarTexts(m_window->menuBar());
    QVERIFY(!texts.isEmpty());
    QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), u"&Datei"_s);

    static const char *const english[] = {"&File", "&New Profile", "&Open Pipeline Folder…", "&Delete Profile",
                                          "&Quit", "&Run", "&Build", "&Launch", "&Stop", "Recent &Runs",
                                          "&Help", "&About Beam Launcher"};
    for (const char *source : english) {
        const QString sourceText = QString::fromUtf8(source);
        const QString translated = german(source);
        BL_VERIFY2(translated != sourceText, source);
        BL_VERIFY2(texts.contains(translated), qPrintable(translated + u" missing in "_s + texts.join(u" | "_s)));
        BL_VERIFY2(!texts.contains(sourceText), qPrintable(u"still English: "_s + sourceText));
    }
    // Nothing anywhere in the window's actions is still one of these English texts.
    const QList<QAction *> all = m_window->findChildren<QAction *>();
    for (QAction *act : all) {
        for (const char *source : english)
            BL_VERIFY2(act->text() != QString::fromUtf8(source), source);
    }
}

void TestGerman::labelsAreGerman()
{
    auto *state = m_window->findChild<QLabel *>(u"stateLabel"_s);
    QVERIFY(state);
    QCOMPARE(state->text(), u"Bereit"_s);

    auto *runHeader = m_window->findChild<QLabel *>(u"runHeader"_s);
    QVERIFY(runHeader);
    QCOMPARE(runHeader->text(), german("Nothing launched yet. Press Launch (F5): it builds both binaries first."));
    QVERIFY(runHeader->text().startsWith(u"Noch nichts gestartet."_s));

    // The empty page's invitation (no profiles, no sample).
    const QString invitation = german("Launch a Beam Go pipeline");
    QCOMPARE(invitation, u"Eine Beam-Go-Pipeline starten"_s);
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    bool found = false;
    for (const QLabel *label : labels) {
        found = found || (label->text() == invitation && label->isVisible());
        BL_VERIFY2(label->text() != u"Launch a Beam Go pipeline"_s, "the invitation is still English");
    }
    QVERIFY(found);
}

void TestGerman::helpIsFrench()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BEAM_LAUNCHER_LANGUAGE"_s, u"fr"_s);
    env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_dirs->filePath(u"config"_s));
    env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_dirs->filePath(u"cache"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BL_EXECUTABLE), {u"--help"_s});
    BL_VERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    BL_VERIFY2(out.contains(u"Utilisation :"_s), qPrintable(out));
    BL_VERIFY2(out.contains(u"Beam Launcher compile un pipeline Apache Beam Go"_s), qPrintable(out));
    BL_VERIFY2(out.contains(u"Codes de sortie"_s), qPrintable(out));
    BL_VERIFY2(!out.contains(u"Usage:"_s), qPrintable(out));
    BL_VERIFY2(!out.contains(u"Exit codes:"_s), qPrintable(out));
    // Technical tokens stay as they are.
    BL_VERIFY2(out.contains(u"--worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT"_s), qPrintable(out));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
