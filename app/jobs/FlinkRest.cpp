// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "FlinkRest.h"

#include "jobs/JobsText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>
#include <utility>

namespace bl::jobs {

namespace {

constexpr int defaultPort = 8081;
constexpr qsizetype headBytes = 256; // enough to tell two log files apart (a timestamp, a class)

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

// ---- LogTail ----

QStringList LogTail::take(const QByteArray &file)
{
    const bool grown = file.size() >= m_taken && file.startsWith(m_head);
    if (!grown) { // shorter, or another beginning: a new file
        ++m_restarts;
        m_taken = 0;
    }
    m_head = file.left(headBytes);

    QStringList lines;
    const qsizetype end = file.lastIndexOf('\n');
    if (end < m_taken)
        return lines; // nothing complete since the last look
    qsizetype from = m_taken;
    while (from <= end) {
        const qsizetype newline = file.indexOf('\n', from);
        qsizetype to = newline;
        if (to > from && file.at(to - 1) == '\r')
            --to;
        lines.append(QString::fromUtf8(file.constData() + from, to - from));
        from = newline + 1;
    }
    m_taken = end + 1;
    return lines;
}

// ---- FlinkRest ----

QString FlinkRest::defaultAddress()
{
    return QStringLiteral("localhost:%1").arg(defaultPort);
}

FlinkRest::FlinkRest(const QString &address, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    const QString text = address.trimmed();
    QUrl url;
    if (text.isEmpty()) {
        m_addressProblem = JobsText::tr("No Flink REST address: give HOST:PORT, for example %1.").arg(defaultAddress());
    } else {
        const bool bare = !text.contains(QLatin1String("://")); // HOST[:PORT]
        url = QUrl(bare ? QStringLiteral("http://") + text : text, QUrl::StrictMode);
        if (bare && url.port() < 0)
            url.setPort(defaultPort);
        if (!url.isValid() || url.host().isEmpty()) {
            m_addressProblem = JobsText::tr("\"%1\" is not a Flink REST address: give HOST:PORT, for example %2.")
                                   .arg(text, defaultAddress());
        } else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
            m_addressProblem = JobsText::tr("\"%1\" is not an HTTP address: Flink's REST API is HTTP (http://HOST:PORT).")
                                   .arg(text);
        }
    }
    if (m_addressProblem.isEmpty()) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path);
        url.setQuery(QString());
        url.setFragment(QString());
        m_base = url;
    }
}

FlinkRest::~FlinkRest()
{
    abortAll();
}

void FlinkRest::abortAll()
{
    const QSet<QNetworkReply *> pending = std::exchange(m_pending, {});
    for (QNetworkReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString FlinkRest::unreachable(QNetworkReply *reply) const
{
    QString why;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        why = JobsText::tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        why = JobsText::tr("host %1 not found").arg(m_base.host());
        break;
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TimeoutError:
        why = JobsText::tr("no answer within %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        break;
    default:
        why = reply->errorString();
        break;
    }
    return JobsText::tr("No Flink REST API at %1: %2. Is the JobManager running? Set the Flink REST address in "
                         "the profile.")
        .arg(m_base.toString(), why);
}

void FlinkRest::get(const QString &path, const Reply &done)
{
    if (!m_base.isValid()) {
        done({}, m_addressProblem);
        return;
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json, text/plain");
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, path] {
        if (!m_pending.remove(reply))
            return; // aborted
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done({}, unreachable(reply));
            return;
        }
        const QByteArray body = reply->readAll();
        if (status < 200 || status > 299) {
            QString detail = objectOf(body).value(QLatin1String("errors")).toArray().at(0).toString();
            if (detail.isEmpty())
                detail = reply->errorString();
            done({}, JobsText::tr("The Flink REST API at %1 answered HTTP %2 to %3: %4")
                         .arg(m_base.toString())
                         .arg(status)
                         .arg(path, detail.section(QLatin1Char('\n'), 0, 0)));
            return;
        }
        done(body, {});
    });
}

void FlinkRest::check(const std::function<void(const FlinkCheck &)> &done)
{
    get(QStringLiteral("/config"), [this, done](const QByteArray &body, const QString &error) {
        FlinkCheck result;
        if (!error.isEmpty()) {
            result.error = error;
        } else {
            const QJsonObject config = objectOf(body);
            result.version = config.value(QLatin1String("flink-version")).toString();
            result.refreshIntervalMs = std::clamp(config.value(QLatin1String("refresh-interval")).toInt(FlinkCheck::DefaultRefreshIntervalMs), 0, 60000);
            result.ok = !result.version.isEmpty();
            if (!result.ok)
                result.error = JobsText::tr("%1 answers, but not as Flink's REST API (its /config names no Flink "
                                             "version). Set the Flink REST address in the profile.")
                                   .arg(m_base.toString());
        }
        done(result);
    });
}

bool FlinkRest::isOver(const QString &flinkState)
{
    static const QStringList over{QStringLiteral("FINISHED"), QStringLiteral("CANCELED"), QStringLiteral("FAILED"),
                                  QStringLiteral("SUSPENDED")};
    return over.contains(flinkState);
}

QUrl FlinkRest::jobPage(const QUrl &base, const QString &jobId, const QString &state)
{
    QUrl page = base;
    page.setPath(base.path() + QLatin1Char('/'));
    // The web UI (flink-runtime-web) routes with the URL's fragment: #/job/running/<jid>/...
    // for a job not over, #/job/completed/<jid>/... for one that is.
    page.setFragment(QStringLiteral("/job/%1/%2/overview")
                         .arg(isOver(state) ? QStringLiteral("completed") : QStringLiteral("running"), jobId));
    return page;
}

