// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/BuildStamp.h"

#include "builds/BuildOutput.h"
#include "builds/BuildSettings.h"
#include "builds/BuildsLogging.h"
#include "builds/PackageCache.h"
#include "go/BinaryCheck.h"
#include "go/CrossBuild.h"
#include "go/GoJson.h"
#include "go/VerifiedRecord.h"
#include "process/CapturedRun.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace bl {
namespace BuildStamp {

namespace {

const QString KeyVersion = QStringLiteral("version");
const QString KeyKey = QStringLiteral("key");
const QString KeyFolders = QStringLiteral("folders");
const QString KeyFiles = QStringLiteral("files");
const QString KeyDigest = QStringLiteral("digest");
const QString KeyBinaries = QStringLiteral("binaries");
const QString KeyBuilt = QStringLiteral("built");
const QString KeyImports = QStringLiteral("imports");
constexpr int Version = 1;
constexpr qint64 MaxRecordBytes = 4 << 20;

/// The newest of a file's modification and status-change times. The status-change time cannot
/// be set back by hand (touch -d, an archive's dates): any write, rename or link moves it on.
QDateTime changedAt(const QFileInfo &file)
{
    QDateTime newest = file.fileTime(QFileDevice::FileModificationTime);
#ifndef Q_OS_WIN // Windows reports the creation time there
    const QDateTime status = file.fileTime(QFileDevice::FileMetadataChangeTime);
    if (status.isValid() && status > newest)
        newest = status;
#endif
    return newest; // a file system that keeps whole seconds only: latestPossibleChange()
}

void addFile(QCryptographicHash &hash, const QFileInfo &file)
{
    hash.addData(file.absoluteFilePath().toUtf8());
    if (!file.exists()) {
        hash.addData(QByteArrayView("\0-\n", 3));
        return;
    }
    hash.addData(QByteArray(' ' + QByteArray::number(file.size()) + ' '
                            + QByteArray::number(changedAt(file).toMSecsSinceEpoch()) + '\n'));
}

QFileInfoList folderFiles(const QString &folder)
{
    QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QFileInfo &file) { return !isSourceFile(file.fileName()); }),
                files.end());
    return files;
}

/// The digest of the sources as they are now; `newest` gets the latest change among them.
QByteArray digest(const Sources &sources, QDateTime *newest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QDateTime> times;
    const auto note = [&](const QFileInfo &file) {
        addFile(hash, file);
        if (newest && file.exists())
            times << changedAt(file);
    };
    for (const QString &folder : sources.folders) {
        // A source added, removed or renamed changes the list; the folder's own times do not
        // count (an editor's swap file changes them).
        hash.addData(QByteArray("dir " + folder.toUtf8() + '\n'));
        for (const QFileInfo &file : folderFiles(folder))
            note(file);
    }
    for (const QString &file : sources.files)
        note(QFileInfo(file));
    if (newest)
        *newest = BuildStamp::latestPossibleChange(times);
    return hash.result().toHex();
}

/// What go list reads of the sources' Go files (their headers: package clauses, build
/// constraints, imports): unchanged, the sources are still the same packages.
QByteArray importsDigest(const Sources &sources)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &folder : sources.folders) {
        hash.addData(QByteArray("dir " + folder.toUtf8() + '\n'));
        for (const QFileInfo &file : folderFiles(folder)) {
            if (!PackageCache::addGoHeader(hash, file))
                addFile(hash, file);
        }
    }
    return hash.result().toHex();
}

QJsonObject binaryIdentity(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return {{QStringLiteral("path"), QDir::cleanPath(info.absoluteFilePath())},
            {QStringLiteral("size"), info.size()},
            {QStringLiteral("changed"), changedAt(info).toMSecsSinceEpoch()}};
}

bool isUnder(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QString root = QDir::cleanPath(folder);
    return path == root || path.startsWith(root + u'/');
}

