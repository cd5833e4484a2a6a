// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSystemTrayIcon;
class QWidget;

namespace bl {

class NotifierBackend;

/// The desktop's word when a job ends, and the launch's progress on the taskbar or dock.
/// Linux/BSD (DesktopNotifier_unix.cpp): org.freedesktop.Notifications and the
/// com.canonical.Unity.LauncherEntry progress signal over the session D-Bus. Windows
/// (DesktopNotifier_win.cpp): the tray's balloon and ITaskbarList3. macOS (DesktopNotifier_mac.mm):
/// the tray's message and the Dock icon's badge. Where the platform service is missing, a tray message if there is a tray,
/// else nothing (said once in the log). Nothing here blocks.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    /// `window`: the window the progress belongs to and whose icon the tray shows.
    explicit DesktopNotifier(QWidget *window);
    ~DesktopNotifier() override;

    /// Shows a notification; clicking it gives activated(key). `urgent`: a failure.
    void notify(const QString &summary, const QString &body, bool urgent, quint64 key);

    enum class Progress { None, Fraction, Busy };
    /// The taskbar or dock: a bar at `fraction` (0..1), an indeterminate one (Busy, where the
    /// platform has one), or none. `urgent` asks for attention (a failure).
    void setProgress(Progress progress, double fraction = 0, bool urgent = false);

    /// What showed the last notification: "org.freedesktop.Notifications", "tray" or "" (none).
    QString lastBackend() const { return m_lastBackend; }

Q_SIGNALS:
    /// The notification of `key` was clicked (its default action).
    void activated(quint64 key);

private:
    void showInTray(const QString &summary, const QString &body, quint64 key);

    QWidget *m_window;
    std::unique_ptr<NotifierBackend> m_backend;
    QPointer<QSystemTrayIcon> m_tray;
    quint64 m_trayKey = 0;
    QString m_lastBackend;
    bool m_saidNone = false;
};

/// What a platform offers DesktopNotifier (DesktopNotifier_unix.cpp, DesktopNotifier_win.cpp).
class NotifierBackend
{
public:
    virtual ~NotifierBackend() = default;
    /// Shows the notification; false when the platform's service is not there (the tray then).
    /// `unavailable` is called later when the service turns out not to take it after all.
    virtual bool notify(const QString &summary, const QString &body, bool urgent, quint64 key) = 0;
    virtual void setProgress(DesktopNotifier::Progress progress, double fraction, bool urgent) = 0;
    virtual QString name() const = 0;
};

/// How a backend reports back: a click on `key`; a notification its service did not take.
struct NotifierHooks
{
    std::function<void(quint64 key)> activated;
    std::function<void(const QString &summary, const QString &body, quint64 key)> unavailable;
};

/// The platform's backend; null where there is none (a Unix build without Qt D-Bus).
std::unique_ptr<NotifierBackend> makeNotifierBackend(QWidget *window, NotifierHooks hooks);

} // namespace bl
