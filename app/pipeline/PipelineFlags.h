// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/Async.h"
#include "process/ProcessRunner.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl {


/// One flag of a pipeline's launcher, as Go's flag package prints it for `--help`.
struct PipelineFlag
{
    /// How Go parses the value (from the type word `--help` prints).
    enum class Kind { Bool, Int, Uint, Float, String, Duration, Value };
    /// Whose flag it is.
    enum class Group {
        Pipeline, ///< the pipeline's own (not one Beam defines)
        Beam,     ///< the Beam Go SDK's general options (job name, experiments, worker-mode flags...)
        Runner,   ///< a runner's own options (Dataflow, Flink, Spark, Prism...)
        Managed,  ///< set by Beam Launcher itself (worker_binary, runner, endpoint, environment_*)
    };

    QString name;         ///< without dashes
    QString typeName;     ///< the word `--help` printed after the name ("int", "duration", a `NAME` from the usage); empty for bool
    Kind kind = Kind::Value;
    QString defaultValue; ///< as Go's DefValue: unquoted; the zero value when `--help` printed none
    QString usage;        ///< lines joined with '\n'
    Group group = Group::Pipeline;

    /// Empty when `value` is what Go's flag package would accept for this flag; else why not.
    QString validate(const QString &value) const;
    /// The same value, spelled differently (true/1/t, 1m30s/90s): compares as Go would parse.
    bool isDefault(const QString &value) const;

    static QString kindName(Kind kind);   ///< "bool", "int", ... (stable, for JSON)
    static QString groupName(Group group); ///< "pipeline", "beam", "runner", "managed" (stable, for JSON)
    static QString groupDisplayName(Group group); ///< translated
    /// The group of a flag Beam defines (by name), else Group::Pipeline. A list of Beam's names
    /// (v2.77) that goes stale with every Beam release: only the fallback when the pipeline's
    /// own sources cannot be read (PipelineFlags::assignGroups).
    static Group groupOf(const QString &name);
    /// Validates `value` as Go's flag package parses a flag of `kind` (strconv.ParseBool,
    /// ParseInt(0), ParseUint(0), ParseFloat(64), time.ParseDuration). Empty when valid.
    static QString validate(Kind kind, const QString &value);
    /// A Go duration ("1h2m3.5s", "-90ms") in nanoseconds; nullopt when Go would refuse it.
    static std::optional<double> parseDuration(const QString &text);
};

using PipelineFlagList = QList<PipelineFlag>;

/// Parsers over what a pipeline's launcher prints for `--help`; pure functions.
namespace PipelineFlags {

/// The flags of Go's PrintDefaults output (sorted as printed). Lines that are not part of it
/// (a "Usage of" header, log lines) are skipped; nullopt with `error` when none was found.
std::optional<PipelineFlagList> parseHelp(const QString &output, QString *error);
/// The flag called `name`, or nullptr.
const PipelineFlag *find(const PipelineFlagList &flags, const QString &name);
/// Flags of `pipelineFlags` ("--name=value", "-name value", "--bool") that `flags` does not
/// define, in order, without dashes.
QStringList unknownFlags(const PipelineFlagList &flags, const QStringList &pipelineFlags);
/// The names of the flags Go sources define with the flag package: flag.String("name", ...),
/// flag.Int(...), flag.Func(...), flag.Var(v, "name", ...), flag.StringVar(&v, "name", ...) and
/// the other XxxVar, also with the package imported under another name. A name given as a
/// constant or variable is resolved when the sources assign it a string literal. `sources`
/// are the files of one package or more (their comments are skipped).
QStringList flagsDefinedIn(const QStringList &sources);
/// The Go files of the pipeline's own packages among what `go list -deps -json` printed: the
/// packages of the main module (and of a go.work's modules), without Beam's own SDK packages
/// when the main module is Beam's (a Beam example). Absolute paths.
QStringList ownSourceFiles(const QByteArray &listDepsJson);
/// Sets each flag's group by where it is defined: a flag of `ownFlags` (flagsDefinedIn() over
/// ownSourceFiles()) is the pipeline's own; any other one is Beam's or another module's, placed
/// by name in the Beam or runner group (the managed ones stay Group::Managed). Without
/// `ownFlags` (the sources could not be read) the names decide alone (PipelineFlag::groupOf).
void assignGroups(PipelineFlagList *flags, const std::optional<QStringList> &ownFlags);
/// The flags a pipeline form shows: all but the ones Beam Launcher sets itself, the
/// pipeline's own first, then Beam's, then the runners' (each group in `--help` order).
PipelineFlagList offered(const PipelineFlagList &flags);

/// A profile's pipeline flags as a form sees them: one value per known flag, and the words it
/// cannot show as a value (unknown flags, a repeated flag's later values, arguments) kept as
/// they were typed, in order.
struct FormValues
{
    QMap<QString, QString> values; ///< flag name -> value as typed (a bare bool flag: "true")
    QStringList extra;
};
FormValues toForm(const PipelineFlagList &flags, const QStringList &pipelineFlags);
/// The pipeline flags again: "--name=value" for each value that differs from its default, in
/// the order of `flags`, then the extra words.
QStringList fromForm(const PipelineFlagList &flags, const FormValues &form);

} // namespace PipelineFlags

/// The outcome of reading a launcher's flags.
struct FlagsReadResult
{
    bool ok = false;
    bool timedOut = false;
    PipelineFlagList flags;
    QString error;  ///< one sentence for people when !ok
    int exitCode = -1;
    qint64 elapsedMs = 0;
    /// The groups come from the pipeline's own sources (assignGroups with its flags); false: from
    /// Beam's flag names alone (no package was given, or go list failed: `sourceError` says why).
    bool groupsFromSources = false;
    QString sourceError;
};

/// Runs a pipeline's launcher with `--help` (a child process; nothing blocks) and parses the
/// flags it prints. A launcher that does not answer within the timeout (work before
/// flag.Parse) is stopped with its process group and reported as timed out.
class PipelineFlagsReader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit PipelineFlagsReader(QObject *parent = nullptr);
    ~PipelineFlagsReader() override;
    Q_DISABLE_COPY_MOVE(PipelineFlagsReader)

    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// The pipeline's package folder, the go command (empty: found as GoToolchain::locate does)
    /// and the build tags the launcher was built with: read() then also lists the package's
    /// dependencies (`go list -deps -json`) and reads its own sources, to tell its own flags from
    /// Beam's and other modules' (PipelineFlags::assignGroups). Empty folder: names decide.
    void setPackage(const QString &packageDir, const QString &goPath = QString(),
                    const QStringList &buildTags = QStringList());
    void read(const QString &launcherBinary);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const bl::FlagsReadResult &result);

private:
    void startSourceList();
    /// Both the launcher's --help and the package's sources are in: the result goes out.
    void finishWhenBothDone();

    LatestRun<ProcessRunner> m_help{this, &ProcessRunner::stop};    ///< launcher --help
    LatestRun<ProcessRunner> m_sources{this, &ProcessRunner::stop}; ///< go list -deps -json, then the sources
    QStringList m_output;
    QStringList m_listOutput;
    QString m_packageDir;
    QString m_goPath;
    QStringList m_buildTags;
    std::optional<FlagsReadResult> m_helpResult; ///< --help answered; waits for the sources
    std::optional<QStringList> m_ownFlags;       ///< the sources' flags, once read
    bool m_sourcesDone = false;
    QString m_sourceError;
    QString m_binary;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_timedOut = false;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::FlagsReadResult)
