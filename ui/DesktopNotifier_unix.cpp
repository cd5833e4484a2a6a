// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Linux and the BSDs: the desktop's notification service (org.freedesktop.Notifications) and
// the taskbar's progress (the com.canonical.Unity.LauncherEntry signal: KDE Plasma, Unity, Dash
// to Dock and others read it), both on the session D-Bus.
#include "DesktopNotifier.h"

#include "UiLogging.h"
#include "WindowText.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QHash>

namespace bl {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

/// The desktop file's id (without .desktop), as the app installs it; also its icon's name.
QString desktopId()
{
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? QStringLiteral("beam-launcher") : id;
}

class FreedesktopBackend final : public QObject, public NotifierBackend
{
    Q_OBJECT

public:
    explicit FreedesktopBackend(NotifierHooks hooks)
        : m_hooks(std::move(hooks))
        , m_bus(QDBusConnection::sessionBus())
    {
        if (!m_bus.isConnected())
            return;
        m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                      SLOT(onClosed(uint, uint)));
    }

    QString name() const override { return Service; }

    bool notify(const QString &summary, const QString &body, bool urgent, quint64 key) override
    {
        if (!serviceThere())
            return false;
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
        const QVariantMap hints{
            {QStringLiteral("desktop-entry"), desktopId()},
            {QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
        };
        call << UiText::tr("Beam Launcher") << uint(0) << desktopId() << summary << body
             << QStringList{QStringLiteral("default"), UiText::tr("Show")} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, summary, body, key](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isError()) {
                qCInfo(lcUi) << "the notification service did not take the notification:" << reply.error().message();
                m_hooks.unavailable(summary, body, key);
                return;
            }
            m_keys.insert(reply.value(), key);
        });
        return true;
    }

    void setProgress(DesktopNotifier::Progress progress, double fraction, bool urgent) override
    {
        if (!m_bus.isConnected())
            return;
        const QString app = QStringLiteral("application://%1.desktop").arg(desktopId());
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/com/canonical/unity/launcherentry/%1").arg(qHash(app)),
            QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
        // The LauncherEntry API has no indeterminate bar: while the job runs, none shows.
        const bool visible = progress == DesktopNotifier::Progress::Fraction;
        signal << app
               << QVariantMap{{QStringLiteral("progress"), visible ? fraction : 0.0},
                              {QStringLiteral("progress-visible"), visible},
                              {QStringLiteral("urgent"), urgent}};
        m_bus.send(signal);
    }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action)
    {
        if (m_keys.contains(id) && action == QLatin1String("default"))
            m_hooks.activated(m_keys.value(id));
    }

    void onClosed(uint id, uint) { m_keys.remove(id); }

private:
    bool serviceThere()
    {
        QDBusConnectionInterface *bus = m_bus.isConnected() ? m_bus.interface() : nullptr;
        if (bus && (bus->isServiceRegistered(Service) || bus->activatableServiceNames().value().contains(Service)))
            return true;
        if (!std::exchange(m_saidMissing, true))
            qCInfo(lcUi) << "no" << Service << "on the session bus: a tray message instead, if there is a tray";
        return false;
    }

    NotifierHooks m_hooks;
    QDBusConnection m_bus;
    QHash<uint, quint64> m_keys; ///< the service's id of each notification shown: its key
    bool m_saidMissing = false;
};

} // namespace

std::unique_ptr<NotifierBackend> makeNotifierBackend(QWidget *, NotifierHooks hooks)
{
    return std::make_unique<FreedesktopBackend>(std::move(hooks));
}

} // namespace bl

#include "DesktopNotifier_unix.moc"
#include "UiText.h"
