// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesCommand.h"

#include "LaunchOptions.h"
#include "PipelineCommands.h"
#include "launch/Constants.h"
#include "launch/LaunchSpec.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace bl::cli {

namespace {


// A context lupdate can see: the strings below are extracted as "bl::cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

int fail(const QString &text, int code = ExitCode::Failed)
{
    printError(QStringLiteral("beam-launcher profiles: ") + text);
    return code;
}

QString usage()
{
    return CliText::tr("usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME\n"
                       "       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME\n"
                 "       beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]\n"
                 "       beam-launcher profiles set-secret NAME VAR   (reads the value from standard input)");
}

/// Loads the store; problems with single files are reported but do not stop the command.
bool openStore(ProfileStore &store)
{
    QString error;
    if (!store.load(&error)) {
        fail(error);
        return false;
    }
    const auto problems = store.loadProblems();
    for (const ProfileStore::LoadProblem &problem : problems)
        printError(QStringLiteral("beam-launcher profiles: ") + CliText::tr("warning: %1").arg(problem.message()));
    return true;
}

std::optional<Profile> findOrComplain(const ProfileStore &store, const QString &name)
{
    auto profile = store.find(name);
    if (!profile)
        fail(CliText::tr("there is no profile \"%1\": see `beam-launcher profiles list`.").arg(name), ExitCode::BadInput);
    return profile;
}

/// The secret's value from standard input: everything up to the end, one trailing newline dropped.
QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

int list(ProfileStore &store)
{
    QTextStream out(stdout);
    const QList<Profile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        printError(CliText::tr("No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`."));
        return ExitCode::Ok;
    }
    for (const Profile &p : profiles) {
        out << p.name << u'\t' << p.settings.runner;
        if (!p.settings.endpoint.isEmpty())
            out << u'@' << p.settings.endpoint;
        out << u'\t' << QDir::toNativeSeparators(p.settings.packageDir) << Qt::endl;
    }
    return ExitCode::Ok;
}

int create(ProfileStore &store, const QStringList &words)
{
    ParsedLaunch parsed;
    const int early = parseLaunchArguments(QStringLiteral("profiles create"), OptionSet::CreateProfile, words, &parsed);
    if (early >= 0)
        return early;
    if (parsed.positional.size() != 2)
        return fail(CliText::tr("give a NAME and the pipeline's folder DIR.\n") + usage(), ExitCode::BadInput);
    Profile profile;
    profile.name = parsed.positional.at(0).trimmed();
    profile.settings = parsed.settings;
    profile.settings.packageDir = QDir::cleanPath(QDir(parsed.positional.at(1)).absolutePath());
    if (profile.settings.runner.isEmpty())
        return fail(CliText::tr("--runner is required (prism, flink, dataflow, ...)."), ExitCode::BadInput);
    if (const int resolved = resolvePipelineFolder(&profile.settings, parsed.package, false); resolved >= 0)
        return resolved;
    if (!QFileInfo(profile.settings.packageDir).isDir())
        return fail(CliText::tr("%1 is not a folder: give the folder that holds the pipeline's main package.")
                        .arg(QDir::toNativeSeparators(profile.settings.packageDir)),
                    ExitCode::BadInput);
    const Problems problems = LaunchSpec::validate(profile.settings);
    QStringList errors;
    for (const Problem &p : problems) {
        if (p.severity == Problem::Severity::Error)
            errors << p.message;
        else
            printError(QStringLiteral("beam-launcher profiles: ") + CliText::tr("warning: %1").arg(p.message));
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), ExitCode::BadInput);
    if (store.isNameTaken(profile.name))
        return fail(CliText::tr("a profile named \"%1\" exists already: choose another name, or delete it first.")
                        .arg(profile.name),
                    ExitCode::BadInput);
    QString error;
    if (!store.save(profile, &error))
        return fail(error);
    printError(CliText::tr("Saved profile \"%1\".").arg(profile.name));
    return ExitCode::Ok;
}

int setSecret(ProfileStore &store, const QString &name, const QString &variable)
{
    auto profile = findOrComplain(store, name);
    if (!profile)
        return ExitCode::BadInput;
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!envName.match(variable).hasMatch())
        return fail(CliText::tr("\"%1\" is not an environment variable name: use letters, digits and _.").arg(variable),
                    ExitCode::BadInput);
    const QString value = readSecretFromStdin();
    if (value.isEmpty())
        return fail(CliText::tr("no value on standard input: pipe it in, for example\n"
                          "  printf %s \"$TOKEN\" | beam-launcher profiles set-secret \"%1\" %2")
                        .arg(profile->name, variable),
                    ExitCode::BadInput);
    SecretStore secrets;
    const SecretStore::Result written = secrets.writeSync(profile->id, variable, value);
    if (!written.ok())
        return fail(written.message);
    bool found = false;
    for (EnvironmentVariable &var : profile->settings.environment) {
        if (var.name == variable) {
            var.secret = true;
            var.value.clear();
            found = true;
        }
    }
    if (!found)
        profile->settings.environment.append({variable, QString(), true});
    QString error;
    if (!store.save(*profile, &error))
        return fail(error);
    printError(CliText::tr("The secret %1 of profile \"%2\" is in the keychain.").arg(variable, profile->name));
    return ExitCode::Ok;
}

