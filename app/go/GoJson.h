// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"
#include "go/Platform.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Parsers of what the go command prints: `go env -json`, `go list -e -json`,
// `go version -m` and `go tool dist list`. Pure functions over captured text.

namespace bl {

/// The parts of `go env -json` the launcher needs.
struct GoEnv
{
    QString goVersion; ///< "go1.26.8"
    QString goRoot;
    QString goCache;
    QString goModCache;
    QString goPath;
    QString hostOs;
    QString hostArch;
    QString goFlags;

    Platform host() const { return {hostOs, hostArch}; }

    static std::optional<GoEnv> fromJson(const QByteArray &json, QString *error);
};

/// A Go release number, parsed from GOVERSION or `go version` ("go1.22.3", "go1.23rc1",
/// "devel go1.24-abc123 ..."). Pre-releases count as their release's .0.
struct GoVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    QString toString() const; ///< "1.22.3"
    static std::optional<GoVersion> parse(QStringView goVersion);

    friend bool operator<(const GoVersion &a, const GoVersion &b)
    {
        if (a.major != b.major)
            return a.major < b.major;
        if (a.minor != b.minor)
            return a.minor < b.minor;
        return a.patch < b.patch;
    }
    friend bool operator==(const GoVersion &a, const GoVersion &b)
    {
        return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
    friend bool operator!=(const GoVersion &a, const GoVersion &b) { return !(a == b); }
    friend bool operator<=(const GoVersion &a, const GoVersion &b) { return !(b < a); }
    friend bool operator>(const GoVersion &a, const GoVersion &b) { return b < a; }
    friend bool operator>=(const GoVersion &a, const GoVersion &b) { return !(a < b); }
};

/// The platforms of `go tool dist list`, one "goos/goarch" per line; other lines are skipped.
QList<Platform> parseDistList(const QString &output);

/// One package as `go list -e -json DIR` describes it.
struct PackageInfo
{
    QString dir;
    QString importPath;
    QString name;
    QString moduleDir;
    QString modulePath;
    QString moduleGoVersion;
    QStringList goFiles;
    QStringList imports;
    QStringList deps;
    /// Deps or Imports hold the Beam Go SDK's root package (or its x/beamx): github.com/apache/beam/sdks/v2/go/pkg/beam,
    /// or github.com/apache/beam/sdks/go/pkg/beam of the releases before v2's Go module
    /// (`github.com/apache/beam v2.25.0+incompatible`). A package that uses only some of Beam's
    /// utility packages (Beam's own boot programs, beamctl) does not.
    bool importsBeam = false;
    /// A main package of Beam's own module that is one of its tools, not a pipeline: a runner or
    /// tool under go/cmd (prism, beamctl...) or a container's boot program (isBeamModuleTool()).
    bool beamTool = false;
    /// From "Error", "DepsErrors" and the module's "Error"; paths absolute.
    Diagnostics problems;

    bool isCommand() const { return name == u"main"; }

    /// Relative positions ("main.go:4:8") resolve against the package's Dir, which is
    /// right when go list ran in that folder; otherwise use the overload below.
    static std::optional<PackageInfo> fromJson(const QByteArray &json, QString *error);
    static std::optional<PackageInfo> fromJson(const QByteArray &json, const QString &workingDirectory,
                                               QString *error);
};

/// What `go version -m FILE` says about a binary.
struct BinaryInfo
{
    QString path;        ///< the file, as go printed it
    QString goVersion;   ///< "go1.26.8"
    QString mainPackage; ///< the "path" line
    QString mainModule;  ///< the "mod" line's module path
    Platform platform;   ///< from GOOS/GOARCH; invalid when the binary does not say (Go < 1.18)
    bool cgo = false;
    bool hasCgoSetting = false; ///< false: built by a Go too old to record CGO_ENABLED
    QMap<QString, QString> settings; ///< the "build" lines: "-trimpath" -> "true", "GOOS" -> "linux"

    static std::optional<BinaryInfo> fromGoVersionOutput(const QString &output, QString *error);

    /// Empty when the binary fits; otherwise one user-facing sentence saying what was
    /// found, what is needed and what to do. `role` is the translated "launcher" or "worker".
    QString mismatch(const Platform &wanted, bool cgoAllowed, const QString &role) const;
};

/// The Beam Go SDK's module path, and the one of releases before it (a `+incompatible` version).
inline constexpr char BeamModulePath[] = "github.com/apache/beam/sdks/v2";
inline constexpr char OldBeamModulePath[] = "github.com/apache/beam";
/// `modulePath` is Beam's own module (a clone of Beam, or its module-cache copy).
bool isBeamModule(const QString &modulePath);
/// `importPath` is a main package of Beam's own module `modulePath` that is one of Beam's tools,
/// not a pipeline: under go/cmd (prism, beamctl, code generators) or in a folder named
/// *container (the SDK harness boot programs).
bool isBeamModuleTool(const QString &modulePath, const QString &importPath);

/// Splits a stream of concatenated JSON objects (what `go list -json` prints) into the objects.
QList<QByteArray> splitJsonStream(const QByteArray &stream);

} // namespace bl
