// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

namespace bl {

/// How a session or a command ends, as the command line's exit code and in Recent Runs.
/// A launch that ran ends with the launcher's own exit code instead.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failed = 1;     ///< a build, a binary check or the launch failed
inline constexpr int BadInput = 2;   ///< bad usage, settings, package or toolchain
inline constexpr int Cancelled = 130;
} // namespace ExitCode

/// What stands for a secret value wherever text is shown or written.
inline constexpr QStringView SecretMask = u"********";
/// Secret values shorter than this are not masked in text: they would mask innocent words.
inline constexpr qsizetype MinMaskedLength = 4;

} // namespace bl
