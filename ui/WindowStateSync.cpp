// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "WindowStateSync.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace bl {

namespace {

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("window/") + splitter->objectName();
}

} // namespace

WindowStateSync::WindowStateSync(QMainWindow *window, const QString &file)
    : m_window(window)
    , m_file(file)
{
}

void WindowStateSync::addSplitter(QSplitter *splitter)
{
    m_splitters.append(splitter);
}

QString WindowStateSync::restore()
{
    QSettings settings(m_file, QSettings::IniFormat);
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_window->resize(1360, 860);
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *splitter : std::as_const(m_splitters))
        splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
    return settings.value(QStringLiteral("profiles/current")).toString();
}

void WindowStateSync::save(const QString &currentProfileId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());
    for (QSplitter *splitter : std::as_const(m_splitters))
        settings.setValue(splitterKey(splitter), splitter->saveState());
    settings.setValue(QStringLiteral("profiles/current"), currentProfileId);
}

} // namespace bl
