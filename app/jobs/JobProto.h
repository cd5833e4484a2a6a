// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Inside app/jobs only: between the generated Job API messages and our Qt types. No header that
// users of app/jobs include may include this one (it pulls in the generated code).

#include "JobApiClient.h"
#include "job_api.pb.h"

#include <grpcpp/support/status.h>

#include <QDateTime>
#include <QString>

#include <string>

namespace bl::jobs::proto {

namespace pb = org::apache::beam::model::job_management::v1;

QString fromStd(const std::string &s);
std::string toStd(const QString &s);
/// A failed call's status as our CallError (its kind from the gRPC code).
CallError toError(const grpc::Status &status);
/// Invalid for an unset timestamp.
QDateTime toDateTime(const google::protobuf::Timestamp &t);
JobInfo toJobInfo(const pb::JobInfo &info);
JobMessage toMessage(const QString &jobId, const pb::JobMessage &m);
/// Appends `infos` (Beam MonitoringInfos) to `out`, marked committed or attempted.
void appendMetrics(QList<Metric> *out, const google::protobuf::RepeatedPtrField<pb::MonitoringInfo> &infos,
                   bool committed);
PipelineInfo toPipelineInfo(const pb::Pipeline &pipeline);

} // namespace bl::jobs::proto
