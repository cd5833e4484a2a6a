// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchSpec.h"

#include "launch/LaunchText.h"
#include "launch/SecretMasker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bl {

namespace {

QString flagName(const QString &flag)
{
    QString name = flag;
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    const qsizetype eq = name.indexOf(u'=');
    return eq >= 0 ? name.left(eq) : name;
}

/// Which field replaces a flag the settings own, or empty when the flag is free.
QString ownedFlagAdvice(const QString &name)
{
    if (name == u"runner")
        return LaunchText::tr("Choose the runner in the Runner field (--runner), not as a pipeline flag.");
    if (name == u"endpoint")
        return LaunchText::tr("Set the job service address in the Endpoint field (--endpoint), not as a pipeline flag.");
    if (name == u"worker_binary")
        return LaunchText::tr("Beam Launcher builds the worker and passes --worker_binary itself; to use a binary of "
                      "your own, set the prebuilt worker binary (--worker-binary) instead of a pipeline flag.");
    if (name == u"environment_type")
        return LaunchText::tr("Set the environment type in the Environment type field (--environment-type), not as a "
                      "pipeline flag.");
    if (name == u"environment_config")
        return LaunchText::tr("Set the environment config in the Environment config field (--environment-config), not "
                      "as a pipeline flag.");
    return QString();
}

bool checkPlatform(const Platform &platform, const QString &field, const QString &what, Problems &problems)
{
    if (platform.os.isEmpty() && platform.arch.isEmpty())
        return false;
    QString error;
    if (!Platform::parse(platform.toString(), &error)) {
        problems.append({Problem::Severity::Error, field, LaunchText::tr("The %1 platform is not valid: %2").arg(what, error)});
        return false;
    }
    return true;
}

} // namespace

// ---- quoting ----

QString shellQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString windowsQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("\"\"");
    static const QRegularExpression needsQuotes(QStringLiteral(R"([\s"&|<>^%!()])"));
    if (!needsQuotes.match(argument).hasMatch())
        return argument;
    // CommandLineToArgvW: backslashes are literal unless they precede a quote.
    QString quoted = QStringLiteral("\"");
    qsizetype backslashes = 0;
    for (QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            quoted += QString(backslashes * 2 + 1, u'\\') + u'"';
        } else {
            quoted += QString(backslashes, u'\\') + c;
        }
        backslashes = 0;
    }
    quoted += QString(backslashes * 2, u'\\') + u'"';
    return quoted;
}

// ---- LaunchCommand ----

QStringList LaunchCommand::displayArgv() const
{
    QStringList secrets;
    for (const QString &name : secretNames) {
        const QString value = environment.value(name);
        if (value.size() >= MinMaskedLength)
            secrets << value;
    }
    QStringList argv = QStringList{program} + arguments;
    for (QString &arg : argv)
        arg = SecretMasker::mask(arg, secrets);
    return argv;
}

QString LaunchCommand::displayLine() const
{
#ifdef Q_OS_WIN
    return displayLine(QuoteStyle::Windows);
#else
    return displayLine(QuoteStyle::Posix);
#endif
}

QString LaunchCommand::copyableLine() const
{
#ifdef Q_OS_WIN
    return copyableLine(QuoteStyle::Windows);
#else
    return copyableLine(QuoteStyle::Posix);
#endif
}

QString LaunchCommand::copyableLine(QuoteStyle style) const
{
    if (workingDirectory.isEmpty())
        return displayLine(style);
    const QString folder = QDir::toNativeSeparators(workingDirectory);
    return style == QuoteStyle::Windows
               ? QStringLiteral("cd /d %1 && %2").arg(windowsQuote(folder), displayLine(style))
               : QStringLiteral("cd %1 && %2").arg(shellQuote(folder), displayLine(style));
}

QString LaunchCommand::displayLine(QuoteStyle style) const
{
    const auto quote = style == QuoteStyle::Windows ? &windowsQuote : &shellQuote;
    QStringList parts;
    for (const QString &name : environmentNames) {
        const QString value = secretNames.contains(name) ? SecretMask.toString() : environment.value(name);
        if (style == QuoteStyle::Windows)
            parts << QStringLiteral("set ") + windowsQuote(name + u'=' + value) + QStringLiteral(" &&");
        else
            parts << name + u'=' + shellQuote(value);
    }
    const QStringList argv = displayArgv();
    for (const QString &arg : argv)
        parts << quote(arg);
    return parts.join(u' ');
}

