// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The same profile action from both front ends: the real beam-launcher (CliRunner) and the real
// window offscreen, answered by ScriptedDialogs. For tests of ProfileActions' order and words.
#pragma once

#include "CliRunner.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QListWidget>
#include <QTest>

#include <optional>

namespace bl::test {

/// A profile in `configDir` with a secret variable `secret` (its value, if any, is the
/// keychain's) beside a plain one; empty `secret`: none.
inline Profile saveProfileWithSecret(const QString &configDir, const QString &name, const QString &secret)
{
    ProfileStore store(configDir);
    store.setWatching(false);
    Profile p;
    p.name = name;
    p.settings.packageDir = QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam");
    p.settings.runner = QStringLiteral("prism");
    p.settings.environment = {{QStringLiteral("PLAIN"), QStringLiteral("x"), false}};
    if (!secret.isEmpty())
        p.settings.environment.append({secret, QString(), true});
    QString error;
    if (!store.load(&error) || !store.save(p, &error))
        qFatal("cannot save the profile %s: %s", qPrintable(name), qPrintable(error));
    return p;
}

/// The profiles in `configDir` now, read by a store of its own.
inline QList<Profile> profilesIn(const QString &configDir)
{
    ProfileStore store(configDir);
    store.setWatching(false);
    store.load();
    return store.profiles();
}

/// What `beam-launcher profiles ...` said went wrong, without its "beam-launcher profiles: " and
/// the line's end: the words the window must show too.
inline QString cliError(const CliRun &run)
{
    QString text = QString::fromUtf8(run.err).trimmed();
    const QString prefix = QStringLiteral("beam-launcher profiles: ");
    const qsizetype at = text.lastIndexOf(prefix);
    return at < 0 ? text : text.mid(at + prefix.size());
}

/// Selects the profile `name` in the window's list; false when it is not listed (yet).
inline bool selectInWindow(MainWindow &window, const QString &name)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("profileList"));
    const QList<QListWidgetItem *> items = list ? list->findItems(name, Qt::MatchExactly) : QList<QListWidgetItem *>();
    if (items.size() != 1)
        return false;
    list->setCurrentItem(items.constFirst());
    return true;
}

/// Triggers the profile action `actionName` on the shown profile (a delete is confirmed) and
/// waits until the window is done with it: the warning it showed, if any.
inline std::optional<ScriptedDialogs::Request> runInWindow(MainWindow &window, ScriptedDialogs &dialogs, const char *actionName,
                                            int ms = 15000)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    if (!action || !action->isEnabled())
        qFatal("the window's %s is missing or disabled", actionName);
    dialogs.clearRequests();
    if (qstrcmp(actionName, "deleteAction") == 0)
        dialogs.setNextAnswer(true);
    action->trigger();
    // Done when the action is enabled again (it waits for the keychain disabled), or no profile is left.
    if (!QTest::qWaitFor([&window, action] { return action->isEnabled() || window.currentProfileId().isEmpty(); }, ms))
        qFatal("the window's %s did not end within %d ms", actionName, ms);
    QTest::qWait(50); // the list refreshes
    for (const ScriptedDialogs::Request &r : dialogs.requests()) {
        if (r.kind == ScriptedDialogs::Kind::Warning)
            return r;
    }
    return std::nullopt;
}

/// What the window did with one profile action.
struct WindowOutcome
{
    std::optional<ScriptedDialogs::Request> warning; ///< the warning it showed, if any
    QString shownId;                                 ///< the profile shown afterwards
    QStringList listed;                              ///< the profiles' names in its list afterwards
};

/// Opens the window, selects the profile `name`, runs `actionName` on it (runInWindow) and closes.
inline WindowOutcome actInWindow(ScriptedDialogs &dialogs, const QString &name, const char *actionName)
{
    MainWindow window(&dialogs);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !selectInWindow(window, name))
        qFatal("the window does not show the profile %s", qPrintable(name));
    WindowOutcome outcome;
    outcome.warning = runInWindow(window, dialogs, actionName);
    outcome.shownId = window.currentProfileId();
    auto *list = window.findChild<QListWidget *>(QStringLiteral("profileList"));
    for (int row = 0; row < list->count(); ++row)
        outcome.listed << list->item(row)->text();
    return outcome;
}

} // namespace bl::test
