// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl::jobs {

/// A job's state as Beam's Job API reports it (JobState.Enum; the values are Beam's).
enum class JobState {
    Unspecified = 0,
    Stopped = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
    Cancelled = 5,
    Updated = 6,
    Draining = 7,
    Drained = 8,
    Starting = 9,
    Cancelling = 10,
    Updating = 11,
};

/// "RUNNING", "CANCELLED"...: Beam's own names, as the Go SDK logs them.
QString jobStateName(JobState state);
/// The state for a number off the wire; unknown numbers become Unspecified.
JobState jobStateFromNumber(int number);
/// The state jobStateName() names ("RUNNING"); other names become Unspecified.
JobState jobStateFromName(const QString &name);
/// DONE, FAILED, CANCELLED, UPDATED, DRAINED: the job will not change any more.
bool isTerminal(JobState state);
/// Whether a job said to be in `from` can now be in `to`: a job's life goes forward only
/// (STOPPED, i.e. not started yet; STARTING; RUNNING; UPDATING, DRAINING, CANCELLING; a terminal
/// state), so an earlier state is history replayed (Flink's job server sends every subscriber
/// the whole history, GetMessageStream repeats it) or a late answer, never news. A terminal
/// state is final; the same state again is no change.
bool advances(JobState from, JobState to);

/// How important a job message is (JobMessage.MessageImportance; the values are Beam's).
enum class Importance { Unspecified = 0, Debug = 1, Detailed = 2, Basic = 3, Warning = 4, Error = 5 };
/// "debug", "detailed", "basic", "warning", "error", "unspecified".
QString importanceName(Importance importance);

struct JobInfo
{
    QString id;
    QString name;
    JobState state = JobState::Unspecified;
    QJsonObject pipelineOptions; ///< as the runner reports them (a protobuf Struct)
};

struct JobMessage
{
    QString jobId;
    QString messageId;
    QString time; ///< the runner's own text
    Importance importance = Importance::Unspecified;
    QString text;
};

/// One metric of GetJobMetrics (a Beam MonitoringInfo), decoded where its type is a known one.
struct Metric
{
    QString urn;  ///< e.g. beam:metric:user:sum_int64:v1, beam:metric:element_count:v1
    QString type; ///< e.g. beam:metrics:sum_int64:v1
    QMap<QString, QString> labels; ///< PTRANSFORM, NAMESPACE, NAME, PCOLLECTION...
    bool committed = false;        ///< committed rather than attempted
    QByteArray payload;

    /// "namespace/name" for user metrics, the PCollection or transform plus the urn's kind otherwise.
    QString displayName() const;
    /// What is counted, without where: "namespace/name" for user metrics, the urn's kind otherwise
    /// ("element_count" for beam:metric:element_count:v1).
    QString kindName() const;
    /// The value as text: "42", "3.5", "count 3 sum 12 min 1 max 7"; "(N bytes)" for unknown types.
    QString valueText() const;
    /// The number, for sum and latest types; nothing otherwise.
    std::optional<double> number() const;
    /// The number, and a distribution's sum (sampled_byte_size: the bytes seen); nothing otherwise.
    std::optional<double> total() const;
};

/// One transform of a job's pipeline (Beam's PTransform), as GetPipeline gives it.
struct PipelineTransform
{
    QString id;                      ///< the pipeline's own id for it ("s3", "e4"...)
    QString uniqueName;              ///< "Parent/Name", unique in the pipeline
    QString urn;                     ///< its spec's urn; empty or ...composite... for composites
    QStringList subtransforms;       ///< a composite's parts, by id
    QMap<QString, QString> inputs;   ///< local name -> PCollection id
    QMap<QString, QString> outputs;  ///< local name -> PCollection id
};

/// A job's pipeline (Beam's RunnerApi Pipeline): the parts GetPipeline gives that we read.
struct PipelineInfo
{
    QHash<QString, PipelineTransform> transforms; ///< by id
    QHash<QString, QString> pcollections;         ///< PCollection id -> its unique name
    QStringList rootTransformIds;                 ///< the outermost transforms, in order
};

/// Decodes a Beam varint (beam:coder:varint:v1: a 64-bit two's complement number in 7-bit groups).
/// Advances *at; false when the bytes end inside it or it is longer than 10 bytes.
bool readVarint(const QByteArray &bytes, qsizetype *at, qint64 *value);
/// Decodes a big-endian IEEE double (beam:coder:double:v1). Advances *at.
bool readDouble(const QByteArray &bytes, qsizetype *at, double *value);

/// Why a call to the job service failed.
struct CallError
{
    enum class Kind {
        Unreachable,  ///< no connection (UNAVAILABLE)
        Timeout,      ///< the deadline passed (DEADLINE_EXCEEDED)
        NotFound,     ///< the service knows no such job (NOT_FOUND)
        Unsupported,  ///< the service does not implement the method (UNIMPLEMENTED)
        Cancelled,    ///< we stopped the call
        Other,
    };
    Kind kind = Kind::Other;
    int grpcCode = 0;
    QString message; ///< the service's or gRPC's own words
};

} // namespace bl::jobs

Q_DECLARE_METATYPE(bl::jobs::JobState)
Q_DECLARE_METATYPE(bl::jobs::JobInfo)
Q_DECLARE_METATYPE(bl::jobs::JobMessage)
Q_DECLARE_METATYPE(bl::jobs::Metric)
Q_DECLARE_METATYPE(bl::jobs::PipelineInfo)
Q_DECLARE_METATYPE(bl::jobs::CallError)
