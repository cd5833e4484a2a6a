// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"
#include "process/Async.h"
#include "profiles/SecretStore.h"

#include <QList>
#include <QObject>

#include <functional>

namespace bl {

/// Fills in the values of a profile's secret variables from the keychain before a launch:
/// every secret variable without a value is read (side by side), and the answer says which
/// could not be. The command line and the window both launch saved profiles through it.
class SecretResolver final : public QObject
{
    Q_OBJECT

public:
    /// A secret that could not be read.
    struct Failure
    {
        QString name;
        SecretStore::Status status = SecretStore::Status::Failed; ///< NotFound: no value stored
        QString message; ///< the keychain's words
    };

    struct Outcome
    {
        LaunchSettings settings; ///< with every value that could be read
        QList<Failure> failures;
        bool ok() const { return failures.isEmpty(); }
        /// Whether a failure was that there is no keychain at all.
        bool noKeychain() const;
    };
    using Callback = std::function<void(const Outcome &)>;

    /// `secrets` (not owned) reads the values.
    explicit SecretResolver(SecretStore *secrets, QObject *parent = nullptr);

    /// The secret variables of `settings` that have no value.
    static QStringList missing(const LaunchSettings &settings);

    /// Reads what missing() lists for `profileId`; `done` gets the outcome (at once when
    /// nothing is missing), unless cancel() came first.
    void resolve(const QString &profileId, const LaunchSettings &settings, Callback done);
    /// Forgets a pending resolve(): its callback will not be called.
    void cancel();
    bool isPending() const { return m_requests.isActive(); }

    /// resolve() for the command line: waits in a local event loop. Never on a GUI thread.
    Outcome resolveSync(const QString &profileId, const LaunchSettings &settings);

private:
    SecretStore *m_secrets;
    LatestRun<> m_requests{this}; ///< one resolve() at a time; a newer one or cancel() drops the older's answers
};

} // namespace bl
