// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobTypes.h"

#include <QStringList>

#include <cstring>

namespace bl::jobs {

namespace {

/// Where a state stands in a job's life (see advances()).
int lifeStage(JobState state)
{
    switch (state) {
    case JobState::Unspecified:
        return -1;
    case JobState::Stopped:
        return 0;
    case JobState::Starting:
        return 1;
    case JobState::Running:
        return 2;
    case JobState::Updating:
    case JobState::Draining:
    case JobState::Cancelling:
        return 3;
    case JobState::Done:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Updated:
    case JobState::Drained:
        return 4;
    }
    return -1;
}

} // namespace

bool advances(JobState from, JobState to)
{
    if (to == JobState::Unspecified || to == from || isTerminal(from))
        return false;
    return lifeStage(to) >= lifeStage(from);
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Unspecified: return QStringLiteral("UNSPECIFIED");
    case JobState::Stopped: return QStringLiteral("STOPPED");
    case JobState::Running: return QStringLiteral("RUNNING");
    case JobState::Done: return QStringLiteral("DONE");
    case JobState::Failed: return QStringLiteral("FAILED");
    case JobState::Cancelled: return QStringLiteral("CANCELLED");
    case JobState::Updated: return QStringLiteral("UPDATED");
    case JobState::Draining: return QStringLiteral("DRAINING");
    case JobState::Drained: return QStringLiteral("DRAINED");
    case JobState::Starting: return QStringLiteral("STARTING");
    case JobState::Cancelling: return QStringLiteral("CANCELLING");
    case JobState::Updating: return QStringLiteral("UPDATING");
    }
    return QStringLiteral("UNSPECIFIED");
}

JobState jobStateFromNumber(int number)
{
    if (number < 0 || number > int(JobState::Updating))
        return JobState::Unspecified;
    return JobState(number);
}

JobState jobStateFromName(const QString &name)
{
    for (int number = 1; number <= int(JobState::Updating); ++number) {
        if (jobStateName(JobState(number)) == name)
            return JobState(number);
    }
    return JobState::Unspecified;
}

bool isTerminal(JobState state)
{
    switch (state) {
    case JobState::Done:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Updated:
    case JobState::Drained:
        return true;
    default:
        return false;
    }
}

QString importanceName(Importance importance)
{
    switch (importance) {
    case Importance::Debug: return QStringLiteral("debug");
    case Importance::Detailed: return QStringLiteral("detailed");
    case Importance::Basic: return QStringLiteral("basic");
    case Importance::Warning: return QStringLiteral("warning");
    case Importance::Error: return QStringLiteral("error");
    case Importance::Unspecified: break;
    }
    return QStringLiteral("unspecified");
}

bool readVarint(const QByteArray &bytes, qsizetype *at, qint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (*at >= bytes.size())
            return false;
        const auto byte = quint8(bytes.at((*at)++));
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = qint64(result);
            return true;
        }
    }
    return false;
}

bool readDouble(const QByteArray &bytes, qsizetype *at, double *value)
{
    if (bytes.size() - *at < 8)
        return false;
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(bytes.at((*at)++));
    static_assert(sizeof bits == sizeof *value);
    std::memcpy(value, &bits, sizeof bits);
    return true;
}

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString Metric::kindName() const
{
    const QString ns = labels.value(QStringLiteral("NAMESPACE"));
    const QString name = labels.value(QStringLiteral("NAME"));
    if (!name.isEmpty())
        return ns.isEmpty() ? name : ns + u'/' + name;
    // beam:metric:element_count:v1 -> element_count
    const QStringList parts = urn.split(u':');
    return parts.size() >= 2 ? parts.at(parts.size() - 2) : urn;
}

QString Metric::displayName() const
{
    const QString kind = kindName();
    if (!labels.value(QStringLiteral("NAME")).isEmpty())
        return kind;
    const QString where = labels.value(QStringLiteral("PCOLLECTION"), labels.value(QStringLiteral("PTRANSFORM")));
    return where.isEmpty() ? kind : kind + QStringLiteral(" (") + where + u')';
}

std::optional<double> Metric::number() const
{
    qsizetype at = 0;
    if (type == u"beam:metrics:sum_int64:v1") {
        qint64 v = 0;
        if (readVarint(payload, &at, &v))
            return double(v);
    } else if (type == u"beam:metrics:sum_double:v1") {
        double v = 0;
        if (readDouble(payload, &at, &v))
            return v;
    } else if (type == u"beam:metrics:latest_int64:v1") {
        qint64 when = 0, v = 0;
        if (readVarint(payload, &at, &when) && readVarint(payload, &at, &v))
            return double(v);
    } else if (type == u"beam:metrics:latest_double:v1") {
        qint64 when = 0;
        double v = 0;
        if (readVarint(payload, &at, &when) && readDouble(payload, &at, &v))
            return v;
    }
    return std::nullopt;
}

std::optional<double> Metric::total() const
{
    if (const auto n = number())
        return n;
    qsizetype at = 0;
    qint64 count = 0;
    if (type == u"beam:metrics:distribution_int64:v1") {
        qint64 sum = 0;
        if (readVarint(payload, &at, &count) && (count == 0 || readVarint(payload, &at, &sum)))
            return double(count == 0 ? 0 : sum);
    } else if (type == u"beam:metrics:distribution_double:v1") {
        double sum = 0;
        if (readVarint(payload, &at, &count) && (count == 0 || readDouble(payload, &at, &sum)))
            return count == 0 ? 0.0 : sum;
    }
    return std::nullopt;
}

QString Metric::valueText() const
{
    if (const auto n = number())
        return numberText(*n);
    qsizetype at = 0;
    if (type == u"beam:metrics:distribution_int64:v1") {
        qint64 count = 0, sum = 0, min = 0, max = 0;
        if (readVarint(payload, &at, &count)) {
            if (count == 0)
                return QStringLiteral("count 0");
            if (readVarint(payload, &at, &sum) && readVarint(payload, &at, &min) && readVarint(payload, &at, &max))
                return QStringLiteral("count %1 sum %2 min %3 max %4").arg(count).arg(sum).arg(min).arg(max);
        }
    } else if (type == u"beam:metrics:distribution_double:v1") {
        qint64 count = 0;
        double sum = 0, min = 0, max = 0;
        if (readVarint(payload, &at, &count)) {
            if (count == 0)
                return QStringLiteral("count 0");
            if (readDouble(payload, &at, &sum) && readDouble(payload, &at, &min) && readDouble(payload, &at, &max))
                return QStringLiteral("count %1 sum %2 min %3 max %4")
                    .arg(count)
                    .arg(numberText(sum), numberText(min), numberText(max));
        }
    }
    return QStringLiteral("(%1 bytes)").arg(payload.size());
}

} // namespace bl::jobs
