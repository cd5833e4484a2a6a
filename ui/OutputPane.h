// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OutputLineParser.h"

#include <QFile>
#include <QStringList>
#include <QTextCharFormat>
#include <QTimer>
#include <QWidget>

#include <deque>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextCursor;
class QToolBar;

namespace bl {

class Dialogs;

/// A read-only output view that stays responsive while a child floods it.
///
/// Lines are queued by appendLines() and inserted on a short single-shot timer in bounded
/// chunks (at most MaxLinesPerFlush lines or ~30 ms of work per turn of the event loop). The view
/// keeps at most maximumLineCount() lines; the optional log file receives every line, so the
/// cap never loses anything. Log levels, Go panics and Go source references are highlighted
/// as each line is inserted; a reference is a link that emits fileLinkActivated().
class OutputPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Stream { StdOut, StdErr, Info };
    Q_ENUM(Stream)

    explicit OutputPane(QWidget *parent = nullptr);
    ~OutputPane() override;
    Q_DISABLE_COPY_MOVE(OutputPane)

    void appendLines(const QStringList &lines, Stream stream);
    void appendLine(const QString &line, Stream stream) { appendLines(QStringList{line}, stream); }

    /// Lines kept on screen (older ones are dropped); 0 = no cap. Default 100000.
    void setMaximumLineCount(int lines);
    int maximumLineCount() const { return m_maxLines; }

    /// Also writes every appended line, immediately, to \a path (truncated first). Each line gets
    /// a four-character stream prefix so the file stays greppable: "out ", "err ", "inf ".
    /// An empty path closes the log. Returns false (and logs nothing) when it cannot be opened.
    bool setLogFile(const QString &path);
    QString logFile() const { return m_log.fileName(); }
    QString logError() const { return m_logError; }
    static QString logPrefix(Stream stream);

    /// Relative paths in links are resolved against this folder before fileLinkActivated().
    void setBaseDirectory(const QString &dir) { m_baseDir = dir; }

    /// Not owned; the default is StandardDialogs::instance().
    void setDialogs(Dialogs *dialogs);

    /// Removes what is shown and what is still queued (the log file is kept).
    void clear();
    /// Inserts everything still queued now (tests; before saving).
    void flushPending();
    int pendingLineCount() const { return int(m_pending.size()); }
    /// Lines appended since the last clear(), including ones the cap has dropped.
    qint64 totalLineCount() const { return m_totalLines; }

    void setWordWrap(bool wrap);
    bool wordWrap() const;
    /// Asks for a file through the dialogs seam and writes the shown text; false on cancel/error.
    bool saveToFile();
    /// Opens the find bar with \a text (or the current selection) and focuses it.
    void showFindBar(const QString &text = QString());
    /// Selects the next (or previous) match of the find bar's text, wrapping around.
    bool findNext(bool backward = false);
    int matchCount() const { return m_matchCount; }

    /// Handles a link anchor as a click on it would; false when \a href is not a source link.
    bool activateLink(const QString &href);

    QPlainTextEdit *textEdit() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

Q_SIGNALS:
    void fileLinkActivated(const QString &file, int line, int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PendingLine
    {
        QString text;
        Stream stream;
    };

    void scheduleFlush(int delayMs);
    void flushChunk(bool all);
    void insertLine(QTextCursor &cursor, const QString &text, const OutputLineParser::Spans &spans, Stream stream,
                    bool first);
    void trimToCap();
    void updateFormats();
    void updateMatches();
    void hideFindBar();
    void writeLog(const QStringList &lines, Stream stream);

    QPlainTextEdit *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QAction *m_wrapAction = nullptr;
    Dialogs *m_dialogs = nullptr;

    std::deque<PendingLine> m_pending;
    QTimer m_flushTimer;
    int m_maxLines = 100000;
    static constexpr int MaxLinesPerFlush = 5000;
    int m_chunkLines = 5000; // adapted to what one flush costs
    qint64 m_totalLines = 0;
    bool m_hasText = false;

    QFile m_log;
    QString m_logError;
    QString m_baseDir;
    QString m_pressedAnchor;
    int m_matchCount = 0;

    QTextCharFormat m_formats[3];      // per stream
    QTextCharFormat m_levelFormats[4]; // Error, Warning, Info, Debug
    QTextCharFormat m_linkFormat;
};

} // namespace bl
