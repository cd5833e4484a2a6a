// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "DesktopNotifier.h"

#include "UiLogging.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace bl {

DesktopNotifier::DesktopNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QPointer<DesktopNotifier> self(this);
    NotifierHooks hooks;
    hooks.activated = [self](quint64 key) {
        if (self)
            Q_EMIT self->activated(key);
    };
    hooks.unavailable = [self](const QString &summary, const QString &body, quint64 key) {
        if (self)
            self->showInTray(summary, body, key);
    };
    m_backend = makeNotifierBackend(window, std::move(hooks));
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &summary, const QString &body, bool urgent, quint64 key)
{
    if (m_backend && m_backend->notify(summary, body, urgent, key)) {
        m_lastBackend = m_backend->name();
        return;
    }
    showInTray(summary, body, key);
}

void DesktopNotifier::showInTray(const QString &summary, const QString &body, quint64 key)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        m_lastBackend.clear();
        if (!std::exchange(m_saidNone, true))
            qCInfo(lcUi) << "no notification service and no system tray: the end of a job is not notified";
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(m_window->windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_trayKey); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                Q_EMIT activated(m_trayKey);
        });
    }
    m_tray->show();
    m_trayKey = key;
    m_tray->showMessage(summary, body, m_window->windowIcon());
    m_lastBackend = QStringLiteral("tray");
}

void DesktopNotifier::setProgress(Progress progress, double fraction, bool urgent)
{
    if (m_backend)
        m_backend->setProgress(progress, std::clamp(fraction, 0.0, 1.0), urgent);
}

// No platform part: a Unix build without Qt D-Bus (the tray's message only).
#if !defined(Q_OS_WIN) && !defined(BL_HAVE_QTDBUS) && !defined(BL_HAVE_DOCK)
std::unique_ptr<NotifierBackend> makeNotifierBackend(QWidget *, NotifierHooks)
{
    return nullptr;
}
#endif

} // namespace bl
