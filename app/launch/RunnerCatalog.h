// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl {

/// One runner-specific pipeline option of the catalog, passed as `--name=value`.
struct RunnerOption
{
    QString name;
    QString type; ///< string | int | bool | enum | json
    QString help;
    QString defaultValue;
    QString pattern; ///< regular expression a non-empty value must match (searched: anchor it with ^ and $)
    QStringList values; ///< enum choices ("" allowed when listed)
    bool required = false;
    /// False for a setting of Beam Launcher's own about this runner (e.g. Flink's REST address):
    /// kept in the profile and checked, never passed to the pipeline ("pipelineFlag": false).
    bool pipelineFlag = true;
    qint64 min = 0;
    qint64 max = 0;
    bool hasRange = false;

    /// Empty when `value` is acceptable, otherwise a translated sentence that says what to
    /// enter. An empty value is fine unless the option is required.
    QString validate(const QString &value) const;
};

/// What the launcher knows about one Beam runner (see resources/catalog/runners.json).
struct RunnerInfo
{
    enum class Endpoint { None, Optional, Required };

    QString name;
    QString title;
    QString description;
    QStringList aliases;
    Endpoint endpoint = Endpoint::Optional;
    int defaultPort = 0; ///< port of its job service; 0 when it has none
    int webUiPort = 0;
    QStringList environmentTypes; ///< sensible ones, first is the most usual; empty: not applicable
    QString defaultEnvironmentType; ///< empty: the SDK's own default
    bool needsWorkerBinary = true;
    QList<RunnerOption> options;

    const RunnerOption *option(const QString &name) const;
};

/// The runners Beam Launcher knows, their endpoints, environments and options: data, not code.
class RunnerCatalog final
{
public:
    /// The catalog compiled into the program, loaded once; aborts if it is invalid
    /// (tests make sure it is not).
    static const RunnerCatalog &builtIn();
    /// Parses and validates a catalog: unique names and aliases, known option types,
    /// patterns that compile, ports in range, defaults that pass their own validation...
    static std::optional<RunnerCatalog> fromJson(const QByteArray &json, QString *error);

    const QList<RunnerInfo> &runners() const { return m_runners; }
    /// Case-insensitive by name or alias; nullptr for an unknown runner (free text is allowed).
    const RunnerInfo *find(const QString &nameOrAlias) const;
    /// For a name that is no runner here: the runner it is most likely a typo of ("prsim":
    /// prism), by edit distance over names and aliases; nullptr when none is close.
    /// `spelling`, if given, gets the name or alias that was close.
    const RunnerInfo *closest(const QString &name, QString *spelling = nullptr) const;
    /// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, ignoring case.
    static int editDistance(const QString &a, const QString &b);
    /// The candidate `wanted` is most likely a slip of the keyboard for: the nearest by
    /// editDistance, at most two edits away and fewer than half its letters changed ("dot" is
    /// no typo of "direct"); empty when none is that close. Runner names and pipeline flags.
    static QString closestSpelling(const QString &wanted, const QStringList &candidates);

    /// DOCKER, PROCESS, LOOPBACK, EXTERNAL: the values of --environment_type Beam knows.
    QStringList environmentTypes() const;
    QString environmentTypeHelp(const QString &type) const;

private:
    struct EnvironmentType
    {
        QString name;
        QString help;
    };
    QList<EnvironmentType> m_environmentTypes;
    QList<RunnerInfo> m_runners;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::RunnerOption)
