// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/SecretStore.h"

#include "profiles/Profile.h"
#include "profiles/ProfilesText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace bl {

namespace {

QString noKeychainMessage(const QString &detail)
{
    QString message = ProfilesText::tr("No keychain is available: start your desktop's keyring (GNOME Keyring, KWallet, "
                                "macOS Keychain, Windows Credential Manager) or unlock it, then try again. "
                                "Beam Launcher keeps secret values only in a keychain; without one, give them "
                                "to the launcher through the environment yourself.");
    if (!detail.isEmpty())
        message += u' ' + ProfilesText::tr("(%1)").arg(detail);
    return message;
}

// Whether a failure means that there is no usable Secret Service at all. libsecret reports
// a missing service or a dead session bus as a generic error with D-Bus wording.
bool looksLikeNoService(const QString &error)
{
    static const char *const hints[] = {"org.freedesktop.secrets", "D-Bus", "DBus", "dbus", "Cannot autolaunch",
                                        "No such interface", "ServiceUnknown", "not provided by any", "Could not connect"};
    for (const char *hint : hints) {
        if (error.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::service()
{
    return QStringLiteral("beam-launcher");
}

QString SecretStore::keyFor(const QString &profileId, const QString &variable)
{
    return profileId + u'/' + variable;
}

void SecretStore::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

int SecretStore::timeout() const
{
    return m_timeoutMs;
}

void SecretStore::read(const QString &profileId, const QString &variable, Callback done)
{
    start(Op::Read, profileId, variable, {}, std::move(done));
}

void SecretStore::write(const QString &profileId, const QString &variable, const QString &value, Callback done)
{
    start(Op::Write, profileId, variable, value, std::move(done));
}

void SecretStore::remove(const QString &profileId, const QString &variable, Callback done)
{
    start(Op::Remove, profileId, variable, {}, std::move(done));
}

void SecretStore::start(Op op, const QString &profileId, const QString &variable, const QString &value,
                        Callback done)
{
    // Exactly one answer per call: whichever comes first of the job and our timer.
    struct Pending
    {
        bool answered = false;
        Callback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    auto answer = [pending](const Result &result) {
        if (pending->answered)
            return;
        pending->answered = true;
        if (auto callback = std::move(pending->done))
            callback(result);
    };

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service());
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    // No parent: a job stuck in a keychain call must not be deleted under the backend's
    // feet. It deletes itself when it finishes; one that never does is a small leak.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId, variable));

    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, this, [answer, timer, seconds = m_timeoutMs / 1000.0] {
        timer->deleteLater();
        answer({Status::NoKeychain, {},
                noKeychainMessage(ProfilesText::tr("the keychain did not answer within %1 s").arg(seconds))});
    });

    connect(job, &QKeychain::Job::finished, this, [answer, timer, op, variable](QKeychain::Job *finished) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        Result result;
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = Status::Ok;
            if (op == Op::Read)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            if (op == Op::Remove) {
                result.status = Status::Ok;
            } else {
                result.status = Status::NotFound;
                result.message = ProfilesText::tr("The keychain holds no value for the secret %1. Enter it again.").arg(variable);
            }
            break;
        case QKeychain::NoBackendAvailable:
            result.status = Status::NoKeychain;
            result.message = noKeychainMessage(finished->errorString());
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = Status::AccessDenied;
            result.message = ProfilesText::tr("The keychain refused access to the secret %1: %2. Unlock your keyring "
                                       "and allow Beam Launcher to use it.")
                                 .arg(variable, finished->errorString());
            break;
        default:
            if (looksLikeNoService(finished->errorString())) {
                result.status = Status::NoKeychain;
                result.message = noKeychainMessage(finished->errorString());
            } else {
                result.status = Status::Failed;
                result.message = ProfilesText::tr("The keychain failed for the secret %1: %2").arg(variable, finished->errorString());
            }
            break;
        }
        answer(result);
    });

    job->start();
    if (timer)
        timer->start();
}

void SecretStore::removeAll(const QString &profileId, const QStringList &variables, Callback done)
{
    if (variables.isEmpty()) {
        if (done)
            done({Status::Ok, {}, {}});
        return;
    }
    // One after the other: QtKeychain runs its jobs in sequence anyway, and the first
    // failure is what the caller needs to see.
    remove(profileId, variables.first(), [this, profileId, rest = variables.mid(1), done](const Result &r) {
        if (!r.ok()) {
            if (done)
                done(r);
            return;
        }
        removeAll(profileId, rest, done);
    });
}

void SecretStore::removeAllFor(const Profile &profile, Callback done)
{
    removeAll(profile.id, profile.secretNames(), std::move(done));
}

SecretStore::Result SecretStore::waitFor(const std::function<void(Callback)> &call)
{
    QEventLoop loop;
    Result result;
    bool answered = false;
    call([&](const Result &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

SecretStore::Result SecretStore::readSync(const QString &profileId, const QString &variable)
{
    return waitFor([&](Callback done) { read(profileId, variable, std::move(done)); });
}

SecretStore::Result SecretStore::writeSync(const QString &profileId, const QString &variable, const QString &value)
{
    return waitFor([&](Callback done) { write(profileId, variable, value, std::move(done)); });
}

SecretStore::Result SecretStore::removeSync(const QString &profileId, const QString &variable)
{
    return waitFor([&](Callback done) { remove(profileId, variable, std::move(done)); });
}

} // namespace bl
