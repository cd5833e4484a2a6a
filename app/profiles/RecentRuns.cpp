// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/RecentRuns.h"

#include "launch/LaunchSession.h"
#include "profiles/Profile.h"
#include "profiles/ProfilesText.h"


#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace bl {

QByteArray RunRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profileId"), profileId},
        {QStringLiteral("profileName"), profileName},
        {QStringLiteral("settings"), Profile::settingsToJson(settings)},
        {QStringLiteral("launcherPath"), launcherPath},
        {QStringLiteral("workerPath"), workerPath},
        {QStringLiteral("launcherSha256"), launcherSha256},
        {QStringLiteral("workerSha256"), workerSha256},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("durationMs"), double(durationMs)},
        {QStringLiteral("logFile"), logFile},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<RunRecord> RunRecord::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : ProfilesText::tr("A run record must be a JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    RunRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    r.startedAt = QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs).toUTC();
    r.profileId = o.value(QLatin1String("profileId")).toString();
    r.profileName = o.value(QLatin1String("profileName")).toString();
    r.settings = Profile::settingsFromJson(o.value(QLatin1String("settings")).toObject());
    r.launcherPath = o.value(QLatin1String("launcherPath")).toString();
    r.workerPath = o.value(QLatin1String("workerPath")).toString();
    r.launcherSha256 = o.value(QLatin1String("launcherSha256")).toString();
    r.workerSha256 = o.value(QLatin1String("workerSha256")).toString();
    r.exitCode = o.value(QLatin1String("exitCode")).toInt(-1);
    r.durationMs = qint64(o.value(QLatin1String("durationMs")).toDouble());
    r.logFile = o.value(QLatin1String("logFile")).toString();
    if (r.id.isEmpty() || !r.startedAt.isValid()) {
        if (error)
            *error = ProfilesText::tr("The run record has no id or start time.");
        return std::nullopt;
    }
    return r;
}

RunRecord RunRecord::fromSession(const LaunchSession &session, const QString &profileId, const QString &profileName)
{
    RunRecord record;
    record.startedAt = session.launchStartedAt();
    record.profileId = profileId;
    record.profileName = profileName;
    record.settings = Profile::withoutSecretValues(session.settings());
    const BuildResult &launcher = session.buildResult(BuildTarget::Launcher);
    const BuildResult &worker = session.buildResult(BuildTarget::Worker);
    record.launcherPath = launcher.path;
    record.workerPath = worker.path;
    record.launcherSha256 = launcher.sha256;
    record.workerSha256 = worker.sha256;
    record.exitCode = session.exitCode();
    record.durationMs = session.launchResult() ? session.launchResult()->elapsedMs : 0;
    record.logFile = session.logFile();
    return record;
}

RecentRuns::RecentRuns(QString folder)
    : m_folder(std::move(folder))
{
}

QString RecentRuns::runsFolder() const
{
    return m_folder + QStringLiteral("/runs");
}

bool RecentRuns::append(RunRecord &record, QString *error)
{
    const QString dir = runsFolder();
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = ProfilesText::tr("Cannot create the folder %1 for the list of recent runs. Check that you may write "
                            "there, or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.")
                         .arg(QDir::toNativeSeparators(dir));
        }
        return false;
    }
    RunRecord r = record;
    if (!r.startedAt.isValid())
        r.startedAt = QDateTime::currentDateTimeUtc();
    r.startedAt = r.startedAt.toUTC();
    r.settings = Profile::withoutSecretValues(r.settings);
    // The name sorts by time; the random tail keeps two instances' runs apart.
    r.id = r.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(8);

    QSaveFile file(dir + u'/' + r.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(r.toJson()) < 0 || !file.commit()) {
        if (error)
            *error = ProfilesText::tr("Cannot record the run in %1: %2").arg(QDir::toNativeSeparators(dir), file.errorString());
        return false;
    }
    record = r;

    QStringList names = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // Another instance may delete the same old files at the same time; that is harmless.
    while (names.size() > maxRuns)
        QFile::remove(dir + u'/' + names.takeFirst());
    return true;
}

QList<RunRecord> RecentRuns::list() const
{
    const QDir dir(runsFolder());
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QList<RunRecord> runs;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto r = RunRecord::fromJson(file.readAll()))
            runs << *r;
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return runs;
}

} // namespace bl
