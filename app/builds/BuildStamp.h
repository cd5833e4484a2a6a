// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bl {

class CapturedRun;
struct GoEnv;
struct BuildSettings;

/// What the binaries in an output folder were last built and verified from, so that a launch
/// can tell in a few milliseconds, without running Go, that they are current (build ahead).
///
/// Kept as `.beam-launcher.inputs` in the output folder, written by a build that succeeded:
/// - a key: the toolchain (the go executable, `go env`, the GO* and CGO_* variables), both
///   `go build` command lines (platform, cgo, tags, flags, outputs) and the compiler variables
///   of a cgo build;
/// - the local sources: the folder of every package the pipeline compiles that is neither in
///   GOROOT nor in the module cache (`go list -deps`; of each, the files go build reads), their
///   embedded files, the go.mod and go.sum of local modules and any go.work above them, with a
///   digest of their names, sizes and times;
/// - each binary's size and times, so a binary replaced since (another build, a copy by hand)
///   makes the record stale.
/// Anything that differs means "build": the record is a shortcut, never a reason to launch a
/// binary that may be out of date. A source changed while its build ran (the build may have read
/// the old or the new file) is never recorded. Not covered: C headers and libraries outside those
/// folders (a cgo build); the Build command always runs Go's own up-to-date check.
namespace BuildStamp {

struct Sources
{
    QStringList folders; ///< absolute, sorted: each folder's files (not subfolders) count
    QStringList files;   ///< absolute, sorted: embedded files, local go.mod/go.sum
    bool isEmpty() const { return folders.isEmpty() && files.isEmpty(); }
};

/// Both go build requests of `settings` (absolute package folder, both platforms valid), as a
/// session makes them: outputs, logs, platforms, cgo, tags.
std::array<BuildRequest, 2> requests(const BuildSettings &settings, const QString &goPath,
                                     const QProcessEnvironment &environment);

/// Both binaries of `settings` (as for requests()) when they are current: for whoever needs a
/// binary rather than a build (HostLauncher reading a pipeline's flags).
std::optional<std::array<BuildResult, 2>> currentBinaries(const BuildSettings &settings, const QString &goPath,
                                                          const GoEnv &goEnv, const QProcessEnvironment &environment);

/// The key of a build: what the binaries depend on besides the local sources
/// (PackageCache::toolchainFingerprint(), both go build commands, their compiler variables).
QByteArray key(const QByteArray &toolchainFingerprint, const BuildRequest &launcher, const BuildRequest &worker);

/// A file go build reads from a package folder (.go, .s, .c, .h, .syso...; not one whose name
/// starts with . or _, which Go ignores): others (an editor's swap file, a pipeline's output)
/// change nothing.
bool isSourceFile(const QString &name);
/// The source files (isSourceFile) of `folder`, absolute.
QStringList sourceFilesIn(const QString &folder);

/// The local sources in the output of `go list -deps -json=Dir,Standard,EmbedFiles,Module`.
/// Packages under `goRoot` or `goModCache` (read-only, named by go.sum) do not count.
std::optional<Sources> sourcesFromGoList(const QByteArray &json, const QString &goRoot, const QString &goModCache,
                                         QString *error);

/// The latest moment the files with these change times may have changed: the newest of them,
/// or two seconds after it when every one is a whole second (a file system that keeps seconds
/// only, FAT two: the change may have come up to two seconds later). A file whose time merely
/// falls on a whole second among finer ones (ext4 keeps nanoseconds; its clock ticks every few
/// milliseconds, one tick a second lands on .000) is taken as it is.
QDateTime latestPossibleChange(const QList<QDateTime> &changeTimes);

/// Records that the binaries at `launcherPath` and `workerPath` were built from `sources` under
/// `key`, by a build that started at `buildStarted`. Refuses (false, `why` set) when a source
/// changed at or after that time, or the record cannot be written.
bool write(const QString &outDir, const QByteArray &key, const Sources &sources, const QString &launcherPath,
           const QString &workerPath, const QDateTime &buildStarted, QString *why);

/// When the record in `outDir` says both binaries are current for `key` and the sources as they
/// are now: the time they were built. Empty otherwise (no record, another key, a source or a
/// binary changed).
std::optional<QDateTime> current(const QString &outDir, const QByteArray &key, const QString &launcherPath,
                                 const QString &workerPath);

/// The results of a build that would change nothing: both binaries are current() and their
/// VerifiedRecord says they are what `launcher` and `worker` ask for. `builtAt` gets the time
/// they were built. Empty when anything is not so: then build.
std::optional<std::array<BuildResult, 2>> currentResults(const QString &outDir, const QByteArray &key,
                                                         const BuildRequest &launcher, const BuildRequest &worker,
                                                         QDateTime *builtAt);

/// The sources the record in `outDir` names (whatever its key), for watching them.
Sources recordedSources(const QString &outDir);

/// What to watch for changes that make the binaries in `outDir` out of date: the folders and
/// source files the record names (before any record, `packageDir`), the files the record names,
/// and go.mod, go.sum and go.work in `packageDir` and every folder above it that exist. When the
/// folders hold more than `maxPaths` files (watches are a resource shared with every other
/// program), `packageDir` and its sources only, and the module files.
QStringList watchedPaths(const QString &outDir, const QString &packageDir, int maxPaths);

/// When the binaries the record in `outDir` describes were built (invalid when there is none).
QDateTime builtAt(const QString &outDir);

/// Forgets the record (best effort).
void remove(const QString &outDir);
QString path(const QString &outDir);

} // namespace BuildStamp

/// Records a build for BuildStamp once both binaries are built and verified. When the record
/// before has the same key and none of its sources' package clauses, build constraints or
/// imports changed since (the usual edit changes a function body), the sources are the same
/// packages: no go list. Otherwise `go list -deps` names them first.
class BuildRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit BuildRecorder(QObject *parent = nullptr);
    ~BuildRecorder() override;

    /// Call just before the builds start: their start is the time sources must not change after.
    void begin(const QString &outDir, const QByteArray &key);
    /// Records the binaries the builds made. Returns true when it runs go list first: recorded()
    /// comes then; false when it is over already (recorded or not: a record is a shortcut only).
    bool record(const BuildRequest &launcher, const BuildRequest &worker, const GoEnv &goEnv);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void recorded();

private:
    void write(const BuildStamp::Sources &sources);

    CapturedRun *m_list;
    QDateTime m_started;
    QString m_outDir;
    QByteArray m_key;
    QString m_launcherPath;
    QString m_workerPath;
    std::optional<BuildStamp::Sources> m_previous; ///< the sources of the record before, same key
};

} // namespace bl
