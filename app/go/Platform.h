// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace bl {

/// A Go target platform: GOOS and GOARCH, written "goos/goarch".
struct Platform
{
    QString os;
    QString arch;

    bool isValid() const { return !os.isEmpty() && !arch.isEmpty(); }
    QString toString() const;
    /// ".exe" for windows, empty otherwise.
    QString executableSuffix() const;

    /// Parses "goos/goarch" (lower-case letters and digits on each side). Only the
    /// form is checked here; GoToolchain knows which pairs the toolchain supports.
    static std::optional<Platform> parse(QStringView text, QString *error = nullptr);
    /// The machine this program runs on, in Go's names.
    static Platform host();
    /// Where Beam's runners run workers unless told otherwise: linux/amd64.
    static Platform defaultWorker() { return {QStringLiteral("linux"), QStringLiteral("amd64")}; }

    friend bool operator==(const Platform &a, const Platform &b) { return a.os == b.os && a.arch == b.arch; }
    friend bool operator!=(const Platform &a, const Platform &b) { return !(a == b); }
};

} // namespace bl

Q_DECLARE_METATYPE(bl::Platform)
