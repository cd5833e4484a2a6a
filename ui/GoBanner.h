// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace bl {

class GoToolchain;

/// Finds Go at start-up (GoToolchain, asynchronously) and, when it is missing or unusable,
/// shows across the window what to install. Profiles stay editable; Build and Launch need Go.
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

Q_SIGNALS:
    void goErrorChanged();

private:
    GoToolchain *m_toolchain;
    QString m_error;
    QString m_version;
};

} // namespace bl
