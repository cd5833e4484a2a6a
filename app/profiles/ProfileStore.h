// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileTrust.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
class QLockFile;
class QTimer;
QT_END_NAMESPACE

namespace bl {

class SecretStore;

/// The saved profiles: one file `<id>.json` per profile in `<folder>/profiles/`, where the
/// folder is $BEAM_LAUNCHER_CONFIG_DIR or else the application's config location.
///
/// Several instances (windows, scripts) may use the same folder at once. Every write takes
/// a QLockFile on `profiles/.lock`, re-reads the folder under it (so name checks see what
/// the other instance saved) and then replaces exactly one profile file atomically with
/// QSaveFile. We lock and write per file, so two instances can never corrupt each other
/// or each other's profiles; when both save the same profile, the last writer wins.
///
/// A file that does not parse is renamed to `<file>.corrupt-<yyyyMMdd-HHmmss>`, reported
/// through loadProblems() and problemFound(), and never overwritten or dropped silently.
/// The folder is watched: changed() tells a window to refresh after another instance wrote.
///
/// The store knows files only, with one exception: with a SecretStore attached, a save that
/// drops a secret variable removes its keychain entry. Deleting and duplicating a profile with
/// its secrets is ProfileActions' work (one order, one error model for both front ends).
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    /// A profile file that could not be read.
    struct LoadProblem
    {
        QString path;    ///< where the file was
        QString movedTo; ///< where it was put aside; empty if it could not be moved
        QString error;   ///< the parse error, for the user
        int line = 0;    ///< 1-based line of a syntax error, 0 if none
        /// One sentence for the user that says all of the above.
        QString message() const;
    };

    /// What importFrom() made.
    struct ImportResult
    {
        Profile profile;
        QStringList secretsNeeded; ///< secret variables that need a value in the keychain
        /// Fields naming programs or folders outside the pipeline (ProfileTrust): to show the user.
        QList<ProfileTrust::Field> outsideFields;
    };

    /// What kind of failure the last failed call had: the user's input (a name that is empty,
    /// taken or holds control characters; a profile of a newer version) or the system (disk,
    /// permissions, lock). The command line exits 2 for the first, 1 for the second.
    enum class Failure { None, BadInput, System };
    Failure lastFailure() const { return m_lastFailure; }

    /// How long a write waits for another instance's lock, unless the store is made with another
    /// wait: a command line may wait; a GUI thread must not (NoLockWait: it tries at once and
    /// never sleeps; ProfileSaver then tries again on a timer).
    static constexpr int DefaultLockWaitMs = 10000;
    static constexpr int NoLockWait = 0;

    /// Uses defaultFolder() and DefaultLockWaitMs.
    explicit ProfileStore(QObject *parent = nullptr);
    /// `lockWaitMs`: how long each write waits for another instance's lock.
    explicit ProfileStore(const QString &folder, int lockWaitMs = DefaultLockWaitMs, QObject *parent = nullptr);
    ~ProfileStore() override;
    Q_DISABLE_COPY_MOVE(ProfileStore)

    /// $BEAM_LAUNCHER_CONFIG_DIR if set, else QStandardPaths::AppConfigLocation.
    static QString defaultFolder();
    QString folder() const;
    QString profilesFolder() const;

    /// Removes the keychain entries of secret variables a save drops; may be null.
    void setSecretStore(SecretStore *secrets);
    /// The last write failed only because another instance held the lock: a later try may do.
    bool lockWasBusy() const { return m_lockBusy; }
    /// Watches the folder and emits changed() after outside changes (default on).
    void setWatching(bool watch);

    /// Creates the folder when needed and reads every profile. Returns false (and sets
    /// error) only when the folder itself is unusable; unreadable files are load problems.
    bool load(QString *error = nullptr);

    /// Every profile, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> findById(const QString &id) const;
    /// Names compare case-insensitively (they are unique that way).
    std::optional<Profile> findByName(const QString &name) const;
    /// By id, else by name: what the command line accepts.
    std::optional<Profile> find(const QString &idOrName) const;
    /// Problems of the last load, including files put aside while writing.
    QList<LoadProblem> loadProblems() const;

