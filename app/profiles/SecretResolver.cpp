// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/SecretResolver.h"

#include "profiles/ProfilesLogging.h"

#include <QEventLoop>

#include <algorithm>
#include <memory>

namespace bl {

bool SecretResolver::Outcome::noKeychain() const
{
    return std::any_of(failures.cbegin(), failures.cend(),
                       [](const Failure &f) { return f.status == SecretStore::Status::NoKeychain; });
}

SecretResolver::SecretResolver(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

QStringList SecretResolver::missing(const LaunchSettings &settings)
{
    QStringList names;
    for (const EnvironmentVariable &variable : settings.environment) {
        if (variable.secret && variable.value.isEmpty())
            names << variable.name;
    }
    return names;
}

void SecretResolver::resolve(const QString &profileId, const LaunchSettings &settings, Callback done)
{
    m_requests.begin();
    const QStringList names = missing(settings);
    auto outcome = std::make_shared<Outcome>();
    outcome->settings = settings;
    if (names.isEmpty()) {
        m_requests.cancel();
        done(*outcome);
        return;
    }
    qCDebug(lcProfiles) << "reading" << names.size() << "secret(s) of profile" << profileId;
    auto left = std::make_shared<int>(int(names.size()));
    for (const QString &name : names) {
        m_secrets->read(profileId, name, m_requests.guard([this, name, names, outcome, left, done](const SecretStore::Result &result) {
            if (result.ok()) {
                for (EnvironmentVariable &variable : outcome->settings.environment) {
                    if (variable.secret && variable.name == name)
                        variable.value = result.value;
                }
            } else {
                outcome->failures.append({name, result.status, result.message});
            }
            if (--*left > 0)
                return;
            m_requests.cancel(); // answered: nothing pending any more
            // In the order of the settings, whichever answer came first.
            std::sort(outcome->failures.begin(), outcome->failures.end(), [names](const Failure &a, const Failure &b) {
                return names.indexOf(a.name) < names.indexOf(b.name);
            });
            done(*outcome);
        }));
    }
}

void SecretResolver::cancel()
{
    m_requests.cancel();
}

SecretResolver::Outcome SecretResolver::resolveSync(const QString &profileId, const LaunchSettings &settings)
{
    Outcome answer;
    bool answered = false;
    QEventLoop loop;
    resolve(profileId, settings, [&](const Outcome &outcome) {
        answer = outcome;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return answer;
}

} // namespace bl
