// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/GoJson.h"
#include "go/Platform.h"

#include <QObject>
#include <QProcessEnvironment>

namespace bl {

class CapturedRun;

/// The Go toolchain a build uses: where `go` is, what `go env` says, which platforms it targets.
///
/// locate() is a quick file lookup; probe() runs `go env -json` and `go tool dist list`
/// side by side and reports ready() or failed() with a message that says what to install.
class GoToolchain final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumMinor = 21; ///< Go 1.21: toolchain lines in go.mod, `go version -m`

    explicit GoToolchain(QObject *parent = nullptr);
    ~GoToolchain() override;

    /// Finds `go`: the explicit path when given, else PATH, else the usual install folders
    /// (GUI apps on macOS do not see the shell's PATH). Empty with `error` set when none.
    static QString locate(const QString &explicitPath, QString *error);
    /// The folders locate() searches after PATH, for messages and docs.
    static QStringList usualInstallFolders();

    void probe(const QString &goPath, const QProcessEnvironment &environment);
    void cancel();

    QString goPath() const { return m_goPath; }
    const GoEnv &env() const { return m_env; }
    const QList<Platform> &platforms() const { return m_platforms; }
    bool supports(const Platform &platform) const { return m_platforms.contains(platform); }
    /// Says which platforms exist when `platform` is not one of them.
    QString unsupportedMessage(const Platform &platform) const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void partDone();

    CapturedRun *m_envRun;
    CapturedRun *m_distRun;
    QString m_goPath;
    GoEnv m_env;
    QList<Platform> m_platforms;
    QString m_error;
    int m_pending = 0;
};

} // namespace bl
