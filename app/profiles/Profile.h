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
/// verbatim and written back. A file with a schema number above currentSchema was made by a
/// newer Beam Launcher: it is read as far as it goes (to be listed), marked isFromNewerVersion(),
/// and never launched, shown, edited or written by this one (ProfileStore refuses).
///
/// "trustedFields" (absent in files of earlier versions, which count as trusted) is the
/// fingerprint of the fields that name programs or folders outside the pipeline (ProfileTrust)
/// as the user last accepted them; an import writes it empty: nothing accepted yet.
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
    int schema = currentSchema;        ///< the schema of the file it was read from
    /// ProfileTrust::fingerprint() of the settings the user accepted; nullopt: a profile of an
    /// earlier version (trusted as it is); empty: imported and not accepted yet.
    std::optional<QString> trustedFields;

    /// Made by a newer Beam Launcher (schema above currentSchema): never launched or written.
    bool isFromNewerVersion() const { return schema > currentSchema; }
    /// "made by a newer Beam Launcher (schema N; this one reads up to M)" in a sentence.
    QString newerVersionMessage() const;
    /// Why `name` cannot name a profile (empty, or holding control characters), else empty.
    static QString nameProblem(const QString &name);

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

    /// fromJson() for a parsed file whose schema is known (and migrated): `error` is not null.
    static std::optional<Profile> fromJsonObject(const QJsonObject &root, QString *error);

    /// LaunchSettings <-> the "settings" object. Secret values are left out.
    static QJsonObject settingsToJson(const LaunchSettings &settings);
    static LaunchSettings settingsFromJson(const QJsonObject &object, QJsonObject *unknown = nullptr);

    /// The settings with every secret variable's value cleared.
    static LaunchSettings withoutSecretValues(LaunchSettings settings);

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.id == b.id && a.name == b.name && a.notes == b.notes && a.settings == b.settings
            && a.created == b.created && a.modified == b.modified && a.unknownFields == b.unknownFields
            && a.unknownSettingsFields == b.unknownSettingsFields && a.schema == b.schema
            && a.trustedFields == b.trustedFields;
    }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

} // namespace bl
