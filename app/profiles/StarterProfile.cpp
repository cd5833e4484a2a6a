// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/StarterProfile.h"

#include "launch/Paths.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bl::StarterProfile {

namespace {

QString markerPath(const ProfileStore &store)
{
    return store.folder() + QStringLiteral("/starter-profile-offered");
}

} // namespace

QString name()
{
    return QCoreApplication::translate("bl::StarterProfile", "Sample: word count on Prism (local)");
}

Profile make(const QString &sampleFolder)
{
    Profile profile;
    profile.name = name();
    profile.notes = QCoreApplication::translate(
        "bl::StarterProfile",
        "Counts the words of the sample's input.txt with Beam's Prism runner inside the launcher. "
        "Press Launch: both binaries are built, checked and the job runs here, no job server needed.");
    LaunchSettings &s = profile.settings;
    s.packageDir = QDir::cleanPath(sampleFolder);
    s.runner = QStringLiteral("prism");
    s.pipelineFlags = {QStringLiteral("--input=") + QDir(sampleFolder).filePath(QStringLiteral("input.txt")),
                       QStringLiteral("--output=") + Paths::cacheRoot() + QStringLiteral("/sample-output/counts.txt")};
    return profile;
}

bool offerOnce(ProfileStore &store, const QString &sampleFolder, QString *error)
{
    if (!store.profiles().isEmpty() || QFileInfo::exists(markerPath(store)) || sampleFolder.isEmpty()
        || !QFileInfo(sampleFolder).isDir())
        return false;
    Profile profile = make(sampleFolder);
    if (!store.save(profile, error))
        return false;
    QFile marker(markerPath(store));
    if (marker.open(QIODevice::WriteOnly))
        marker.write("The starter profile was created once; it is not offered again.\n");
    return true;
}

} // namespace bl::StarterProfile
