// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"

#include <QHash>
#include <QIcon>
#include <QMap>
#include <QWidget>

class QAction;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace bl {

class Dialogs;
class EditorPane;
class PipelineFolderResolver;
class ProfileActions;
class ProfileEditor;
class ProfileSaver;
class ProfileStore;
class SecretStore;

/// The saved profiles: the list on the left, the actions on them (new, open a folder, delete,
/// duplicate, export, import) and saving what the editor shows. Edits are saved 0.5 s after
/// the last change, and before a switch, a build, a launch or quitting; a secret value typed
/// in the editor goes to the keychain, never into the profile. Saving never waits for
/// another instance's lock (ProfileSaver).
class ProfilesPanel final : public QWidget
{
    Q_OBJECT

public:
    ProfilesPanel(ProfileStore *store, SecretStore *secrets, EditorPane *editorPane, Dialogs *dialogs,
                  QWidget *parent = nullptr);
    ~ProfilesPanel() override;

    /// Loads the store (offering the sample profile on a first start) and shows the list.
    void load();

    QAction *newAction() const { return m_newAction; }
    QAction *openFolderAction() const { return m_openFolderAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    /// The id of the profile shown in the editor; empty when none.
    QString currentProfileId() const;
    void selectProfile(const QString &id);
    /// See MainWindow::openFolder() and addFolders(). A folder without Go files of its own (a
    /// module or repository root) is searched for its pipeline first (PipelineFolderResolver).
    bool openFolder(const QString &path);
    void addFolders(const QStringList &folders);
    /// Saves the edited profile now. False when it is not on disk yet: invalid, failed, or
    /// waiting for another instance's lock (then saved as soon as it is free).
    bool saveNow();
    /// Whether the shown profile may be built or launched: not one made by a newer Beam Launcher,
    /// and one whose programs and folders outside the pipeline the user accepted (asked here for
    /// a profile imported on the command line, then remembered). `why` says what stops it.
    bool mayRun(QString *why);
    /// An edit waits for its save (the timer, or the lock), or a delete or duplicate for the keychain.
    bool hasUnsavedEdits() const;
    /// Actions that change profiles wait while a session runs.
    void setBusy(bool busy);
    /// The build ahead's state on the profile `id` (an icon, and the text as its tooltip);
    /// other profiles show none.
    void setBuildState(const QString &id, const QIcon &icon, const QString &text);

Q_SIGNALS:
    /// Another profile (or none) is shown, or the shown one was edited.
    void currentChanged();
    void statusMessage(const QString &text, int timeoutMs);
    /// Something the user must see above the output (a secret the keychain refused).
    void problem(const QString &text);
    /// A save that had to wait is done, or gave up; or a delete or duplicate is over.
    void saveSettled();

private:
    void createActions();
    void refresh();
    void onSelected();
    QString createProfile(const QString &folder);
    void deleteProfile();
    void duplicateProfile();
    /// A delete or duplicate of `id` waits for the keychain: the actions on profiles wait too.
    void startAction(const QString &id);
    /// It is over (m_actionId cleared) and what it showed is closed: the actions come back, a quit goes on.
    void actionSettled();
    void exportProfile();
    void importProfile();
    void onSaved(const Profile &profile);
    void onPipelineFound(const QString &folder, const QString &pipelineDir, const QString &fillProfileId,
                         const QString &message);
    void updateActions();
    /// The build ahead's state on `item` when it is the profile setBuildState() named; its folder.
    void showBuildState(QListWidgetItem *item) const;

    ProfileStore *m_store;
    SecretStore *m_secrets;
    ProfileSaver *m_saver;
    ProfileActions *m_actions; ///< create, delete, duplicate, import, export: the command line's too
    EditorPane *m_editorPane;
    ProfileEditor *m_editor;
    Dialogs *m_dialogs;
    QString m_buildStateId;
    QIcon m_buildStateIcon;
    QString m_buildStateText;
    QListWidget *m_list;
    QTimer *m_saveTimer;
    PipelineFolderResolver *m_resolver;
    QAction *m_newAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QString m_shownId;
    bool m_busy = false;
    QString m_actionId;         ///< the profile a delete or duplicate works on, until the keychain answered
    bool m_saveDeferred = false; ///< an edit of that profile waits for it
    QHash<QString, QMap<QString, QString>> m_typedSecrets; ///< profile id -> values typed, until saved
    QHash<QString, QString> m_writtenSecrets;             ///< "<id>/<name>" -> value last written
};

} // namespace bl
