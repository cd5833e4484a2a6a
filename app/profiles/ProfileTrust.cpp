// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileTrust.h"

#include "process/TerminalText.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace bl::ProfileTrust {

namespace {

// Variables that make the launcher (or go) run or load other programs.
bool choosesPrograms(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("PATH"),    QStringLiteral("GOFLAGS"), QStringLiteral("GOROOT"), QStringLiteral("GOTOOLCHAIN"),
        QStringLiteral("GOENV"),   QStringLiteral("CC"),      QStringLiteral("CXX"),    QStringLiteral("BASH_ENV"),
        QStringLiteral("ENV"),     QStringLiteral("SHELL"),   QStringLiteral("PYTHONPATH"),
        QStringLiteral("PYTHONSTARTUP")};
    const QString upper = name.toUpper();
    return names.contains(upper) || upper.startsWith(QLatin1String("LD_")) || upper.startsWith(QLatin1String("DYLD_"));
}

QString flagName(const QString &flag)
{
    QString name = flag;
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return name.section(u'=', 0, 0);
}

bool isDefaultGo(const QString &goPath)
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("go"));
    if (onPath.isEmpty())
        return false;
    const QString a = QFileInfo(goPath).canonicalFilePath();
    return !a.isEmpty() && a == QFileInfo(onPath).canonicalFilePath();
}

} // namespace

QList<Field> outsideFields(const LaunchSettings &s)
{
    QList<Field> fields;
    auto add = [&fields](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.append({name, value});
    };
    if (!s.goPath.trimmed().isEmpty() && !isDefaultGo(s.goPath))
        add(QStringLiteral("goPath"), s.goPath);
    add(QStringLiteral("launcherBinary"), s.launcherBinary);
    add(QStringLiteral("workerBinary"), s.workerBinary);
    add(QStringLiteral("outDir"), s.outDir);
    if (s.environmentType.compare(QLatin1String("PROCESS"), Qt::CaseInsensitive) == 0
        || s.environmentConfig.contains(QLatin1String("command")))
        add(QStringLiteral("environmentConfig"), s.environmentConfig);
    for (auto it = s.runnerOptions.constBegin(); it != s.runnerOptions.constEnd(); ++it) {
        if (it.key() == u"environment_config" || it.key() == u"worker_binary" || it.value().contains(QLatin1String("\"command\"")))
            add(QStringLiteral("runnerOptions ") + it.key(), it.value());
    }
    for (qsizetype i = 0; i < s.pipelineFlags.size(); ++i) {
        const QString &flag = s.pipelineFlags.at(i);
        const QString name = flagName(flag);
        if (!flag.startsWith(u'-') || (name != u"environment_config" && name != u"worker_binary"))
            continue;
        // "--environment_config VALUE" takes the next word as its value.
        const QString value = flag.contains(u'=') ? flag : flag + u' ' + s.pipelineFlags.value(i + 1);
        add(QStringLiteral("pipelineFlags"), value);
    }
    for (const EnvironmentVariable &var : s.environment) {
        if (!var.secret && choosesPrograms(var.name))
            add(QStringLiteral("environment ") + var.name, var.value);
    }
    return fields;
}

QString fingerprint(const LaunchSettings &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<Field> fields = outsideFields(settings);
    for (const Field &f : fields) {
        hash.addData(f.name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(f.value.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool isTrusted(const Profile &profile)
{
    if (!profile.trustedFields)
        return true;
    if (outsideFields(profile.settings).isEmpty())
        return true;
    return *profile.trustedFields == fingerprint(profile.settings);
}

void trust(Profile &profile)
{
    profile.trustedFields = fingerprint(profile.settings);
}

QString describe(const QList<Field> &fields)
{
    QStringList lines;
    for (const Field &f : fields)
        lines << QStringLiteral("  %1: %2").arg(f.name, TerminalText::escaped(f.value));
    return lines.join(u'\n');
}

} // namespace bl::ProfileTrust
