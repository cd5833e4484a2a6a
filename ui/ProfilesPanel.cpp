// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesPanel.h"

#include "Dialogs.h"
#include "EditorPane.h"
#include "PipelineFolderResolver.h"
#include "ProfileEditor.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/Paths.h"
#include "process/TerminalText.h"
#include "profiles/ProfileActions.h"
#include "profiles/ProfileImport.h"
#include "profiles/ProfileSaver.h"
#include "profiles/ProfileTrust.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/StarterProfile.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace bl {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int FolderRole = Qt::UserRole + 1; ///< the profile's pipeline folder, for its tooltip

} // namespace

ProfilesPanel::ProfilesPanel(ProfileStore *store, SecretStore *secrets, EditorPane *editorPane, Dialogs *dialogs,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_saver(new ProfileSaver(store, this))
    , m_actions(new ProfileActions(store, secrets, this))
    , m_editorPane(editorPane)
    , m_editor(editorPane->editor())
    , m_dialogs(dialogs)
    , m_list(new QListWidget(this))
    , m_saveTimer(new QTimer(this))
    , m_resolver(new PipelineFolderResolver(dialogs, this, this))
{
    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    auto *title = new QLabel(UiText::tr("&Profiles"), this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(UiText::tr("Profiles"));
    m_list->setToolTip(UiText::tr("Your saved launch set-ups. Drop a pipeline folder to add one."));
    m_list->setMinimumWidth(150);
    title->setBuddy(m_list);
    connect(m_list, &QListWidget::currentItemChanged, this, &ProfilesPanel::onSelected);
    m_list->addAction(m_deleteAction);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(ownIcon("note"), UiText::tr("New"), this);
    newButton->setToolTip(m_newAction->toolTip());
    newButton->setAccessibleName(UiText::tr("New profile"));
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    auto *deleteButton = new QPushButton(ownIcon("clear"), UiText::tr("Delete"), this);
    deleteButton->setAccessibleName(UiText::tr("Delete profile"));
    deleteButton->setToolTip(m_deleteAction->toolTip());
    connect(deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    buttons->addWidget(newButton);
    buttons->addWidget(deleteButton);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_editor, &ProfileEditor::edited, this, [this] {
        m_saveTimer->start();
        Q_EMIT currentChanged();
    });
    connect(m_saver, &ProfileSaver::saved, this, &ProfilesPanel::onSaved);
    connect(m_saver, &ProfileSaver::failed, this, [this](const QString &error) {
        // The profile on disk is kept as it was (a full disk, a newer version's file...): say so.
        Q_EMIT statusMessage(UiText::tr("The profile was not saved: %1").arg(error), 30000);
        Q_EMIT saveSettled();
    });
    connect(m_resolver, &PipelineFolderResolver::progress, this, [this](const QString &text) {
        Q_EMIT statusMessage(text, 0);
    });
    connect(m_resolver, &PipelineFolderResolver::resolved, this, &ProfilesPanel::onPipelineFound);
    connect(m_resolver, &PipelineFolderResolver::failed, this, [this](const QString &, const QString &message) {
        Q_EMIT statusMessage(QString(), 0);
        if (!message.isEmpty())
            Q_EMIT problem(message);
    });
    connect(m_store, &ProfileStore::changed, this, &ProfilesPanel::refresh);
    connect(m_store, &ProfileStore::warning, this, [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
}

ProfilesPanel::~ProfilesPanel() = default;

void ProfilesPanel::createActions()
{
    m_newAction = new QAction(ownIcon("note"), UiText::tr("&New Profile"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(UiText::tr("Start a new profile (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, [this] { createProfile(QString()); });

    m_openFolderAction = new QAction(ownIcon("folder-open"), UiText::tr("&Open Pipeline Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setToolTip(UiText::tr("Choose a pipeline folder and make a profile for it (Ctrl+O)"));
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        const QString dir = m_dialogs->chooseFolder(window(), UiText::tr("Choose the pipeline's package folder"),
                                                    QDir::homePath());
        if (!dir.isEmpty())
            openFolder(dir);
    });

    m_deleteAction = new QAction(ownIcon("clear"), UiText::tr("&Delete Profile"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setToolTip(UiText::tr("Delete the selected profile and its secrets"));
    connect(m_deleteAction, &QAction::triggered, this, &ProfilesPanel::deleteProfile);

    m_duplicateAction = new QAction(UiText::tr("D&uplicate Profile"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setToolTip(UiText::tr("Copy the selected profile, its secrets included"));
    connect(m_duplicateAction, &QAction::triggered, this, &ProfilesPanel::duplicateProfile);

    m_exportAction = new QAction(ownIcon("save"), UiText::tr("&Export Profile…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(UiText::tr("Write the selected profile to a file to share it: secret values are left out"));
    connect(m_exportAction, &QAction::triggered, this, &ProfilesPanel::exportProfile);

    m_importAction = new QAction(UiText::tr("&Import Profile…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setToolTip(UiText::tr("Add a profile from a file someone shared"));
    connect(m_importAction, &QAction::triggered, this, &ProfilesPanel::importProfile);
}

void ProfilesPanel::load()
{
    QString error;
    if (!m_store->load(&error))
        Q_EMIT problem(UiText::tr("Profiles cannot be saved: %1").arg(error));
    for (const ProfileStore::LoadProblem &loadProblem : m_store->loadProblems())
        Q_EMIT statusMessage(loadProblem.message(), 10000);
    // A first start gets a profile that works in one click: the bundled Beam sample on Prism.
    if (StarterProfile::offerOnce(*m_store, Paths::sampleFolder(), &error))
        Q_EMIT statusMessage(UiText::tr("Try the sample: select \"%1\" and press Launch.").arg(StarterProfile::name()),
                             15000);
    refresh();
}

QString ProfilesPanel::currentProfileId() const
{
    return m_editorPane->isEditing() ? m_editor->profileId() : QString();
}

void ProfilesPanel::refresh()
{
    const QList<Profile> profiles = m_store->profiles();
    const bool blocked = m_list->blockSignals(true);
    m_list->clear();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(IdRole, profile.id);
        item->setData(FolderRole, QDir::toNativeSeparators(profile.settings.packageDir));
        showBuildState(item);
        if (profile.id == m_shownId)
            m_list->setCurrentItem(item);
    }
    m_list->blockSignals(blocked);
    if (profiles.isEmpty()) {
        m_shownId.clear();
        m_editorPane->showEditor(false);
    } else if (!m_list->currentItem()) {
        m_list->setCurrentRow(0); // the shown profile went away: show another
    }
    updateActions();
    Q_EMIT currentChanged();
}

void ProfilesPanel::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfilesPanel::onSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    if (id == m_shownId)
        return;
    if (m_saveTimer->isActive())
        saveNow();
    const auto profile = m_store->findById(id);
    if (!profile) {
        m_shownId.clear();
        m_editorPane->showEditor(false);
    } else {
        m_shownId = id;
        m_editor->setProfile(*profile);
        m_editorPane->showEditor(true);
        m_editorPane->cancelInspection();
        m_editorPane->inspectPackage();
    }
    updateActions();
    Q_EMIT currentChanged();
}

QString ProfilesPanel::createProfile(const QString &folder)
{
    if (m_saveTimer->isActive())
        saveNow();
    Profile profile;
    const QString base = folder.isEmpty() ? UiText::tr("New pipeline") : QFileInfo(folder).fileName();
    profile.name = m_store->uniqueName(base.isEmpty() ? UiText::tr("Pipeline") : base);
    profile.settings.packageDir = folder;
    const ProfileActions::Result created = m_actions->create(profile);
    if (!created.ok()) {
        m_dialogs->showWarning(window(), UiText::tr("Cannot create the profile"), created.error);
        return {};
    }
    refresh();
    selectProfile(created.profile->id);
    return created.profile->id;
}

bool ProfilesPanel::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        Q_EMIT statusMessage(UiText::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    if (PipelineFolderResolver::needsSearch(folder)) { // a module or repository root: find its pipeline
        m_resolver->resolve(folder, QString());
        return true;
    }
    return !createProfile(folder).isEmpty();
}

void ProfilesPanel::onPipelineFound(const QString &, const QString &pipelineDir, const QString &fillProfileId,
                                    const QString &message)
{
    Q_EMIT statusMessage(message, 10000);
    if (!fillProfileId.isEmpty() && fillProfileId == currentProfileId() && m_editor->packageDir().isEmpty()) {
        m_editor->setPackageDir(pipelineDir);
        saveNow();
        return;
    }
    createProfile(pipelineDir);
}

void ProfilesPanel::addFolders(const QStringList &folders)
{
    if (folders.isEmpty())
        return;
    if (folders.size() == 1) {
        // An empty profile on screen is what the user is filling in: complete it.
        if (!currentProfileId().isEmpty() && m_editor->packageDir().isEmpty()) {
            if (PipelineFolderResolver::needsSearch(folders.first())) {
                m_resolver->resolve(folders.first(), currentProfileId());
                return;
            }
            m_editor->setPackageDir(folders.first());
            saveNow();
            return;
        }
        openFolder(folders.first());
        return;
    }
    QStringList names;
    for (const QString &folder : folders)
        names << QDir::toNativeSeparators(folder);
    if (!m_dialogs->askYesNo(window(), UiText::tr("Several folders"),
                             UiText::tr("Make one new profile for each of these %n folder(s)?\n\n%1", nullptr,
                                            int(folders.size()))
                                 .arg(names.join(u'\n'))))
        return;
    for (const QString &folder : folders)
        openFolder(folder);
}

void ProfilesPanel::deleteProfile()
{
    const QString id = currentProfileId();
    const auto profile = id.isEmpty() ? std::nullopt : m_store->findById(id);
    if (!profile)
        return;
    if (!m_dialogs->askYesNo(window(), UiText::tr("Delete profile"),
                             UiText::tr("Delete the profile \"%1\"? Its secrets are removed from the keychain too.")
                                 .arg(profile->name)))
        return;
    m_saveDeferred = m_saveTimer->isActive(); // saved if the profile is kept
    m_saveTimer->stop();
    // Its secrets go first, then the file; while the keychain answers, the profile stays shown
    // and its edits wait (a save now would write the file back). On a failure it is all kept.
    startAction(id);
    // (m_actions, a child, calls back only while it lives.)
    m_actions->remove(id, [this, id](const ProfileActions::Result &result) {
        m_actionId.clear();
        if (result.ok()) {
            m_saveDeferred = false;
            m_typedSecrets.remove(id);
            m_shownId.clear();
        } else {
            m_dialogs->showWarning(window(), UiText::tr("Cannot delete the profile"), result.error);
            if (std::exchange(m_saveDeferred, false) && currentProfileId() == id)
                saveNow();
        }
        refresh();
        actionSettled();
    });
}

void ProfilesPanel::duplicateProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !saveNow())
        return;
    // The copy with its secrets, or none at all: the user is told why.
    startAction(id);
    m_actions->duplicate(id, [this](const ProfileActions::Result &result) {
        m_actionId.clear();
        if (result.ok()) {
            refresh();
            selectProfile(result.profile->id);
        } else {
            m_dialogs->showWarning(window(), UiText::tr("Cannot duplicate the profile"), result.error);
        }
        actionSettled();
    });
}

void ProfilesPanel::startAction(const QString &id)
{
    m_actionId = id;
    updateActions();
}

void ProfilesPanel::actionSettled()
{
    updateActions();
    Q_EMIT saveSettled(); // a quit waits for the keychain's answer: no delete is left half done
}

void ProfilesPanel::exportProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !saveNow())
        return;
    const auto profile = m_store->findById(id);
    if (!profile)
        return;
    const QString file = m_dialogs->chooseSaveFile(window(), UiText::tr("Export profile"),
                                                   QDir::home().filePath(profile->name + QStringLiteral(".json")),
                                                   UiText::tr("Beam Launcher profiles (*.json)"));
    if (file.isEmpty())
        return;
    if (const ProfileActions::Result exported = m_actions->exportTo(id, file); !exported.ok()) {
        m_dialogs->showWarning(window(), UiText::tr("Cannot export the profile"), exported.error);
        return;
    }
    const QStringList secrets = profile->secretNames();
    Q_EMIT statusMessage(secrets.isEmpty()
                             ? UiText::tr("Exported to %1.").arg(QDir::toNativeSeparators(file))
                             : UiText::tr("Exported to %1 without the values of its secrets (%2).")
                                   .arg(QDir::toNativeSeparators(file), secrets.join(QStringLiteral(", "))),
                         10000);
}

void ProfilesPanel::importProfile()
{
    const QString file = m_dialogs->chooseOpenFile(window(), UiText::tr("Import profile"), QDir::homePath(),
                                                   UiText::tr("Beam Launcher profiles (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    const auto read = ProfileImport::read(file, &error); // a small file: at most ProfileImport::MaxBytes
    if (!read) {
        m_dialogs->showWarning(window(), UiText::tr("Cannot import the profile"), error);
        return;
    }
    // A shared profile can name programs to run: ask before keeping it.
    const QList<ProfileTrust::Field> outside = ProfileTrust::outsideFields(read->settings);
    if (!outside.isEmpty()
        && !m_dialogs->askYesNo(window(), UiText::tr("Import a profile that names programs?"),
                                UiText::tr("The profile \"%1\" names programs or folders outside the pipeline, "
                                               "which a launch would use:\n\n%2\n\nImport it only if you trust "
                                               "them. Import it?")
                                    .arg(TerminalText::escaped(read->name), ProfileTrust::describe(outside))))
        return;
    const ProfileActions::Result imported = m_actions->importProfile(*read, true);
    if (!imported.ok()) {
        m_dialogs->showWarning(window(), UiText::tr("Cannot import the profile"), imported.error);
        return;
    }
    refresh();
    selectProfile(imported.profile->id);
    if (!imported.secretsNeeded.isEmpty())
        m_dialogs->showInformation(window(), UiText::tr("Secrets needed"),
                                   UiText::tr("The profile \"%1\" needs values for its secrets %2. Type them into "
                                                  "the Environment variables table: they are kept in your keychain, "
                                                  "not in the profile.")
                                       .arg(imported.profile->name, imported.secretsNeeded.join(QStringLiteral(", "))));
}

bool ProfilesPanel::saveNow()
{
    m_saveTimer->stop();
    const QString id = currentProfileId();
    if (id.isEmpty())
        return false;
    if (id == m_actionId) { // being deleted or copied: saved once that is over
        m_saveDeferred = true;
        return false;
    }
    const Profile profile = m_editor->profile();
    if (profile.name.isEmpty()) {
        m_editor->setNameProblem(UiText::tr("Give the profile a name."));
        return false;
    }
    if (const QString problem = Profile::nameProblem(profile.name); !problem.isEmpty()) {
        m_editor->setNameProblem(problem);
        return false;
    }
    if (m_store->isNameTaken(profile.name, profile.id)) {
        m_editor->setNameProblem(UiText::tr("Another profile is called \"%1\": choose another name.").arg(profile.name));
        return false;
    }
    m_editor->setNameProblem(QString());
    m_typedSecrets.insert(profile.id, m_editor->typedSecrets());
    // Never waits for another instance's lock: a busy lock is tried again on a timer.
    switch (m_saver->save(profile)) { // never writes secret values
    case ProfileSaver::Outcome::Saved:
        return true;
    case ProfileSaver::Outcome::Pending:
        Q_EMIT statusMessage(UiText::tr("Another Beam Launcher is saving profiles: this one is saved right after it."),
                             5000);
        return false;
    case ProfileSaver::Outcome::Failed:
        break;
    }
    return false;
}

bool ProfilesPanel::hasUnsavedEdits() const
{
    return m_saveTimer->isActive() || m_saver->isPending() || !m_actionId.isEmpty();
}

void ProfilesPanel::onSaved(const Profile &profile)
{
    // Secret values typed in the editor go to the keychain, only there.
    const QMap<QString, QString> secrets = m_typedSecrets.take(profile.id);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString key = SecretStore::keyFor(profile.id, it.key());
        if (m_writtenSecrets.value(key) == it.value())
            continue;
        m_writtenSecrets.insert(key, it.value());
        const QString name = it.key();
        m_secrets->write(profile.id, name, it.value(), [this, key, name](const SecretStore::Result &result) {
            if (result.ok())
                return;
            m_writtenSecrets.remove(key);
            Q_EMIT problem(UiText::tr("The secret %1 was not saved in the keychain: %2").arg(name, result.message));
        });
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toString() == profile.id) {
            item->setText(profile.name);
            item->setData(FolderRole, QDir::toNativeSeparators(profile.settings.packageDir));
            showBuildState(item); // its tooltip keeps the build ahead's state
        }
    }
    if (!m_saver->isPending())
        Q_EMIT saveSettled();
}

bool ProfilesPanel::mayRun(QString *why)
{
    const auto profile = m_store->findById(currentProfileId());
    if (!profile)
        return true;
    if (profile->isFromNewerVersion()) {
        *why = profile->newerVersionMessage();
        return false;
    }
    if (ProfileTrust::isTrusted(*profile))
        return true;
    const QString fields = ProfileTrust::describe(ProfileTrust::outsideFields(profile->settings));
    if (!m_dialogs->askYesNo(window(), UiText::tr("Use the programs this profile names?"),
                             UiText::tr("The profile \"%1\" was imported and names programs or folders outside "
                                            "the pipeline that this would use:\n\n%2\n\nUse them only if you trust "
                                            "them. Use them, now and until they change?")
                                 .arg(TerminalText::escaped(profile->name), fields))) {
        *why = UiText::tr("the programs and folders the profile names were not accepted.");
        return false;
    }
    QString error;
    if (!m_store->trust(profile->id, &error)) {
        *why = error;
        return false;
    }
    return true;
}

void ProfilesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void ProfilesPanel::updateActions()
{
    const bool hasProfile = !currentProfileId().isEmpty();
    const bool free = !m_busy && m_actionId.isEmpty();
    m_deleteAction->setEnabled(hasProfile && free);
    m_duplicateAction->setEnabled(hasProfile && free);
    m_exportAction->setEnabled(hasProfile);
}

void ProfilesPanel::setBuildState(const QString &id, const QIcon &icon, const QString &text)
{
    m_buildStateId = id;
    m_buildStateIcon = icon;
    m_buildStateText = text;
    for (int row = 0; row < m_list->count(); ++row)
        showBuildState(m_list->item(row));
}

void ProfilesPanel::showBuildState(QListWidgetItem *item) const
{
    const QString folder = item->data(FolderRole).toString();
    const bool shown = item->data(IdRole).toString() == m_buildStateId && !m_buildStateText.isEmpty();
    item->setIcon(shown ? m_buildStateIcon : QIcon());
    item->setToolTip(shown ? folder + u'\n' + m_buildStateText : folder);
}

} // namespace bl