int remove(ProfileStore &store, const QString &name)
{
    const auto profile = findOrComplain(store, name);
    if (!profile)
        return ExitCode::BadInput;
    SecretStore secrets;
    const QStringList secretNames = profile->secretNames();
    for (const QString &variable : secretNames) {
        const SecretStore::Result removed = secrets.removeSync(profile->id, variable);
        if (!removed.ok())
            return fail(CliText::tr("the profile was kept because its secret %1 could not be removed from the keychain: %2")
                            .arg(variable, removed.message));
    }
    QString error;
    if (!store.remove(profile->id, &error))
        return fail(error);
    printError(CliText::tr("Deleted profile \"%1\".").arg(profile->name));
    return ExitCode::Ok;
}

} // namespace

int runProfilesCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        QTextStream(sub.isEmpty() ? stderr : stdout) << usage() << Qt::endl;
        return sub.isEmpty() ? ExitCode::BadInput : ExitCode::Ok;
    }
    auto expect = [&](int count) {
        if (rest.size() == count)
            return true;
        fail(CliText::tr("wrong number of arguments for \"%1\".\n").arg(sub) + usage(), ExitCode::BadInput);
        return false;
    };
    ProfileStore store;
    if (!openStore(store))
        return ExitCode::Failed;
    if (sub == u"list")
        return expect(0) ? list(store) : ExitCode::BadInput;
    if (sub == u"create")
        return create(store, rest);
    if (sub == u"show") {
        if (!expect(1))
            return ExitCode::BadInput;
        const auto profile = findOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        const QByteArray json = profile->toJson();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return ExitCode::Ok;
    }
    if (sub == u"export") {
        if (!expect(2))
            return ExitCode::BadInput;
        const auto profile = findOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        QString error;
        if (!store.exportTo(profile->id, rest.at(1), &error))
            return fail(error);
        const QStringList secrets = profile->secretNames();
        printError(secrets.isEmpty()
                       ? CliText::tr("Exported \"%1\" to %2.").arg(profile->name, QDir::toNativeSeparators(rest.at(1)))
                       : CliText::tr("Exported \"%1\" to %2 without the values of its secrets (%3).")
                             .arg(profile->name, QDir::toNativeSeparators(rest.at(1)), secrets.join(QStringLiteral(", "))));
        return ExitCode::Ok;
    }
    if (sub == u"import") {
        if (!expect(1))
            return ExitCode::BadInput;
        QString error;
        const auto imported = store.importFrom(rest.at(0), &error);
        if (!imported)
            return fail(error, ExitCode::BadInput);
        printError(CliText::tr("Imported profile \"%1\".").arg(imported->profile.name));
        for (const QString &variable : imported->secretsNeeded)
            printError(CliText::tr("It needs the secret %1: set it with `beam-launcher profiles set-secret \"%2\" %1`.")
                           .arg(variable, imported->profile.name));
        return ExitCode::Ok;
    }
    if (sub == u"rename" || sub == u"duplicate") {
        if (!expect(sub == u"rename" ? 2 : 1))
            return ExitCode::BadInput;
        const auto profile = findOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        QString error;
        const auto changed = sub == u"rename" ? store.rename(profile->id, rest.at(1), &error)
                                              : store.duplicate(profile->id, &error);
        if (!changed)
            return fail(error, ExitCode::BadInput);
        if (sub == u"duplicate") {
            // The copy's secrets are copied in the keychain too.
            SecretStore secrets;
            for (const QString &variable : profile->secretNames()) {
                const SecretStore::Result value = secrets.readSync(profile->id, variable);
                if (value.ok())
                    secrets.writeSync(changed->id, variable, value.value);
            }
        }
        printError(CliText::tr("Saved profile \"%1\".").arg(changed->name));
        return ExitCode::Ok;
    }
    if (sub == u"delete")
        return expect(1) ? remove(store, rest.at(0)) : ExitCode::BadInput;
    if (sub == u"set-secret")
        return expect(2) ? setSecret(store, rest.at(0), rest.at(1)) : ExitCode::BadInput;
    return fail(CliText::tr("unknown command \"%1\".\n").arg(sub) + usage(), ExitCode::BadInput);
}

} // namespace bl::cli
