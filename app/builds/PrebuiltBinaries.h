// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builds/BuildSettings.h"
#include "go/CrossBuild.h"

#include <QObject>
#include <QProcessEnvironment>

namespace bl {

class BinaryCheck;

/// The prebuilt launcher and worker a launch was given (--launcher-binary, --worker-binary),
/// checked one after the other with `go version -m` before anything runs: files that exist,
/// for the platforms the settings name, the worker without cgo unless cgo is allowed.
class PrebuiltBinaries final : public QObject
{
    Q_OBJECT

public:
    explicit PrebuiltBinaries(QObject *parent = nullptr);

    /// `settings` with both platforms valid.
    void start(const BuildSettings &settings, const QString &goPath, const QProcessEnvironment &environment);
    void cancel();

Q_SIGNALS:
    /// One binary's verdict, as a build's result (ok, or `error` saying why not).
    void checked(const bl::BuildResult &result);
    /// Both are checked (ok), or one was refused (`error` says which and what to do).
    void finished(bool ok, const QString &error);

private:
    void checkNext();

    BinaryCheck *m_check;
    BuildSettings m_settings;
    QString m_goPath;
    QProcessEnvironment m_environment;
    int m_index = 0;
};

} // namespace bl