// ---- LaunchSpec ----

namespace LaunchSpec {

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

bool concernsBuild(const Problem &problem)
{
    const QString &f = problem.field;
    return f == u"packageDir" || f == u"launcherPlatform" || f == u"workerPlatform" || f == u"name";
}

const Problem *firstBlocking(const Problems &problems, bool launch)
{
    for (const Problem &p : problems) {
        if (p.severity == Problem::Severity::Error && (launch || concernsBuild(p)))
            return &p;
    }
    return nullptr;
}

bool splitEndpoint(const QString &endpoint, QString *host, quint16 *port)
{
    if (!isValidEndpoint(endpoint))
        return false;
    const QString text = endpoint.trimmed();
    const qsizetype colon = text.lastIndexOf(u':');
    QString h = text.left(colon);
    if (h.startsWith(u'['))
        h = h.mid(1, h.size() - 2);
    *host = h;
    *port = quint16(text.mid(colon + 1).toUInt());
    return true;
}

bool isValidEndpoint(const QString &endpoint, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString text = endpoint.trimmed();
    if (text.isEmpty())
        return fail(LaunchText::tr("The endpoint is empty: write it as HOST:PORT, for example localhost:8099."));
    if (text.contains(QLatin1String("://")))
        return fail(LaunchText::tr("Write the endpoint \"%1\" as HOST:PORT without a scheme, for example localhost:8099.").arg(endpoint));

    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u':')
            return fail(LaunchText::tr("Write an IPv6 endpoint as [ADDRESS]:PORT, for example [::1]:8099."));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(LaunchText::tr("\"%1\" is not an IPv6 address.").arg(host));
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0)
            return fail(LaunchText::tr("The endpoint \"%1\" has no port: write it as HOST:PORT, for example %1:8099.").arg(text));
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(u':'))
            return fail(LaunchText::tr("Put an IPv6 address in brackets: [%1]:%2.").arg(host, port));
        static const QRegularExpression hostPattern(QStringLiteral(R"(^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$)"));
        if (host.isEmpty() || !hostPattern.match(host).hasMatch())
            return fail(LaunchText::tr("\"%1\" is not a host name or address: write the endpoint as HOST:PORT, for example "
                               "localhost:8099.").arg(host));
    }
    bool ok = false;
    const int number = port.toInt(&ok);
    static const QRegularExpression digits(QStringLiteral(R"(^[0-9]+$)"));
    if (!digits.match(port).hasMatch() || !ok || number < 1 || number > 65535)
        return fail(LaunchText::tr("\"%1\" is not a port: use a number from 1 to 65535.").arg(port));
    return true;
}

QString valueProblem(const QString &name, const QString &value, bool secret)
{
    if (value.contains(QChar(0))) {
        return secret ? LaunchText::tr("The secret %1 contains a NUL character: the system would cut the value short "
                                     "there. Give the value without it.").arg(name)
                      : LaunchText::tr("The value of %1 contains a NUL character: the system would cut it short there. "
                                     "Give the value without it.").arg(name);
    }
    const qsizetype bytes = value.toUtf8().size();
    if (bytes > MaxValueBytes) {
        return secret ? LaunchText::tr("The secret %1 is %2 KiB long; secrets may be at most %3 KiB (a launcher could "
                                     "not even start with it). Store a file's path, or a reference to it, instead.")
                            .arg(name).arg((bytes + 1023) / 1024).arg(MaxValueBytes / 1024)
                      : LaunchText::tr("The value of %1 is %2 KiB long; environment values may be at most %3 KiB (a "
                                     "launcher could not even start with it). Pass a file's path instead.")
                            .arg(name).arg((bytes + 1023) / 1024).arg(MaxValueBytes / 1024);
    }
    return QString();
}

bool looksLikeSecretName(const QString &name)
{
    static const QStringList words = {QStringLiteral("TOKEN"),      QStringLiteral("SECRET"),
                                      QStringLiteral("PASSWORD"),   QStringLiteral("PASSWD"),
                                      QStringLiteral("PASSPHRASE"), QStringLiteral("KEY"),
                                      QStringLiteral("APIKEY"),     QStringLiteral("CREDENTIAL"),
                                      QStringLiteral("CREDENTIALS"), QStringLiteral("PRIVATE"),
                                      QStringLiteral("AUTH")};
    static const QStringList endings = {QStringLiteral("TOKEN"), QStringLiteral("SECRET"), QStringLiteral("PASSWORD"),
                                        QStringLiteral("APIKEY"), QStringLiteral("CREDENTIALS")};
    const QString upper = name.toUpper();
    const QStringList parts = upper.split(u'_', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (words.contains(part))
            return true;
    }
    return std::any_of(endings.cbegin(), endings.cend(), [&upper](const QString &e) { return upper.endsWith(e); });
}

