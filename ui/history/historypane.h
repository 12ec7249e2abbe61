// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <memory>

#include "core/catalog/catalog.h"
#include "ui/common/keyboard.h"

class QComboBox;
class QTabWidget;
class QTableView;

namespace Core {
class DatasetReader;
}

namespace Gui {

class BlameView;
class QueryResultModel;
class VersionBrowser;

/**
 * The settings history browser (issue 6): pick a setting (and platform), then read its
 * Versions (timeline and comparisons), its Blame (who last changed each field), or the feed of
 * this week's changes across all settings. Everything reads settings_changes and the history
 * tables through one DatasetReader, off the GUI thread.
 */
class HistoryPane final : public QWidget, public PaneParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    // `series`: what the Setting picker offers, in this order (Catalog::historySeries()).
    explicit HistoryPane(QList<Core::HistorySeries> series, QWidget *parent = nullptr);
    ~HistoryPane() override;

    QList<QWidget *> parts() const override;

    void setDataset(const QString &path);
    void refresh();
    // Edit › Copy: the selection of the tab on show; returns the rows copied.
    int copySelection(bool withHeaders);

    QTabWidget *tabs() const { return m_tabs; }
    VersionBrowser *versions() const { return m_versions; }

private:
    void createFeed();
    void addStepActions();
    void seriesChanged();

    const QList<Core::HistorySeries> m_series;
    std::unique_ptr<Core::DatasetReader> m_reader;
    QComboBox *m_setting = nullptr;
    QTabWidget *m_tabs = nullptr;
    VersionBrowser *m_versions = nullptr;
    BlameView *m_blame = nullptr;
    QTableView *m_feedView = nullptr;
    QueryResultModel *m_feed = nullptr;
};

} // namespace Gui
