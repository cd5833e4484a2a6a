// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesCommand.h"

#include "LaunchOptions.h"
#include "PipelineCommands.h"
#include "launch/Constants.h"
#include "launch/LaunchSpec.h"
#include "process/TerminalText.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"
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

/// Text for the terminal: every control character but the line breaks of the message written
/// out (\e, \t, \x7f...), so a name or value cannot drive the terminal or break a line.
QString safe(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = TerminalText::escaped(line);
    return lines.join(u'\n');
}

/// One value or name on one line, escaped.
QString shown(const QString &text)
{
    return TerminalText::escaped(text);
}

void say(const QString &text)
{
    printError(safe(text));
}

int fail(const QString &text, int code = ExitCode::Failed)
{
    printError(QStringLiteral("beam-launcher profiles: ") + safe(text));
    return code;
}

/// The exit code of a store call that failed: 2 for the user's input, 1 for the system.
int failStore(const ProfileStore &store, const QString &error)
{
    return fail(error, store.lastFailure() == ProfileStore::Failure::BadInput ? ExitCode::BadInput : ExitCode::Failed);
}

/// JSON for a terminal: QJsonDocument escapes C0 already; DEL and C1 are escaped the same way.
QByteArray terminalSafeJson(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x7f && c.unicode() <= 0x9f)
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out.toUtf8();
}

