// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace bl {

class SyntaxHighlighterAdapter;

/// Read-only source viewer with line numbers. openFile() shows a file at a line: the line gets
/// a full-width mark and the cursor goes to the column. Go files are highlighted through
/// createGoHighlighter() (KSyntaxHighlighting when built with it, else the built-in rules).
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SourceView)

    /// \a line and \a column are 1-based; \a column counts bytes of UTF-8, as Go reports it.
    /// 0 leaves the line (or column) unmarked. Returns false and sets errorString() on failure.
    bool openFile(const QString &path, int line = 0, int column = 0);
    /// Marks \a line and moves the cursor there, for the file already shown.
    void goToLine(int line, int column = 0);

    QString filePath() const { return m_path; }
    int markedLine() const { return m_markedLine; }
    QString errorString() const { return m_error; }
    SyntaxHighlighterAdapter *highlighter() const { return m_highlighter; }

    /// Files larger than this are not opened (default 16 MiB).
    void setMaximumFileSize(qint64 bytes) { m_maxFileSize = bytes; }

    int lineNumberAreaWidth() const;

Q_SIGNALS:
    void fileOpened(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateMarks();

    QWidget *m_lineNumberArea = nullptr;
    SyntaxHighlighterAdapter *m_highlighter = nullptr;
    QString m_path;
    QString m_error;
    int m_markedLine = 0;
    qint64 m_maxFileSize = 16 * 1024 * 1024;
};

} // namespace bl
