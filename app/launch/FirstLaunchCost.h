// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bl {

/// What a pipeline's first launch on this machine will cost before anything is built: the
/// modules Go still has to download (go.sum's modules missing from the module cache), whether
/// Beam itself is among them (then Go compiles several hundred packages it never compiled here),
/// and whether the managed Prism for the pipeline's Beam version has to be built once.
///
/// Only file checks (go.mod, go.sum, the module cache, the runners folder): no go command runs,
/// so it may run on any thread; estimate() takes tens of milliseconds for a Beam pipeline's
/// go.sum, so the window runs it off the GUI thread.
struct FirstLaunchCost
{
    QString beamVersion;      ///< the Beam Go SDK go.mod requires ("2.77.0"), empty if none
    int modules = 0;          ///< modules go.sum names
    int modulesMissing = 0;   ///< ... of which the module cache holds no copy
    bool beamMissing = false; ///< Beam's module is among them: its packages were never compiled here
    bool prismMissing = false; ///< a managed Prism is asked for, and none is built for beamVersion

    /// True when the first launch downloads, compiles or builds Prism: worth saying before it starts.
    bool isCold() const { return modulesMissing > 0 || prismMissing; }
    /// One paragraph for people: what the first launch does and roughly how long it takes.
    QString text() const;

    /// `packageDir`: the pipeline's package (its module root is found above it); `goModCache`:
    /// GOMODCACHE; `managedPrism`: the launch starts a local Prism for the pipeline's Beam.
    static FirstLaunchCost estimate(const QString &packageDir, const QString &goModCache, bool managedPrism);
    /// A module path as the module cache spells it: each capital letter as '!' and its lower case.
    static QString escapedModulePath(const QString &path);
};

} // namespace bl
