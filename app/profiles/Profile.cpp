// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/Profile.h"

#include "process/TerminalText.h"
#include "profiles/ProfilesText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bl {

namespace {

// Reads typed fields out of one JSON object, remembers the first type error and which
// fields it consumed, so that whatever is left over can be kept verbatim.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    QString string(QLatin1String key, const QString &fallback = {})
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(key, ProfilesText::tr("text"));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(QLatin1String key, bool fallback = false)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(key, ProfilesText::tr("true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QStringList stringList(QLatin1String key)
    {
        const QJsonValue v = take(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, ProfilesText::tr("a list of texts"));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key, ProfilesText::tr("a list of texts"));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    QJsonValue take(QLatin1String key)
    {
        const QString k = key;
        const QJsonValue v = m_object.value(k);
        m_object.remove(k);
        return v;
    }

    void fail(QLatin1String key, const QString &expected)
    {
        if (m_error && m_error->isEmpty()) {
            *m_error = ProfilesText::tr("The field \"%1\" must be %2.")
                           .arg(m_path.isEmpty() ? QString(key) : m_path + u'.' + key, expected);
        }
    }

    bool ok() const { return !m_error || m_error->isEmpty(); }
    /// The fields nobody read.
    QJsonObject rest() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QString dateToJson(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QString &text)
{
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    return d.isValid() ? d.toUTC() : QDateTime();
}

std::optional<Platform> platformField(FieldReader &reader, QLatin1String key, const Platform &fallback,
                                      QString *error)
{
    const QJsonValue v = reader.take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        reader.fail(key, ProfilesText::tr("text of the form goos/goarch"));
        return std::nullopt;
    }
    if (v.toString().isEmpty())
        return Platform{};
    QString why;
    auto platform = Platform::parse(v.toString(), &why);
    if (!platform && error && error->isEmpty())
        *error = ProfilesText::tr("The field \"%1\" is not a platform: %2").arg(QString(key), why);
    return platform;
}

// QJsonParseError::offset points past the whitespace after the real mistake (a missing
// comma is reported at the next key, a bad value at the next brace): step back over it so
// the line is the one the user has to fix.
int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    while (offset > 0 && QChar::isSpace(uchar(bytes.at(offset - 1))))
        --offset;
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

// Schema 1: { "schema": 1, "id", "name", "notes", "package", "goos", "goarch", "runner",
// "endpoint", "flags": "--a=1 \"--b=x y\"", "env": { "NAME": "value" } }. The flags were one
// string split like QProcess::splitCommand (spaces separate, double quotes group). It knew
// no secrets, no launcher platform and no timestamps.
void migrateSchema1(QJsonObject &root)
{
    QJsonObject settings;
    auto move = [&](const QString &from, const QString &to) {
        if (root.contains(from)) {
            settings.insert(to, root.value(from));
            root.remove(from);
        }
    };
    move(QStringLiteral("package"), QStringLiteral("packageDir"));
    move(QStringLiteral("runner"), QStringLiteral("runner"));
    move(QStringLiteral("endpoint"), QStringLiteral("endpoint"));

    const QString goos = root.take(QStringLiteral("goos")).toString();
    const QString goarch = root.take(QStringLiteral("goarch")).toString();
    if (!goos.isEmpty() || !goarch.isEmpty()) {
        const Platform fallback = Platform::defaultWorker();
        settings.insert(QStringLiteral("workerPlatform"),
                        Platform{goos.isEmpty() ? fallback.os : goos, goarch.isEmpty() ? fallback.arch : goarch}
                            .toString());
    }

    const QJsonValue flags = root.take(QStringLiteral("flags"));
    if (flags.isString())
        settings.insert(QStringLiteral("pipelineFlags"), QJsonArray::fromStringList(QProcess::splitCommand(flags.toString())));

    const QJsonObject env = root.take(QStringLiteral("env")).toObject();
    QJsonArray environment;
    for (auto it = env.constBegin(); it != env.constEnd(); ++it)
        environment.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
    if (!environment.isEmpty())
        settings.insert(QStringLiteral("environment"), environment);

    root.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("schema"), Profile::currentSchema);
}

} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
              || c == u'_'))
            return false;
    }
    return true;
}

QString Profile::newerVersionMessage() const
{
    return ProfilesText::tr("The profile \"%1\" was made by a newer Beam Launcher (schema %2; this one reads up to %3). "
                           "Use that version for it; this one leaves the file as it is.")
        .arg(TerminalText::escaped(name))
        .arg(schema)
        .arg(currentSchema);
}

QString Profile::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ProfilesText::tr("A profile needs a name.");
    if (TerminalText::hasControlCharacters(name))
        return ProfilesText::tr("The profile name \"%1\" holds control characters (escape, newline, tab...): "
                               "choose a name of visible characters.")
            .arg(TerminalText::escaped(name));
    return QString();
}

