// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/PrismTools.h"

#include "go/GoJson.h"
#include "process/CacheRoot.h"
#include "process/FolderRemoval.h"
#include "process/ProcessRunner.h"
#include "runner/PrismOverlay.h"
#include "runner/RunnerText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace bl {

namespace {

QString exe(const QString &name)
{
#ifdef Q_OS_WIN
    return name + QStringLiteral(".exe");
#else
    return name;
#endif
}

const QString PrismPackage = QStringLiteral("github.com/apache/beam/sdks/v2/go/cmd/prism");
const QString BootPackage = QStringLiteral("github.com/apache/beam/sdks/v2/go/container");

QString versionFolder(const QString &version)
{
    return PrismTools::cacheFolder() + QStringLiteral("/prism-") + version;
}

/// Where the fact that a Beam version's Prism does not take the overlay is kept (not a folder:
/// nothing is cached under that version's name).
QString unfitFile(const QString &key)
{
    return PrismTools::cacheFolder() + QStringLiteral("/prism-") + key + QStringLiteral(".unfit.json");
}

/// Why `key`'s Prism does not take this patch set's overlay, when a build found so; else empty.
QString knownUnfit(const QString &key)
{
    QFile file(unfitFile(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    if (info.value(QStringLiteral("patchSet")).toInt() != PrismOverlay::PatchSetVersion)
        return {};
    return info.value(QStringLiteral("why")).toString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

/// `go version -m A B` prints one block per file, each starting with "FILE: goVERSION".
QStringList splitGoVersionOutput(const QString &output)
{
    QStringList blocks;
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(u'\t') || blocks.isEmpty())
            blocks.append(line);
        else
            blocks.last() += u'\n' + line;
    }
    return blocks;
}

/// "src-" and a hash of the Beam module folder's path and of every file Prism and boot are built
/// from (go.mod, go.sum and the go folder); empty when a file cannot be read. Runs on a thread.
QString sourceKey(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QDir::cleanPath(dir).toUtf8());
    QStringList files{dir + QStringLiteral("/go.mod"), dir + QStringLiteral("/go.sum")};
    QDirIterator it(dir + QStringLiteral("/go"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList tree;
    while (it.hasNext())
        tree.append(it.next());
    tree.sort();
    files += tree;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        hash.addData(path.mid(dir.size()).toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        if (!hash.addData(&file))
            return {};
    }
    return QStringLiteral("src-") + QString::fromLatin1(hash.result().toHex().left(16));
}

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60) : QStringLiteral("%1 s").arg(s);
}

/// Reads Beam's vendored files, patches them and writes the overlay; runs on a thread of its own.
/// Returns an empty string, or why the build is refused.
QString generateOverlay(const QString &workDir, const QString &version)
{
    const QString module = workDir + QStringLiteral("/vendor/") + QLatin1String(PrismTools::BeamModule);
    const QString overlayDir = workDir + QStringLiteral("/overlay");
    if (!QDir().mkpath(overlayDir))
        return RunnerText::tr("Cannot create %1.").arg(overlayDir);
    QList<QPair<QString, QString>> replacements;
    QHash<QString, QString> patched; // module-relative file -> patched text
    for (const PrismOverlay::Patch &patch : PrismOverlay::patches()) {
        QFile file(module + u'/' + patch.file);
        if (!file.open(QIODevice::ReadOnly)) {
            if (!patch.required)
                continue;
            return RunnerText::tr("Beam %1 has no %2, which Beam Launcher changes to keep Prism on "
                                               "this machine only. Refusing to build Prism; update Beam Launcher.")
                .arg(version, patch.file);
        }
        const QString source = patched.value(patch.file, QString::fromUtf8(file.readAll()));
        const PrismOverlay::Result result = PrismOverlay::apply(patch, source, version);
        if (!result.error.isEmpty())
            return result.error;
        patched.insert(patch.file, result.text);
    }
    for (auto it = patched.cbegin(); it != patched.cend(); ++it) {
        const QString ours = overlayDir + u'/' + QString(it.key()).replace(u'/', u'_');
        if (!writeFile(ours, it.value().toUtf8()))
            return RunnerText::tr("Cannot write %1.").arg(ours);
        replacements.append({QDir::toNativeSeparators(module + u'/' + it.key()), QDir::toNativeSeparators(ours)});
    }
    // Scan every Go file of prism (as it will be compiled) for listeners.
    QList<PrismOverlay::Listener> listeners;
    for (const QString &folder : PrismOverlay::scannedFolders()) {
        QDirIterator it(module + u'/' + folder, {QStringLiteral("*.go")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("_test.go")))
                continue;
            const QString relative = path.mid(module.size() + 1);
            QString text = patched.value(relative);
            if (text.isEmpty()) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return RunnerText::tr("Cannot read %1.").arg(path);
                text = QString::fromUtf8(file.readAll());
            }
            listeners += PrismOverlay::findListeners(relative, text);
        }
    }
    const QString listenerError = PrismOverlay::checkListeners(listeners, version);
    if (!listenerError.isEmpty())
        return listenerError;
    const QString marker = overlayDir + QStringLiteral("/beam_launcher_loopback.go");
    if (!writeFile(marker, PrismOverlay::markerSource().toUtf8()))
        return RunnerText::tr("Cannot write %1.").arg(marker);
    replacements.append({QDir::toNativeSeparators(module + QStringLiteral("/go/cmd/prism/beam_launcher_loopback.go")),
                         QDir::toNativeSeparators(marker)});
    if (!writeFile(workDir + QStringLiteral("/overlay.json"), PrismOverlay::overlayJson(replacements)))
        return RunnerText::tr("Cannot write %1.").arg(workDir + QStringLiteral("/overlay.json"));
    return {};
}

} // namespace

