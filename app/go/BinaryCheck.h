// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/GoJson.h"
#include "go/Platform.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace bl {

class CapturedRun;

/// Checks a Go binary before it is used: `go version -m` says its GOOS, GOARCH and cgo, and
/// they must be what the launch needs. One check for both kinds of binaries: those
/// CrossBuild has just built and prebuilt ones given by the user.
class BinaryCheck final : public QObject
{
    Q_OBJECT

public:
    /// What the binary must be.
    struct Expectation
    {
        Platform platform;
        bool cgoAllowed = false;
        QString role; ///< the translated "launcher" or "worker", for the messages
    };

    struct Verdict
    {
        std::optional<BinaryInfo> info; ///< what go version -m said, when it could
        QString versionOutput;          ///< its output as it was
        QString problem;                ///< one sentence for the user; empty: the binary fits
        bool ok() const { return problem.isEmpty(); }
    };
    using Callback = std::function<void(const Verdict &)>;

    explicit BinaryCheck(QObject *parent = nullptr);
    ~BinaryCheck() override;

    /// Runs `go version -m binary`; `done` gets the verdict, after cancel() too (a problem then).
    /// `shownAs` is the file name the messages use (defaults to `binary`).
    void start(const QString &goPath, const QString &binary, const QProcessEnvironment &environment,
               const Expectation &wanted, Callback done, const QString &shownAs = {});
    void cancel();
    bool isRunning() const;

    /// The verdict on `go version -m` output that is already known (a VerifiedRecord's).
    static Verdict judge(const QString &versionOutput, const Expectation &wanted);

private:
    CapturedRun *m_run;
};

} // namespace bl
