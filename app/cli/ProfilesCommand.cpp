// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesCommand.h"

#include "CommandModel.h"
#include "LaunchOptions.h"
#include "PipelineCommands.h"
#include "RunToEnd.h"
#include "launch/Constants.h"
#include "launch/LaunchSpec.h"
#include "process/TerminalText.h"
#include "profiles/ProfileActions.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bl::cli {

namespace {

/// What a `profiles` subcommand works with: the store, the keychain, and the actions on both
/// that the window uses too (ProfileActions: one order, one error model).
struct Context
{
    ProfileStore store; // waits for another instance's lock (ProfileStore::DefaultLockWaitMs)
    SecretStore secrets;
    ProfileActions actions{&store, &secrets};
};

/// One value or name on one line, escaped.
QString shown(const QString &text)
{
    return TerminalText::escaped(text);
}

int fail(const QString &text, int code = ExitCode::Failed)
{
    printError(QStringLiteral("beam-launcher profiles: ") + terminalSafe(text));
    return code;
}

/// The exit code of a store call that failed: 2 for the user's input, 1 for the system.
int failStore(const ProfileStore &store, const QString &error)
{
    return fail(error, store.lastFailure() == ProfileStore::Failure::BadInput ? ExitCode::BadInput : ExitCode::Failed);
}

/// The exit code of an action that failed, its error said: 2 for the user's input, 1 for the system.
int failAction(const ProfileActions::Result &result)
{
    return fail(result.error, result.failure == ProfileStore::Failure::BadInput ? ExitCode::BadInput : ExitCode::Failed);
}

/// Runs an action that goes through the keychain to its end. A signal does not cut it in half
/// (a delete half done would leave a profile without secrets): every keychain call ends within
/// SecretStore::timeout(), and so does the action.
ProfileActions::Result waitFor(const std::function<void(const ProfileActions::Done &)> &start)
{
    ProfileActions::Result result;
    RunToEnd run([](int) {});
    start([&](const ProfileActions::Result &r) {
        result = r;
        run.finish(ExitCode::Ok);
    });
    run.exec();
    return result;
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
        printError(QStringLiteral("beam-launcher profiles: ") + terminalSafe(CliText::tr("warning: %1").arg(problem.message())));
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

QJsonObject listed(const Profile &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("schema"), p.schema},
            {QStringLiteral("fromNewerVersion"), p.isFromNewerVersion()},
            {QStringLiteral("runner"), p.settings.runner},
            {QStringLiteral("endpoint"), p.settings.endpoint},
            {QStringLiteral("packageDir"), p.settings.packageDir}};
}

int list(Context &ctx, bool json)
{
    const QList<Profile> profiles = ctx.store.profiles();
    if (json) {
        QJsonArray array;
        for (const Profile &p : profiles)
            array.append(listed(p));
        writeData(terminalSafeJson(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitCode::Ok;
    }
    if (profiles.isEmpty()) {
        say(CliText::tr("No profiles yet: create one with `beam-launcher profiles create NAME DIR --runner NAME`."));
        return ExitCode::Ok;
    }
    // One line per profile, tab-separated: control characters in any part are escaped. The
    // fields are data, never translated; what people should know goes to stderr.
    for (const Profile &p : profiles) {
        QString line = shown(p.name) + u'\t';
        if (p.isFromNewerVersion()) {
            line += QStringLiteral("(made by a newer Beam Launcher: schema %1)").arg(p.schema);
            say(CliText::tr("warning: %1").arg(p.newerVersionMessage()));
        } else {
            line += shown(p.settings.runner);
        }
        if (!p.settings.endpoint.isEmpty())
            line += u'@' + shown(p.settings.endpoint);
        line += u'\t' + shown(QDir::toNativeSeparators(p.settings.packageDir));
        printData(line);
    }
    return ExitCode::Ok;
}

int create(Context &ctx, const Invocation &call)
{
    ParsedLaunch parsed;
    const int early = readLaunchArguments(call, OptionSet::CreateProfile, &parsed);
    if (early >= 0)
        return early;
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
            printError(QStringLiteral("beam-launcher profiles: ") + terminalSafe(CliText::tr("warning: %1").arg(p.message)));
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), ExitCode::BadInput);
    // The store checks the name under its lock: a profile of that name saved a moment ago by
    // another process is refused with the same words and exit code as one saved long ago.
    const ProfileActions::Result created = ctx.actions.create(profile);
    if (!created.ok())
        return failAction(created);
    say(CliText::tr("Saved profile \"%1\".").arg(shown(created.profile->name)));
    return ExitCode::Ok;
}