BeamSdk BeamSdk::fromGoListModules(const QByteArray &json)
{
    BeamSdk sdk;
    BeamSdk old;
    for (const QByteArray &object : splitJsonStream(json)) {
        const QJsonObject module = QJsonDocument::fromJson(object).object();
        const QString path = module.value(QStringLiteral("Path")).toString();
        if (!module.value(QStringLiteral("Error")).toObject().isEmpty()
            || !module.value(QStringLiteral("Error")).toString().isEmpty())
            continue; // not a dependency of this module
        QString version = module.value(QStringLiteral("Version")).toString();
        const QJsonObject replace = module.value(QStringLiteral("Replace")).toObject();
        QString dir = module.value(QStringLiteral("Dir")).toString();
        Kind kind = Kind::Release;
        if (module.value(QStringLiteral("Main")).toBool()) {
            kind = Kind::Source;
        } else if (!replace.isEmpty()) {
            const QString replaceVersion = replace.value(QStringLiteral("Version")).toString();
            if (replaceVersion.isEmpty()) { // a folder
                kind = Kind::Source;
                dir = replace.value(QStringLiteral("Dir")).toString();
                if (dir.isEmpty())
                    dir = replace.value(QStringLiteral("Path")).toString();
            } else if (replace.value(QStringLiteral("Path")).toString() == path) {
                version = replaceVersion;
            } else {
                kind = Kind::ReplacedBy;
                dir = replace.value(QStringLiteral("Path")).toString();
            }
        }
        if (kind == Kind::Release && version.isEmpty())
            continue;
        if (version.startsWith(u'v'))
            version.remove(0, 1);
        if (path == QLatin1String(PrismTools::BeamModule))
            sdk = {kind, kind == Kind::Source ? QString() : version, dir};
        else if (path == QLatin1String(PrismTools::OldBeamModule))
            old = {kind == Kind::Release ? Kind::PreV2 : kind, kind == Kind::Source ? QString() : version, dir};
    }
    if (sdk.kind != Kind::None)
        return sdk;
    if (old.kind == Kind::Source) // a checkout of the whole old repository: its SDK has no Prism either
        old.kind = Kind::PreV2;
    return old;
}

