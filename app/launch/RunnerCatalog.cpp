// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/RunnerCatalog.h"

#include "launch/LaunchText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace bl {

namespace {

const QStringList &optionTypes()
{
    static const QStringList types = {QStringLiteral("string"), QStringLiteral("int"), QStringLiteral("bool"),
                                      QStringLiteral("enum"), QStringLiteral("json")};
    return types;
}

// Flags that have their own field in the launch settings: an option may not take them.
const QStringList &reservedFlags()
{
    static const QStringList flags = {QStringLiteral("runner"), QStringLiteral("endpoint"),
                                      QStringLiteral("worker_binary"), QStringLiteral("environment_type"),
                                      QStringLiteral("environment_config")};
    return flags;
}

bool isIdentifier(const QString &name, bool allowDash)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[a-z][a-z0-9_]*$)"));
    static const QRegularExpression dashed(QStringLiteral(R"(^[a-z][a-z0-9_-]*$)"));
    return (allowDash ? dashed : plain).match(name).hasMatch();
}

bool validPort(const QJsonValue &value, int *port)
{
    if (value.isUndefined() || value.isNull()) {
        *port = 0;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d != static_cast<int>(d) || d < 1 || d > 65535)
        return false;
    *port = static_cast<int>(d);
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseOption(const QJsonObject &o, const QString &runner, RunnerOption *option, QString *error)
{
    option->name = o.value(QLatin1String("name")).toString();
    option->type = o.value(QLatin1String("type")).toString(QStringLiteral("string"));
    option->help = o.value(QLatin1String("help")).toString();
    option->defaultValue = o.value(QLatin1String("default")).toString();
    option->pattern = o.value(QLatin1String("pattern")).toString();
    option->required = o.value(QLatin1String("required")).toBool(false);
    option->pipelineFlag = o.value(QLatin1String("pipelineFlag")).toBool(true);
    for (const QJsonValue &v : o.value(QLatin1String("values")).toArray())
        option->values.append(v.toString());

    if (!isIdentifier(option->name, false))
        return fail(error, LaunchText::tr("Runner \"%1\" has an option named \"%2\": option names are lower-case "
                                     "flag names such as staging_location.").arg(runner, option->name));
    if (reservedFlags().contains(option->name))
        return fail(error, LaunchText::tr("Runner \"%1\" declares option \"%2\", which has its own field.").arg(runner, option->name));
    if (!optionTypes().contains(option->type))
        return fail(error, LaunchText::tr("Option \"%1\" of runner \"%2\" has the unknown type \"%3\"; use one of %4.")
                               .arg(option->name, runner, option->type, optionTypes().join(QLatin1String(", "))));
    if (!option->pattern.isEmpty()) {
        const QRegularExpression re(option->pattern);
        if (!re.isValid())
            return fail(error, LaunchText::tr("The pattern of option \"%1\" of runner \"%2\" does not compile: %3.")
                                   .arg(option->name, runner, re.errorString()));
    }
    if (option->type == u"enum" && option->values.isEmpty())
        return fail(error, LaunchText::tr("Option \"%1\" of runner \"%2\" is an enum without values.").arg(option->name, runner));
    const QJsonValue min = o.value(QLatin1String("min"));
    const QJsonValue max = o.value(QLatin1String("max"));
    if (!min.isUndefined() || !max.isUndefined()) {
        if (option->type != u"int" || !min.isDouble() || !max.isDouble() || min.toDouble() > max.toDouble())
            return fail(error, LaunchText::tr("Option \"%1\" of runner \"%2\" needs an int type and both min <= max "
                                         "for its range.").arg(option->name, runner));
        option->min = static_cast<qint64>(min.toDouble());
        option->max = static_cast<qint64>(max.toDouble());
        option->hasRange = true;
    }
    if (!option->defaultValue.isEmpty()) {
        const QString problem = option->validate(option->defaultValue);
        if (!problem.isEmpty())
            return fail(error, LaunchText::tr("The default of option \"%1\" of runner \"%2\" is not valid: %3")
                                   .arg(option->name, runner, problem));
    }
    return true;
}

} // namespace

// ---- RunnerOption ----

