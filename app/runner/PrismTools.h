// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "process/Async.h"
#include "process/ProcessRunner.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace bl {


/// Beam's prism and boot, built for one Beam version with the loopback overlay.
struct PrismBinaries
{
    QString beamVersion; ///< the Prism's Beam version, "2.77.0"; "source" when built from a Beam checkout
    QString folder;      ///< its folder in PrismTools::cacheFolder()
    QString prism;
    QString boot;
    /// The pipeline's SDK has no prism runner of its own (older than Prism), or its Prism could not
    /// take the overlay: the launcher must be run with --runner universal against this Prism.
    bool universalRunner = false;
    /// The pipeline's SDK can ask for a PROCESS environment (Beam's boot runs the worker binary);
    /// older ones (2.62 and before) cannot, and run their workers in the launcher (LOOPBACK).
    bool processEnvironment = true;
    QString note; ///< one line for the user when this Prism is not the pipeline's own Beam version
    /// The pipeline uses the old github.com/apache/beam module (2.25 and before): built with today's
    /// google.golang.org/protobuf, its two generated "v1.proto" files clash at start-up.
    bool oldBeamModule = false;

    bool isValid() const { return !prism.isEmpty() && !boot.isEmpty(); }
};

/// What `go list -m -e -json github.com/apache/beam/sdks/v2 github.com/apache/beam` says about the
/// Beam Go SDK a pipeline's module uses.
struct BeamSdk
{
    enum class Kind {
        None,      ///< the module requires neither Beam module
        Release,   ///< github.com/apache/beam/sdks/v2 at `version` (a replace by another version included)
        Source,    ///< the main module IS github.com/apache/beam/sdks/v2 (or a replace by a folder): `dir`
        PreV2,     ///< the old github.com/apache/beam module (import path .../sdks/go/pkg/beam) at `version`
        ReplacedBy ///< replaced by another module path: `dir` holds that path
    };
    Kind kind = Kind::None;
    QString version; ///< "2.78.0" or "2.25.0+incompatible", without the leading v
    QString dir;

    static BeamSdk fromGoListModules(const QByteArray &json);
};

/// The Beam module's line in `go version -m` of a built program.
struct BeamBuildInfo
{
    QString version;    ///< "v2.78.0"; empty when the program has no Beam dependency
    QString replacedBy; ///< the "=>" line's path, when the module was replaced
    static BeamBuildInfo fromGoVersionOutput(const QString &output);
};

/// Gets prism (github.com/apache/beam/sdks/v2/go/cmd/prism) and Beam's boot
/// (github.com/apache/beam/sdks/v2/go/container) for the Beam version a pipeline's go.mod
/// requires, building them once per version into the user's cache folder:
///
///   go list -m (the pipeline's Beam module and version) → go mod download -json of that Beam
///   version → a small module of our own in a temporary folder whose go.mod and go.sum are Beam's
///   own (every dependency at the version Beam pins; never `go mod tidy`, which picks newer ones)
///   plus a requirement of Beam itself → go mod vendor → the loopback overlay (PrismOverlay)
///   generated from the vendored Beam files → go build -mod=vendor -overlay → `go version -m`
///   checks that the binaries hold the Beam version asked for → moved into place.
///
/// An SDK older than Prism (no go/cmd/prism in its module, or the pre-v2 github.com/apache/beam
/// module), or a Beam version whose Prism the overlay does not fit, is served by the Prism of
/// KnownPrismVersion instead, run with --runner universal (PrismBinaries::universalRunner). A
/// pipeline inside Beam's own module gets a Prism built from that module's sources, cached under
/// a content hash ("prism-src-<hash>").
///
/// Go refuses overlays of files in the module cache, hence the vendor folder; it is deleted once
/// the binaries are built. Every step runs as a child process or on a thread of its own, and
/// says what it does (message()); cancel() stops it and leaves nothing half-built in the cache.
class PrismTools final : public QObject
{
    Q_OBJECT

public:
    static constexpr char BeamModule[] = "github.com/apache/beam/sdks/v2";
    /// The Beam module before its Go SDK had a module of its own (v2.25.0+incompatible and older).
    static constexpr char OldBeamModule[] = "github.com/apache/beam";
    /// The Beam version whose Prism serves SDKs that have none (or whose Prism the overlay does not
    /// fit): the overlay's patches are known to apply to it.
    static constexpr char KnownPrismVersion[] = "2.77.0";