BeamBuildInfo BeamBuildInfo::fromGoVersionOutput(const QString &output)
{
    BeamBuildInfo info;
    bool inBeam = false;
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(u'\t'))
            continue;
        const QStringList fields = line.mid(1).trimmed().split(u'\t');
        if (fields.size() < 2)
            continue;
        if (fields.at(0) == u"dep" || fields.at(0) == u"mod") {
            inBeam = fields.at(1) == QLatin1String(PrismTools::BeamModule);
            if (inBeam)
                info.version = fields.size() >= 3 ? fields.at(2) : QString();
        } else if (fields.at(0) == u"=>") {
            if (inBeam)
                info.replacedBy = fields.at(1);
            inBeam = false;
        } else {
            inBeam = false;
        }
    }
    return info;
}

QByteArray PrismTools::buildModule(const QByteArray &beamGoMod, const QString &version, const QString &sourceDir)
{
    QByteArray text;
    bool renamed = false;
    const QList<QByteArray> lines = beamGoMod.split('\n');
    for (const QByteArray &line : lines) {
        if (!renamed && line.trimmed().startsWith("module ")) {
            text += "module beamlauncher.invalid/managed-prism\n";
            renamed = true;
            continue;
        }
        text += line + '\n';
    }
    text = "// Written by Beam Launcher from Beam's own go.mod: its managed local Prism is built at the\n"
           "// versions Beam pins.\n"
        + text.trimmed() + "\n\nrequire " + BeamModule + ' ' + version.toUtf8() + '\n';
    if (!sourceDir.isEmpty()) {
        QByteArray quoted = QDir::fromNativeSeparators(sourceDir).toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        text += QByteArray("\nreplace ") + BeamModule + " => \"" + quoted + "\"\n";
    }
    return text;
}

PrismTools::PrismTools(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrismBinaries>();
}

PrismTools::~PrismTools()
{
    if (m_runs.isActive())
        removeFoldersInBackground({m_workDir});
}

