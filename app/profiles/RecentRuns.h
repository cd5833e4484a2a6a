// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bl {

class LaunchSession;

/// One launch, as remembered for the "recent runs" list.
struct RunRecord
{
    QString id;                 ///< set by RecentRuns::append(); also the file name
    QDateTime startedAt;        ///< UTC
    QString profileId;          ///< empty for a launch without a profile
    QString profileName;
    LaunchSettings settings;    ///< a snapshot; secret values are never stored
    QString launcherPath;
    QString workerPath;
    QString launcherSha256;     ///< hex
    QString workerSha256;       ///< hex
    int exitCode = -1;
    qint64 durationMs = 0;
    QString logFile;

    /// The record of a session that launched (see LaunchSession::launchStartedAt()), once it
    /// has finished: its exit code is the session's (ExitCode; the launcher's own when it ran
    /// to its end), the duration the launcher's, the checksums those the session computed.
    static RunRecord fromSession(const LaunchSession &session, const QString &profileId = {},
                                 const QString &profileName = {});

    QByteArray toJson() const;
    static std::optional<RunRecord> fromJson(const QByteArray &bytes, QString *error = nullptr);

    friend bool operator==(const RunRecord &a, const RunRecord &b)
    {
        return a.id == b.id && a.startedAt == b.startedAt && a.profileId == b.profileId
            && a.profileName == b.profileName && a.settings == b.settings && a.launcherPath == b.launcherPath
            && a.workerPath == b.workerPath && a.launcherSha256 == b.launcherSha256
            && a.workerSha256 == b.workerSha256 && a.exitCode == b.exitCode && a.durationMs == b.durationMs
            && a.logFile == b.logFile;
    }
};

/// Append-only record of launches: one small JSON file per run in `<folder>/runs/`, each
/// written atomically (QSaveFile), so two instances can record runs at the same time
/// without a lock. Only the newest maxRuns() are kept; older files are deleted on append.
class RecentRuns final
{
public:
    /// `folder` is the configuration folder (see ProfileStore::defaultFolder()).
    explicit RecentRuns(QString folder);

    static constexpr int maxRuns = 100;

    QString runsFolder() const;
    /// Stores the run (secret values stripped), fills in its id and trims old runs.
    bool append(RunRecord &record, QString *error = nullptr);
    /// Newest first. Unreadable files are skipped.
    QList<RunRecord> list() const;

private:
    QString m_folder;
};

} // namespace bl