    explicit PrismTools(QObject *parent = nullptr);
    ~PrismTools() override;
    Q_DISABLE_COPY_MOVE(PrismTools)

    /// BEAM_LAUNCHER_RUNNERS_DIR when set, else `<cache root>/runners`.
    static QString cacheFolder();
    /// The built binaries for `beamVersion` ("2.77.0", or a source build's key "src-<hash>"), or
    /// invalid ones when they are not built yet (or were built by an older patch set). A few small
    /// file reads.
    static PrismBinaries cached(const QString &beamVersion);

    /// Beam's go.mod made the go.mod of the module Prism is built in: its module line renamed, and
    /// a requirement of Beam at `version` (plus a replace by `sourceDir` when not empty) added.
    /// Whether Beam's go/pkg/beam/core/runtime/graphx/translate.go (its text) can make a PROCESS
    /// environment: older SDKs answer that urn with "unsupported environment".
    static bool supportsProcessEnvironment(const QString &translateGo);

    static QByteArray buildModule(const QByteArray &beamGoMod, const QString &version, const QString &sourceDir);

    /// Finds the Beam version `packageDir`'s module requires, then gets prism and boot for it.
    void prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir);
    /// Gets prism and boot for `beamVersion` ("2.77.0" or "v2.77.0").
    void prepareVersion(const QString &goProgram, const QProcessEnvironment &environment,
                        const QString &beamVersion);
    void cancel();
    bool isRunning() const { return m_runs.isActive(); }

Q_SIGNALS:
    /// What is being done, for people ("Building Prism 2.77.0 (first use of this Beam version)...").
    void message(const QString &text);
    /// Output of the go commands of a build.
    void output(const QStringList &lines);
    /// Always the last signal; `error` is empty on success and says what to do otherwise.
    void finished(const bl::PrismBinaries &binaries, const QString &error);

private:
    using Next = std::function<void(const QString &out)>;
    /// Runs go; `next` gets its stdout once it succeeded (or, with `answersOnFailure`, once it
    /// exited and printed something: go mod download -json reports a missing version that way).
    void run(const QStringList &arguments, const QString &workingDirectory, Next next, bool answersOnFailure = false);
    void onModulesListed(const QString &json);
    void prepareRelease(const QString &version);
    void onDownloaded(const QString &json);
    void prepareSource(const QString &dir);
    void fallBack(const QString &why);
    void noteEnvironment(const QString &translateGo);
    void setProcessEnvironment(bool process);
    void startBuild(const QByteArray &goMod, const QByteArray &goSum);
    void writeOverlay();
    void compile();
    void verify();
    void install();
    void finish(const PrismBinaries &binaries, const QString &error);
    QProcessEnvironment goEnvironment() const;

    /// One preparation (prepare() to finish() or cancel()), with a child per go command; the
    /// answers of its threads are dropped once it has ended.
    LatestRun<ProcessRunner> m_runs{this, &ProcessRunner::stop};
    QString m_go;
    QProcessEnvironment m_environment;
    QString m_version;   ///< the Prism's Beam version without the leading v ("source" for a source build)
    QString m_key;       ///< its cache key: the version, or "src-<hash>"
    QString m_sourceDir; ///< a source build's Beam module folder
    bool m_universal = false;
    bool m_processEnvironment = true; ///< the pipeline's SDK can ask for PROCESS
    bool m_oldBeamModule = false;      ///< the pipeline's SDK is the pre-v2 module
    bool m_builtProcess = true;       ///< the Beam being built can (kept in its build.json)
    QString m_note;
    QString m_workDir;   ///< temporary build folder
    QStringList m_out;
    QStringList m_err;
    QElapsedTimer m_clock;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::PrismBinaries)