void FlinkRest::findJob(const QString &name, const std::function<void(const FlinkJob &)> &done)
{
    get(QStringLiteral("/jobs/overview"), [this, name, done](const QByteArray &body, const QString &error) {
        FlinkJob result;
        result.name = name;
        if (!error.isEmpty()) {
            result.error = error;
            done(result);
            return;
        }
        QJsonObject best;
        const QJsonArray jobs = objectOf(body).value(QLatin1String("jobs")).toArray();
        for (const QJsonValue &value : jobs) {
            const QJsonObject job = value.toObject();
            if (job.value(QLatin1String("name")).toString() != name)
                continue;
            const auto rank = [](const QJsonObject &j) {
                return std::make_pair(!isOver(j.value(QLatin1String("state")).toString()),
                                      j.value(QLatin1String("start-time")).toInteger());
            };
            if (best.isEmpty() || rank(job) > rank(best))
                best = job;
        }
        if (!best.isEmpty()) {
            result.found = true;
            result.id = best.value(QLatin1String("jid")).toString();
            result.state = best.value(QLatin1String("state")).toString();
            result.page = jobPage(m_base, result.id, result.state);
        }
        done(result);
    });
}

void FlinkRest::taskManagers(const std::function<void(const FlinkTaskManagers &)> &done)
{
    get(QStringLiteral("/taskmanagers"), [done](const QByteArray &body, const QString &error) {
        FlinkTaskManagers result;
        result.error = error;
        result.ok = error.isEmpty();
        const QJsonArray list = objectOf(body).value(QLatin1String("taskmanagers")).toArray();
        for (const QJsonValue &value : list) {
            const QString id = value.toObject().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                result.ids.append(id);
        }
        done(result);
    });
}

void FlinkRest::taskManagerLog(const QString &id,
                               const std::function<void(const QByteArray &log, const QString &error)> &done)
{
    get(QStringLiteral("/taskmanagers/%1/log").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), done);
}

// ---- FlinkLogFollower ----

FlinkLogFollower::FlinkLogFollower(const QString &address, QObject *parent)
    : QObject(parent)
    , m_rest(address)
{
    m_timer.setSingleShot(true); // the next round is planned when one is over: rounds never overlap
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FlinkLogFollower::round);
    m_drainBound.setSingleShot(true);
    connect(&m_drainBound, &QTimer::timeout, this, &FlinkLogFollower::drainOver);
    m_lastLook.setSingleShot(true);
    connect(&m_lastLook, &QTimer::timeout, this, &FlinkLogFollower::lastLook);
}

void FlinkLogFollower::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(milliseconds, 10));
}

void FlinkLogFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    round();
}

void FlinkLogFollower::drain(int lastLookAfterMs)
{
    if (!m_running) {
        QTimer::singleShot(0, this, [this] { Q_EMIT drained(); });
        return;
    }
    if (m_draining)
        return;
    m_draining = true;
    m_timer.stop();
    lastLookAfterMs = std::max(lastLookAfterMs, 0);
    m_drainBound.start(lastLookAfterMs + DrainBoundMs);
    m_lastLook.start(lastLookAfterMs);
}

void FlinkLogFollower::lastLook()
{
    if (!m_draining)
        return;
    if (m_inRound) {
        m_roundAfterThis = true; // it asked before this time: what it gets may be older
        return;
    }
    m_lastRound = true;
    round();
}

void FlinkLogFollower::drainOver()
{
    if (!m_draining)
        return;
    stop();
    Q_EMIT drained();
}

void FlinkLogFollower::stop()
{
    m_draining = m_roundAfterThis = m_lastRound = false;
    m_lastLook.stop();
    m_drainBound.stop();
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_rest.abortAll();
    m_inRound = false;
    m_waiting = 0;
}

void FlinkLogFollower::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

void FlinkLogFollower::round()
{
    if (!m_running || m_inRound)
        return;
    m_inRound = true;
    const quint64 generation = m_generation;
    m_rest.taskManagers([this, generation](const FlinkTaskManagers &list) {
        if (generation != m_generation)
            return;
        if (!list.ok) {
            setProblem(list.error);
            roundOver();
            return;
        }
        const auto known = m_tails.keys();
        for (const QString &id : known) {
            if (!list.ids.contains(id))
                m_tails.remove(id); // that TaskManager is gone
        }
        if (list.ids.isEmpty()) {
            setProblem({});
            roundOver();
            return;
        }
        const bool firstListing = !std::exchange(m_listed, true);
        m_waiting = int(list.ids.size());
        auto failed = std::make_shared<QString>();
        for (const QString &id : list.ids) {
            m_rest.taskManagerLog(id, [this, generation, id, failed, firstListing](const QByteArray &log, const QString &error) {
                if (generation != m_generation)
                    return;
                if (!error.isEmpty()) {
                    *failed = error;
                } else {
                    // What a TaskManager of the first listing had logged before is not news.
                    const bool history = firstListing && m_fromNow && !m_tails.contains(id);
                    const QStringList lines = m_tails[id].take(log);
                    if (!history && !lines.isEmpty())
                        Q_EMIT linesArrived(id, lines);
                }
                if (generation == m_generation && --m_waiting == 0) {
                    setProblem(*failed);
                    roundOver();
                }
            });
        }
    });
}

void FlinkLogFollower::roundOver()
{
    m_inRound = false;
    if (m_draining) {
        if (std::exchange(m_roundAfterThis, false)) {
            m_lastRound = true;
            round(); // the last look
        } else if (m_lastRound) {
            drainOver();
        } // else: the last look's time has not come
        return;
    }
    if (m_running)
        m_timer.start();
}

} // namespace bl::jobs
