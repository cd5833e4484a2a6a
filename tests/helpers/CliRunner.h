// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Runs the real beam-launcher executable in tests and reads its --json events.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include "VerifyWhole.h"

namespace bl::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> events;

    QList<QJsonObject> eventsNamed(const QString &name) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &e : events) {
            if (e.value(QStringLiteral("event")).toString() == name)
                found.append(e);
        }
        return found;
    }
    QString errorText() const
    {
        QStringList messages;
        for (const QJsonObject &e : eventsNamed(QStringLiteral("error")))
            messages << e.value(QStringLiteral("message")).toString();
        return messages.join(u'\n');
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stderr\n%2\n--- stdout\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err.right(6000)), QString::fromUtf8(out.right(4000)));
    }
};

inline QList<QJsonObject> parseEvents(const QByteArray &out)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            events.append(doc.object());
    }
    return events;
}

/// Runs beam-launcher to its end (the test thread may block: no GUI here).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BL_EXECUTABLE), arguments);
    CliRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.events = parseEvents(run.out);
    return run;
}

} // namespace bl::test
