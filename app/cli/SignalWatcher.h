// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace bl::cli {

/// Turns SIGINT and SIGTERM (Ctrl+C / Ctrl+Break and console close on Windows) into a Qt
/// signal on the main thread, so a cancel can stop child processes cleanly.
/// Platform parts: SignalWatcher_unix.cpp, SignalWatcher_win.cpp.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);
};

} // namespace bl::cli
