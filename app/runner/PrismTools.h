// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace bl {

class ProcessRunner;

/// Beam's prism and boot, built for one Beam version with the loopback overlay.
struct PrismBinaries
{
    QString beamVersion; ///< "2.77.0"
    QString folder;      ///< the version's folder in PrismTools::cacheFolder()
    QString prism;
    QString boot;

    bool isValid() const { return !prism.isEmpty() && !boot.isEmpty(); }
};

/// Gets prism (github.com/apache/beam/sdks/v2/go/cmd/prism) and Beam's boot
/// (github.com/apache/beam/sdks/v2/go/container) for the Beam version a pipeline's go.mod
/// requires, building them once per version into the user's cache folder:
///
///   go list -m (the pipeline's Beam version) → a small module of our own in a temporary folder
///   requiring that version → go mod tidy, go mod vendor → the loopback overlay (PrismOverlay)
///   generated from the vendored Beam files → go build -mod=vendor -overlay → moved into place.
///
/// Go refuses overlays of files in the module cache, hence the vendor folder; it is deleted once
/// the binaries are built. Every step runs as a child process or on a thread of its own, and
/// says what it does (message()); cancel() stops it and leaves nothing half-built in the cache.
class PrismTools final : public QObject
{
    Q_OBJECT

public:
    static constexpr char BeamModule[] = "github.com/apache/beam/sdks/v2";

    explicit PrismTools(QObject *parent = nullptr);
    ~PrismTools() override;
    Q_DISABLE_COPY_MOVE(PrismTools)

    /// BEAM_LAUNCHER_RUNNERS_DIR when set, else `<cache root>/runners`.
    static QString cacheFolder();
    /// The built binaries for `beamVersion` ("2.77.0"), or invalid ones when they are not built yet
    /// (or were built by an older patch set). A few small file reads.
    static PrismBinaries cached(const QString &beamVersion);

    /// Finds the Beam version `packageDir`'s module requires, then gets prism and boot for it.
    void prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir);
    /// Gets prism and boot for `beamVersion` ("2.77.0" or "v2.77.0").
    void prepareVersion(const QString &goProgram, const QProcessEnvironment &environment,
                        const QString &beamVersion);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// What is being done, for people ("Building Prism 2.77.0 (first use of this Beam version)...").
    void message(const QString &text);
    /// Output of the go commands of a build.
    void output(const QStringList &lines);
    /// Always the last signal; `error` is empty on success and says what to do otherwise.
    void finished(const bl::PrismBinaries &binaries, const QString &error);

private:
    using Next = std::function<void(const QString &out)>;
    void run(const QStringList &arguments, const QString &workingDirectory, Next next);
    void onVersionListed(const QString &json);
    void startBuild();
    void writeOverlay();
    void compile();
    void install();
    void finish(const PrismBinaries &binaries, const QString &error);
    QProcessEnvironment goEnvironment() const;

    ProcessRunner *m_process = nullptr;
    QString m_go;
    QProcessEnvironment m_environment;
    QString m_version;   ///< without the leading v
    QString m_workDir;   ///< temporary build folder
    QStringList m_out;
    QStringList m_err;
    QElapsedTimer m_clock;
    bool m_running = false;
    quint64 m_generation = 0; ///< ignores threads of a cancelled run
};

} // namespace bl

Q_DECLARE_METATYPE(bl::PrismBinaries)
