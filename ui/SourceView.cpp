// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "SourceView.h"

#include "PaletteColors.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace bl {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("lineNumberArea"));
    }
    QSize sizeHint() const override { return QSize(m_view->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Keep the cursor visible in a read-only view: it shows the reported column.
    setCursorWidth(2);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' ')); // gofmt indents with tabs
    m_lineNumberArea = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateLineNumberArea);
    updateLineNumberAreaWidth();
}

bool SourceView::openFile(const QString &path, int line, int column)
{
    QFile file(path);
    if (QFileInfo(path).size() > m_maxFileSize) {
        m_error = UiText::tr("%1 is too large to show.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = UiText::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_error.clear();

    if (m_highlighter) {
        delete m_highlighter->syntaxHighlighter();
        m_highlighter = nullptr;
    }
    setPlainText(text);
    if (path.endsWith(QStringLiteral(".go"), Qt::CaseInsensitive))
        m_highlighter = createGoHighlighter(document(), palette());
    m_path = path;
    goToLine(line, column);
    Q_EMIT fileOpened(path);
    return true;
}

void SourceView::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid()) {
        m_markedLine = 0;
        updateMarks();
        return;
    }
    m_markedLine = line;
    int offset = 0;
    if (column > 1) {
        // Go counts bytes: convert the UTF-8 prefix to a character count.
        const QByteArray utf8 = block.text().toUtf8();
        offset = int(QString::fromUtf8(utf8.left(column - 1)).size());
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qMin(offset, block.length() - 1));
    setTextCursor(cursor);
    updateMarks();
    // Centre the line instead of leaving it at an edge.
    centerCursor();
}

void SourceView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_markedLine - 1);
    if (m_markedLine > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(PaletteColors::from(palette()).lineHighlight);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        selections.append(mark);
    }
    setExtraSelections(selections);
    m_lineNumberArea->update();
}

int SourceView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceView::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SourceView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_highlighter)
            m_highlighter->setPalette(palette());
        updateMarks();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
        updateLineNumberAreaWidth();
    }
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    const PaletteColors colors = PaletteColors::from(palette());
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), PaletteColors::mix(colors.base, colors.text, colors.dark ? 0.06 : 0.04));
    painter.setFont(font());
    const int width = m_lineNumberArea->width() - 6;
    const int height = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            const bool marked = number == m_markedLine;
            if (marked) {
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
                painter.fillRect(0, top, m_lineNumberArea->width(), bottom - top, colors.lineHighlight);
            }
            painter.setPen(marked ? colors.text : colors.muted);
            painter.drawText(0, top, width, height, Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
            if (marked)
                painter.setFont(font());
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace bl
