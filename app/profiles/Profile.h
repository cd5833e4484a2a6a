// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl {

/// A named, saved set of launch settings: one JSON file `<id>.json` in the profile folder.
///
/// File layout (schema 2):
/// ```
/// { "schema": 2, "id": "...", "name": "...", "notes": "...",
///   "created": "2024-05-01T10:00:00.000Z", "modified": "...",
///   "settings": { "packageDir": "...", "launcherPlatform": "darwin/arm64", ...,
///                 "environment": [ {"name": "A", "value": "1"}, {"name": "TOKEN", "secret": true} ] } }
/// ```
/// Schema 1 (the first releases) was flat: `package`, `goos`/`goarch` (the worker),
/// `runner`, `endpoint`, `flags` as one shell-quoted string and `env` as an object; it is
/// migrated on load and written back as schema 2 on the next save.
///
/// Fields this version does not know (at the top level and inside "settings") are kept
/// verbatim and written back, so a profile saved by a newer version survives a save by
/// this one. Newer versions must therefore only add fields, never change the meaning of
/// one; a file with a schema number above 2 is read on that promise.
///
/// Secret environment variables are stored with their name and `"secret": true` only;
/// their values live in the OS keychain (see SecretStore).
struct Profile
{
    static constexpr int currentSchema = 2;

    QString id;          ///< stable; a UUID without braces; the file is `<id>.json`
    QString name;        ///< unique in a store (case-insensitively), shown to the user
    QString notes;
    LaunchSettings settings;
    QDateTime created;   ///< UTC
    QDateTime modified;  ///< UTC
    QJsonObject unknownFields;         ///< top-level fields this version does not know
    QJsonObject unknownSettingsFields; ///< the same inside "settings"

    /// A fresh id: a UUID without braces.
    static QString newId();
    /// Whether `id` can name a profile file (letters, digits, '-' and '_').
    static bool isValidId(const QString &id);

    /// Names of the environment variables marked secret, in order.
    QStringList secretNames() const;

    /// The file contents (schema 2, indented). Secret values are never written.
    QByteArray toJson() const;
    /// Parses a profile file of any schema this version reads. On failure returns nothing
    /// and sets `error` to a message for the user and `errorLine` to the 1-based line of a
    /// syntax error (0 when the error has no line, e.g. a missing field).
    static std::optional<Profile> fromJson(const QByteArray &bytes, QString *error = nullptr,
                                           int *errorLine = nullptr);

    /// LaunchSettings <-> the "settings" object. Secret values are left out.
    static QJsonObject settingsToJson(const LaunchSettings &settings);
    static LaunchSettings settingsFromJson(const QJsonObject &object, QJsonObject *unknown = nullptr);

    /// The settings with every secret variable's value cleared.
    static LaunchSettings withoutSecretValues(LaunchSettings settings);

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.id == b.id && a.name == b.name && a.notes == b.notes && a.settings == b.settings
            && a.created == b.created && a.modified == b.modified && a.unknownFields == b.unknownFields
            && a.unknownSettingsFields == b.unknownSettingsFields;
    }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

} // namespace bl