Problems validate(const LaunchSettings &settings, const RunnerCatalog &catalog)
{
    Problems problems;
    const auto error = [&](const QString &field, const QString &message) {
        problems.append({Problem::Severity::Error, field, message});
    };
    const auto warning = [&](const QString &field, const QString &message) {
        problems.append({Problem::Severity::Warning, field, message});
    };

    // What to build, or what was built.
    if (!settings.usesPrebuiltBinaries()) {
        if (settings.packageDir.trimmed().isEmpty())
            error(QStringLiteral("packageDir"), LaunchText::tr("Choose the folder of the pipeline's main package."));
    } else if (settings.launcherBinary.isEmpty()) {
        error(QStringLiteral("launcherBinary"), LaunchText::tr("A prebuilt worker binary is set but no launcher binary: give both "
                                                       "prebuilt binaries, or neither to build them."));
    } else if (settings.workerBinary.isEmpty()) {
        error(QStringLiteral("workerBinary"), LaunchText::tr("A prebuilt launcher binary is set but no worker binary: give both "
                                                     "prebuilt binaries, or neither to build them."));
    }
    checkPlatform(settings.launcherPlatform, QStringLiteral("launcherPlatform"), LaunchText::tr("launcher"), problems);
    if (checkPlatform(settings.workerPlatform, QStringLiteral("workerPlatform"), LaunchText::tr("worker"), problems)
        && settings.workerPlatform.os != u"linux") {
        warning(QStringLiteral("workerPlatform"),
                LaunchText::tr("Beam's runners start workers on Linux, but the worker is set to %1: use linux/amd64 (or "
                       "linux/arm64 for Arm machines) unless your runner really runs %2 workers.")
                    .arg(settings.workerPlatform.toString(), settings.workerPlatform.os));
    }

    // The runner.
    const QString runnerName = settings.runner.trimmed();
    const RunnerInfo *runner = runnerName.isEmpty() ? nullptr : catalog.find(runnerName);
    if (runnerName.isEmpty()) {
        error(QStringLiteral("runner"), LaunchText::tr("Choose a runner, for example prism to run on this computer."));
    } else if (!runner) {
        QString spelling;
        if (catalog.closest(runnerName, &spelling)) {
            warning(QStringLiteral("runner"),
                    LaunchText::tr("Beam knows no runner \"%1\": did you mean %2? \"%1\" is passed to the launcher "
                                 "as given.")
                        .arg(runnerName, spelling));
        } else {
            warning(QStringLiteral("runner"), LaunchText::tr("Beam Launcher does not know the runner \"%1\"; it is passed to the "
                                                     "launcher as given. Check the spelling if the launch fails.")
                                                  .arg(runnerName));
        }
    }

    // The managed local Prism job server: Prism only, and it brings its own endpoint.
    if (settings.localJobServer) {
        // universal: the launcher talks to Prism as to any job service (SDKs older than Prism).
        if (runner && runner->name != u"prism" && runner->name != u"universal" && runner->name != u"portable")
            error(QStringLiteral("runner"),
                  LaunchText::tr("A local Prism job server runs Prism jobs: choose the prism runner (or universal for "
                               "a Beam SDK older than Prism), or turn the local job server off."));
        if (!settings.endpoint.trimmed().isEmpty())
            error(QStringLiteral("endpoint"),
                  LaunchText::tr("The local Prism job server gets an endpoint of its own: clear the endpoint, or turn the "
                               "local job server off to use the job service at %1.")
                      .arg(settings.endpoint.trimmed()));
        if (settings.packageDir.trimmed().isEmpty())
            error(QStringLiteral("localJobServer"),
                  LaunchText::tr("The local Prism job server is built for the Beam version the pipeline's go.mod "
                               "requires: give the pipeline's folder too."));
    }

    // Its endpoint.
    const QString endpoint = settings.endpoint.trimmed();
    if (endpoint.isEmpty()) {
        if (runner && runner->endpoint == RunnerInfo::Endpoint::Required && !settings.localJobServer) {
            error(QStringLiteral("endpoint"),
                  LaunchText::tr("The %1 runner needs the address of its job service: give --endpoint HOST:PORT (its job "
                         "server listens on port %2 by default, so localhost:%2 when it runs on this computer).")
                      .arg(runner->name)
                      .arg(runner->defaultPort));
        }
    } else {
        QString endpointError;
        if (!isValidEndpoint(endpoint, &endpointError))
            error(QStringLiteral("endpoint"), endpointError);
        else if (runner && runner->endpoint == RunnerInfo::Endpoint::None)
            warning(QStringLiteral("endpoint"), LaunchText::tr("The %1 runner does not use a job service endpoint: %2 is passed "
                                                       "on but has no effect. Clear the endpoint unless you know it is needed.")
                                                    .arg(runner->name, endpoint));
    }

    // The workers' environment.
    const QString envType = settings.environmentType.trimmed().toUpper();
    if (!envType.isEmpty()) {
        if (!catalog.environmentTypes().contains(envType)) {
            error(QStringLiteral("environmentType"),
                  LaunchText::tr("\"%1\" is not an environment type: use one of %2 (Beam would silently use DOCKER instead).")
                      .arg(settings.environmentType, catalog.environmentTypes().join(QLatin1String(", "))));
        } else if (runner && !runner->environmentTypes.contains(envType)) {
            warning(QStringLiteral("environmentType"),
                    runner->environmentTypes.isEmpty()
                        ? LaunchText::tr("The %1 runner does not use an environment type; %2 has no effect.").arg(runner->name, envType)
                        : LaunchText::tr("The %1 runner is not used with %2 workers; it supports %3.")
                              .arg(runner->name, envType, runner->environmentTypes.join(QLatin1String(", "))));
        }
    }
    const QString config = settings.environmentConfig.trimmed();
    if (envType == u"PROCESS") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(config.toUtf8(), &parseError);
        if (config.isEmpty() || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            error(QStringLiteral("environmentConfig"),
                  LaunchText::tr("PROCESS workers need a JSON object as environment config naming the command that starts "
                         "them, for example {\"command\": \"/opt/apache/beam/boot\"}."));
        } else if (doc.object().value(QLatin1String("command")).toString().trimmed().isEmpty()) {
            error(QStringLiteral("environmentConfig"),
                  LaunchText::tr("The PROCESS environment config has no \"command\": add the program that starts a worker, for "
                         "example {\"command\": \"/opt/apache/beam/boot\"}."));
        }
    } else if (envType == u"EXTERNAL" && config.isEmpty()) {
        error(QStringLiteral("environmentConfig"),
              LaunchText::tr("EXTERNAL workers need the address of their worker pool as environment config, for example "
                     "localhost:50000."));
    }

    // Anything else that becomes an argument: a NUL would cut it short.
    const QList<QPair<QString, QString>> arguments = {{QStringLiteral("endpoint"), settings.endpoint},
                                                      {QStringLiteral("environmentConfig"), settings.environmentConfig},
                                                      {QStringLiteral("runner"), settings.runner}};
    for (const auto &[field, value] : arguments) {
        if (value.contains(QChar(0)))
            error(field, LaunchText::tr("A launch setting (%1) contains a NUL character: the launcher would get it cut "
                                      "short. Remove it.").arg(field));
    }
    for (auto it = settings.runnerOptions.cbegin(); it != settings.runnerOptions.cend(); ++it) {
        if (it.value().contains(QChar(0)) || it.key().contains(QChar(0)))
            error(QStringLiteral("option:") + it.key(),
                  LaunchText::tr("The runner option %1 contains a NUL character: the launcher would get it cut short. "
                               "Remove it.").arg(QString(it.key()).replace(QChar(0), QStringLiteral("\\0"))));
    }

    // Runner options.
    if (runner) {
        for (const RunnerOption &option : runner->options) {
            const QString problem = option.validate(settings.runnerOptions.value(option.name).trimmed());
            if (!problem.isEmpty())
                error(QStringLiteral("option:") + option.name, problem);
        }
    }
    for (auto it = settings.runnerOptions.cbegin(); it != settings.runnerOptions.cend(); ++it) {
        if (it.value().isEmpty() || (runner && runner->option(it.key())))
            continue;
        warning(QStringLiteral("option:") + it.key(),
                LaunchText::tr("--%1 is not an option of the %2 runner and is not passed; add it to the pipeline flags if "
                       "the pipeline needs it.").arg(it.key(), runnerName));
    }

    // Environment variables, and secrets that must stay out of argv.
    static const QRegularExpression envName(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    QSet<QString> seen;
    QList<QPair<QString, QString>> secrets;
    for (qsizetype i = 0; i < settings.environment.size(); ++i) {
        const EnvironmentVariable &var = settings.environment.at(i);
        const QString field = QStringLiteral("env:") + QString::number(i);
        if (!envName.match(var.name).hasMatch()) {
            error(field, LaunchText::tr("\"%1\" is not an environment variable name: use letters, digits and _, not starting "
                                "with a digit.").arg(var.name));
        } else if (seen.contains(var.name)) {
            error(field, LaunchText::tr("The environment variable %1 is set twice: remove one of them.").arg(var.name));
        }
        seen.insert(var.name);
        const QString valueError = valueProblem(var.name, var.value, var.secret);
        if (!valueError.isEmpty())
            error(field, valueError);
        else if (!var.secret && !var.value.isEmpty() && looksLikeSecretName(var.name))
            warning(field, LaunchText::tr("%1 looks like a secret, but its value is stored in plain text in the profile and "
                                        "shown in the command line. Make it a secret instead: `beam-launcher profiles "
                                        "set-secret PROFILE %1` (it reads the value from standard input, and keeps it in "
                                        "the keychain).").arg(var.name));
        if (var.secret && var.value.size() >= MinMaskedLength)
            secrets.append({var.name, var.value});
    }

    // Pipeline flags. Go's flag package also takes "--name value": a word that follows a
    // flag without "=" is that flag's value.
    bool previousMayTakeValue = false;
    for (qsizetype i = 0; i < settings.pipelineFlags.size(); ++i) {
        const QString &flag = settings.pipelineFlags.at(i);
        const QString field = QStringLiteral("flag:") + QString::number(i);
        if (flag.contains(QChar(0))) {
            error(field, LaunchText::tr("The pipeline flag \"%1\" contains a NUL character: the launcher would get it cut "
                                      "short there (\"%2\"). Remove it.")
                             .arg(QString(flag).replace(QChar(0), QStringLiteral("\\0")), flag.section(QChar(0), 0, 0)));
            previousMayTakeValue = false;
            continue;
        }
        const QString name = flagName(flag);
        if (!flag.startsWith(u'-') && previousMayTakeValue) {
            previousMayTakeValue = false;
            for (const auto &secret : std::as_const(secrets)) {
                if (flag.contains(secret.second)) {
                    error(field, LaunchText::tr("A pipeline flag contains the value of the secret variable %1: flags are "
                                        "visible to anyone who can list processes and in the runner's console. Let "
                                        "the pipeline read %1 from its environment instead.").arg(secret.first));
                }
            }
            continue;
        }
        previousMayTakeValue = flag.startsWith(u'-') && !flag.contains(u'=') && flag != u"--" && flag != u"-";
        if (!flag.startsWith(u'-') || name.isEmpty()) {
            error(field, LaunchText::tr("The pipeline flag \"%1\" does not start with -: write each flag as --name=value.").arg(flag));
            continue;
        }
        const QString advice = ownedFlagAdvice(name);
        if (!advice.isEmpty()) {
            error(field, advice);
            continue;
        }
        if (runner && runner->option(name)) {
            warning(field, LaunchText::tr("--%1 is an option of the %2 runner: set it among the runner's options so it is "
                                  "checked and not passed twice.").arg(name, runner->name));
        }
        for (const auto &secret : std::as_const(secrets)) {
            if (flag.contains(secret.second)) {
                error(field, LaunchText::tr("The pipeline flag --%1 contains the value of the secret variable %2: flags are "
                                    "visible to anyone who can list processes and in the runner's console. Let the "
                                    "pipeline read %2 from its environment instead.").arg(name, secret.first));
            }
        }
    }
    return problems;
}

