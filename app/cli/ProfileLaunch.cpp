// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfileLaunch.h"

#include "CliOutput.h"
#include "PipelineCommands.h"
#include "launch/Constants.h"
#include "process/TerminalText.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileTrust.h"
#include "profiles/SecretResolver.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace bl::cli {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? CliText::tr("(none)") : TerminalText::escaped(value);
}

/// Applies one option given on the command line over the profile's value, saying so.
void overrideText(const ParsedLaunch &parsed, const QString &option, const QString &given, QString *field)
{
    if (!parsed.given.contains(option) || *field == given)
        return;
    say(CliText::tr("--%1 %2 overrides the profile's %3 for this run.").arg(option, shown(given), shown(*field)));
    *field = given;
}

/// Every launch option given with --profile replaces the profile's value for this run; --option
/// and --env replace the profile's entry of that name and add new ones; pipeline flags after --
/// are added after the profile's.
void applyOverrides(const ParsedLaunch &parsed, LaunchSettings *s)
{
    const LaunchSettings &given = parsed.settings;
    overrideText(parsed, QStringLiteral("runner"), given.runner, &s->runner);
    overrideText(parsed, QStringLiteral("endpoint"), given.endpoint, &s->endpoint);
    overrideText(parsed, QStringLiteral("environment-type"), given.environmentType, &s->environmentType);
    overrideText(parsed, QStringLiteral("environment-config"), given.environmentConfig, &s->environmentConfig);
    overrideText(parsed, QStringLiteral("out"), given.outDir, &s->outDir);
    overrideText(parsed, QStringLiteral("go"), given.goPath, &s->goPath);
    overrideText(parsed, QStringLiteral("launcher-binary"), given.launcherBinary, &s->launcherBinary);
    overrideText(parsed, QStringLiteral("worker-binary"), given.workerBinary, &s->workerBinary);
    QString launcherPlatform = s->launcherPlatform.isValid() ? s->launcherPlatform.toString() : QString();
    overrideText(parsed, QStringLiteral("launcher-platform"), given.launcherPlatform.toString(), &launcherPlatform);
    if (parsed.given.contains(QStringLiteral("launcher-platform")))
        s->launcherPlatform = given.launcherPlatform;
    QString workerPlatform = s->workerPlatform.toString();
    overrideText(parsed, QStringLiteral("worker-platform"), given.workerPlatform.toString(), &workerPlatform);
    if (parsed.given.contains(QStringLiteral("worker-platform")))
        s->workerPlatform = given.workerPlatform;
    QString tags = s->buildTags.join(u',');
    overrideText(parsed, QStringLiteral("tags"), given.buildTags.join(u','), &tags);
    if (parsed.given.contains(QStringLiteral("tags")))
        s->buildTags = given.buildTags;
    if (parsed.given.contains(QStringLiteral("cgo")) && !s->cgo) {
        say(CliText::tr("--cgo overrides the profile's cgo off for this run."));
        s->cgo = true;
    }
    if (parsed.given.contains(QStringLiteral("local-job-server")) && !s->localJobServer) {
        say(CliText::tr("--local-job-server overrides the profile's job service for this run."));
        s->localJobServer = true;
    }
    s->forceOut = given.forceOut;
    s->rebuild = given.rebuild;
    s->stallSeconds = given.stallSeconds; // not a profile's: this run's
    s->cancelWhenStalled = given.cancelWhenStalled;
    for (auto it = given.runnerOptions.constBegin(); it != given.runnerOptions.constEnd(); ++it) {
        QString before = s->runnerOptions.contains(it.key()) ? it.key() + u'=' + s->runnerOptions.value(it.key()) : QString();
        overrideText(parsed, QStringLiteral("option"), it.key() + u'=' + it.value(), &before);
        s->runnerOptions.insert(it.key(), it.value());
    }
    for (const EnvironmentVariable &var : given.environment) {
        auto found = std::find_if(s->environment.begin(), s->environment.end(),
                                  [&var](const EnvironmentVariable &v) { return v.name == var.name; });
        if (found == s->environment.end()) {
            s->environment.append(var);
            continue;
        }
        say(CliText::tr("--env %1 overrides the profile's value of %1 for this run.").arg(var.name));
        *found = var;
    }
    s->pipelineFlags += given.pipelineFlags;
}

} // namespace

int settingsFromProfile(const ParsedLaunch &parsed, LaunchSettings *settings, QString *profileId,
                        QString *profileName)
{
    const bool json = parsed.json;
    ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        reportError(json, error);
        return ExitCode::Failed;
    }
    auto profile = store.find(parsed.profile);
    if (!profile) {
        reportError(json, CliText::tr("There is no profile \"%1\": see `beam-launcher profiles list`.")
                              .arg(TerminalText::escaped(parsed.profile)));
        return ExitCode::BadInput;
    }
    if (profile->isFromNewerVersion()) {
        reportError(json, profile->newerVersionMessage());
        return ExitCode::BadInput;
    }
    if (!ProfileTrust::isTrusted(*profile)) {
        const QString fields = ProfileTrust::describe(ProfileTrust::outsideFields(profile->settings));
        const QString name = TerminalText::escaped(profile->name);
        if (!parsed.trust) {
            reportError(json, CliText::tr("The profile \"%1\" names programs or folders outside the pipeline that a "
                                          "launch would use, and you have not accepted them yet:\n%2\n"
                                          "Check them; if you trust them, launch once with --trust: "
                                          "`beam-launcher launch --profile \"%1\" --trust`.")
                                  .arg(name, fields));
            return ExitCode::BadInput;
        }
        const auto trusted = store.trust(profile->id, &error);
        if (!trusted) {
            reportError(json, error);
            return store.lastFailure() == ProfileStore::Failure::BadInput ? ExitCode::BadInput : ExitCode::Failed;
        }
        say(CliText::tr("Trusted for this and later launches (until they change):\n%1").arg(fields));
        profile = trusted;
    }
    *profileId = profile->id;
    *profileName = profile->name;
    SecretStore secrets;
    SecretResolver resolver(&secrets);
    const SecretResolver::Outcome outcome = resolver.resolveSync(profile->id, profile->settings);
    if (!outcome.ok()) {
        const SecretResolver::Failure &first = outcome.failures.first();
        if (first.status == SecretStore::Status::NotFound)
            reportError(json, CliText::tr("The secret %1 of profile \"%2\" has no value in the keychain: set it with "
                                          "`beam-launcher profiles set-secret \"%2\" %1` (it reads the value from "
                                          "standard input).")
                                  .arg(first.name, TerminalText::escaped(profile->name)));
        else
            reportError(json, first.message);
        return ExitCode::BadInput;
    }
    *settings = outcome.settings;
    applyOverrides(parsed, settings);
    if (!parsed.package.isEmpty()) {
        const int resolved = resolvePipelineFolder(settings, parsed.package, json);
        if (resolved >= 0)
            return resolved;
    }
    return -1;
}

} // namespace bl::cli
