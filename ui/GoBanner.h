// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"
#include "process/Async.h"

#include <QLabel>

namespace bl {

class GoToolchain;

/// Finds Go at start-up (GoToolchain, asynchronously) and, when it is missing or unusable,
/// shows across the window what to install. Profiles stay editable; Build and Launch need Go.
/// While Go is fine, it says what the shown profile's first launch will cost when it downloads,
/// compiles Beam or builds Prism (FirstLaunchCost, estimated off the GUI thread).
class GoBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit GoBanner(QWidget *parent = nullptr);

    void check();
    void cancel();
    /// Why Go cannot be used; empty while it can (or is still being checked).
    QString goError() const { return m_error; }
    /// "go1.26.8" once checked.
    QString goVersion() const { return m_version; }
    /// Estimates what a first launch of `settings` costs here (once Go is known) and shows it
    /// when it downloads or builds; hides it otherwise. Empty settings hide it.
    void showFirstLaunchCost(const LaunchSettings &settings);
    /// The first-launch text shown now; empty when none is.
    QString firstLaunchText() const { return m_error.isEmpty() && isVisible() ? m_costText : QString(); }

Q_SIGNALS:
    void goErrorChanged();

private:
    void estimate();
    void showCost(const QString &text);

    GoToolchain *m_toolchain;
    QString m_error;
    QString m_version;
    LaunchSettings m_costSettings;
    QString m_costText;
    LatestRun<> m_costRuns{this}; ///< a newer estimate makes older answers stale
};

} // namespace bl
