// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobProto.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTimeZone>

namespace bl::jobs::proto {

namespace {

QJsonValue toJson(const google::protobuf::Value &v);

QJsonObject toJson(const google::protobuf::Struct &s)
{
    QJsonObject o;
    for (const auto &[key, value] : s.fields())
        o.insert(fromStd(key), toJson(value));
    return o;
}

QJsonValue toJson(const google::protobuf::Value &v)
{
    switch (v.kind_case()) {
    case google::protobuf::Value::kNumberValue: return v.number_value();
    case google::protobuf::Value::kStringValue: return fromStd(v.string_value());
    case google::protobuf::Value::kBoolValue: return v.bool_value();
    case google::protobuf::Value::kStructValue: return toJson(v.struct_value());
    case google::protobuf::Value::kListValue: {
        QJsonArray a;
        for (const auto &item : v.list_value().values())
            a.append(toJson(item));
        return a;
    }
    default: return QJsonValue();
    }
}

} // namespace

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

CallError toError(const grpc::Status &status)
{
    CallError error;
    error.grpcCode = int(status.error_code());
    error.message = fromStd(status.error_message());
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE: error.kind = CallError::Kind::Unreachable; break;
    case grpc::StatusCode::DEADLINE_EXCEEDED: error.kind = CallError::Kind::Timeout; break;
    case grpc::StatusCode::NOT_FOUND: error.kind = CallError::Kind::NotFound; break;
    case grpc::StatusCode::UNIMPLEMENTED: error.kind = CallError::Kind::Unsupported; break;
    case grpc::StatusCode::CANCELLED: error.kind = CallError::Kind::Cancelled; break;
    default: error.kind = CallError::Kind::Other; break;
    }
    return error;
}

QDateTime toDateTime(const google::protobuf::Timestamp &t)
{
    if (t.seconds() == 0 && t.nanos() == 0)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(t.seconds() * 1000 + t.nanos() / 1000000, QTimeZone::utc());
}

JobInfo toJobInfo(const pb::JobInfo &info)
{
    JobInfo job;
    job.id = fromStd(info.job_id());
    job.name = fromStd(info.job_name());
    job.state = jobStateFromNumber(int(info.state()));
    job.pipelineOptions = toJson(info.pipeline_options());
    return job;
}

JobMessage toMessage(const QString &jobId, const pb::JobMessage &m)
{
    JobMessage message;
    message.jobId = jobId;
    message.messageId = fromStd(m.message_id());
    message.time = fromStd(m.time());
    const int importance = int(m.importance());
    message.importance = importance >= 0 && importance <= int(Importance::Error) ? Importance(importance)
                                                                                  : Importance::Unspecified;
    message.text = fromStd(m.message_text());
    return message;
}

void appendMetrics(QList<Metric> *out, const google::protobuf::RepeatedPtrField<pb::MonitoringInfo> &infos,
                   bool committed)
{
    for (const pb::MonitoringInfo &info : infos) {
        Metric m;
        m.urn = fromStd(info.urn());
        m.type = fromStd(info.type());
        for (const auto &[key, value] : info.labels())
            m.labels.insert(fromStd(key), fromStd(value));
        m.committed = committed;
        m.payload = QByteArray(info.payload().data(), qsizetype(info.payload().size()));
        out->append(m);
    }
}

PipelineInfo toPipelineInfo(const pb::Pipeline &pipeline)
{
    PipelineInfo info;
    for (const std::string &id : pipeline.root_transform_ids())
        info.rootTransformIds.append(fromStd(id));
    for (const auto &[id, pc] : pipeline.components().pcollections())
        info.pcollections.insert(fromStd(id), fromStd(pc.unique_name()));
    for (const auto &[id, t] : pipeline.components().transforms()) {
        PipelineTransform transform;
        transform.id = fromStd(id);
        transform.uniqueName = fromStd(t.unique_name());
        transform.urn = fromStd(t.spec().urn());
        for (const std::string &sub : t.subtransforms())
            transform.subtransforms.append(fromStd(sub));
        for (const auto &[name, pc] : t.inputs())
            transform.inputs.insert(fromStd(name), fromStd(pc));
        for (const auto &[name, pc] : t.outputs())
            transform.outputs.insert(fromStd(name), fromStd(pc));
        info.transforms.insert(transform.id, transform);
    }
    return info;
}

} // namespace bl::jobs::proto