QString RunnerOption::validate(const QString &value) const
{
    if (value.isEmpty()) {
        return required ? LaunchText::tr("--%1 is required: %2").arg(name, help.isEmpty() ? LaunchText::tr("enter a value.") : help)
                        : QString();
    }
    if (type == u"int") {
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        if (!ok)
            return LaunchText::tr("--%1 must be a whole number, not \"%2\".").arg(name, value);
        if (hasRange && (number < min || number > max))
            return LaunchText::tr("--%1 must be between %2 and %3; %4 is out of range.").arg(name).arg(min).arg(max).arg(number);
    } else if (type == u"bool") {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
            && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return LaunchText::tr("--%1 is true or false, not \"%2\".").arg(name, value);
    } else if (type == u"enum") {
        if (!values.contains(value)) {
            QStringList shown;
            for (const QString &v : values) {
                if (!v.isEmpty())
                    shown << v;
            }
            return LaunchText::tr("--%1 must be one of %2, not \"%3\".").arg(name, shown.join(QLatin1String(", ")), value);
        }
    } else if (type == u"json") {
        QJsonParseError parseError;
        QJsonDocument::fromJson(value.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return LaunchText::tr("--%1 must be JSON, for example {\"key\": \"value\"}: %2 at character %3.")
                .arg(name, parseError.errorString())
                .arg(parseError.offset);
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        if (!re.match(value).hasMatch()) {
            return LaunchText::tr("\"%1\" is not a valid value for --%2. %3")
                .arg(value, name, help.isEmpty() ? LaunchText::tr("Check the runner's documentation.") : help);
        }
    }
    return QString();
}

// ---- RunnerInfo ----

const RunnerOption *RunnerInfo::option(const QString &optionName) const
{
    for (const RunnerOption &o : options) {
        if (o.name == optionName)
            return &o;
    }
    return nullptr;
}

// ---- RunnerCatalog ----

const RunnerCatalog &RunnerCatalog::builtIn()
{
    static const RunnerCatalog catalog = [] {
        QFile file(QStringLiteral(":/beam-launcher/catalog/runners.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in runner catalog is missing: %s", qPrintable(file.errorString()));
        QString error;
        std::optional<RunnerCatalog> parsed = fromJson(file.readAll(), &error);
        if (!parsed)
            qFatal("The built-in runner catalog is invalid: %s", qPrintable(error));
        return std::move(*parsed);
    }();
    return catalog;
}

std::optional<RunnerCatalog> RunnerCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, LaunchText::tr("The runner catalog is not a JSON object (%1 at offset %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        fail(error, LaunchText::tr("The runner catalog has schema %1; this version reads schema 1.")
                        .arg(root.value(QLatin1String("schema")).toVariant().toString()));
        return std::nullopt;
    }

    RunnerCatalog catalog;
    QSet<QString> envNames;
    for (const QJsonValue &v : root.value(QLatin1String("environmentTypes")).toArray()) {
        const QJsonObject o = v.toObject();
        EnvironmentType type{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("help")).toString()};
        if (type.name.isEmpty() || type.name != type.name.toUpper() || envNames.contains(type.name)) {
            fail(error, LaunchText::tr("Environment type \"%1\" of the runner catalog is empty, not upper-case or "
                                  "listed twice.").arg(type.name));
            return std::nullopt;
        }
        envNames.insert(type.name);
        catalog.m_environmentTypes.append(type);
    }
    if (catalog.m_environmentTypes.isEmpty()) {
        fail(error, LaunchText::tr("The runner catalog lists no environment types."));
        return std::nullopt;
    }

    const QJsonArray runners = root.value(QLatin1String("runners")).toArray();
    if (runners.isEmpty()) {
        fail(error, LaunchText::tr("The runner catalog lists no runners."));
        return std::nullopt;
    }
    QSet<QString> names; // lower-case names and aliases
    for (const QJsonValue &v : runners) {
        const QJsonObject o = v.toObject();
        RunnerInfo r;
        r.name = o.value(QLatin1String("name")).toString();
        r.title = o.value(QLatin1String("title")).toString(r.name);
        r.description = o.value(QLatin1String("description")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            r.aliases.append(a.toString());
        for (const QString &n : QStringList{r.name} + r.aliases) {
            if (!isIdentifier(n, true)) {
                fail(error, LaunchText::tr("Runner name \"%1\" is not a lower-case word.").arg(n));
                return std::nullopt;
            }
            if (names.contains(n.toLower())) {
                fail(error, LaunchText::tr("Runner name \"%1\" appears twice in the runner catalog.").arg(n));
                return std::nullopt;
            }
            names.insert(n.toLower());
        }
        const QString endpoint = o.value(QLatin1String("endpoint")).toString(QStringLiteral("optional"));
        if (endpoint == u"none")
            r.endpoint = RunnerInfo::Endpoint::None;
        else if (endpoint == u"optional")
            r.endpoint = RunnerInfo::Endpoint::Optional;
        else if (endpoint == u"required")
            r.endpoint = RunnerInfo::Endpoint::Required;
        else {
            fail(error, LaunchText::tr("Runner \"%1\" has endpoint \"%2\"; use none, optional or required.").arg(r.name, endpoint));
            return std::nullopt;
        }
        if (!validPort(o.value(QLatin1String("defaultPort")), &r.defaultPort)
            || !validPort(o.value(QLatin1String("webUiPort")), &r.webUiPort)) {
            fail(error, LaunchText::tr("Runner \"%1\" has a port outside 1-65535.").arg(r.name));
            return std::nullopt;
        }
        if (r.endpoint == RunnerInfo::Endpoint::Required && r.defaultPort == 0) {
            fail(error, LaunchText::tr("Runner \"%1\" needs an endpoint, so it must name its default port.").arg(r.name));
            return std::nullopt;
        }
        for (const QJsonValue &e : o.value(QLatin1String("environmentTypes")).toArray()) {
            const QString type = e.toString();
            if (!envNames.contains(type)) {
                fail(error, LaunchText::tr("Runner \"%1\" lists the unknown environment type \"%2\".").arg(r.name, type));
                return std::nullopt;
            }
            r.environmentTypes.append(type);
        }
        r.defaultEnvironmentType = o.value(QLatin1String("defaultEnvironmentType")).toString();
        if (!r.defaultEnvironmentType.isEmpty() && !r.environmentTypes.contains(r.defaultEnvironmentType)) {
            fail(error, LaunchText::tr("The default environment type \"%1\" of runner \"%2\" is not among its environment types.")
                            .arg(r.defaultEnvironmentType, r.name));
            return std::nullopt;
        }
        r.needsWorkerBinary = o.value(QLatin1String("needsWorkerBinary")).toBool(true);
        QSet<QString> optionNames;
        for (const QJsonValue &ov : o.value(QLatin1String("options")).toArray()) {
            RunnerOption option;
            if (!parseOption(ov.toObject(), r.name, &option, error))
                return std::nullopt;
            if (optionNames.contains(option.name)) {
                fail(error, LaunchText::tr("Runner \"%1\" declares option \"%2\" twice.").arg(r.name, option.name));
                return std::nullopt;
            }
            optionNames.insert(option.name);
            r.options.append(option);
        }
        catalog.m_runners.append(r);
    }
    return catalog;
}