QString usage()
{
    return CliText::tr("usage: beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME\n"
                       "       beam-launcher profiles rename NAME NEW-NAME | duplicate NAME\n"
                       "       beam-launcher profiles unset-secret NAME VAR\n"
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
        printError(QStringLiteral("beam-launcher profiles: ") + safe(CliText::tr("warning: %1").arg(problem.message())));
    return true;
}

std::optional<Profile> findOrComplain(const ProfileStore &store, const QString &name)
{
    auto profile = store.find(name);
    if (!profile)
        fail(CliText::tr("there is no profile \"%1\": see `beam-launcher profiles list`.").arg(shown(name)), ExitCode::BadInput);
    return profile;
}

/// A profile to show, export or change: not one made by a newer Beam Launcher.
std::optional<Profile> findCurrentOrComplain(const ProfileStore &store, const QString &name)
{
    auto profile = findOrComplain(store, name);
    if (profile && profile->isFromNewerVersion()) {
        fail(profile->newerVersionMessage(), ExitCode::BadInput);
        return std::nullopt;
    }
    return profile;
}

/// The secret's value from standard input: everything up to the end, one trailing newline dropped.
/// Reads at most a little more than a secret may hold, so that a file piped in by mistake
/// is refused without being read whole.
QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QByteArray bytes;
    while (bytes.size() <= LaunchSpec::MaxValueBytes + 2) {
        const QByteArray chunk = in.read(LaunchSpec::MaxValueBytes + 3 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
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
    // One line per profile, tab-separated: control characters in any part are escaped.
    for (const Profile &p : profiles) {
        out << shown(p.name) << u'\t';
        if (p.isFromNewerVersion())
            out << CliText::tr("(made by a newer Beam Launcher: schema %1)").arg(p.schema);
        else
            out << shown(p.settings.runner);
        if (!p.settings.endpoint.isEmpty())
            out << u'@' << shown(p.settings.endpoint);
        out << u'\t' << shown(QDir::toNativeSeparators(p.settings.packageDir)) << Qt::endl;
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
    if (const QString problem = Profile::nameProblem(profile.name); !problem.isEmpty())
        return fail(problem, ExitCode::BadInput);
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
            printError(QStringLiteral("beam-launcher profiles: ") + safe(CliText::tr("warning: %1").arg(p.message)));
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), ExitCode::BadInput);
    // The store checks the name under its lock: a profile of that name saved a moment ago by
    // another process is refused with the same words and exit code as one saved long ago.
    QString error;
    if (!store.save(profile, &error))
        return failStore(store, error);
    say(CliText::tr("Saved profile \"%1\".").arg(shown(profile.name)));
    return ExitCode::Ok;
}

int setSecret(ProfileStore &store, const QString &name, const QString &variable)
{
    auto profile = findCurrentOrComplain(store, name);
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
    if (const QString problem = LaunchSpec::valueProblem(variable, value, true); !problem.isEmpty())
        return fail(problem, ExitCode::BadInput);
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
        return failStore(store, error);
    say(CliText::tr("The secret %1 of profile \"%2\" is in the keychain.").arg(variable, profile->name));
    return ExitCode::Ok;
}

int unsetSecret(ProfileStore &store, const QString &name, const QString &variable)
{
    auto profile = findCurrentOrComplain(store, name);
    if (!profile)
        return ExitCode::BadInput;
    SecretStore secrets;
    const bool inProfile = profile->secretNames().contains(variable);
    const SecretStore::Result stored = secrets.readSync(profile->id, variable);
    if (!inProfile && stored.status == SecretStore::Status::NotFound) {
        const QStringList names = profile->secretNames();
        return fail(names.isEmpty()
                        ? CliText::tr("the profile \"%1\" has no secrets, so none named %2.").arg(profile->name, variable)
                        : CliText::tr("the profile \"%1\" has no secret %2; its secrets are %3.")
                              .arg(profile->name, variable, names.join(QStringLiteral(", "))),
                    ExitCode::BadInput);
    }
    if (stored.ok() || stored.status != SecretStore::Status::NotFound) {
        const SecretStore::Result removed = secrets.removeSync(profile->id, variable);
        if (!removed.ok() && removed.status != SecretStore::Status::NotFound)
            return fail(CliText::tr("the secret %1 could not be removed from the keychain: %2").arg(variable, removed.message));
    }
    if (inProfile) {
        profile->settings.environment.removeIf([&variable](const EnvironmentVariable &v) { return v.secret && v.name == variable; });
        QString error;
        if (!store.save(*profile, &error))
            return failStore(store, error);
    }
    say(CliText::tr("Removed the secret %1 from profile \"%2\" and from the keychain.").arg(variable, profile->name));
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
        return failStore(store, error);
    say(CliText::tr("Deleted profile \"%1\".").arg(shown(profile->name)));
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
        const auto profile = findCurrentOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        const QByteArray json = terminalSafeJson(profile->toJson());
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return ExitCode::Ok;
    }
    if (sub == u"export") {
        if (!expect(2))
            return ExitCode::BadInput;
        const auto profile = findCurrentOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        QString error;
        if (!store.exportTo(profile->id, rest.at(1), &error))
            return failStore(store, error);
        const QStringList secrets = profile->secretNames();
        say(secrets.isEmpty()
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
            return failStore(store, error);
        say(CliText::tr("Imported profile \"%1\".").arg(shown(imported->profile.name)));
        for (const QString &variable : imported->secretsNeeded)
            say(CliText::tr("It needs the secret %1: set it with `beam-launcher profiles set-secret \"%2\" %1`.")
                    .arg(variable, imported->profile.name));
        if (!imported->outsideFields.isEmpty())
            printError(CliText::tr("It names programs or folders outside the pipeline, which a launch would use:\n%1\n"
                                   "Check them: its first launch asks you to accept them with "
                                   "`beam-launcher launch --profile \"%2\" --trust`.")
                           .arg(ProfileTrust::describe(imported->outsideFields), shown(imported->profile.name)));
        return ExitCode::Ok;
    }
    if (sub == u"rename" || sub == u"duplicate") {
        if (!expect(sub == u"rename" ? 2 : 1))
            return ExitCode::BadInput;
        const auto profile = findCurrentOrComplain(store, rest.at(0));
        if (!profile)
            return ExitCode::BadInput;
        QString error;
        const auto changed = sub == u"rename" ? store.rename(profile->id, rest.at(1), &error)
                                              : store.duplicate(profile->id, &error);
        if (!changed)
            return failStore(store, error);
        if (sub == u"duplicate") {
            // The copy's secrets are copied in the keychain too.
            SecretStore secrets;
            for (const QString &variable : profile->secretNames()) {
                const SecretStore::Result value = secrets.readSync(profile->id, variable);
                if (value.ok())
                    secrets.writeSync(changed->id, variable, value.value);
            }
        }
        say(CliText::tr("Saved profile \"%1\".").arg(shown(changed->name)));
        return ExitCode::Ok;
    }
    if (sub == u"delete")
        return expect(1) ? remove(store, rest.at(0)) : ExitCode::BadInput;
    if (sub == u"set-secret")
        return expect(2) ? setSecret(store, rest.at(0), rest.at(1)) : ExitCode::BadInput;
    if (sub == u"unset-secret")
        return expect(2) ? unsetSecret(store, rest.at(0), rest.at(1)) : ExitCode::BadInput;
    return fail(CliText::tr("unknown command \"%1\".\n").arg(sub) + usage(), ExitCode::BadInput);
}

} // namespace bl::cli
