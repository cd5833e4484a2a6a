// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileActions.h"


#include "process/TerminalText.h"
#include "profiles/ProfilesText.h"
#include "profiles/SecretStore.h"

#include <QPair>
#include <QPointer>

#include <utility>

namespace bl {

/// One delete or duplicate on its way through the keychain.
struct ProfileActions::Secrets
{
    Profile profile;                        ///< the profile deleted, or the one copied
    QString copyId;                         ///< duplicate: the copy's id
    qsizetype read = 0;                     ///< how many of profile.secretNames() were read
    QList<QPair<QString, QString>> values;  ///< name and value of each entry found
    qsizetype applied = 0;                  ///< how many of `values` were removed or written
    qsizetype undone = 0;                   ///< how many of those were put right again
    QStringList notUndone;                  ///< entries that could not be put right
    Done done;
    /// A duplicate (values written under copyId), not a delete (values removed, put back on failure).
    bool isCopy() const { return !copyId.isEmpty(); }
};

namespace {

/// A keychain callback that does nothing once `owner` is gone.
SecretStore::Callback guarded(QObject *owner, std::function<void(const SecretStore::Result &)> work)
{
    return [owner = QPointer<QObject>(owner), work = std::move(work)](const SecretStore::Result &r) {
        if (owner)
            work(r);
    };
}

} // namespace

ProfileActions::ProfileActions(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

ProfileActions::~ProfileActions() = default;

ProfileActions::Result ProfileActions::failed(ProfileStore::Failure kind, const QString &error)
{
    Result result;
    // A store call that failed without saying how failed on the system's side.
    result.failure = kind == ProfileStore::Failure::None ? ProfileStore::Failure::System : kind;
    result.error = error;
    return result;
}

ProfileActions::Result ProfileActions::storeResult(const std::optional<Profile> &profile, const QString &error) const
{
    if (!profile)
        return failed(m_store->lastFailure(), error);
    Result result;
    result.profile = profile;
    return result;
}

ProfileActions::Result ProfileActions::create(Profile profile)
{
    profile.id.clear();
    QString error;
    if (!m_store->save(profile, &error))
        return failed(m_store->lastFailure(), error);
    return storeResult(profile, {});
}

ProfileActions::Result ProfileActions::rename(const QString &id, const QString &newName)
{
    QString error;
    const auto renamed = m_store->rename(id, newName, &error);
    return storeResult(renamed, error);
}

ProfileActions::Result ProfileActions::exportTo(const QString &id, const QString &filePath)
{
    QString error;
    if (!m_store->exportTo(id, filePath, &error))
        return failed(m_store->lastFailure(), error);
    return storeResult(m_store->findById(id), {});
}

ProfileActions::Result ProfileActions::imported(const std::optional<ProfileStore::ImportResult> &made,
                                                const QString &error) const
{
    if (!made)
        return failed(m_store->lastFailure(), error);
    Result result = storeResult(made->profile, {});
    result.secretsNeeded = made->secretsNeeded;
    result.outsideFields = made->outsideFields;
    return result;
}

ProfileActions::Result ProfileActions::importFrom(const QString &filePath)
{
    QString error;
    const auto result = m_store->importFrom(filePath, &error);
    return imported(result, error);
}

ProfileActions::Result ProfileActions::importProfile(const Profile &profile, bool accepted)
{
    QString error;
    const auto result = m_store->importProfile(profile, accepted, &error);
    return imported(result, error);
}

std::shared_ptr<ProfileActions::Secrets> ProfileActions::begin(const QString &id, bool copy, Done done)
{
    auto work = std::make_shared<Secrets>();
    work->done = std::move(done);
    const auto profile = m_store->findById(id);
    if (!profile) {
        finish(work, failed(ProfileStore::Failure::BadInput, ProfileStore::noSuchProfile(id)));
        return nullptr;
    }
    if (copy && profile->isFromNewerVersion()) {
        finish(work, failed(ProfileStore::Failure::BadInput, profile->newerVersionMessage()));
        return nullptr;
    }
    work->profile = *profile;
    if (copy)
        work->copyId = Profile::newId();
    return work;
}

void ProfileActions::fileFailed(const std::shared_ptr<Secrets> &work, const QString &error)
{
    undo(work, work->values.isEmpty() ? failed(m_store->lastFailure(), error) : stopped(*work, error));
}

void ProfileActions::run(const QString &id, bool copy, Done done,
                         const std::function<void(const std::shared_ptr<Secrets> &)> &fileStep)
{
    const auto work = begin(id, copy, std::move(done));
    if (!work)
        return;
    readValues(work, [this, work, fileStep] { apply(work, [work, fileStep] { fileStep(work); }); });
}

// The order, and why: see the class comment. Read first, so that whatever is removed can be put
// back; the file last.
void ProfileActions::remove(const QString &id, Done done)
{
    run(id, false, std::move(done), [this](const std::shared_ptr<Secrets> &work) {
        QString error;
        if (m_store->remove(work->profile.id, &error))
            finish(work, Result{});
        else if (m_store->lastFailure() == ProfileStore::Failure::BadInput) // gone already: so are its secrets now
            finish(work, failed(ProfileStore::Failure::BadInput, error));
        else
            fileFailed(work, error);
    });
}

// The copy's secrets first, then its file: the copy appears whole or not at all.
void ProfileActions::duplicate(const QString &id, Done done)
{
    run(id, true, std::move(done), [this](const std::shared_ptr<Secrets> &work) {
        QString error;
        if (const auto copy = m_store->duplicate(work->profile.id, &error, work->copyId))
            finish(work, storeResult(copy, {}));
        else
            fileFailed(work, error);
    });
}

ProfileActions::Result ProfileActions::stopped(const Secrets &work, const QString &why)
{
    const QString name = TerminalText::escaped(work.profile.name);
    return failed(ProfileStore::Failure::System,
                  work.isCopy() ? ProfilesText::tr("The profile \"%1\" was not duplicated: %2").arg(name, why)
                                : ProfilesText::tr("The profile \"%1\" was kept, with its secrets: %2").arg(name, why));
}

void ProfileActions::keychainFailed(const std::shared_ptr<Secrets> &work, const QString &name,
                                    const SecretStore::Result &r)
{
    const QString why = work->isCopy()
                            ? ProfilesText::tr("its secret %1 could not be copied in the keychain. %2").arg(name, r.message)
                            : ProfilesText::tr("the secret %1 could not be removed from the keychain. %2").arg(name, r.message);
    undo(work, stopped(*work, why));
}

void ProfileActions::readValues(const std::shared_ptr<Secrets> &work, const std::function<void()> &next)
{
    const QStringList names = work->profile.secretNames();
    if (work->read >= names.size()) {
        next();
        return;
    }
    const QString name = names.at(work->read++);
    m_secrets->read(work->profile.id, name, guarded(this, [this, work, next, name](const SecretStore::Result &r) {
        if (r.ok()) {
            work->values.append({name, r.value});
        } else if (r.status != SecretStore::Status::NotFound) {
            keychainFailed(work, name, r);
            return;
        }
        readValues(work, next);
    }));
}

void ProfileActions::apply(const std::shared_ptr<Secrets> &work, const std::function<void()> &next)
{
    if (work->applied >= work->values.size()) {
        next();
        return;
    }
    const QString name = work->values.at(work->applied).first;
    const QString value = work->values.at(work->applied).second;
    auto answered = guarded(this, [this, work, next, name](const SecretStore::Result &r) {
        if (!r.ok()) {
            keychainFailed(work, name, r);
            return;
        }
        ++work->applied;
        apply(work, next);
    });
    if (work->isCopy())
        m_secrets->write(work->copyId, name, value, std::move(answered));
    else
        m_secrets->remove(work->profile.id, name, std::move(answered));
}

void ProfileActions::undo(const std::shared_ptr<Secrets> &work, Result result)
{
    if (work->undone >= work->applied) {
        if (!work->notUndone.isEmpty()) {
            const QString names = work->notUndone.join(QStringLiteral(", "));
            if (work->isCopy()) {
                QStringList keys;
                for (const QString &name : std::as_const(work->notUndone))
                    keys << SecretStore::keyFor(work->copyId, name);
                result.error += u' '
                    + ProfilesText::tr("The secrets %1 copied for it could not be removed from the keychain again: "
                                    "remove the entries %2 of the service %3 with your keychain's own tool.")
                          .arg(names, keys.join(QStringLiteral(", ")), SecretStore::service());
            } else {
                result.error += u' '
                    + ProfilesText::tr("Its secrets %1 could not be put back into the keychain: set them again "
                                    "(`beam-launcher profiles set-secret`, or the Environment variables table).")
                          .arg(names);
            }
        }
        finish(work, result);
        return;
    }
    const QString name = work->values.at(work->undone).first;
    const QString value = work->values.at(work->undone).second;
    auto answered = guarded(this, [this, work, result, name](const SecretStore::Result &r) {
        if (!r.ok())
            work->notUndone << name;
        ++work->undone;
        undo(work, result);
    });
    if (work->isCopy())
        m_secrets->remove(work->copyId, name, std::move(answered));
    else
        m_secrets->write(work->profile.id, name, value, std::move(answered));
}

void ProfileActions::finish(const std::shared_ptr<Secrets> &work, const Result &result)
{
    if (auto done = std::exchange(work->done, nullptr))
        done(result);
}

} // namespace bl
