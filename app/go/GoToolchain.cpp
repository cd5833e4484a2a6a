// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoToolchain.h"

#include "go/GoText.h"
#include "process/CapturedRun.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bl {

namespace {

QString goExecutableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("go.exe");
#else
    return QStringLiteral("go");
#endif
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

GoToolchain::GoToolchain(QObject *parent)
    : QObject(parent)
    , m_envRun(new CapturedRun(this))
    , m_distRun(new CapturedRun(this))
{
}

GoToolchain::~GoToolchain() = default;

QStringList GoToolchain::usualInstallFolders()
{
    const QString home = QDir::homePath();
    QStringList folders;
#if defined(Q_OS_WIN)
    const QString programFiles = qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    folders << programFiles + QStringLiteral("/Go/bin") << QStringLiteral("C:/Go/bin")
            << home + QStringLiteral("/scoop/apps/go/current/bin") << home + QStringLiteral("/go/bin");
#elif defined(Q_OS_MACOS)
    folders << QStringLiteral("/usr/local/go/bin") << QStringLiteral("/opt/homebrew/bin")
            << QStringLiteral("/usr/local/bin") << QStringLiteral("/opt/local/bin") << home + QStringLiteral("/go/bin");
#else
    folders << QStringLiteral("/usr/local/go/bin") << QStringLiteral("/usr/lib/go/bin")
            << QStringLiteral("/snap/bin") << home + QStringLiteral("/go/bin");
#endif
    const QDir sdk(home + QStringLiteral("/sdk"));
    const QStringList versions = sdk.entryList({QStringLiteral("go*")}, QDir::Dirs, QDir::Name | QDir::Reversed);
    for (const QString &version : versions)
        folders << sdk.filePath(version) + QStringLiteral("/bin");
    return folders;
}

QString GoToolchain::locate(const QString &explicitPath, QString *error)
{
    if (!explicitPath.isEmpty()) {
        QFileInfo info(explicitPath);
        if (info.isDir())
            info.setFile(QDir(explicitPath).filePath(goExecutableName()));
        if (isExecutableFile(info.filePath()))
            return info.absoluteFilePath();
        if (error)
            *error = GoText::tr("No Go toolchain at %1: give the path of the go command (for example "
                        "/usr/local/go/bin/go), or leave it empty to use the one on PATH.")
                         .arg(QDir::toNativeSeparators(explicitPath));
        return QString();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("go"));
    if (!onPath.isEmpty())
        return onPath;
    const QStringList folders = usualInstallFolders();
    for (const QString &folder : folders) {
        const QString candidate = QDir(folder).filePath(goExecutableName());
        if (isExecutableFile(candidate))
            return candidate;
    }
    if (error)
        *error = GoText::tr("No Go toolchain found on PATH or in the usual places. Install Go 1.%1 or newer "
                    "from https://go.dev/dl/, or give the path of the go command with --go.")
                     .arg(MinimumMinor);
    return QString();
}

void GoToolchain::probe(const QString &goPath, const QProcessEnvironment &environment)
{
    m_goPath = goPath;
    m_env = GoEnv();
    m_platforms.clear();
    m_error.clear();
    m_pending = 2;
    const QString folder = QDir::tempPath();
    // Only the variables GoEnv reads: the whole `go env` also works out the C compiler's flags,
    // which costs 0.3 s with an empty build cache (a first, cold build) and 10 ms otherwise.
    m_envRun->start(goPath,
                    {QStringLiteral("env"), QStringLiteral("-json"), QStringLiteral("GOVERSION"), QStringLiteral("GOROOT"),
                     QStringLiteral("GOCACHE"), QStringLiteral("GOMODCACHE"), QStringLiteral("GOPATH"),
                     QStringLiteral("GOHOSTOS"), QStringLiteral("GOHOSTARCH"), QStringLiteral("GOFLAGS")},
                    folder, environment,
                    [this](const CapturedRun::Output &output) {
                        QString error;
                        const auto env = GoEnv::fromJson(output.out.toUtf8(), &error);
                        if (!output.result.succeeded() || !env) {
                            m_error = GoText::tr("%1 env -json failed: %2")
                                          .arg(QDir::toNativeSeparators(m_goPath),
                                               output.err.isEmpty() ? (output.result.errorString.isEmpty()
                                                                           ? error
                                                                           : output.result.errorString)
                                                                    : output.err);
                        } else {
                            m_env = *env;
                            const auto version = GoVersion::parse(m_env.goVersion);
                            if (version && version->major == 1 && version->minor < MinimumMinor) {
                                m_error = GoText::tr("%1 is too old: Beam Launcher needs Go 1.%2 or newer. "
                                             "Install a current release from https://go.dev/dl/.")
                                              .arg(m_env.goVersion)
                                              .arg(MinimumMinor);
                            }
                        }
                        partDone();
                    });
    m_distRun->start(goPath, {QStringLiteral("tool"), QStringLiteral("dist"), QStringLiteral("list")}, folder,
                     environment, [this](const CapturedRun::Output &output) {
                         if (output.result.succeeded())
                             m_platforms = parseDistList(output.out);
                         partDone();
                     });
}

void GoToolchain::cancel()
{
    m_envRun->cancel();
    m_distRun->cancel();
}

void GoToolchain::partDone()
{
    if (--m_pending > 0)
        return;
    if (!m_error.isEmpty()) {
        Q_EMIT failed(m_error);
        return;
    }
    if (m_platforms.isEmpty()) // very old or broken toolchain: fall back to the two we always need
        m_platforms = {m_env.host(), Platform::defaultWorker()};
    Q_EMIT ready();
}

QString GoToolchain::unsupportedMessage(const Platform &platform) const
{
    QStringList names;
    for (const Platform &p : m_platforms)
        names << p.toString();
    return GoText::tr("%1 is not a platform this Go toolchain can build for. Valid platforms "
              "(go tool dist list): %2.")
        .arg(platform.toString(), names.join(QStringLiteral(", ")));
}

} // namespace bl