QStringList Profile::secretNames() const
{
    QStringList names;
    for (const EnvironmentVariable &v : settings.environment) {
        if (v.secret)
            names << v.name;
    }
    return names;
}

LaunchSettings Profile::withoutSecretValues(LaunchSettings s)
{
    for (EnvironmentVariable &v : s.environment) {
        if (v.secret)
            v.value.clear();
    }
    return s;
}

QJsonObject Profile::settingsToJson(const LaunchSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("packageDir"), s.packageDir);
    o.insert(QStringLiteral("launcherPlatform"), s.launcherPlatform.isValid() ? s.launcherPlatform.toString() : QString());
    o.insert(QStringLiteral("workerPlatform"), s.workerPlatform.isValid() ? s.workerPlatform.toString() : QString());
    o.insert(QStringLiteral("cgo"), s.cgo);
    o.insert(QStringLiteral("buildTags"), QJsonArray::fromStringList(s.buildTags));
    o.insert(QStringLiteral("goPath"), s.goPath);
    o.insert(QStringLiteral("outDir"), s.outDir);
    o.insert(QStringLiteral("launcherBinary"), s.launcherBinary);
    o.insert(QStringLiteral("workerBinary"), s.workerBinary);
    o.insert(QStringLiteral("runner"), s.runner);
    o.insert(QStringLiteral("endpoint"), s.endpoint);
    o.insert(QStringLiteral("localJobServer"), s.localJobServer);
    o.insert(QStringLiteral("environmentType"), s.environmentType);
    o.insert(QStringLiteral("environmentConfig"), s.environmentConfig);
    QJsonObject options;
    for (auto it = s.runnerOptions.constBegin(); it != s.runnerOptions.constEnd(); ++it)
        options.insert(it.key(), it.value());
    o.insert(QStringLiteral("runnerOptions"), options);
    o.insert(QStringLiteral("pipelineFlags"), QJsonArray::fromStringList(s.pipelineFlags));
    o.insert(QStringLiteral("workingDirectory"), s.workingDirectory);
    QJsonArray env;
    for (const EnvironmentVariable &v : s.environment) {
        QJsonObject item{{QStringLiteral("name"), v.name}};
        if (v.secret)
            item.insert(QStringLiteral("secret"), true);
        else
            item.insert(QStringLiteral("value"), v.value);
        env.append(item);
    }
    o.insert(QStringLiteral("environment"), env);
    return o;
}

namespace {

LaunchSettings readSettings(const QJsonObject &object, QJsonObject *unknown, QString *error)
{
    LaunchSettings s;
    FieldReader r(object, QStringLiteral("settings"), error);
    s.packageDir = r.string(QLatin1String("packageDir"));
    if (auto p = platformField(r, QLatin1String("launcherPlatform"), s.launcherPlatform, error))
        s.launcherPlatform = *p;
    if (auto p = platformField(r, QLatin1String("workerPlatform"), s.workerPlatform, error))
        s.workerPlatform = *p;
    s.cgo = r.boolean(QLatin1String("cgo"));
    s.buildTags = r.stringList(QLatin1String("buildTags"));
    s.goPath = r.string(QLatin1String("goPath"));
    s.outDir = r.string(QLatin1String("outDir"));
    s.launcherBinary = r.string(QLatin1String("launcherBinary"));
    s.workerBinary = r.string(QLatin1String("workerBinary"));
    s.runner = r.string(QLatin1String("runner"), s.runner);
    s.endpoint = r.string(QLatin1String("endpoint"));
    s.localJobServer = r.boolean(QLatin1String("localJobServer"));
    s.environmentType = r.string(QLatin1String("environmentType"));
    s.environmentConfig = r.string(QLatin1String("environmentConfig"));
    s.workingDirectory = r.string(QLatin1String("workingDirectory"));

    const QJsonValue options = r.take(QLatin1String("runnerOptions"));
    if (options.isObject()) {
        const QJsonObject o = options.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.value().isString()) {
                r.fail(QLatin1String("runnerOptions"), ProfilesText::tr("an object of texts"));
                break;
            }
            s.runnerOptions.insert(it.key(), it.value().toString());
        }
    } else if (!options.isUndefined() && !options.isNull()) {
        r.fail(QLatin1String("runnerOptions"), ProfilesText::tr("an object of texts"));
    }

    s.pipelineFlags = r.stringList(QLatin1String("pipelineFlags"));

    const QJsonValue env = r.take(QLatin1String("environment"));
    if (env.isArray()) {
        const QJsonArray array = env.toArray();
        for (const QJsonValue &item : array) {
            const QJsonObject o = item.toObject();
            const QJsonValue name = o.value(QLatin1String("name"));
            if (!item.isObject() || !name.isString() || name.toString().isEmpty()) {
                r.fail(QLatin1String("environment"), ProfilesText::tr("a list of {\"name\": ..., \"value\": ...} objects"));
                break;
            }
            EnvironmentVariable v;
            v.name = name.toString();
            v.secret = o.value(QLatin1String("secret")).toBool();
            if (!v.secret)
                v.value = o.value(QLatin1String("value")).toString();
            s.environment << v;
        }
    } else if (!env.isUndefined() && !env.isNull()) {
        r.fail(QLatin1String("environment"), ProfilesText::tr("a list of {\"name\": ..., \"value\": ...} objects"));
    }

    if (unknown)
        *unknown = r.rest();
    return s;
}

} // namespace

