// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QChart;
class QChartView;

namespace Gui {

class SqlResultModel;

/**
 * A chart of the SQL pane's result: bar, line or scatter, with the X and Y columns picked from
 * the result; a column of ISO timestamps gets a date/time axis. Saves as PNG. Charts the rows
 * loaded so far (the dialog says how many).
 */
class ChartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartDialog)

public:
    // Steps: the value holds until the next point (a setting over its versions), where a Line
    // would interpolate between them.
    enum class Kind { Bar, Line, Steps, Scatter };

    ChartDialog(const SqlResultModel &result, const QString &title, QWidget *parent = nullptr);
    ~ChartDialog() override;

    void setKind(Kind kind);
    void setColumns(int x, int y);
    bool hasTimeAxis() const { return m_timeAxis; }
    bool savePng();

private:
    void rebuild();
    bool columnIsTime(int column) const;
    bool columnIsNumber(int column) const;

    const SqlResultModel &m_result;
    QComboBox *m_kind = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QLabel *m_note = nullptr;
    QChartView *m_view = nullptr;
    bool m_timeAxis = false;
};

} // namespace Gui
