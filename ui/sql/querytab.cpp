// SPDX-License-Identifier: MIT
#include "ui/sql/querytab.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <utility>

#include "core/sql/sqlscript.h"
#include "ui/common/format.h"
#include "ui/common/grids.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlresultmodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

QueryTab::QueryTab(QWidget *parent)
    : QWidget(parent)
{
    m_editor = new SqlEditor(this);
    m_result = new SqlResultModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"sqlResult"_s);
    m_view->setModel(m_result);
    setUpGrid(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    m_message = new QLabel(this);
    m_message->setObjectName(u"sqlMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    layout->addWidget(m_message);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &QueryTab::textChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, m_editor, &SqlEditor::clearError);
    connect(m_result, &SqlResultModel::moreRequested, this, [this] {
        if (m_runner)
            m_runner->fetchMore(m_id);
    });
}

QueryTab::~QueryTab() = default;

void QueryTab::setDataset(const QString &path, const QString &label)
{
    m_datasetLabel = label;
    m_runner = std::make_unique<Core::QueryRunner>(path);
    connect(m_runner.get(), &Core::QueryRunner::columnsReady, this,
        [this](int id, const QStringList &columns) {
            if (id != m_id)
                return;
            m_result->setColumns(columns);
        });
    connect(m_runner.get(), &Core::QueryRunner::rowsReady, this,
        [this](int id, const QList<QVariantList> &rows, bool complete) {
            if (id != m_id)
                return;
            m_result->appendRows(rows, complete);
            if (std::exchange(m_fitColumns, false))
                fitColumns(m_view); // to the first rows, not the later ones scrolled to
            if (!isRunning())
                updateRowsMessage();
        });
    connect(m_runner.get(), &Core::QueryRunner::statementFinished, this, &QueryTab::onStatement);
    connect(m_runner.get(), &Core::QueryRunner::finished, this, &QueryTab::onFinished);
}

bool QueryTab::isRunning() const
{
    return m_runner && m_runner->isRunning() && m_runner->currentId() == m_id && m_id != 0;
}

void QueryTab::run(Scope scope, int timeLimitMs)
{
    if (!m_runner)
        return;
    const QString text = m_editor->toPlainText();
    QTextCursor cursor = m_editor->textCursor();
    QString sql = text;
    m_scriptOffset = 0;
    if (scope == Scope::Selection && cursor.hasSelection()) {
        m_scriptOffset = cursor.selectionStart();
        // Paragraph separators of a selection are line breaks in the document.
        sql = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
    } else if (scope == Scope::Statement || scope == Scope::Selection) {
        const Core::SqlStatementRange statement =
            Core::SqlScript::statementAt(text, cursor.position());
        m_scriptOffset = statement.start;
        sql = statement.text;
    }
    if (sql.trimmed().isEmpty()) {
        setMessage(tr("Nothing to run: type a query, for example SELECT * FROM users LIMIT 10."));
        return;
    }
    m_editor->clearError();
    m_editor->completer()->popup()->hide(); // a run ends the typing a completion was for
    m_result->clear();
    m_fitColumns = true;
    m_lastOutcome = {};
    m_ranSql = sql;
    m_resultSql.clear();
    setMessage(tr("Running…"));
    Core::QueryOptions options;
    options.timeLimitMs = timeLimitMs;
    m_clock.start();
    m_id = m_runner->run(sql, options);
    emit runningChanged(true);
}

void QueryTab::stop()
{
    if (m_runner && isRunning())
        m_runner->stop();
}

QString QueryTab::message() const
{
    return m_message->text();
}

QString QueryTab::position(qsizetype offset) const
{
    const QTextBlock block = m_editor->document()->findBlock(int(offset));
    return tr("line %1, column %2").arg(block.blockNumber() + 1).arg(offset - block.position() + 1);
}

void QueryTab::onStatement(int id, const Core::StatementReport &report)
{
    if (id != m_id || report.isOk())
        return;
    if (report.errorOffset >= 0)
        m_editor->markError(m_scriptOffset + report.errorOffset);
}

void QueryTab::updateRowsMessage()
{
    if (m_lastOutcome.statements.isEmpty())
        return;
    const Core::StatementReport &last = m_lastOutcome.statements.last();
    QString text;
    if (last.returnsRows) {
        const qint64 shown = m_result->rowCount();
        text = m_result->isComplete()
            ? tr("%Ln row(s) in %1", nullptr, int(shown))
                  .arg(Format::duration(m_lastOutcome.elapsedMs))
            : tr("First %1 rows in %2; scroll down for more")
                  .arg(Format::count(shown), Format::duration(m_lastOutcome.elapsedMs));
    } else {
        text = tr("Done in %1").arg(Format::duration(m_lastOutcome.elapsedMs));
    }
    if (m_lastOutcome.statements.size() > 1)
        text = tr("%1 statements ran; the last: %2").arg(m_lastOutcome.statements.size()).arg(text);
    if (m_lastOutcome.endedTransaction)
        text = tr("%1. The open transaction ends with this result: the next run sees the "
                  "latest sync.")
                   .arg(text);
    setMessage(text);
}

void QueryTab::setMessage(const QString &text)
{
    if (m_message->text() == text)
        return;
    m_message->setText(text);
    emit messageChanged(text);
}

void QueryTab::onFinished(int id, const Core::QueryOutcome &outcome)
{
    if (id != m_id)
        return;
    m_lastOutcome = outcome;
    QStringList lines;
    for (const Core::StatementReport &r : outcome.statements) {
        lines.append(tr("%1. %2: %3 (%4)")
                         .arg(r.index + 1)
                         .arg(Core::StatementReport::statusLabel(r.status),
                             r.text.left(80).simplified(), Format::duration(r.elapsedMs)));
    }
    m_message->setToolTip(lines.join(u'\n'));
    Core::QueryStore::HistoryEntry entry;
    entry.sql = m_ranSql;
    entry.startedAt =
        QDateTime::currentDateTimeUtc().addMSecs(-m_clock.elapsed()).toString(Qt::ISODateWithMs);
    entry.durationMs = outcome.elapsedMs;
    entry.dataset = m_datasetLabel;
    const Core::StatementReport failed = [&] {
        for (const Core::StatementReport &r : outcome.statements)
            if (!r.isOk())
                return r;
        return Core::StatementReport();
    }();
    if (!outcome.statements.isEmpty() && !failed.isOk()) {
        QString text = failed.message;
        if (failed.errorOffset >= 0 && failed.status == Core::StatementReport::Status::Failed)
            text = tr("Error at %1: %2")
                       .arg(position(m_scriptOffset + failed.errorOffset), failed.message);
        if (outcome.statements.size() > 1)
            text = tr("Statement %1 of the script: %2").arg(failed.index + 1).arg(text);
        setMessage(text);
        entry.status = Core::StatementReport::statusName(failed.status);
    } else {
        updateRowsMessage();
        entry.status = u"ok"_s;
        if (!outcome.statements.isEmpty() && outcome.statements.last().returnsRows)
            m_resultSql = outcome.statements.last().text;
    }
    if (!outcome.statements.isEmpty()) {
        entry.rows = outcome.statements.last().rows;
        entry.moreRows = outcome.statements.last().moreRows;
    }
    emit runningChanged(false);
    emit ran(entry);
}

Core::QueryStore::Tab QueryTab::state(const QString &title) const
{
    return { title, m_editor->toPlainText(), m_editor->textCursor().position() };
}

} // namespace Gui