namespace {

// Whether a flag's name says it holds a file or folder: one of its words (split at _ and -, and
// where a lower-case letter meets an upper-case one) is one of these.
bool namesAPath(const QString &flagName)
{
    static const QSet<QString> words{QStringLiteral("in"),     QStringLiteral("input"),     QStringLiteral("inputs"),
                                     QStringLiteral("out"),    QStringLiteral("output"),    QStringLiteral("outputs"),
                                     QStringLiteral("file"),   QStringLiteral("files"),     QStringLiteral("path"),
                                     QStringLiteral("paths"),  QStringLiteral("dir"),       QStringLiteral("directory"),
                                     QStringLiteral("folder"), QStringLiteral("prefix"),    QStringLiteral("dest"),
                                     QStringLiteral("destination"), QStringLiteral("src"),  QStringLiteral("source")};
    static const QRegularExpression split(QStringLiteral("[_\\-.]+|(?<=[a-z0-9])(?=[A-Z])"));
    const QStringList parts = flagName.split(split, Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &w) { return words.contains(w.toLower()); });
}

/// A relative path among the pipeline flags: the index of the word holding it, and where the
/// value starts in that word (after "=", or 0 for "--input VALUE").
struct RelativePath
{
    qsizetype index = 0;
    qsizetype valueStart = 0;
    QString shown;
    QString value;
};

