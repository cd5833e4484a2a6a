// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"
#include "process/Async.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace bl {

/// The SHA-256 of both binaries of a launch, for the run's record: computed on threads of
/// their own while the job runs (a Beam pipeline's binaries are over 100 MB each), once per
/// binary. For binaries Beam Launcher built, the checksum is kept in the binary's
/// VerifiedRecord, so the next launch of an unchanged binary reads it from there.
class BinaryChecksums final : public QObject
{
    Q_OBJECT

public:
    explicit BinaryChecksums(QObject *parent = nullptr);
    ~BinaryChecksums() override;

    /// Starts on every result with a path and no sha256 yet; abandons an earlier start.
    /// `recordVerified`: the binaries are ours, so their VerifiedRecord gets the checksum.
    void start(const BuildResult (&results)[2], bool recordVerified);
    /// Ends the computation early: the checksums still pending come in empty, then finished().
    void abort();
    /// Forgets the current start: no more signals from it.
    void abandon();
    bool isPending() const { return m_pending > 0; }

Q_SIGNALS:
    /// `sha256` is empty when the file could not be read.
    void computed(bl::BuildTarget target, const QString &sha256);
    /// The last checksum of the current start() came in.
    void finished();

private:
    std::shared_ptr<std::atomic_bool> m_abort;
    LatestRun<> m_runs{this}; ///< one start() at a time: an abandoned one's answers are dropped
    int m_pending = 0;
};

} // namespace bl
