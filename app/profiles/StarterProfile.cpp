// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/StarterProfile.h"

#include "launch/Paths.h"
#include "profiles/ProfilesText.h"
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
    return ProfilesText::tr("Sample: word count on Prism (local)");
}

Profile make(const QString &sampleFolder)
{
    Profile profile;
    profile.name = name();
    profile.notes = ProfilesText::tr("Counts the words of the sample's input.txt on a Prism job server that Beam Launcher starts on this "
        "computer (reachable from here only). Press Launch: both binaries are built and checked, Prism runs the "
        "worker binary through Beam's boot, and the worker's own lines show in the Worker pane. The first launch "
        "also builds Prism and boot for the sample's Beam version (a few minutes, once).");
    LaunchSettings &s = profile.settings;
    s.packageDir = QDir::cleanPath(sampleFolder);
    s.runner = QStringLiteral("prism");
    s.localJobServer = true;
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