QList<RelativePath> relativePaths(const QStringList &pipelineFlags, const QDir &base)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9.,eE+-]*$"));
    const auto looksRelative = [&](const QString &name, const QString &value) {
        if (value.isEmpty() || QDir::isAbsolutePath(value) || scheme.match(value).hasMatch()
            || value.startsWith(u'-') || value.startsWith(u'{') || value.startsWith(u'[') || value.startsWith(u'~'))
            return false;
        if (value.contains(u'/') || value.contains(u'\\') || value.startsWith(u'.'))
            return true;
        // A bare name: when there is such a file, or the flag says it is a path ("--output counts").
        return QFileInfo::exists(base.filePath(value))
            || (namesAPath(name) && !number.match(value).hasMatch() && value != u"true" && value != u"false");
    };
    QList<RelativePath> found;
    for (qsizetype i = 0; i < pipelineFlags.size(); ++i) {
        const QString &flag = pipelineFlags.at(i);
        if (flag == u"--")
            break; // the rest are the program's arguments
        QString name, value;
        bool hasValue = false;
        if (!splitFlag(flag, &name, &value, &hasValue))
            continue;
        RelativePath path;
        if (hasValue) {
            path = {i, flag.indexOf(u'=') + 1, flag, value};
        } else if (i + 1 < pipelineFlags.size() && !pipelineFlags.at(i + 1).startsWith(u'-')) {
            value = pipelineFlags.at(i + 1); // "--input in/x.txt"
            path = {i + 1, 0, flag + u' ' + value, value};
        } else {
            continue;
        }
        if (looksRelative(name, value))
            found << path;
    }
    return found;
}