LaunchSettings Profile::settingsFromJson(const QJsonObject &object, QJsonObject *unknown)
{
    QString ignored;
    return readSettings(object, unknown, &ignored);
}

QByteArray Profile::toJson() const
{
    QJsonObject root = unknownFields;
    root.insert(QStringLiteral("schema"), currentSchema);
    root.insert(QStringLiteral("id"), id);
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("notes"), notes);
    root.insert(QStringLiteral("created"), dateToJson(created));
    root.insert(QStringLiteral("modified"), dateToJson(modified));
    if (trustedFields)
        root.insert(QStringLiteral("trustedFields"), *trustedFields);
    QJsonObject s = unknownSettingsFields;
    const QJsonObject known = settingsToJson(settings);
    for (auto it = known.constBegin(); it != known.constEnd(); ++it)
        s.insert(it.key(), it.value());
    root.insert(QStringLiteral("settings"), s);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Profile> Profile::fromJson(const QByteArray &bytes, QString *error, int *errorLine)
{
    QString localError;
    QString *err = error ? error : &localError;
    err->clear();
    if (errorLine)
        *errorLine = 0;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(bytes, parseError.offset);
        if (errorLine)
            *errorLine = line;
        *err = ProfilesText::tr("Line %1: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *err = ProfilesText::tr("A profile must be a JSON object.");
        return std::nullopt;
    }

    QJsonObject root = doc.object();
    const QJsonValue schemaValue = root.value(QLatin1String("schema"));
    int schema = 1; // the first releases wrote no schema number
    if (!schemaValue.isUndefined()) {
        const double number = schemaValue.toDouble(-1);
        // Range first: casting a double beyond int's range is undefined (found by fuzz_profile).
        if (!schemaValue.isDouble() || !(number >= 1 && number <= std::numeric_limits<int>::max())
            || number != std::floor(number)) {
            *err = ProfilesText::tr("The field \"schema\" must be a whole number of at least 1.");
            return std::nullopt;
        }
        schema = int(number);
    }
    if (schema == 1)
        migrateSchema1(root);
    if (schema > currentSchema) {
        // A newer version's file: read what can be read, so that it can be listed and refused by
        // name; it is never put aside as corrupt, since this version cannot judge it.
        std::optional<Profile> read = fromJsonObject(root, err);
        Profile p = read ? *read : Profile();
        if (!read) {
            err->clear();
            p.id = root.value(QLatin1String("id")).toString();
            p.name = root.value(QLatin1String("name")).toString();
            if (!p.id.isEmpty() && !isValidId(p.id))
                p.id.clear();
        }
        if (p.name.trimmed().isEmpty())
            p.name = ProfilesText::tr("(unnamed, schema %1)").arg(schema);
        p.schema = schema;
        return p;
    }
    return fromJsonObject(root, err);
}

std::optional<Profile> Profile::fromJsonObject(const QJsonObject &root, QString *err)
{
    Profile p;
    FieldReader r(root, QString(), err);
    r.take(QLatin1String("schema"));
    const QJsonValue trust = r.take(QLatin1String("trustedFields"));
    if (trust.isString())
        p.trustedFields = trust.toString();
    else if (!trust.isUndefined() && !trust.isNull())
        p.trustedFields = QString(); // not ours: trusts nothing
    p.id = r.string(QLatin1String("id"));
    p.name = r.string(QLatin1String("name"));
    p.notes = r.string(QLatin1String("notes"));
    p.created = dateFromJson(r.string(QLatin1String("created")));
    p.modified = dateFromJson(r.string(QLatin1String("modified")));
    const QJsonValue settings = r.take(QLatin1String("settings"));
    if (!settings.isObject() && !settings.isUndefined())
        r.fail(QLatin1String("settings"), ProfilesText::tr("an object"));
    if (!r.ok())
        return std::nullopt;
    p.settings = readSettings(settings.toObject(), &p.unknownSettingsFields, err);
    if (!err->isEmpty())
        return std::nullopt;
    p.unknownFields = r.rest();

    if (p.name.trimmed().isEmpty()) {
        *err = ProfilesText::tr("The profile has no name (field \"name\").");
        return std::nullopt;
    }
    if (!p.id.isEmpty() && !isValidId(p.id)) {
        *err = ProfilesText::tr("The profile id \"%1\" may only contain letters, digits, '-' and '_'.").arg(p.id);
        return std::nullopt;
    }
    return p;
}

} // namespace bl
