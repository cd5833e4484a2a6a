// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace bl {

class ProfileStore;

/// Saves profiles for a GUI thread, which must never wait for another instance's lock.
///
/// Give it a store made with ProfileStore::NoLockWait, so that each try takes the lock at once
/// or not at all (the store's wait is its own; the saver never changes it). When the lock is
/// free the profile is saved at once; while another instance holds it, the newest profile
/// given is kept and tried again every few tens of milliseconds on a timer, for up to 10 s.
/// Either way the answer comes as saved() or failed().
class ProfileSaver final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Saved, Pending, Failed };
    Q_ENUM(Outcome)

    explicit ProfileSaver(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileSaver() override;

    /// Saves `profile` now, or later when the lock is busy (Pending). `error` on Failed.
    Outcome save(const Profile &profile, QString *error = nullptr);
    /// A profile waits for the lock.
    bool isPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    /// The profile is on disk, as saved (ids and dates filled in).
    void saved(const bl::Profile &profile);
    void failed(const QString &error);

private:
    Outcome attempt(QString *error);

    ProfileStore *m_store;
    QTimer *m_retry;
    std::optional<Profile> m_pending;
    QElapsedTimer m_waiting;
    static constexpr int GiveUpAfterMs = 10000; ///< how long a busy lock is waited for in all
};

} // namespace bl