QString absolute(const QDir &base, const QString &value)
{
    return QDir::toNativeSeparators(QDir::cleanPath(base.absoluteFilePath(value)));
}

} // namespace

QStringList resolvedRelativePaths(const QStringList &pipelineFlags, const QString &workingDirectory)
{
    const QDir base(workingDirectory);
    QStringList resolved;
    for (const RelativePath &path : relativePaths(pipelineFlags, base))
        resolved << QStringLiteral("%1 → %2").arg(path.shown, absolute(base, path.value));
    return resolved;
}

QStringList absoluteRelativePaths(QStringList *pipelineFlags, const QString &workingDirectory)
{
    const QDir base(workingDirectory);
    QStringList resolved;
    for (const RelativePath &path : relativePaths(*pipelineFlags, base)) {
        const QString made = absolute(base, path.value);
        QString &word = (*pipelineFlags)[path.index];
        word = word.left(path.valueStart) + made;
        resolved << QStringLiteral("%1 → %2").arg(path.shown, made);
    }
    return resolved;
}

QList<HelpFlag> flagsInHelp(const QString &helpText)
{
    // "  -name type" (takes a value), "  -name" (a bool) or "  -v\tusage" (a one-letter bool);
    // usage lines are indented further ("    \t...").
    static const QRegularExpression header(QStringLiteral(R"(^  -([^\s=]+)(?:( )\S|\t|$))"),
                                           QRegularExpression::MultilineOption);
    QList<HelpFlag> flags;
    QSet<QString> seen;
    QRegularExpressionMatchIterator it = header.globalMatch(helpText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!seen.contains(name)) {
            seen.insert(name);
            flags.append({name, m.capturedLength(2) > 0});
        }
    }
    return flags;
}

