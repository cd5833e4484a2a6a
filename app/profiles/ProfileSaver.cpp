// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileSaver.h"

#include "profiles/ProfileStore.h"
#include "profiles/ProfilesLogging.h"

#include <QRandomGenerator>
#include <QTimer>

namespace bl {

ProfileSaver::ProfileSaver(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        QString error;
        if (attempt(&error) == Outcome::Failed)
            Q_EMIT failed(error);
    });
}

ProfileSaver::~ProfileSaver() = default;

ProfileSaver::Outcome ProfileSaver::save(const Profile &profile, QString *error)
{
    if (!m_pending)
        m_waiting.start();
    m_pending = profile; // the newest wins
    m_retry->stop();
    QString why;
    const Outcome outcome = attempt(&why);
    if (outcome == Outcome::Failed) {
        if (error)
            *error = why;
        Q_EMIT failed(why);
    }
    return outcome;
}

ProfileSaver::Outcome ProfileSaver::attempt(QString *error)
{
    Profile profile = *m_pending;
    QString why;
    if (m_store->save(profile, &why)) {
        m_pending.reset();
        Q_EMIT saved(profile);
        return Outcome::Saved;
    }
    if (m_store->lockWasBusy() && m_waiting.elapsed() < GiveUpAfterMs) {
        // Short random steps: the other instance's write takes milliseconds.
        m_retry->start(QRandomGenerator::global()->bounded(20, 60));
        qCDebug(lcProfiles) << "profile lock busy; saving again in" << m_retry->interval() << "ms";
        return Outcome::Pending;
    }
    m_pending.reset();
    *error = why;
    return Outcome::Failed;
}

} // namespace bl
