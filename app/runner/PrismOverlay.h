// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace bl {

/// The changes Beam Launcher makes to Beam's own Prism sources when it builds the managed local
/// Prism, applied with Go's `-overlay` (Beam's files are read from the module, patched in memory,
/// written beside the build; nothing of Beam's is kept in this repository).
///
/// Prism has no bind-address flag: its job service listens on every interface (`:PORT`), and its
/// PROCESS environment runs whatever command a submitted job names. The overlay makes the job
/// service and the web page listen on 127.0.0.1, fixes the quotes Prism 2.77 puts around a
/// PROCESS worker's `--id`, and makes Beam's boot stage and copy the worker under TMPDIR (a folder
/// of each launch's own, see ManagedPrism) instead of the machine-wide /tmp. Every patch must match Beam's text exactly once, and no listener the
/// overlay does not know may exist in Prism's sources: otherwise the build is refused.
namespace PrismOverlay {

/// Bumped whenever the patches change, so that cached builds are redone.
inline constexpr int PatchSetVersion = 2;
/// The flag the overlay adds to prism; ManagedPrism passes it at every start, so a prism built
/// without the overlay refuses to start instead of listening on every interface.
inline constexpr char MarkerFlag[] = "beam_launcher_loopback";

struct Patch
{
    QString file;        ///< relative to the Beam module's root (github.com/apache/beam/sdks/v2)
    QString find;        ///< Beam's text, matched exactly
    QString replacement;
    bool required = true; ///< a required patch that does not match refuses the build
    QString forbiddenAfter; ///< text that must not remain in the file afterwards (empty: none)
    QString why;
};

/// The patches of PatchSetVersion.
QList<Patch> patches();

/// Folders (relative to the module root) whose Go files are prism's own code, scanned for listeners.
QStringList scannedFolders();

struct Result
{
    QString text;  ///< the patched file
    QString error; ///< empty on success; otherwise why the build is refused (translated)
    bool applied = false;
};

/// Applies `patch` to `source` (the content of Beam's file `patch.file`) for `beamVersion`.
Result apply(const Patch &patch, const QString &source, const QString &beamVersion);

/// A call that opens a listening socket, found in a Go file.
struct Listener
{
    QString file; ///< relative to the module root
    int line = 0;
    QString text; ///< the line, trimmed
};

/// Every line of `source` (Go) that opens a listener (net.Listen, ListenAndServe, ListenTCP, ...).
QList<Listener> findListeners(const QString &file, const QString &source);

/// The listeners Prism may have once patched: each found listener must be one of these
/// (file and trimmed line), and each of these must be found.
QList<Listener> knownListeners();

/// Compares the listeners found in the patched sources with knownListeners(); empty when they
/// agree, otherwise why the build is refused (translated).
QString checkListeners(const QList<Listener> &found, const QString &beamVersion);

/// The Go file the overlay adds to prism's main package: the marker flag.
QString markerSource();

/// The overlay file (`{"Replace": {beamFile: ourFile}}`) for `replacements`, absolute paths.
QByteArray overlayJson(const QList<QPair<QString, QString>> &replacements);

} // namespace PrismOverlay
} // namespace bl