QJsonObject readRecord(const QString &outDir)
{
    QFile file(path(outDir));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxRecordBytes)
        return {};
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    if (record.value(KeyVersion).toInt() != Version)
        return {};
    return record;
}

Sources sourcesOf(const QJsonObject &record)
{
    Sources sources;
    for (const QJsonValue &v : record.value(KeyFolders).toArray())
        sources.folders << v.toString();
    for (const QJsonValue &v : record.value(KeyFiles).toArray())
        sources.files << v.toString();
    return sources;
}

} // namespace

bool isSourceFile(const QString &name)
{
    // What go build reads from a package folder (go/build ignores names starting with . or _).
    static const QStringList extensions = {
        QStringLiteral("go"),  QStringLiteral("s"),   QStringLiteral("S"),   QStringLiteral("sx"),
        QStringLiteral("c"),   QStringLiteral("cc"),  QStringLiteral("cpp"), QStringLiteral("cxx"),
        QStringLiteral("h"),   QStringLiteral("hh"),  QStringLiteral("hpp"), QStringLiteral("hxx"),
        QStringLiteral("m"),   QStringLiteral("f"),   QStringLiteral("F"),   QStringLiteral("for"),
        QStringLiteral("f90"), QStringLiteral("swig"), QStringLiteral("swigcxx"), QStringLiteral("syso")};
    if (name.startsWith(u'.') || name.startsWith(u'_'))
        return false;
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 && extensions.contains(name.mid(dot + 1));
}

QStringList sourceFilesIn(const QString &folder)
{
    QStringList names;
    for (const QFileInfo &file : folderFiles(folder))
        names << file.absoluteFilePath();
    return names;
}

QString path(const QString &outDir)
{
    return QDir(outDir).filePath(QStringLiteral(".beam-launcher.inputs"));
}

std::array<BuildRequest, 2> requests(const BuildSettings &settings, const QString &goPath,
                                     const QProcessEnvironment &environment)
{
    BuildRequest launcher;
    launcher.target = BuildTarget::Launcher;
    launcher.goPath = goPath;
    launcher.packageDir = settings.packageDir;
    launcher.platform = settings.launcherPlatform;
    launcher.cgo = settings.cgo;
    launcher.tags = settings.buildTags;
    launcher.environment = environment;
    BuildRequest worker = launcher;
    worker.target = BuildTarget::Worker;
    worker.platform = settings.workerPlatform;
    launcher.outputPath = BuildOutput::path(settings, BuildTarget::Launcher, settings.launcherPlatform);
    worker.outputPath = BuildOutput::path(settings, BuildTarget::Worker, settings.workerPlatform);
    const QString outDir = BuildOutput::folder(settings);
    launcher.logFile = outDir + QStringLiteral("/build-launcher.log");
    worker.logFile = outDir + QStringLiteral("/build-worker.log");
    return {launcher, worker};
}

std::optional<std::array<BuildResult, 2>> currentBinaries(const BuildSettings &settings, const QString &goPath,
                                                          const GoEnv &goEnv, const QProcessEnvironment &environment)
{
    const auto [launcher, worker] = requests(settings, goPath, environment);
    return currentResults(BuildOutput::folder(settings),
                          key(PackageCache::toolchainFingerprint(goPath, goEnv, environment), launcher, worker),
                          launcher, worker, nullptr);
}

QByteArray key(const QByteArray &toolchainFingerprint, const BuildRequest &launcher, const BuildRequest &worker)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("beam-launcher build inputs 1\n"));
    hash.addData(QByteArray(toolchainFingerprint + '\n'));
    for (const BuildRequest *request : {&launcher, &worker}) {
        const QStringList arguments = CrossBuild::buildArguments(*request, request->outputPath);
        hash.addData(QByteArray(QDir::cleanPath(request->outputPath).toUtf8() + '\n'));
        hash.addData(QByteArray(arguments.join(u'\x1f').toUtf8() + '\n'));
        const QProcessEnvironment environment = CrossBuild::buildEnvironment(*request);
        QStringList names = environment.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            // What decides the binary besides the sources: Go's own variables, and the C
            // toolchain of a cgo build.
            static const QStringList compilerVariables = {QStringLiteral("CC"), QStringLiteral("CXX"),
                                                          QStringLiteral("AR"), QStringLiteral("PKG_CONFIG")};
            if (PackageCache::isGoVariable(name) || compilerVariables.contains(name))
                hash.addData(QByteArray(name.toUtf8() + '=' + environment.value(name).toUtf8() + '\n'));
        }
    }
    return hash.result().toHex();
}