    /// "There is no profile with the id ...", for the user.
    static QString noSuchProfile(const QString &id);
    /// Whether another profile than `exceptId` has this name.
    bool isNameTaken(const QString &name, const QString &exceptId = {}) const;
    /// `wanted` if free, else "wanted 2", "wanted 3", ...
    QString uniqueName(const QString &wanted) const;

    /// Saves one profile. An empty id gets a new one; created is kept from the file on disk
    /// (or set now) and modified set to now; the saved profile is written back to `profile`.
    /// Fails with a clear error when the name is empty or taken, or the folder not writable.
    bool save(Profile &profile, QString *error = nullptr);
    /// Deletes the profile's file; its keychain entries are the caller's (ProfileActions::remove).
    bool remove(const QString &id, QString *error = nullptr);
    std::optional<Profile> rename(const QString &id, const QString &newName, QString *error = nullptr);
    /// A copy named "<name> (copy)" (made unique) with the id `copyId` (a new one when empty).
    /// Its keychain entries are the caller's (ProfileActions::duplicate).
    std::optional<Profile> duplicate(const QString &id, QString *error = nullptr, const QString &copyId = {});

    /// Writes the profile to `filePath` for sharing: secret variables keep their name and
    /// are listed under "secretsNeeded"; no secret value is ever in the file.
    bool exportTo(const QString &id, const QString &filePath, QString *error = nullptr);
    /// Reads an exported (or plain profile) file (ProfileImport::read) and saves it as a new
    /// profile: new id, name made unique, its outside fields not trusted yet.
    std::optional<ImportResult> importFrom(const QString &filePath, QString *error = nullptr);
    /// Saves a profile read by ProfileImport::read as a new one. `accepted`: the user saw its
    /// outside fields and accepted them (the window asks before), so it is trusted as it is.
    std::optional<ImportResult> importProfile(Profile profile, bool accepted, QString *error = nullptr);
    /// Records the profile's outside fields as accepted by the user (launch --trust).
    std::optional<Profile> trust(const QString &id, QString *error = nullptr);

Q_SIGNALS:
    /// The profiles on disk changed (by this or another instance); profiles() is current.
    void changed();
    /// A profile file could not be read and was put aside.
    void problemFound(const bl::ProfileStore::LoadProblem &problem);
    /// Something went wrong after the fact, e.g. removing a keychain entry.
    void warning(const QString &message);

private:
    std::unique_ptr<QLockFile> lock(QString *error);
    bool ensureFolder(QString *error);
    /// Re-reads the folder. Files that do not parse are put aside, taking the lock
    /// for that unless `locked` says it is already held.
    void readAll(bool locked);
    std::optional<Profile> readFile(const QString &path, bool locked);
    /// Under the lock, with the state just re-read.
    /// `acceptTrust`: the user accepted the profile's outside fields (trust()); otherwise a
    /// profile on disk keeps its trust, or is re-stamped when it was trusted.
    bool saveLocked(Profile &profile, QString *error, bool acceptTrust = false);
    /// Sets `error` and lastFailure(); returns false (or nothing) for one-line failures.
    bool failWith(Failure kind, const QString &text, QString *error);
    /// The profile with `id`, or nothing and a BadInput failure that says so.
    std::optional<Profile> existing(const QString &id, QString *error);
    void updateWatcher();
    void refreshFromDisk();
    int indexOf(const QString &id) const;
    QString uniqueNameFrom(const QString &base, const QString &numbered) const;
    void forgetSecrets(const QString &profileId, const QStringList &names);

    QString m_folder;
    QList<Profile> m_profiles;
    QList<LoadProblem> m_problems;
    SecretStore *m_secrets = nullptr;
    int m_lockWaitMs = DefaultLockWaitMs;
    bool m_lockBusy = false;
    Failure m_lastFailure = Failure::None;
    bool m_watching = true;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::ProfileStore::LoadProblem)
