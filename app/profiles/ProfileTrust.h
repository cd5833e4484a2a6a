// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <QString>

/// Fields of a profile that name programs or folders outside the pipeline: the go command,
/// prebuilt launcher and worker, the output folder, the command of a PROCESS environment and
/// environment variables that choose programs or libraries (PATH, LD_PRELOAD, GOFLAGS...).
/// A profile someone else made can run any of them, so an imported profile that sets one to
/// something other than this machine's default is only launched once the user accepted them
/// (`launch --profile NAME --trust`, or the window's question on import). What was accepted
/// is kept in the profile as a fingerprint: a later change of any of these fields asks again.
namespace bl::ProfileTrust {

struct Field
{
    QString name;  ///< as the profile file names it, e.g. "goPath", "environment PATH"
    QString value;
};

/// The fields of `settings` that name something outside the pipeline and differ from this
/// machine's defaults (an empty field always is the default; goPath also when it is the go on PATH).
QList<Field> outsideFields(const LaunchSettings &settings);
/// SHA-256 (hex) of outsideFields(): what Profile::trustedFields keeps.
QString fingerprint(const LaunchSettings &settings);
/// Whether `profile` may be launched without asking: no outside fields, a profile of an earlier
/// version (no trustedFields at all), or fields exactly as the user accepted them.
bool isTrusted(const Profile &profile);
/// Records the profile's current outside fields as accepted.
void trust(Profile &profile);
/// One line per field ("  goPath: /usr/bin/x"), control characters escaped, for a message.
QString describe(const QList<Field> &fields);

} // namespace bl::ProfileTrust
