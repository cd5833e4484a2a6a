// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/GoJson.h"
#include "go/Platform.h"

#include <QString>

namespace bl {

/// The oldest Windows or macOS a program built by a given Go release starts on, as Go's release
/// notes state it (the "Ports" section of each release's notes):
/// - Windows: Go 1.21 and later require Windows 10 or Windows Server 2016 (go1.21 notes); Go 1.20
///   was the last to run on Windows 7, 8, Server 2008 and Server 2012.
/// - macOS: Go 1.21 and 1.22 require macOS 10.15 Catalina (go1.21 notes), 1.23 and 1.24 macOS 11
///   Big Sur (go1.23), 1.25 and 1.26 macOS 12 Monterey (go1.25, announced in go1.24), 1.27 and
///   later macOS 13 Ventura (go1.27, announced in go1.26).
/// Go releases newer than the last one listed here are told as "at least" that one's system.
struct OldestSystem
{
    /// The newest Go minor release whose notes were read for the table above.
    static constexpr int KnownThroughMinor = 27;

    /// "Windows 10 or Windows Server 2016", "macOS 12 Monterey"; empty for other systems
    /// (Linux and the rest are not a user's desktop here) and for Go older than 1.21.
    static QString forGo(const QString &goos, const GoVersion &go);

    /// One sentence for people about the launcher built for `launcher` by `go`: which system
    /// it needs at least. Empty when forGo() is.
    static QString note(const Platform &launcher, const GoVersion &go);
};

} // namespace bl
