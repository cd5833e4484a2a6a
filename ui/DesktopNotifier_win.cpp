// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Windows: notifications are the tray's balloon (DesktopNotifier.cpp); the taskbar button shows
// the launch's progress through ITaskbarList3. Written to compile there, not run: see
// docs/PLATFORMS.md.
#include "DesktopNotifier.h"

#include <QWidget>

#include <shobjidl.h>
#include <windows.h>

namespace bl {

namespace {

class TaskbarBackend final : public NotifierBackend
{
public:
    explicit TaskbarBackend(QWidget *window)
        : m_window(window)
    {
        if (FAILED(CoCreateInstance(CLSID_TaskbarList, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskbarList3,
                                    reinterpret_cast<void **>(&m_taskbar))))
            m_taskbar = nullptr;
        else if (FAILED(m_taskbar->HrInit())) {
            m_taskbar->Release();
            m_taskbar = nullptr;
        }
    }
    ~TaskbarBackend() override
    {
        if (m_taskbar)
            m_taskbar->Release();
    }
    TaskbarBackend(const TaskbarBackend &) = delete;
    TaskbarBackend &operator=(const TaskbarBackend &) = delete;

    QString name() const override { return QStringLiteral("ITaskbarList3"); }
    bool notify(const QString &, const QString &, bool, quint64) override { return false; } // the tray's

    void setProgress(DesktopNotifier::Progress progress, double fraction, bool urgent) override
    {
        if (!m_taskbar)
            return;
        const auto hwnd = reinterpret_cast<HWND>(m_window->winId());
        switch (progress) {
        case DesktopNotifier::Progress::None:
            m_taskbar->SetProgressState(hwnd, urgent ? TBPF_ERROR : TBPF_NOPROGRESS);
            if (urgent)
                m_taskbar->SetProgressValue(hwnd, 100, 100);
            break;
        case DesktopNotifier::Progress::Busy:
            m_taskbar->SetProgressState(hwnd, TBPF_INDETERMINATE);
            break;
        case DesktopNotifier::Progress::Fraction:
            m_taskbar->SetProgressState(hwnd, TBPF_NORMAL);
            m_taskbar->SetProgressValue(hwnd, ULONGLONG(fraction * 1000), 1000);
            break;
        }
    }

private:
    QWidget *m_window;
    ITaskbarList3 *m_taskbar = nullptr;
};

} // namespace

std::unique_ptr<NotifierBackend> makeNotifierBackend(QWidget *window, NotifierHooks)
{
    return std::make_unique<TaskbarBackend>(window);
}

} // namespace bl
