// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace bl {

/// Asks whether a runner's web page is really there before anyone is sent to it: the catalog
/// only guesses a page from the endpoint's host and the runner's usual port (Prism's 8074, Flink's
/// 8081, Spark's 4040), and that port may be someone else's or nobody's.
///
/// One HTTP GET, bounded (TimeoutMs); a new probe() drops the one before. answered() comes once,
/// true only when the answer looks like that runner's page: Beam Prism's HTML (its title says
/// "Beam Prism"), Flink's REST API (`/config` answers JSON with "flink-version"), Spark's UI
/// (HTML naming Spark); for another runner, any page that answers 200.
class WebPageProbe final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 3000;

    explicit WebPageProbe(QObject *parent = nullptr);
    ~WebPageProbe() override;

    void probe(const QUrl &page, const QString &runner);
    void cancel();

    /// The address asked for `page` of `runner` (Flink: its REST API's /config).
    static QUrl probeUrl(const QUrl &page, const QString &runner);
    /// Whether an answer (HTTP status, body) is `runner`'s page.
    static bool looksLikeRunnersPage(const QString &runner, int httpStatus, const QByteArray &body);

Q_SIGNALS:
    void answered(const QUrl &page, bool isRunnersPage);

private:
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace bl
