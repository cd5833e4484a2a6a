// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/BinaryChecksums.h"

#include "go/VerifiedRecord.h"
#include "process/FileHash.h"

namespace bl {

BinaryChecksums::BinaryChecksums(QObject *parent)
    : QObject(parent)
{
}

BinaryChecksums::~BinaryChecksums()
{
    abandon();
}

void BinaryChecksums::abort()
{
    if (m_abort)
        m_abort->store(true);
}

void BinaryChecksums::abandon()
{
    abort();
    m_abort.reset();
    m_runs.cancel();
    m_pending = 0;
}

void BinaryChecksums::start(const BuildResult (&results)[2], bool recordVerified)
{
    abandon();
    m_runs.begin();
    m_abort = std::make_shared<std::atomic_bool>(false);
    for (const BuildResult &r : results) {
        if (!r.sha256.isEmpty() || r.path.isEmpty())
            continue;
        ++m_pending;
        const BuildTarget target = r.target;
        const QString path = r.path;
        sha256OfFileInBackground(path, this, m_runs.guard([this, target, path, recordVerified](const QString &sha) {
            if (recordVerified && !sha.isEmpty()) {
                if (std::optional<VerifiedRecord> record = VerifiedRecord::read(path)) {
                    record->sha256 = sha;
                    VerifiedRecord::write(path, *record);
                }
            }
            Q_EMIT computed(target, sha);
            if (--m_pending == 0)
                Q_EMIT finished();
        }), m_abort);
    }
}

} // namespace bl
