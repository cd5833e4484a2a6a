// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "OutputPane.h"

#include "Dialogs.h"
#include "OutputLineParser.h"
#include "PaletteColors.h"
#include "UiText.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace bl {

namespace {

constexpr int flushDelayMs = 25;
constexpr int flushBudgetMs = 30;
constexpr int minChunkLines = 200;
constexpr int maxHighlightedMatches = 1000;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/beam-launcher/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

int streamIndex(OutputPane::Stream stream)
{
    return static_cast<int>(stream);
}

} // namespace

OutputPane::OutputPane(QWidget *parent)
    : QWidget(parent)
    , m_dialogs(StandardDialogs::instance())
{
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("outputText"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTabStopDistance(4 * m_view->fontMetrics().horizontalAdvance(u' '));
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("outputToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *findAction = new QAction(icon("find"), UiText::tr("Find…"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] { showFindBar(); });

    auto *findNextAction = new QAction(UiText::tr("Find Next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(false); });
    auto *findPreviousAction = new QAction(UiText::tr("Find Previous"), this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, [this] { findNext(true); });

    m_wrapAction = new QAction(icon("wrap"), UiText::tr("Wrap Lines"), this);
    m_wrapAction->setObjectName(QStringLiteral("wrapAction"));
    m_wrapAction->setCheckable(true);
    connect(m_wrapAction, &QAction::toggled, this, &OutputPane::setWordWrap);

    auto *clearAction = new QAction(icon("clear"), UiText::tr("Clear"), this);
    clearAction->setObjectName(QStringLiteral("clearAction"));
    connect(clearAction, &QAction::triggered, this, &OutputPane::clear);

    auto *saveAction = new QAction(icon("save"), UiText::tr("Save Output…"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { saveToFile(); });

    m_toolBar->addAction(findAction);
    m_toolBar->addAction(m_wrapAction);
    m_toolBar->addAction(clearAction);
    m_toolBar->addAction(saveAction);
    addActions({findAction, findNextAction, findPreviousAction, saveAction});

    // Find bar: hidden until Ctrl+F.
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(UiText::tr("Find in output"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    auto *previousButton = new QToolButton(m_findBar);
    previousButton->setArrowType(Qt::UpArrow);
    previousButton->setToolTip(UiText::tr("Previous match (Shift+Enter)"));
    auto *nextButton = new QToolButton(m_findBar);
    nextButton->setArrowType(Qt::DownArrow);
    nextButton->setToolTip(UiText::tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(m_findBar);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(UiText::tr("Close (Escape)"));
    closeButton->setAutoRaise(true);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previousButton);
    findLayout->addWidget(nextButton);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeButton);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        // Search as you type from where the current match starts.
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_view->setTextCursor(cursor);
        updateMatches();
        if (!m_findEdit->text().isEmpty())
            findNext(false);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(nextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(closeButton, &QToolButton::clicked, this, &OutputPane::hideFindBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushChunk(false); });
    updateFormats();
}

OutputPane::~OutputPane()
{
    if (m_log.isOpen())
        m_log.close();
}

void OutputPane::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : StandardDialogs::instance();
}

void OutputPane::setMaximumLineCount(int lines)
{
    m_maxLines = qMax(0, lines);
    QTextCursor cursor(m_view->document());
    cursor.beginEditBlock();
    trimToCap();
    cursor.endEditBlock();
}

QString OutputPane::logPrefix(Stream stream)
{
    switch (stream) {
    case Stream::StdOut:
        return QStringLiteral("out ");
    case Stream::StdErr:
        return QStringLiteral("err ");
    case Stream::Info:
        return QStringLiteral("inf ");
    }
    return QString();
}

bool OutputPane::setLogFile(const QString &path)
{
    if (m_log.isOpen())
        m_log.close();
    m_log.setFileName(path);
    m_logError.clear();
    if (path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_logError = m_log.errorString();
        return false;
    }
    return true;
}

void OutputPane::writeLog(const QStringList &lines, Stream stream)
{
    if (!m_log.isOpen())
        return;
    const QByteArray prefix = logPrefix(stream).toLatin1();
    QByteArray bytes;
    qsizetype size = 0;
    for (const QString &line : lines)
        size += prefix.size() + line.size() + 1;
    bytes.reserve(size + size / 4);
    for (const QString &line : lines) {
        bytes += prefix;
        bytes += line.toUtf8();
        bytes += '\n';
    }
    if (m_log.write(bytes) != bytes.size() || !m_log.flush())
        m_logError = m_log.errorString();
}

void OutputPane::appendLines(const QStringList &lines, Stream stream)
{
    if (lines.isEmpty())
        return;
    writeLog(lines, stream);
    m_totalLines += lines.size();
    for (const QString &line : lines)
        m_pending.push_back({line, stream});
    // Lines the cap would drop right after inserting them are not worth inserting.
    if (m_maxLines > 0) {
        while (m_pending.size() > size_t(m_maxLines))
            m_pending.pop_front();
    }
    scheduleFlush(flushDelayMs);
}

void OutputPane::scheduleFlush(int delayMs)
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start(delayMs);
    else if (delayMs == 0)
        m_flushTimer.start(0);
}

void OutputPane::flushPending()
{
    m_flushTimer.stop();
    flushChunk(true);
}

void OutputPane::insertLine(QTextCursor &cursor, const QString &text, const OutputLineParser::Spans &spans,
                            Stream stream, bool first)
{
    if (!first)
        cursor.insertBlock();
    // The level a line states wins over its stream: Go's log and slog write INFO lines to
    // stderr, and painting those red would hide the real errors among them.
    if (stream == Stream::StdErr) {
        for (const auto &span : spans) {
            if (span.kind == OutputLineParser::Kind::Link)
                continue;
            if (span.kind != OutputLineParser::Kind::Error)
                stream = Stream::StdOut;
            break;
        }
    }
    const QTextCharFormat &base = m_formats[streamIndex(stream)];
    int position = 0;
    for (const auto &span : spans) {
        if (span.start > position)
            cursor.insertText(text.mid(position, span.start - position), base);
        QTextCharFormat format = base;
        if (span.kind == OutputLineParser::Kind::Link) {
            format.merge(m_linkFormat);
            format.setAnchorHref(OutputLineParser::linkHref(span.file, span.line, span.column));
            format.setToolTip(UiText::tr("Open %1 at line %2").arg(span.file).arg(span.line));
        } else {
            format.merge(m_levelFormats[static_cast<int>(span.kind)]);
        }
        cursor.insertText(text.mid(span.start, span.length), format);
        position = span.start + span.length;
    }
    if (position < text.size())
        cursor.insertText(position == 0 ? text : text.mid(position), base);
}

void OutputPane::flushChunk(bool all)
{
    if (m_pending.empty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool followEnd = bar->value() >= bar->maximum();

    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    // Consecutive plain lines of one stream go in as one insertText() (it turns '\n' into blocks).
    QString run;
    Stream runStream = Stream::StdOut;
    bool runOpen = false;
    const auto closeRun = [&] {
        if (!runOpen)
            return;
        if (m_hasText)
            cursor.insertBlock();
        cursor.insertText(run, m_formats[streamIndex(runStream)]);
        m_hasText = true;
        run.clear();
        runOpen = false;
    };
    int done = 0;
    while (!m_pending.empty()) {
        if (!all && (done >= qMin(m_chunkLines, MaxLinesPerFlush) || ((done & 63) == 0 && clock.elapsed() >= flushBudgetMs)))
            break;
        PendingLine &line = m_pending.front();
        const OutputLineParser::Spans spans = OutputLineParser::parse(line.text);
        if (spans.isEmpty() && line.text.indexOf(u'\r') < 0 && line.text.indexOf(u'\n') < 0) {
            if (runOpen && runStream != line.stream)
                closeRun();
            if (runOpen)
                run += u'\n';
            run += line.text;
            runStream = line.stream;
            runOpen = true;
        } else {
            closeRun();
            insertLine(cursor, line.text, spans, line.stream, !m_hasText);
            m_hasText = true;
        }
        m_pending.pop_front();
        ++done;
    }
    closeRun();
    trimToCap();
    cursor.endEditBlock();
    if (followEnd)
        bar->setValue(bar->maximum());
    // Size the next chunk so one turn (insert + removal + layout) stays within the budget.
    const qint64 spent = clock.elapsed();
    if (!all) {
        if (spent > flushBudgetMs && done > 0)
            m_chunkLines = qMax(minChunkLines, int(done * flushBudgetMs * 8 / (spent * 10)));
        else if (spent < flushBudgetMs / 2)
            m_chunkLines = qMin(MaxLinesPerFlush, m_chunkLines * 2);
    }
    if (!m_pending.empty())
        scheduleFlush(0); // yield to the event loop, then continue
}

void OutputPane::trimToCap()
{
    // Our own cap instead of QPlainTextEdit::maximumBlockCount: Qt trims with
    // QTextCursor::movePosition(NextBlock, n), which costs ~50 us per block (5000 lines: 250 ms);
    // selecting up to a block's position is nearly free.
    QTextDocument *document = m_view->document();
    const int excess = document->blockCount() - m_maxLines;
    if (m_maxLines <= 0 || excess <= 0)
        return;
    QTextCursor cursor(document);
    cursor.setPosition(document->findBlockByNumber(excess).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void OutputPane::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_view->clear();
    m_hasText = false;
    m_totalLines = 0;
    updateMatches();
}

void OutputPane::setWordWrap(bool wrap)
{
    m_view->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    if (m_wrapAction->isChecked() != wrap)
        m_wrapAction->setChecked(wrap);
}

bool OutputPane::wordWrap() const
{
    return m_view->lineWrapMode() != QPlainTextEdit::NoWrap;
}

bool OutputPane::saveToFile()
{
    const QString suggested = m_log.fileName().isEmpty()
        ? QDir::home().filePath(QStringLiteral("output.txt"))
        : QFileInfo(m_log.fileName()).dir().filePath(QFileInfo(m_log.fileName()).completeBaseName()
                                                     + QStringLiteral("-shown.txt"));
    const QString path = m_dialogs->chooseSaveFile(this, UiText::tr("Save Output"), suggested,
                                                   UiText::tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return false;
    flushPending();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        QByteArray bytes = m_view->toPlainText().toUtf8();
        if (!bytes.isEmpty())
            bytes += '\n';
        file.write(bytes);
        if (file.commit())
            return true;
    }
    m_dialogs->showWarning(this, UiText::tr("Save Output"),
                           UiText::tr("Could not save the output to %1: %2").arg(QDir::toNativeSeparators(path),
                                                                         file.errorString()));
    return false;
}

void OutputPane::showFindBar(const QString &text)
{
    QString initial = text;
    if (initial.isEmpty()) {
        const QString selected = m_view->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            initial = selected;
    }
    m_findBar->show();
    if (!initial.isEmpty())
        m_findEdit->setText(initial);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void OutputPane::hideFindBar()
{
    m_findBar->hide();
    m_view->setExtraSelections({});
    m_view->setFocus(Qt::OtherFocusReason);
}

bool OutputPane::findNext(bool backward)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty())
        return false;
    flushPending();
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_view->find(text, flags);
    if (!found) {
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        found = m_view->find(text, flags);
    }
    QPalette palette = m_findEdit->palette();
    palette.setColor(QPalette::Base, found ? this->palette().color(QPalette::Base)
                                           : PaletteColors::mix(this->palette().color(QPalette::Base),
                                                                PaletteColors::from(this->palette()).error, 0.25));
    m_findEdit->setPalette(palette);
    return found;
}

void OutputPane::updateMatches()
{
    const QString text = m_findEdit->text();
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    if (!text.isEmpty() && m_findBar->isVisible()) {
        QTextCharFormat format;
        format.setBackground(PaletteColors::from(palette()).findHighlight);
        QTextDocument *document = m_view->document();
        QTextCursor cursor(document);
        while (m_matchCount < maxHighlightedMatches) {
            cursor = document->find(text, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
            ++m_matchCount;
        }
    }
    m_view->setExtraSelections(selections);
    if (text.isEmpty())
        m_findStatus->clear();
    else if (m_matchCount == 0)
        m_findStatus->setText(UiText::tr("No matches"));
    else if (m_matchCount >= maxHighlightedMatches)
        m_findStatus->setText(UiText::tr("%1+ matches").arg(maxHighlightedMatches));
    else
        m_findStatus->setText(UiText::tr("%n match(es)", nullptr, m_matchCount));
}

bool OutputPane::activateLink(const QString &href)
{
    QString file;
    int line = 0;
    int column = 0;
    if (!OutputLineParser::parseLinkHref(href, &file, &line, &column))
        return false;
    if (QDir::isRelativePath(file) && !m_baseDir.isEmpty())
        file = QDir::cleanPath(QDir(m_baseDir).filePath(file));
    Q_EMIT fileLinkActivated(file, line, column);
    return true;
}

bool OutputPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const bool onLink = !m_view->anchorAt(mouse->position().toPoint()).isEmpty();
            m_view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
            break;
        }
        case QEvent::MouseButtonPress: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            m_pressedAnchor = mouse->button() == Qt::LeftButton ? m_view->anchorAt(mouse->position().toPoint())
                                                                : QString();
            break;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a selection drag that happened to start on a link.
            if (mouse->button() == Qt::LeftButton && !m_pressedAnchor.isEmpty()
                && m_view->anchorAt(mouse->position().toPoint()) == m_pressedAnchor
                && !m_view->textCursor().hasSelection()) {
                const QString href = m_pressedAnchor;
                m_pressedAnchor.clear();
                activateLink(href);
            }
            break;
        }
        default:
            break;
        }
    } else if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hideFindBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutputPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateFormats(); // new lines only: re-colouring old ones would touch the whole document
    QWidget::changeEvent(event);
}

void OutputPane::updateFormats()
{
    const PaletteColors colors = PaletteColors::from(palette());
    m_formats[streamIndex(Stream::StdOut)] = QTextCharFormat();
    QTextCharFormat err;
    err.setForeground(colors.error);
    m_formats[streamIndex(Stream::StdErr)] = err;
    QTextCharFormat info;
    info.setForeground(colors.note);
    info.setFontItalic(true);
    m_formats[streamIndex(Stream::Info)] = info;

    const QColor levelColors[] = {colors.error, colors.warning, colors.note, colors.muted};
    for (int i = 0; i < 4; ++i) {
        QTextCharFormat format;
        format.setForeground(levelColors[i]);
        format.setFontWeight(QFont::Bold);
        m_levelFormats[i] = format;
    }
    m_linkFormat = QTextCharFormat();
    m_linkFormat.setAnchor(true);
    m_linkFormat.setForeground(colors.link);
    m_linkFormat.setFontUnderline(true);
}

} // namespace bl