QString PrismTools::cacheFolder()
{
    const QString overridden = qEnvironmentVariable("BEAM_LAUNCHER_RUNNERS_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(QDir(overridden).absolutePath());
    return cacheRoot() + QStringLiteral("/runners");
}

PrismBinaries PrismTools::cached(const QString &beamVersion)
{
    QString version = beamVersion;
    if (version.startsWith(u'v'))
        version.remove(0, 1);
    const QString folder = versionFolder(version);
    QFile stamp(folder + QStringLiteral("/build.json"));
    if (!stamp.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject info = QJsonDocument::fromJson(stamp.readAll()).object();
    const QString builtVersion = info.value(QStringLiteral("beamVersion")).toString();
    if (info.value(QStringLiteral("patchSet")).toInt() != PrismOverlay::PatchSetVersion
        || info.value(QStringLiteral("key")).toString(builtVersion) != version)
        return {};
    PrismBinaries binaries;
    binaries.beamVersion = builtVersion;
    binaries.folder = folder;
    binaries.prism = folder + u'/' + exe(QStringLiteral("prism"));
    binaries.boot = folder + u'/' + exe(QStringLiteral("boot"));
    binaries.processEnvironment = info.value(QStringLiteral("processEnvironment")).toBool(true); // 2.77 before it was kept
    if (!QFileInfo(binaries.prism).isExecutable() || !QFileInfo(binaries.boot).isExecutable())
        return {};
    return binaries;
}

QProcessEnvironment PrismTools::goEnvironment() const
{
    QProcessEnvironment env = m_environment;
    // Built for this machine, without a C toolchain, outside any go.work of the user's.
    for (const char *name : {"GOOS", "GOARCH", "GOARM", "GOAMD64", "GOFLAGS"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("0"));
    env.insert(QStringLiteral("GOWORK"), QStringLiteral("off"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return env;
}

void PrismTools::run(const QStringList &arguments, const QString &workingDirectory, Next next, bool answersOnFailure)
{
    // The previous go command has ended; its runner goes. Its signals end with the run.
    ProcessRunner *process = m_runs.spawn();
    process->setGracePeriod(1000);
    process->setProgram(m_go, arguments);
    process->setWorkingDirectory(workingDirectory);
    process->setEnvironment(goEnvironment());
    m_out.clear();
    m_err.clear();
    connect(process, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) {
                (channel == ProcessRunner::Channel::StdOut ? m_out : m_err) += lines;
                if (channel == ProcessRunner::Channel::StdErr)
                    Q_EMIT output(lines);
            });
    connect(process, &ProcessRunner::finished, this,
            [this, arguments, answersOnFailure, next = std::move(next)](const ProcessRunner::Result &result) {
                if (answersOnFailure && result.kind == ProcessRunner::ExitKind::Exited && !m_out.isEmpty()) {
                    next(m_out.join(u'\n')); // its answer on stdout says what failed
                    return;
                }
                if (!result.succeeded()) {
                    QString detail = m_err.join(u'\n').trimmed();
                    if (detail.isEmpty())
                        detail = result.errorString;
                    finish({}, RunnerText::tr("go %1 failed while getting Prism %2:\n%3\nCheck that the Go module proxy "
                                  "can be reached (GOPROXY) and that the pipeline's go.mod is complete (go build "
                                  "works in its folder), then launch again; or start Prism yourself and give its "
                                  "endpoint.")
                                   .arg(arguments.mid(0, 2).join(u' '),
                                        m_version.isEmpty() ? RunnerText::tr("(Beam version unknown)") : m_version, detail));
                    return;
                }
                next(m_out.join(u'\n'));
            });
    process->start();
}

void PrismTools::prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir)
{
    cancel();
    m_go = goProgram;
    m_environment = environment;
    m_version.clear();
    m_key.clear();
    m_sourceDir.clear();
    m_universal = false;
    m_processEnvironment = true;
    m_oldBeamModule = false;
    m_builtProcess = true;
    m_note.clear();
    m_runs.begin();
    // -e: a module the pipeline does not require is reported in its Error field, not as a failure.
    run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-e"), QStringLiteral("-json"),
         QLatin1String(BeamModule), QLatin1String(OldBeamModule)},
        packageDir, [this](const QString &out) { onModulesListed(out); });
}

void PrismTools::prepareVersion(const QString &goProgram, const QProcessEnvironment &environment,
                                const QString &beamVersion)
{
    cancel();
    m_go = goProgram;
    m_environment = environment;
    m_sourceDir.clear();
    m_universal = false;
    m_processEnvironment = true;
    m_oldBeamModule = false;
    m_builtProcess = true;
    m_note.clear();
    m_version = beamVersion.startsWith(u'v') ? beamVersion.mid(1) : beamVersion;
    m_runs.begin();
    m_runs.post([this] { prepareRelease(m_version); });
}

void PrismTools::onModulesListed(const QString &json)
{
    const BeamSdk sdk = BeamSdk::fromGoListModules(json.toUtf8());
    switch (sdk.kind) {
    case BeamSdk::Kind::Release:
        prepareRelease(sdk.version);
        return;
    case BeamSdk::Kind::Source:
        prepareSource(sdk.dir);
        return;
    case BeamSdk::Kind::PreV2:
        // Older than every v2 SDK, and even 2.62 cannot express a PROCESS environment.
        setProcessEnvironment(false);
        m_oldBeamModule = true;
        fallBack(RunnerText::tr("the pipeline uses Beam %1 of the old %2 module, which has no Prism runner")
                     .arg(sdk.version, QLatin1String(OldBeamModule)));
        return;
    case BeamSdk::Kind::ReplacedBy:
        finish({}, RunnerText::tr("The pipeline's go.mod replaces the Beam Go SDK with %1, which Beam Launcher cannot build "
                      "Prism from. Replace it with a Beam folder or a released version, or start Prism yourself "
                      "and give its endpoint.")
                       .arg(sdk.dir));
        return;
    case BeamSdk::Kind::None:
        break;
    }
    finish({}, RunnerText::tr("The pipeline's module requires no Beam Go SDK (go list -m knows neither %1 nor %2), so Beam "
                  "Launcher cannot tell which Prism to run. Add the Beam version it uses to its go.mod (go get "
                  "%1@latest), or start Prism yourself and give its endpoint.")
                   .arg(QLatin1String(BeamModule), QLatin1String(OldBeamModule)));
}

void PrismTools::noteEnvironment(const QString &translateGo)
{
    QFile file(translateGo);
    m_builtProcess = file.open(QIODevice::ReadOnly) && supportsProcessEnvironment(QString::fromUtf8(file.readAll()));
    if (!m_universal)
        setProcessEnvironment(m_builtProcess);
}

void PrismTools::setProcessEnvironment(bool process)
{
    m_processEnvironment = process;
    if (!m_processEnvironment)
        Q_EMIT message(RunnerText::tr("The pipeline's Beam SDK cannot run its workers in a PROCESS environment: they run inside "
                          "the launcher (LOOPBACK, on this machine only)."));
}

bool PrismTools::supportsProcessEnvironment(const QString &translateGo)
{
    // graphx.CreateEnvironment: older SDKs answer the PROCESS urn with "unsupported environment".
    const qsizetype at = translateGo.indexOf(QStringLiteral("case URNEnvProcess:"));
    if (at < 0)
        return false;
    const qsizetype next = translateGo.indexOf(QStringLiteral("case "), at + 1);
    const QString branch = translateGo.mid(at, next < 0 ? -1 : next - at);
    return !branch.contains(QStringLiteral("unsupported environment"));
}

void PrismTools::fallBack(const QString &why)
{
    if (m_version == QLatin1String(KnownPrismVersion) && m_sourceDir.isEmpty()) {
        finish({}, RunnerText::tr("Cannot build Prism %1 (%2). Update Beam Launcher, or start Prism yourself and give its "
                      "endpoint.")
                       .arg(m_version, why));
        return;
    }
    removeFoldersInBackground({std::exchange(m_workDir, QString())});
    m_universal = true;
    m_sourceDir.clear();
    m_note = RunnerText::tr("Running the pipeline on Prism %1 with --runner universal and its worker binary: %2.")
                 .arg(QLatin1String(KnownPrismVersion), why);
    Q_EMIT message(m_note);
    prepareRelease(QLatin1String(KnownPrismVersion));
}

void PrismTools::prepareRelease(const QString &version)
{
    m_version = version;
    m_key = version;
    // Built before: its build.json says whether its Beam (the pipeline's, unless this is the known
    // Prism serving another) can ask for PROCESS. Nothing to download or say.
    if (const PrismBinaries binaries = cached(m_key); binaries.isValid()) {
        if (!m_universal)
            setProcessEnvironment(binaries.processEnvironment);
        finish(binaries, QString());
        return;
    }
    const QString root = cacheFolder();
    if (!QDir().mkpath(root)) {
        finish({}, RunnerText::tr("Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set "
                      "BEAM_LAUNCHER_RUNNERS_DIR to another folder.")
                       .arg(QDir::toNativeSeparators(root)));
        return;
    }
    // The pipeline's own Beam is downloaded (at once when the module cache has it, as it has once
    // the pipeline is built): its sources say whether it has a Prism and PROCESS workers.
    Q_EMIT message(RunnerText::tr("Prism %1: reading Beam %1 (go mod download)...").arg(m_version));
    run({QStringLiteral("mod"), QStringLiteral("download"), QStringLiteral("-json"),
         QLatin1String(BeamModule) + QStringLiteral("@v") + m_version},
        root, [this](const QString &out) { onDownloaded(out); }, true);
}

void PrismTools::onDownloaded(const QString &json)
{
    const QJsonObject module = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString error = module.value(QStringLiteral("Error")).toString();
    const QString dir = module.value(QStringLiteral("Dir")).toString();
    const QString goModFile = module.value(QStringLiteral("GoMod")).toString();
    if (!error.isEmpty() || dir.isEmpty() || goModFile.isEmpty()) {
        finish({}, RunnerText::tr("Beam %1 could not be downloaded (%2). Check that the pipeline's go.mod requires a published "
                      "Beam version (go list -m -versions %3 lists them) and that the Go module proxy can be "
                      "reached, then launch again.")
                       .arg(m_version, error.isEmpty() ? json.trimmed() : error, QLatin1String(BeamModule)));
        return;
    }
    noteEnvironment(dir + QStringLiteral("/go/pkg/beam/core/runtime/graphx/translate.go"));
    if (!m_universal) {
        if (!QFileInfo::exists(dir + QStringLiteral("/go/cmd/prism"))
            || !QFileInfo::exists(dir + QStringLiteral("/go/pkg/beam/runners/prism"))) {
            fallBack(RunnerText::tr("Beam %1 has no Prism runner of its own").arg(m_version));
            return;
        }
    }
    if (!m_universal) {
        const QString why = knownUnfit(m_key);
        if (!why.isEmpty()) {
            fallBack(why);
            return;
        }
    }
    QFile goMod(goModFile);
    QFile goSum(dir + QStringLiteral("/go.sum"));
    if (!goMod.open(QIODevice::ReadOnly)) {
        finish({}, RunnerText::tr("Cannot read %1 (Beam %2's go.mod).").arg(goModFile, m_version));
        return;
    }
    QByteArray sums = goSum.open(QIODevice::ReadOnly) ? goSum.readAll() : QByteArray();
    if (!sums.isEmpty() && !sums.endsWith('\n'))
        sums += '\n';
    const QByteArray self = QByteArray(BeamModule) + " v" + m_version.toUtf8();
    sums += self + ' ' + module.value(QStringLiteral("Sum")).toString().toUtf8() + '\n';
    sums += self + "/go.mod " + module.value(QStringLiteral("GoModSum")).toString().toUtf8() + '\n';
    startBuild(buildModule(goMod.readAll(), QStringLiteral("v") + m_version, QString()), sums);
}

void PrismTools::prepareSource(const QString &dir)
{
    m_sourceDir = dir;
    m_version = QStringLiteral("source");
    noteEnvironment(dir + QStringLiteral("/go/pkg/beam/core/runtime/graphx/translate.go"));
    if (!QFileInfo::exists(dir + QStringLiteral("/go/cmd/prism"))
        || !QFileInfo::exists(dir + QStringLiteral("/go/pkg/beam/runners/prism"))) {
        fallBack(RunnerText::tr("the Beam module at %1 has no Prism runner").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    Q_EMIT message(RunnerText::tr("Local Prism: the pipeline is inside Beam's own module (%1); Prism is built from its sources.")
                       .arg(QDir::toNativeSeparators(dir)));
    runInBackground(this, [dir] { return sourceKey(dir); }, m_runs.guard([this, dir](const QString &key) {
        if (key.isEmpty()) {
            finish({}, RunnerText::tr("Cannot read the Beam module at %1 to build Prism from it: check its permissions.")
                           .arg(QDir::toNativeSeparators(dir)));
            return;
        }
        m_key = key;
        const PrismBinaries binaries = cached(m_key);
        if (binaries.isValid()) {
            finish(binaries, QString());
            return;
        }
        const QString unfit = knownUnfit(m_key);
        if (!unfit.isEmpty()) {
            fallBack(unfit);
            return;
        }
        QFile goMod(dir + QStringLiteral("/go.mod"));
        QFile goSum(dir + QStringLiteral("/go.sum"));
        if (!goMod.open(QIODevice::ReadOnly) || !goSum.open(QIODevice::ReadOnly)) {
            finish({}, RunnerText::tr("Cannot read go.mod and go.sum of the Beam module at %1.").arg(QDir::toNativeSeparators(dir)));
            return;
        }
        startBuild(buildModule(goMod.readAll(), QStringLiteral("v2.0.0"), dir), goSum.readAll());
    }), QThread::LowPriority);
}

void PrismTools::startBuild(const QByteArray &goMod, const QByteArray &goSum)
{
    m_clock.start();
    Q_EMIT message(m_sourceDir.isEmpty()
                       ? RunnerText::tr("Building Prism %1 (first use of this Beam version)...").arg(m_version)
                       : RunnerText::tr("Building Prism from %1 (first use of these sources)...")
                             .arg(QDir::toNativeSeparators(m_sourceDir)));
    m_workDir = cacheFolder() + QStringLiteral("/.prism-%1-build-%2")
                                    .arg(m_key)
                                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray tools = "//go:build tools\n\n"
                             "// Written by Beam Launcher: the Beam programs its managed local Prism is built from.\n"
                             "package tools\n\nimport (\n\t_ \""
        + PrismPackage.toUtf8() + "\"\n\t_ \"" + BootPackage.toUtf8() + "\"\n)\n";
    if (!QDir().mkpath(m_workDir) || !writeFile(m_workDir + QStringLiteral("/go.mod"), goMod)
        || !writeFile(m_workDir + QStringLiteral("/go.sum"), goSum)
        || !writeFile(m_workDir + QStringLiteral("/tools.go"), tools)) {
        finish({}, RunnerText::tr("Cannot write the Prism build folder %1: check the free space and permissions of %2.")
                       .arg(m_workDir, cacheFolder()));
        return;
    }
    // Beam's own go.mod and go.sum, never tidied: every dependency stays at the version Beam pins.
    Q_EMIT message(RunnerText::tr("Prism %1: getting Beam's dependencies at the versions Beam pins (go mod vendor)...")
                       .arg(m_version));
    run({QStringLiteral("mod"), QStringLiteral("vendor")}, m_workDir, [this](const QString &) { writeOverlay(); });
}

void PrismTools::writeOverlay()
{
    Q_EMIT message(RunnerText::tr("Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...")
                       .arg(m_version));
    const QString workDir = m_workDir;
    const QString version = m_version;
    runInBackground(this, [workDir, version] { return generateOverlay(workDir, version); },
                    m_runs.guard([this](const QString &error) {
        if (!error.isEmpty()) {
            // This Beam's Prism does not take the overlay: Beam Launcher's known Prism serves it.
            // Its first sentence says what did not match; the advice after it is moot here.
            const QString why = RunnerText::tr("Prism %1 does not take Beam Launcher's changes that keep it on this machine (%2)")
                                    .arg(m_version, error.section(u'\n', 0, 0).section(QStringLiteral(". "), 0, 0));
            // Remembered (for this patch set), so that later launches skip the download and vendoring.
            const QJsonObject unfit{{QStringLiteral("patchSet"), PrismOverlay::PatchSetVersion},
                                    {QStringLiteral("why"), why}};
            writeFile(unfitFile(m_key), QJsonDocument(unfit).toJson());
            fallBack(why);
            return;
        }
        compile();
    }));
}

void PrismTools::compile()
{
    Q_EMIT message(RunnerText::tr("Prism %1: compiling prism and boot (minutes the first time)...").arg(m_version));
    run({QStringLiteral("build"), QStringLiteral("-mod=vendor"), QStringLiteral("-trimpath"),
         QStringLiteral("-overlay=") + QDir::toNativeSeparators(m_workDir + QStringLiteral("/overlay.json")),
         QStringLiteral("-o"), QDir::toNativeSeparators(m_workDir + QStringLiteral("/bin")) + QDir::separator(),
         PrismPackage, BootPackage},
        m_workDir, [this](const QString &) { verify(); });
}

void PrismTools::verify()
{
    // Whatever go built must be the Beam asked for: nothing is cached under a version it is not.
    Q_EMIT message(RunnerText::tr("Prism %1: checking the built programs (go version -m)...").arg(m_version));
    const QString bin = m_workDir + QStringLiteral("/bin/");
    run({QStringLiteral("version"), QStringLiteral("-m"), QDir::toNativeSeparators(bin + exe(QStringLiteral("prism"))),
         QDir::toNativeSeparators(bin + exe(QStringLiteral("container")))},
        m_workDir, [this](const QString &out) {
            const QStringList parts = splitGoVersionOutput(out);
            QStringList wrong;
            for (const QString &part : parts) {
                const BeamBuildInfo info = BeamBuildInfo::fromGoVersionOutput(part);
                const bool ok = m_sourceDir.isEmpty()
                    ? info.version == u'v' + m_version && info.replacedBy.isEmpty()
                    : !info.replacedBy.isEmpty();
                if (!ok)
                    wrong << QStringLiteral("%1: %2 %3").arg(part.section(u':', 0, 0), info.version, info.replacedBy);
            }
            if (parts.size() != 2 || !wrong.isEmpty()) {
                finish({}, RunnerText::tr("The programs built for Prism %1 are not built from it (go version -m: %2). Nothing "
                              "was kept; report this to Beam Launcher's developers with the Beam version.")
                               .arg(m_version, wrong.isEmpty() ? out.trimmed() : wrong.join(QStringLiteral("; "))));
                return;
            }
            install();
        });
}

void PrismTools::install()
{
    // Small renames and one stamp: quick enough for the caller's thread.
    const QString bin = m_workDir + QStringLiteral("/bin/");
    const QString staging = m_workDir + QStringLiteral("/out");
    QDir().mkpath(staging);
    const bool moved = QFile::rename(bin + exe(QStringLiteral("prism")), staging + u'/' + exe(QStringLiteral("prism")))
        && QFile::rename(bin + exe(QStringLiteral("container")), staging + u'/' + exe(QStringLiteral("boot")))
        && QDir().rename(m_workDir + QStringLiteral("/overlay"), staging + QStringLiteral("/overlay"))
        && QFile::rename(m_workDir + QStringLiteral("/overlay.json"), staging + QStringLiteral("/overlay/overlay.json"));
    const QJsonObject info{{QStringLiteral("beamVersion"), m_version},
                           {QStringLiteral("key"), m_key},
                           {QStringLiteral("sourceDir"), m_sourceDir},
                           {QStringLiteral("processEnvironment"), m_builtProcess},
                           {QStringLiteral("patchSet"), PrismOverlay::PatchSetVersion},
                           {QStringLiteral("buildSeconds"), double(m_clock.elapsed()) / 1000.0}};
    if (!moved || !writeFile(staging + QStringLiteral("/build.json"), QJsonDocument(info).toJson())) {
        finish({}, RunnerText::tr("Could not put the built Prism into %1.").arg(staging));
        return;
    }
    const QString folder = versionFolder(m_key);
    if (QFileInfo::exists(folder)) {
        // Another run finished first, or an older patch set's build is there: set it aside.
        const QString old = folder + QStringLiteral(".old-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                   QLatin1Char('0'));
        if (QDir().rename(folder, old))
            removeFoldersInBackground({old});
    }
    if (!QDir().rename(staging, folder) && !cached(m_key).isValid()) {
        finish({}, RunnerText::tr("Could not move the built Prism to %1.").arg(folder));
        return;
    }
    Q_EMIT message(RunnerText::tr("Prism %1 and boot built in %2: %3").arg(m_version, formatDuration(m_clock.elapsed()), folder));
    finish(cached(m_key), QString());
}

void PrismTools::cancel()
{
    if (!m_runs.isActive())
        return;
    m_runs.cancel(); // stops the go command that runs
    removeFoldersInBackground({std::exchange(m_workDir, QString())});
}

void PrismTools::finish(const PrismBinaries &binaries, const QString &error)
{
    if (!m_runs.isActive())
        return;
    m_runs.cancel();
    removeFoldersInBackground({std::exchange(m_workDir, QString())});
    QString why = error;
    if (why.isEmpty() && !binaries.isValid())
        why = RunnerText::tr("The built Prism %1 is missing from %2.").arg(m_version, cacheFolder());
    PrismBinaries result = why.isEmpty() ? binaries : PrismBinaries();
    if (result.isValid()) {
        result.universalRunner = m_universal;
        result.processEnvironment = m_processEnvironment;
        result.note = m_note;
        result.oldBeamModule = m_oldBeamModule;
    }
    Q_EMIT finished(result, why);
}

} // namespace bl
