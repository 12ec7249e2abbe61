// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

#include "core/sql/queryrunner.h"
#include "core/sql/querystore.h"

class QLabel;
class QSplitter;
class QTableView;

namespace Gui {

class SqlEditor;
class SqlResultModel;

/**
 * One query tab of the SQL pane: the editor above, the result below, and a message line with
 * rows, time, and each statement's outcome (errors with their line and column, marked in the
 * editor). Runs through its own Core::QueryRunner, so tabs do not wait for each other.
 */
class QueryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTab)

public:
    enum class Scope { All, Selection, Statement };

    explicit QueryTab(QWidget *parent = nullptr);
    ~QueryTab() override;

    void setDataset(const QString &path, const QString &label);
    void run(Scope scope, int timeLimitMs);
    void stop();
    bool isRunning() const;

    SqlEditor *editor() const { return m_editor; }
    SqlResultModel *result() const { return m_result; }
    QTableView *resultView() const { return m_view; }
    QString message() const;
    // The statement whose rows the grid shows, to export them all; empty when there are none.
    QString resultSql() const { return m_resultSql; }
    Core::QueryStore::Tab state(const QString &title) const;

signals:
    void ran(const Core::QueryStore::HistoryEntry &entry);
    void runningChanged(bool running);
    // The message line's text, on every change: while rows stream in, it counts them.
    void messageChanged(const QString &text);
    void textChanged();

private:
    void onStatement(int id, const Core::StatementReport &report);
    void onFinished(int id, const Core::QueryOutcome &outcome);
    void updateRowsMessage();
    void setMessage(const QString &text);
    QString position(qsizetype offset) const; // "line 2, column 13"

    SqlEditor *m_editor = nullptr;
    SqlResultModel *m_result = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    std::unique_ptr<Core::QueryRunner> m_runner;
    QString m_datasetLabel;
    int m_id = 0;
    qsizetype m_scriptOffset = 0; // where the text that ran starts in the editor
    QString m_ranSql;
    QString m_resultSql;
    QElapsedTimer m_clock;
    Core::QueryOutcome m_lastOutcome;
    bool m_fitColumns = false; // once the next result's first rows are in
};

} // namespace Gui
