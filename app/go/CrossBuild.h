// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/BinaryCheck.h"
#include "go/Diagnostic.h"
#include "go/GoJson.h"
#include "go/Platform.h"
#include "go/VerifiedRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace bl {

class BinaryCheck;
class GoDiagnosticsParser;
class ProcessRunner;

/// Which of the two binaries of a Beam Go pipeline.
enum class BuildTarget { Launcher, Worker };
QString targetName(BuildTarget target);          ///< "launcher" / "worker" (stable, for JSON)
QString targetDisplayName(BuildTarget target);   ///< translated

struct BuildRequest
{
    BuildTarget target = BuildTarget::Worker;
    QString goPath;
    QString packageDir;
    QString outputPath;   ///< where the verified binary ends up
    Platform platform;
    bool cgo = false;
    QStringList tags;
    QProcessEnvironment environment;
    QString logFile;      ///< the build's full output goes here too, when set
    bool lowPriority = false; ///< a build ahead of time: go build runs at a lower CPU priority
};

struct BuildResult
{
    BuildTarget target = BuildTarget::Worker;
    bool ok = false;
    bool cancelled = false;
    QString path;         ///< the verified binary (ok only)
    Platform platform;    ///< as verified with go version -m
    bool cgo = false;
    qint64 size = 0;
    double seconds = 0;
    QString error;        ///< one sentence when !ok
    Diagnostics diagnostics;
    BinaryInfo info;
    /// Go found the binary verified by an earlier build up to date and left it as it was, so
    /// it was neither linked nor inspected again (its `go version -m` came from the record).
    bool reused = false;
    QString sha256;       ///< hex, when known (a reused binary's record may hold it)
    /// The launcher's build made this binary too (DualBuild: both requests were the same build);
    /// `path` is a hard link to the launcher's binary, or a copy where links are not possible.
    bool shared = false;
    /// Not built at all: the binary recorded as built from exactly the current sources and
    /// settings (BuildStamp), so no go build ran; `reused` is set too.
    bool current = false;

    /// Takes what `go version -m` found: info, platform and cgo.
    void setInspected(const BinaryInfo &inspected)
    {
        info = inspected;
        platform = inspected.platform;
        cgo = inspected.cgo;
    }
};

/// How far a running build is, from its `go build -v` output: modules downloaded ("go:
/// downloading" lines; how many are missing is not known), then packages compiled out of an
/// estimate of those to compile (the package's dependencies as `go list` names them, an upper
/// bound: packages Go finds in its build cache are not compiled again, so a warm build ends
/// before its count does), then the link once the main package is compiled.
struct BuildProgress
{
    enum class Phase { Download, Compile, Link };
    BuildTarget target = BuildTarget::Worker;
    Phase phase = Phase::Compile;
    int done = 0;
    int total = 0;        ///< 0: not known (downloads always; packages until `go list` answered)
    double seconds = 0;   ///< since the build started

    static QString phaseName(Phase phase); ///< "download" / "compile" / "link" (stable, for JSON)
    /// "compiling 120 of about 700 packages", translated.
    QString text() const;
    friend bool operator==(const BuildProgress &a, const BuildProgress &b)
    {
        return a.target == b.target && a.phase == b.phase && a.done == b.done && a.total == b.total;
    }
};

/// One `go build` for one platform, checked before it is used.
///
/// The binary is written under a temporary name beside its destination, checked with
/// `go version -m` (GOOS, GOARCH, CGO_ENABLED as requested) and only then renamed into
/// place, so a failed, wrong or cancelled build never leaves a binary a launch could pick up.
///
/// A rebuild with nothing changed costs Go's up-to-date check only: the previous binary is
/// hard-linked to the temporary name, Go finds its build ID current and writes nothing, and the
/// `go version -m` output recorded beside the binary when it was verified stands for a new
/// inspection (a hidden `.NAME.verified` file; when it is missing, stale or disagrees with the
/// request, `go version -m` runs as usual).
class CrossBuild final : public QObject
{
    Q_OBJECT

public:
    explicit CrossBuild(QObject *parent = nullptr);
    ~CrossBuild() override;

    void start(const BuildRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    /// The arguments of the go build command for `request`, writing to `output`.
    static QStringList buildArguments(const BuildRequest &request, const QString &output);
    /// The environment of the go build command for `request`.
    static QProcessEnvironment buildEnvironment(const BuildRequest &request);
    /// Removes temporary binaries an earlier, killed run left in `folder` (older than an hour).
    static void removeStaleTemporaries(const QString &folder);
    /// How many packages the build may compile at most, and the main package's import path
    /// (its line in `go build -v` output starts the link); from `go list`, when it answers.
    void setEstimate(int packages, const QString &mainPackage);
    /// Emits progress() now, if go build runs (instead of at the next tick).
    void reportProgress() { emitProgress(); }
    /// A line of `go build -v` output that only names a package being compiled.
    static bool isPackageLine(const QString &line);

Q_SIGNALS:
    void output(const QStringList &lines);
    void diagnostic(const bl::Diagnostic &diagnostic);
    void finished(const bl::BuildResult &result);
    /// While go build runs: once a second, and at once when the phase changes or the first
    /// package or module comes.
    void progress(const bl::BuildProgress &progress);

private:
    void emitProgress();
    void onLines(const QStringList &lines);
    void onBuilt(bool ok, const QString &error);
    void onInspected(const BinaryCheck::Verdict &verdict);
    /// The recorded `go version -m` output of the binary at the output path, if Go left it as
    /// verified: the temporary is still a link to it and the record describes this very file.
    std::optional<VerifiedRecord> recordedInspection() const;
    void recordInspection(const QString &versionOutput) const;
    void finish(BuildResult result);
    bool finishIfCancelled(BuildResult &result);
    void emitDiagnostics();

    BuildRequest m_request;
    BuildResult m_result;
    QString m_tempPath;
    bool m_seeded = false;   ///< the temporary started as a hard link to the previous binary
    bool m_reused = false;
    QString m_lastLine; ///< the last non-empty output line: the reason when no diagnostic says it
    ProcessRunner *m_runner;
    BinaryCheck *m_inspect;
    std::unique_ptr<GoDiagnosticsParser> m_parser;
    QElapsedTimer m_clock;
    QTimer *m_progressTimer;
    BuildProgress m_progress;
    QString m_mainPackage;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::BuildResult)
Q_DECLARE_METATYPE(bl::BuildProgress)