int RunnerCatalog::editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two
    // neighbours ("prsim" is one step from "prism"), case-insensitive.
    const QString s = a.toLower();
    const QString t = b.toLower();
    const qsizetype n = s.size();
    const qsizetype m = t.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && s.at(i - 1) == t.at(j - 2) && s.at(i - 2) == t.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString RunnerCatalog::closestSpelling(const QString &wanted, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(wanted, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    // Close enough to be a slip of the keyboard, not a name of its own: at most two edits, and
    // fewer than half of the name's letters.
    if (best.isEmpty() || bestDistance > 2 || bestDistance * 2 >= int(best.size()))
        return {};
    return best;
}

const RunnerInfo *RunnerCatalog::closest(const QString &name, QString *spelling) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty() || find(wanted))
        return nullptr;
    QStringList candidates;
    for (const RunnerInfo &r : m_runners)
        candidates << r.name << r.aliases;
    const QString best = closestSpelling(wanted, candidates);
    if (best.isEmpty())
        return nullptr;
    if (spelling)
        *spelling = best;
    return find(best);
}

const RunnerInfo *RunnerCatalog::find(const QString &nameOrAlias) const
{
    const QString wanted = nameOrAlias.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const RunnerInfo &r : m_runners) {
        if (r.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &r;
        for (const QString &alias : r.aliases) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return &r;
        }
    }
    return nullptr;
}

QStringList RunnerCatalog::environmentTypes() const
{
    QStringList names;
    for (const EnvironmentType &t : m_environmentTypes)
        names << t.name;
    return names;
}

QString RunnerCatalog::environmentTypeHelp(const QString &type) const
{
    for (const EnvironmentType &t : m_environmentTypes) {
        if (t.name.compare(type.trimmed(), Qt::CaseInsensitive) == 0)
            return t.help;
    }
    return QString();
}

} // namespace bl