bool splitFlag(const QString &word, QString *name, QString *value, bool *hasValue)
{
    if (word.size() < 2 || !word.startsWith(u'-') || word == u"--")
        return false;
    QString body = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
    if (body.isEmpty() || body.startsWith(u'-') || body.startsWith(u'='))
        return false;
    const qsizetype eq = body.indexOf(u'=');
    *hasValue = eq >= 0;
    *name = *hasValue ? body.left(eq) : body;
    *value = *hasValue ? body.mid(eq + 1) : QString();
    return true;
}

std::optional<QString> flagValue(const QStringList &flags, const QString &name, bool takesValue)
{
    std::optional<QString> found;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i) == u"--")
            break; // the rest are the program's arguments
        QString word, value;
        bool hasValue = false;
        // A word that is no flag: another flag's value ("--input in.txt"; which flags take one
        // is not known here), passed over.
        if (!splitFlag(flags.at(i), &word, &value, &hasValue) || word != name)
            continue;
        if (hasValue)
            found = value;
        else if (!takesValue)
            found = QStringLiteral("true");
        else if (i + 1 < flags.size())
            found = flags.at(++i);
    }
    return found;
}

QStringList unknownFlags(const QList<HelpFlag> &defined, const QStringList &pipelineFlags)
{
    QStringList unknown;
    for (qsizetype i = 0; i < pipelineFlags.size(); ++i) {
        const QString &word = pipelineFlags.at(i);
        if (word == u"--")
            break; // Go's flag package stops here: the rest are arguments
        QString name, value;
        bool hasValue = false;
        if (!splitFlag(word, &name, &value, &hasValue))
            break; // the first argument that is no flag ends the flags, as in Go
        if (name == u"help" || name == u"h")
            continue;
        const auto flag = std::find_if(defined.cbegin(), defined.cend(),
                                       [&name](const HelpFlag &f) { return f.name == name; });
        if (flag == defined.cend()) {
            if (!unknown.contains(name))
                unknown << name;
            continue;
        }
        if (!hasValue && flag->takesValue)
            ++i; // "-name value"
    }
    return unknown;
}

bool runsItself(const LaunchSettings &settings)
{
    return !settings.launcherFlags.isEmpty() && !settings.launcherFlags.contains(QLatin1String("runner"));
}

LaunchCommand compose(const LaunchSettings &settings, const QString &launcherPath, const QString &workerPath,
                      const QProcessEnvironment &base, const RunnerCatalog &catalog)
{
    LaunchCommand command;
    command.program = launcherPath;
    command.workingDirectory = settings.effectiveWorkingDirectory();
    QStringList &args = command.arguments;
    const bool itself = runsItself(settings);
    const auto defined = [&settings, itself](const QString &name) {
        return !itself || settings.launcherFlags.contains(name);
    };
    if (!workerPath.isEmpty() && defined(QStringLiteral("worker_binary")))
        args << QStringLiteral("--worker_binary=") + workerPath;
    if (!itself) {
        args << QStringLiteral("--runner=") + settings.runner.trimmed();
        if (!settings.endpoint.trimmed().isEmpty())
            args << QStringLiteral("--endpoint=") + settings.endpoint.trimmed();
        if (!settings.environmentType.trimmed().isEmpty())
            args << QStringLiteral("--environment_type=") + settings.environmentType.trimmed();
        if (!settings.environmentConfig.isEmpty())
            args << QStringLiteral("--environment_config=") + settings.environmentConfig;
    }
    if (const RunnerInfo *runner = catalog.find(settings.runner)) {
        for (const RunnerOption &option : runner->options) {
            const QString value = settings.runnerOptions.value(option.name).trimmed();
            if (value.isEmpty() || !option.pipelineFlag || !defined(option.name))
                continue;
            if (option.type == u"bool") {
                if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    args << QStringLiteral("--") + option.name + QStringLiteral("=true");
                continue;
            }
            args << QStringLiteral("--") + option.name + u'=' + value;
        }
    }
    args << settings.pipelineFlags;

    command.environment = base;
    for (const EnvironmentVariable &var : settings.environment) {
        command.environment.insert(var.name, var.value);
        if (!command.environmentNames.contains(var.name))
            command.environmentNames << var.name;
        if (var.secret && !command.secretNames.contains(var.name))
            command.secretNames << var.name;
    }
    return command;
}

} // namespace LaunchSpec

} // namespace bl