std::optional<Sources> sourcesFromGoList(const QByteArray &json, const QString &goRoot, const QString &goModCache,
                                         QString *error)
{
    Sources sources;
    const QList<QByteArray> objects = splitJsonStream(json);
    for (const QByteArray &object : objects) {
        QJsonParseError parseError;
        const QJsonObject package = QJsonDocument::fromJson(object, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            if (error)
                *error = parseError.errorString();
            return std::nullopt;
        }
        const QString dir = QDir::cleanPath(package.value(QStringLiteral("Dir")).toString());
        if (package.value(QStringLiteral("Standard")).toBool() || dir.isEmpty() || dir == u'.'
            || isUnder(dir, goRoot) || isUnder(dir, goModCache))
            continue;
        sources.folders << dir;
        for (const QJsonValue &embedded : package.value(QStringLiteral("EmbedFiles")).toArray())
            sources.files << QDir::cleanPath(dir + u'/' + embedded.toString());
        const QJsonObject module = package.value(QStringLiteral("Module")).toObject();
        const QString goMod = QDir::cleanPath(module.value(QStringLiteral("GoMod")).toString());
        if (!module.isEmpty() && !goMod.isEmpty() && goMod != u'.' && !isUnder(goMod, goModCache)) {
            sources.files << goMod;
            sources.files << QFileInfo(goMod).absoluteDir().filePath(QStringLiteral("go.sum"));
        }
    }
    // A go.work above any local module decides which modules are used: one added, changed or
    // removed counts (missing files count as missing).
    const QStringList modules = sources.files;
    for (const QString &goMod : modules) {
        if (!goMod.endsWith(QLatin1String("/go.mod")))
            continue;
        for (QDir up(QFileInfo(goMod).absolutePath());;) {
            sources.files << up.filePath(QStringLiteral("go.work")) << up.filePath(QStringLiteral("go.work.sum"));
            if (up.isRoot() || !up.cdUp())
                break;
        }
    }
    if (sources.folders.isEmpty()) {
        if (error)
            *error = QStringLiteral("go list named no package of the pipeline outside GOROOT and the module cache.");
        return std::nullopt;
    }
    for (QStringList *list : {&sources.folders, &sources.files}) {
        list->sort();
        list->removeDuplicates();
    }
    return sources;
}

QDateTime latestPossibleChange(const QList<QDateTime> &changeTimes)
{
    QDateTime newest;
    bool wholeSecondsOnly = true;
    for (const QDateTime &at : changeTimes) {
        if (!at.isValid())
            continue;
        wholeSecondsOnly = wholeSecondsOnly && at.time().msec() == 0;
        if (!newest.isValid() || at > newest)
            newest = at;
    }
    return newest.isValid() && wholeSecondsOnly ? newest.addSecs(2) : newest;
}

