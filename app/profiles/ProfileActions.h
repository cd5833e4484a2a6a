// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"
#include "profiles/SecretStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bl {

/// What a user does to whole profiles — create, rename, duplicate, delete, import, export —
/// with their keychain entries, in one order and with one error model for the command line and
/// the window. The file work is ProfileStore's (with the lock wait the store was made with);
/// the keychain work is SecretStore's, asynchronous: delete and duplicate answer through a
/// callback, on this object's thread, exactly once (at once when the profile has no secrets).
/// The others touch no secret value and answer at once.
///
/// The rule for the keychain is "whole or not at all":
/// - delete: the secrets go first, then the file. A secret that cannot be removed stops the
///   delete: the secrets removed already are written back and the profile stays, with its
///   secrets. A file that cannot be removed puts the secrets back the same way. So a profile
///   never stays without its secrets, and no secret is left behind in the keychain silently:
///   what could not be put back (or removed again) is named in the error.
/// - duplicate: the secrets are copied to the copy's id first, then the copy is saved. A secret
///   that cannot be copied stops it: the entries copied already are removed and there is no copy.
///
/// Secret values pass through memory only, for the copy or the putting back; never a file or a log.
class ProfileActions final : public QObject
{
    Q_OBJECT

public:
    /// How an action ended. `failure` is ProfileStore's: BadInput for the user's input (exit 2
    /// on the command line), System for disk, lock and keychain (exit 1). `error` is one text
    /// for the user that says what happened and what to do.
    struct Result
    {
        ProfileStore::Failure failure = ProfileStore::Failure::None;
        QString error;
        std::optional<Profile> profile;            ///< made or changed (not for delete, export)
        QStringList secretsNeeded;                  ///< import: secret variables with no value yet
        QList<ProfileTrust::Field> outsideFields;   ///< import: programs or folders outside the pipeline
        bool ok() const { return failure == ProfileStore::Failure::None; }
    };
    using Done = std::function<void(const Result &)>;

    /// Neither is owned; both must outlive this object.
    ProfileActions(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileActions() override;
    Q_DISABLE_COPY_MOVE(ProfileActions)

    /// Saves a new profile (its name checked under the lock).
    Result create(Profile profile);
    Result rename(const QString &id, const QString &newName);
    /// See the class comment. `done` is not called when this object is gone before the keychain answers.
    void duplicate(const QString &id, Done done);
    void remove(const QString &id, Done done);
    /// Writes the profile for sharing: its secrets named, none of their values.
    Result exportTo(const QString &id, const QString &filePath);
    /// Reads a shared file and saves it as a new profile, not trusted yet (the command line).
    Result importFrom(const QString &filePath);
    /// Saves a profile read by ProfileImport::read; `accepted`: the user accepted its outside
    /// fields (the window asks before).
    Result importProfile(const Profile &profile, bool accepted);

private:
    struct Secrets;
    Result storeResult(const std::optional<Profile> &profile, const QString &error) const;
    static Result failed(ProfileStore::Failure kind, const QString &error);
    Result imported(const std::optional<ProfileStore::ImportResult> &made, const QString &error) const;
    /// The work of a delete or duplicate (`copy`) of `id`; null when it ended already (no such profile...).
    std::shared_ptr<Secrets> begin(const QString &id, bool copy, Done done);
    /// begin(), the keychain's part (readValues(), apply()), then `fileStep`.
    void run(const QString &id, bool copy, Done done, const std::function<void(const std::shared_ptr<Secrets> &)> &fileStep);
    /// The file could not be removed or the copy saved: undo the keychain's part and say `error`.
    void fileFailed(const std::shared_ptr<Secrets> &work, const QString &error);
    /// The failure of a delete (the profile kept) or a duplicate (no copy), saying `why`.
    static Result stopped(const Secrets &work, const QString &why);
    /// A keychain call for the secret `name` failed: undo, then say so.
    void keychainFailed(const std::shared_ptr<Secrets> &work, const QString &name, const SecretStore::Result &r);
    /// Reads each secret of the profile; entries that are not there are left out.
    void readValues(const std::shared_ptr<Secrets> &work, const std::function<void()> &next);
    /// Removes the values read (delete) or writes them under the copy's id (duplicate), one after the other.
    void apply(const std::shared_ptr<Secrets> &work, const std::function<void()> &next);
    /// Undoes apply() as far as it went, then finishes with `result`, naming what could not be undone.
    void undo(const std::shared_ptr<Secrets> &work, Result result);
    /// Calls `done` once.
    static void finish(const std::shared_ptr<Secrets> &work, const Result &result);

    ProfileStore *m_store;
    SecretStore *m_secrets;
};

} // namespace bl
