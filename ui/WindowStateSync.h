// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QMainWindow;
class QSplitter;

namespace bl {

/// The window's geometry, its docks and toolbars, its splitters and the profile shown, kept in
/// `<config folder>/window.ini` (so BEAM_LAUNCHER_CONFIG_DIR isolates them like the profiles).
class WindowStateSync final
{
public:
    WindowStateSync(QMainWindow *window, const QString &file);

    /// Remembered under `window/<objectName>`; add every splitter before restore().
    void addSplitter(QSplitter *splitter);
    /// Restores what was saved; returns the id of the profile that was shown, if any.
    QString restore();
    void save(const QString &currentProfileId);

private:
    QMainWindow *m_window;
    QString m_file;
    QList<QSplitter *> m_splitters;
};

} // namespace bl