bool write(const QString &outDir, const QByteArray &key, const Sources &sources, const QString &launcherPath,
           const QString &workerPath, const QDateTime &buildStarted, QString *why)
{
    QDateTime newest;
    const QByteArray sum = digest(sources, &newest);
    if (newest.isValid() && newest >= buildStarted) {
        if (why)
            *why = QStringLiteral("a source file changed while the build ran");
        remove(outDir);
        return false;
    }
    const QJsonObject launcher = binaryIdentity(launcherPath);
    const QJsonObject worker = binaryIdentity(workerPath);
    if (launcher.isEmpty() || worker.isEmpty()) {
        if (why)
            *why = QStringLiteral("a binary is missing");
        remove(outDir);
        return false;
    }
    const QJsonObject record{{KeyVersion, Version},
                             {KeyKey, QString::fromLatin1(key)},
                             {KeyFolders, QJsonArray::fromStringList(sources.folders)},
                             {KeyFiles, QJsonArray::fromStringList(sources.files)},
                             {KeyDigest, QString::fromLatin1(sum)},
                             {KeyImports, QString::fromLatin1(importsDigest(sources))},
                             {KeyBinaries, QJsonArray{launcher, worker}},
                             {KeyBuilt, buildStarted.toUTC().toString(Qt::ISODateWithMs)}};
    QSaveFile file(path(outDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (why)
            *why = file.errorString();
        remove(outDir);
        return false;
    }
    return true;
}

std::optional<QDateTime> current(const QString &outDir, const QByteArray &key, const QString &launcherPath,
                                 const QString &workerPath)
{
    const QJsonObject record = readRecord(outDir);
    if (record.isEmpty() || record.value(KeyKey).toString().toLatin1() != key) {
        qCDebug(lcBuilds) << "build record: none, or for other settings, in" << outDir;
        return std::nullopt;
    }
    const QJsonArray binaries = record.value(KeyBinaries).toArray();
    if (binaries.size() != 2 || binaries.at(0).toObject() != binaryIdentity(launcherPath)
        || binaries.at(1).toObject() != binaryIdentity(workerPath)) {
        qCDebug(lcBuilds) << "build record: a binary changed since in" << outDir;
        return std::nullopt;
    }
    const Sources sources = sourcesOf(record);
    if (sources.folders.isEmpty() || record.value(KeyDigest).toString().toLatin1() != digest(sources, nullptr)) {
        qCDebug(lcBuilds) << "build record: a source changed since in" << outDir;
        return std::nullopt;
    }
    const QDateTime built = QDateTime::fromString(record.value(KeyBuilt).toString(), Qt::ISODateWithMs);
    if (!built.isValid())
        return std::nullopt;
    return built;
}

std::optional<std::array<BuildResult, 2>> currentResults(const QString &outDir, const QByteArray &key,
                                                         const BuildRequest &launcher, const BuildRequest &worker,
                                                         QDateTime *builtAt)
{
    const std::optional<QDateTime> built = current(outDir, key, launcher.outputPath, worker.outputPath);
    if (!built)
        return std::nullopt;
    std::array<BuildResult, 2> results;
    for (const BuildRequest *request : {&launcher, &worker}) {
        const std::optional<VerifiedRecord> record = VerifiedRecord::read(request->outputPath);
        if (!record)
            return std::nullopt;
        const BinaryCheck::Verdict verdict = BinaryCheck::judge(
            record->goVersionOutput, {request->platform, request->cgo, targetDisplayName(request->target)});
        if (!verdict.ok() || !verdict.info)
            return std::nullopt;
        BuildResult &result = results[size_t(request->target)];
        result.target = request->target;
        result.ok = true;
        result.reused = true;
        result.current = true;
        result.path = request->outputPath;
        result.size = QFileInfo(request->outputPath).size();
        result.sha256 = record->sha256;
        result.setInspected(*verdict.info);
    }
    if (builtAt)
        *builtAt = *built;
    return results;
}

QStringList watchedPaths(const QString &outDir, const QString &packageDir, int maxPaths)
{
    const QString package = QDir::cleanPath(QDir(packageDir).absolutePath());
    // What the last build recorded it compiled from; before any, the package folder and the
    // module files above it.
    Sources sources = recordedSources(outDir);
    if (!sources.folders.contains(package))
        sources.folders.prepend(package);
    for (QDir up(package);;) {
        for (const QString &name : {QStringLiteral("go.mod"), QStringLiteral("go.sum"), QStringLiteral("go.work")})
            sources.files << up.filePath(name);
        if (up.isRoot() || !up.cdUp())
            break;
    }
    QStringList paths;
    for (const QString &folder : std::as_const(sources.folders)) {
        paths << folder;
        paths << sourceFilesIn(folder);
        if (paths.size() > maxPaths) {
            paths = QStringList{package} + sourceFilesIn(package);
            break;
        }
    }
    for (const QString &file : std::as_const(sources.files)) {
        if (QFileInfo::exists(file))
            paths << file;
    }
    paths.removeDuplicates();
    return paths;
}

QDateTime builtAt(const QString &outDir)
{
    return QDateTime::fromString(readRecord(outDir).value(KeyBuilt).toString(), Qt::ISODateWithMs);
}

Sources recordedSources(const QString &outDir)
{
    return sourcesOf(readRecord(outDir));
}

void remove(const QString &outDir)
{
    const QString file = path(outDir);
    if (QFileInfo::exists(file))
        QFile::remove(file);
}

} // namespace BuildStamp

