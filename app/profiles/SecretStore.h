// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace bl {

struct Profile;

/// Secret values of profiles in the OS keychain (Secret Service / KWallet on Linux, the
/// macOS Keychain, the Windows Credential Manager), through QtKeychain.
///
/// Entries live under the service "beam-launcher" with the key `<profile id>/<variable>`.
/// Every call is asynchronous and ends in exactly one callback, on this object's thread:
/// either QtKeychain's answer or, after timeout(), a clear "no keychain" message. A
/// keychain that is missing or hangs (a locked keyring nobody can unlock) thus never
/// blocks a caller. There is no plaintext fallback: without a keychain, no secrets.
/// Values are handed to callers only; this class never logs or stores them elsewhere.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,      ///< the keychain answered: no such entry
        NoKeychain,    ///< no keychain, or it did not answer in time
        AccessDenied,  ///< the user or the system refused
        Failed,        ///< anything else; see message
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString value;   ///< read(): the secret
        QString message; ///< for the user, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    static QString service();
    static QString keyFor(const QString &profileId, const QString &variable);

    /// How long one keychain call may take before it counts as "no keychain" (default 5 s).
    void setTimeout(int milliseconds);
    int timeout() const;

    void read(const QString &profileId, const QString &variable, Callback done);
    void write(const QString &profileId, const QString &variable, const QString &value, Callback done);
    /// Removing an entry that does not exist counts as success.
    void remove(const QString &profileId, const QString &variable, Callback done);
    /// Removes the entries of the given variables; `done` gets the first failure, or Ok.
    void removeAll(const QString &profileId, const QStringList &variables, Callback done);
    /// Removes the entries of every secret variable of the profile.
    void removeAllFor(const Profile &profile, Callback done);

    /// Synchronous forms for the command line: they run a local QEventLoop until the
    /// callback arrives (at most timeout()). Never call them on a GUI thread: the window
    /// would process events re-entrantly while it waits. The engine and the CLI only.
    Result readSync(const QString &profileId, const QString &variable);
    Result writeSync(const QString &profileId, const QString &variable, const QString &value);
    Result removeSync(const QString &profileId, const QString &variable);

private:
    enum class Op { Read, Write, Remove };
    void start(Op op, const QString &profileId, const QString &variable, const QString &value, Callback done);
    Result waitFor(const std::function<void(Callback)> &call);

    int m_timeoutMs = 5000;
};

} // namespace bl