int setSecret(Context &ctx, const QString &name, const QString &variable)
{
    ProfileStore &store = ctx.store;
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
    const SecretStore::Result written = ctx.secrets.writeSync(profile->id, variable, value);
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

int unsetSecret(Context &ctx, const QString &name, const QString &variable)
{
    ProfileStore &store = ctx.store;
    SecretStore &secrets = ctx.secrets;
    auto profile = findCurrentOrComplain(store, name);
    if (!profile)
        return ExitCode::BadInput;
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

int remove(Context &ctx, const QString &name)
{
    const auto profile = findOrComplain(ctx.store, name);
    if (!profile)
        return ExitCode::BadInput;
    // Its secrets first, then the file; kept whole when either fails (ProfileActions::remove).
    const ProfileActions::Result removed = waitFor([&](const ProfileActions::Done &done) { ctx.actions.remove(profile->id, done); });
    if (!removed.ok())
        return failAction(removed);
    say(CliText::tr("Deleted profile \"%1\".").arg(shown(profile->name)));
    return ExitCode::Ok;
}

int show(Context &ctx, const Invocation &call)
{
    const auto profile = findCurrentOrComplain(ctx.store, call.positional.at(0));
    if (!profile)
        return ExitCode::BadInput;
    writeData(terminalSafeJson(profile->toJson()));
    return ExitCode::Ok;
}

int exportProfile(Context &ctx, const Invocation &call)
{
    const QStringList &rest = call.positional;
    const auto profile = findCurrentOrComplain(ctx.store, rest.at(0));
    if (!profile)
        return ExitCode::BadInput;
    if (const ProfileActions::Result exported = ctx.actions.exportTo(profile->id, rest.at(1)); !exported.ok())
        return failAction(exported);
    const QStringList secrets = profile->secretNames();
    say(secrets.isEmpty()
            ? CliText::tr("Exported \"%1\" to %2.").arg(profile->name, QDir::toNativeSeparators(rest.at(1)))
            : CliText::tr("Exported \"%1\" to %2 without the values of its secrets (%3).")
                  .arg(profile->name, QDir::toNativeSeparators(rest.at(1)), secrets.join(QStringLiteral(", "))));
    return ExitCode::Ok;
}

int importProfile(Context &ctx, const Invocation &call)
{
    const ProfileActions::Result imported = ctx.actions.importFrom(call.positional.at(0));
    if (!imported.ok())
        return failAction(imported);
    say(CliText::tr("Imported profile \"%1\".").arg(shown(imported.profile->name)));
    for (const QString &variable : imported.secretsNeeded)
        say(CliText::tr("It needs the secret %1: set it with `beam-launcher profiles set-secret \"%2\" %1`.")
                .arg(variable, imported.profile->name));
    if (!imported.outsideFields.isEmpty())
        printError(CliText::tr("It names programs or folders outside the pipeline, which a launch would use:\n%1\n"
                               "Check them: its first launch asks you to accept them with "
                               "`beam-launcher launch --profile \"%2\" --trust`.")
                       .arg(ProfileTrust::describe(imported.outsideFields), shown(imported.profile->name)));
    return ExitCode::Ok;
}

/// `rename NAME NEW-NAME` or `duplicate NAME` (the copy with its secrets, or none: ProfileActions::duplicate).
int renameOrDuplicate(Context &ctx, const Invocation &call)
{
    const bool rename = call.path.constLast() == u"rename";
    const auto profile = findCurrentOrComplain(ctx.store, call.positional.at(0));
    if (!profile)
        return ExitCode::BadInput;
    const ProfileActions::Result changed =
        rename ? ctx.actions.rename(profile->id, call.positional.at(1))
               : waitFor([&](const ProfileActions::Done &done) { ctx.actions.duplicate(profile->id, done); });
    if (!changed.ok())
        return failAction(changed);
    say(CliText::tr("Saved profile \"%1\".").arg(shown(changed.profile->name)));
    return ExitCode::Ok;
}

/// A handler that opens the profile store first.
std::function<int(const Invocation &)> withStore(int (*work)(Context &, const Invocation &))
{
    return [work](const Invocation &call) {
        Context ctx;
        if (!openStore(ctx.store))
            return int(ExitCode::Failed);
        return work(ctx, call);
    };
}

Command sub(const QString &name, const QString &summary, const QList<Argument> &arguments,
            int (*work)(Context &, const Invocation &))
{
    Command command;
    command.name = name;
    command.summary = summary;
    command.arguments = arguments;
    command.handler = withStore(work);
    return command;
}

} // namespace

Command profilesCommand()
{
    const Argument name{QStringLiteral("NAME"), CliText::tr("The profile's name."), Argument::Kind::Required};
    const Argument variable{QStringLiteral("VAR"), CliText::tr("The environment variable that holds the secret."),
                            Argument::Kind::Required};
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON on stdout."));
    Command profiles;
    profiles.name = QStringLiteral("profiles");
    profiles.summary = CliText::tr("List, show, create, change, import and export saved launch profiles.");
    profiles.description = CliText::tr("Saved launch profiles: what `launch --profile NAME` runs. Their secrets are "
                                       "kept in the keychain.");

    Command listCmd = sub(QStringLiteral("list"), CliText::tr("List the profiles: name, runner[@endpoint] and folder, "
                                                              "tab-separated."),
                          {}, [](Context &ctx, const Invocation &call) { return list(ctx, call.json()); });
    listCmd.options = {json};
    Command showCmd = sub(QStringLiteral("show"), CliText::tr("Print a profile as JSON."), {name}, show);
    showCmd.options = {json};
    Command createCmd = sub(QStringLiteral("create"), CliText::tr("Save a launch profile with the options `launch` takes."),
                            {name, {QStringLiteral("DIR"), pipelineFolderText(), Argument::Kind::Required}}, create);
    createCmd.options = launchOptions(OptionSet::CreateProfile);
    createCmd.pipelineFlags = true;
    profiles.subcommands = {
        listCmd,
        showCmd,
        createCmd,
        sub(QStringLiteral("rename"), CliText::tr("Rename a profile."),
            {name, {QStringLiteral("NEW-NAME"), CliText::tr("Its new name."), Argument::Kind::Required}},
            renameOrDuplicate),
        sub(QStringLiteral("duplicate"), CliText::tr("Save a copy of a profile, its secrets included."), {name},
            renameOrDuplicate),
        sub(QStringLiteral("delete"), CliText::tr("Delete a profile and its secrets."), {name},
            [](Context &ctx, const Invocation &call) { return remove(ctx, call.positional.at(0)); }),
        sub(QStringLiteral("export"), CliText::tr("Write a profile to a file, without its secrets' values."),
            {name, {QStringLiteral("FILE"), CliText::tr("The file to write."), Argument::Kind::Required}},
            exportProfile),
        sub(QStringLiteral("import"), CliText::tr("Save the profile a file holds."),
            {{QStringLiteral("FILE"), CliText::tr("The file to read."), Argument::Kind::Required}}, importProfile),
        sub(QStringLiteral("set-secret"), CliText::tr("Keep a secret of a profile in the keychain; the value is read "
                                                      "from standard input."),
            {name, variable}, [](Context &ctx, const Invocation &call) {
                return setSecret(ctx, call.positional.at(0), call.positional.at(1));
            }),
        sub(QStringLiteral("unset-secret"), CliText::tr("Remove a secret from a profile and from the keychain."),
            {name, variable}, [](Context &ctx, const Invocation &call) {
                return unsetSecret(ctx, call.positional.at(0), call.positional.at(1));
            }),
    };
    for (Command &command : profiles.subcommands) {
        if (command.description.isEmpty())
            command.description = command.summary;
    }
    return profiles;
}

} // namespace bl::cli