BuildRecorder::BuildRecorder(QObject *parent)
    : QObject(parent)
    , m_list(new CapturedRun(this))
{
}

BuildRecorder::~BuildRecorder() = default;

void BuildRecorder::begin(const QString &outDir, const QByteArray &key)
{
    m_list->cancel();
    m_started = QDateTime::currentDateTimeUtc();
    m_outDir = outDir;
    m_key = key;
    m_previous.reset();
    // The sources of the record before still hold when its key is this one and no package clause,
    // build constraint or import of theirs changed since (nor a Go file came or went).
    const QJsonObject before = BuildStamp::readRecord(outDir);
    if (!before.isEmpty() && before.value(BuildStamp::KeyKey).toString().toLatin1() == key) {
        const BuildStamp::Sources sources = BuildStamp::sourcesOf(before);
        if (!sources.folders.isEmpty()
            && before.value(BuildStamp::KeyImports).toString().toLatin1() == BuildStamp::importsDigest(sources))
            m_previous = sources;
    }
    // Until this build has recorded itself, the old record must not vouch for its binaries.
    BuildStamp::remove(outDir);
}

bool BuildRecorder::record(const BuildRequest &launcher, const BuildRequest &worker, const GoEnv &goEnv)
{
    m_launcherPath = launcher.outputPath;
    m_workerPath = worker.outputPath;
    if (m_previous) {
        write(*m_previous);
        return false;
    }
    m_list->setLowPriority(launcher.lowPriority);
    const QString goRoot = goEnv.goRoot;
    const QString goModCache = goEnv.goModCache;
    // Only where each package is: without Stale and friends go list hashes nothing (0.3 s for
    // the sample's 580 packages).
    m_list->start(launcher.goPath,
                  {QStringLiteral("list"), QStringLiteral("-deps"),
                   QStringLiteral("-json=Dir,Standard,EmbedFiles,Module"), QStringLiteral(".")},
                  launcher.packageDir, launcher.environment, [this, goRoot, goModCache](const CapturedRun::Output &o) {
                      QString error;
                      std::optional<BuildStamp::Sources> sources;
                      if (o.result.succeeded())
                          sources = BuildStamp::sourcesFromGoList(o.out.toUtf8(), goRoot, goModCache, &error);
                      if (sources)
                          write(*sources);
                      else
                          qCInfo(lcBuilds) << "the binaries are not recorded as current: go list -deps:"
                                           << (error.isEmpty() ? o.err.trimmed() : error);
                      Q_EMIT recorded();
                  });
    return true;
}

void BuildRecorder::write(const BuildStamp::Sources &sources)
{
    QString why;
    if (!BuildStamp::write(m_outDir, m_key, sources, m_launcherPath, m_workerPath, m_started, &why))
        qCInfo(lcBuilds) << "the binaries are not recorded as current:" << why;
}

void BuildRecorder::cancel()
{
    m_list->cancel();
}

bool BuildRecorder::isRunning() const
{
    return m_list->isRunning();
}

} // namespace bl
