// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/PrismTools.h"

#include "process/CacheRoot.h"
#include "process/ProcessRunner.h"
#include "runner/PrismOverlay.h"

#include <QCoreApplication>
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
#include <QThread>

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

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

void removeInBackground(const QString &folder)
{
    if (folder.isEmpty())
        return;
    QThread *thread = QThread::create([folder] { QDir(folder).removeRecursively(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
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
        return QCoreApplication::translate("bl::PrismTools", "Cannot create %1.").arg(overlayDir);
    QList<QPair<QString, QString>> replacements;
    QHash<QString, QString> patched; // module-relative file -> patched text
    for (const PrismOverlay::Patch &patch : PrismOverlay::patches()) {
        QFile file(module + u'/' + patch.file);
        if (!file.open(QIODevice::ReadOnly)) {
            if (!patch.required)
                continue;
            return QCoreApplication::translate("bl::PrismTools",
                                               "Beam %1 has no %2, which Beam Launcher changes to keep Prism on "
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
            return QCoreApplication::translate("bl::PrismTools", "Cannot write %1.").arg(ours);
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
                    return QCoreApplication::translate("bl::PrismTools", "Cannot read %1.").arg(path);
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
        return QCoreApplication::translate("bl::PrismTools", "Cannot write %1.").arg(marker);
    replacements.append({QDir::toNativeSeparators(module + QStringLiteral("/go/cmd/prism/beam_launcher_loopback.go")),
                         QDir::toNativeSeparators(marker)});
    if (!writeFile(workDir + QStringLiteral("/overlay.json"), PrismOverlay::overlayJson(replacements)))
        return QCoreApplication::translate("bl::PrismTools", "Cannot write %1.").arg(workDir + QStringLiteral("/overlay.json"));
    return {};
}

} // namespace

PrismTools::PrismTools(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrismBinaries>();
}

PrismTools::~PrismTools()
{
    if (m_running)
        removeInBackground(m_workDir);
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
    if (info.value(QStringLiteral("patchSet")).toInt() != PrismOverlay::PatchSetVersion
        || info.value(QStringLiteral("beamVersion")).toString() != version)
        return {};
    PrismBinaries binaries{version, folder, folder + u'/' + exe(QStringLiteral("prism")),
                           folder + u'/' + exe(QStringLiteral("boot"))};
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

void PrismTools::run(const QStringList &arguments, const QString &workingDirectory, Next next)
{
    delete m_process;
    m_process = new ProcessRunner(this);
    m_process->setGracePeriod(1000);
    m_process->setProgram(m_go, arguments);
    m_process->setWorkingDirectory(workingDirectory);
    m_process->setEnvironment(goEnvironment());
    m_out.clear();
    m_err.clear();
    connect(m_process, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) {
                (channel == ProcessRunner::Channel::StdOut ? m_out : m_err) += lines;
                if (channel == ProcessRunner::Channel::StdErr)
                    Q_EMIT output(lines);
            });
    connect(m_process, &ProcessRunner::finished, this,
            [this, arguments, next = std::move(next)](const ProcessRunner::Result &result) {
                if (!m_running)
                    return;
                if (!result.succeeded()) {
                    QString detail = m_err.join(u'\n').trimmed();
                    if (detail.isEmpty())
                        detail = result.errorString;
                    finish({}, tr("go %1 failed while getting Prism %2:\n%3")
                                   .arg(arguments.first(), m_version.isEmpty() ? tr("(Beam version unknown)") : m_version,
                                        detail));
                    return;
                }
                next(m_out.join(u'\n'));
            });
    m_process->start();
}

void PrismTools::prepare(const QString &goProgram, const QProcessEnvironment &environment, const QString &packageDir)
{
    cancel();
    m_go = goProgram;
    m_environment = environment;
    m_version.clear();
    m_running = true;
    ++m_generation;
    run({QStringLiteral("list"), QStringLiteral("-m"), QStringLiteral("-json"), QLatin1String(BeamModule)}, packageDir,
        [this](const QString &out) { onVersionListed(out); });
}

void PrismTools::prepareVersion(const QString &goProgram, const QProcessEnvironment &environment,
                                const QString &beamVersion)
{
    cancel();
    m_go = goProgram;
    m_environment = environment;
    m_version = beamVersion.startsWith(u'v') ? beamVersion.mid(1) : beamVersion;
    m_running = true;
    ++m_generation;
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (m_running && generation == m_generation)
            startBuild();
    }, Qt::QueuedConnection);
}

void PrismTools::onVersionListed(const QString &json)
{
    const QJsonObject module = QJsonDocument::fromJson(json.toUtf8()).object();
    QString version = module.value(QStringLiteral("Version")).toString();
    const QJsonObject replace = module.value(QStringLiteral("Replace")).toObject();
    if (!replace.isEmpty()) {
        if (replace.value(QStringLiteral("Path")).toString() == QLatin1String(BeamModule)
            && !replace.value(QStringLiteral("Version")).toString().isEmpty()) {
            version = replace.value(QStringLiteral("Version")).toString();
        } else {
            finish({}, tr("The pipeline's go.mod replaces the Beam Go SDK with %1. The managed local Prism is built "
                          "from a released Beam version; remove the replace directive, or start Prism yourself and "
                          "give its endpoint.")
                           .arg(replace.value(QStringLiteral("Path")).toString()));
            return;
        }
    }
    static const QRegularExpression release(QStringLiteral(R"(^v2\.\d+\.\d+(-[0-9A-Za-z.-]+)?$)"));
    if (!release.match(version).hasMatch()) {
        finish({}, tr("Could not tell which Beam version the pipeline uses (go list -m answered \"%1\"). Its go.mod "
                      "should require %2 at a released version.")
                       .arg(version, QLatin1String(BeamModule)));
        return;
    }
    m_version = version.mid(1);
    startBuild();
}

void PrismTools::startBuild()
{
    const PrismBinaries binaries = cached(m_version);
    if (binaries.isValid()) {
        finish(binaries, QString());
        return;
    }
    m_clock.start();
    Q_EMIT message(tr("Building Prism %1 (first use of this Beam version)...").arg(m_version));
    const QString root = cacheFolder();
    if (!QDir().mkpath(root)) {
        finish({}, tr("Cannot create the folder %1 for Prism and boot: check its permissions and free space, or set "
                      "BEAM_LAUNCHER_RUNNERS_DIR to another folder.")
                       .arg(QDir::toNativeSeparators(root)));
        return;
    }
    m_workDir = root + QStringLiteral("/.prism-%1-build-%2")
                           .arg(m_version)
                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray goMod = "module beamlauncher.invalid/managed-prism\n\ngo 1.21\n\nrequire "
        + QByteArray(BeamModule) + " v" + m_version.toUtf8() + "\n";
    const QByteArray tools = "//go:build tools\n\n"
                             "// Written by Beam Launcher: the Beam programs its managed local Prism is built from.\n"
                             "package tools\n\nimport (\n\t_ \""
        + PrismPackage.toUtf8() + "\"\n\t_ \"" + BootPackage.toUtf8() + "\"\n)\n";
    if (!QDir().mkpath(m_workDir) || !writeFile(m_workDir + QStringLiteral("/go.mod"), goMod)
        || !writeFile(m_workDir + QStringLiteral("/tools.go"), tools)) {
        finish({}, tr("Cannot write the Prism build folder %1.").arg(m_workDir));
        return;
    }
    Q_EMIT message(tr("Prism %1: getting Beam's sources (go mod tidy, go mod vendor)...").arg(m_version));
    run({QStringLiteral("mod"), QStringLiteral("tidy")}, m_workDir, [this](const QString &) {
        run({QStringLiteral("mod"), QStringLiteral("vendor")}, m_workDir, [this](const QString &) { writeOverlay(); });
    });
}

void PrismTools::writeOverlay()
{
    Q_EMIT message(tr("Prism %1: making its job service and web page listen on 127.0.0.1 only (Go -overlay)...")
                       .arg(m_version));
    auto error = std::make_shared<QString>();
    const QString workDir = m_workDir;
    const QString version = m_version;
    QThread *thread = QThread::create([workDir, version, error] { *error = generateOverlay(workDir, version); });
    connect(thread, &QThread::finished, this, [this, error, generation = m_generation] {
        if (!m_running || generation != m_generation)
            return;
        if (!error->isEmpty()) {
            finish({}, *error);
            return;
        }
        compile();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void PrismTools::compile()
{
    Q_EMIT message(tr("Prism %1: compiling prism and boot (minutes the first time)...").arg(m_version));
    run({QStringLiteral("build"), QStringLiteral("-mod=vendor"), QStringLiteral("-trimpath"),
         QStringLiteral("-overlay=") + QDir::toNativeSeparators(m_workDir + QStringLiteral("/overlay.json")),
         QStringLiteral("-o"), QDir::toNativeSeparators(m_workDir + QStringLiteral("/bin")) + QDir::separator(),
         PrismPackage, BootPackage},
        m_workDir, [this](const QString &) { install(); });
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
                           {QStringLiteral("patchSet"), PrismOverlay::PatchSetVersion},
                           {QStringLiteral("buildSeconds"), double(m_clock.elapsed()) / 1000.0}};
    if (!moved || !writeFile(staging + QStringLiteral("/build.json"), QJsonDocument(info).toJson())) {
        finish({}, tr("Could not put the built Prism into %1.").arg(staging));
        return;
    }
    const QString folder = versionFolder(m_version);
    if (QFileInfo::exists(folder)) {
        // Another run finished first, or an older patch set's build is there: set it aside.
        const QString old = folder + QStringLiteral(".old-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                   QLatin1Char('0'));
        if (QDir().rename(folder, old))
            removeInBackground(old);
    }
    if (!QDir().rename(staging, folder) && !cached(m_version).isValid()) {
        finish({}, tr("Could not move the built Prism to %1.").arg(folder));
        return;
    }
    Q_EMIT message(tr("Prism %1 and boot built in %2: %3").arg(m_version, formatDuration(m_clock.elapsed()), folder));
    finish(cached(m_version), QString());
}

void PrismTools::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    if (m_process)
        m_process->stop();
    removeInBackground(std::exchange(m_workDir, QString()));
}

void PrismTools::finish(const PrismBinaries &binaries, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    removeInBackground(std::exchange(m_workDir, QString()));
    QString why = error;
    if (why.isEmpty() && !binaries.isValid())
        why = tr("The built Prism %1 is missing from %2.").arg(m_version, cacheFolder());
    Q_EMIT finished(why.isEmpty() ? binaries : PrismBinaries(), why);
}

} // namespace bl
