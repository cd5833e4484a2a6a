// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/OldestSystem.h"

#include "go/GoText.h"

#include <QCoreApplication>

namespace bl {

namespace {

struct Requirement
{
    int fromMinor; ///< the first Go 1.x release that requires it
    const char *system;
};

// From Go's release notes, newest first (see OldestSystem.h). Product names are not translated.
constexpr Requirement MacOs[] = {
    {27, "macOS 13 Ventura"},
    {25, "macOS 12 Monterey"},
    {23, "macOS 11 Big Sur"},
    {21, "macOS 10.15 Catalina"},
};
constexpr Requirement Windows[] = {
    {21, "Windows 10 or Windows Server 2016"},
};

template<std::size_t N>
QString lookUp(const Requirement (&table)[N], const GoVersion &go)
{
    if (go.major != 1)
        return go.major > 1 ? QString::fromLatin1(table[0].system) : QString();
    for (const Requirement &r : table) {
        if (go.minor >= r.fromMinor)
            return QString::fromLatin1(r.system);
    }
    return {};
}

} // namespace

QString OldestSystem::forGo(const QString &goos, const GoVersion &go)
{
    if (goos == u"windows")
        return lookUp(Windows, go);
    if (goos == u"darwin")
        return lookUp(MacOs, go);
    return {};
}

QString OldestSystem::note(const Platform &launcher, const GoVersion &go)
{
    const QString system = forGo(launcher.os, go);
    if (system.isEmpty())
        return {};
    const QString release = QStringLiteral("%1.%2").arg(go.major).arg(go.minor);
    if (go.major > 1 || go.minor > KnownThroughMinor) {
        return GoText::tr("The launcher for %1 needs at least %2: Go 1.%3's release notes say so, and "
                                    "Go %4's may ask for a newer one.")
            .arg(launcher.toString(), system)
            .arg(KnownThroughMinor)
            .arg(release);
    }
    return GoText::tr("The launcher for %1 needs %2 or newer: the oldest that Go %3 supports "
                                "(Go's release notes).")
        .arg(launcher.toString(), system, release);
}

} // namespace bl
