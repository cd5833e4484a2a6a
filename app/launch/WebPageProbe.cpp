// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/WebPageProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bl {

namespace {

/// Enough of a page to tell whose it is; a page is not downloaded whole.
constexpr qint64 MaxBody = 256 * 1024;

} // namespace

WebPageProbe::WebPageProbe(QObject *parent)
    : QObject(parent)
{
}

WebPageProbe::~WebPageProbe()
{
    cancel();
}

QUrl WebPageProbe::probeUrl(const QUrl &page, const QString &runner)
{
    if (runner.compare(u"flink", Qt::CaseInsensitive) == 0)
        return page.resolved(QUrl(QStringLiteral("config")));
    return page;
}

bool WebPageProbe::looksLikeRunnersPage(const QString &runner, int httpStatus, const QByteArray &body)
{
    if (httpStatus < 200 || httpStatus >= 300)
        return false;
    const QString name = runner.toLower();
    if (name == u"prism")
        return body.contains("Beam Prism");
    if (name == u"flink") {
        const QJsonObject config = QJsonDocument::fromJson(body).object();
        return config.contains(QStringLiteral("flink-version"));
    }
    if (name == u"spark")
        return body.contains("Spark");
    return true;
}

void WebPageProbe::probe(const QUrl &page, const QString &runner)
{
    cancel();
    if (!page.isValid())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(probeUrl(page, runner));
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() + reply->size() > MaxBody)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, page, runner] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError
                        && looksLikeRunnersPage(runner, status, reply->read(MaxBody));
        Q_EMIT answered(page, ok);
    });
}

void WebPageProbe::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort(); // finished() comes, and is ignored
    }
}

} // namespace bl
