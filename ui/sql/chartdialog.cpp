// SPDX-License-Identifier: MIT
#include "ui/sql/chartdialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

#include "ui/common/dialogs.h"
#include "ui/common/format.h"
#include "ui/sql/sqlresultmodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr int MaxBars = 200;

QDateTime parseTime(const QVariant &value)
{
    const QString text = value.toString();
    QDateTime when = Format::parseTimestamp(text);
    if (!when.isValid() && text.size() == 10)
        when = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return when;
}

// An axis of whole numbers: whole ticks from zero, labelled without decimals.
void countAxis(QValueAxis *axis, double top)
{
    double step = 1;
    constexpr double factors[] = { 2, 2.5, 2 }; // 1, 2, 5, 10, 20, 50, 100…
    for (int i = 0; top / step > 8; ++i)
        step *= factors[i % 3];
    axis->setRange(
        std::min(0.0, axis->min()), std::max(step, std::ceil(axis->max() / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%d"_s);
}

} // namespace

ChartDialog::ChartDialog(const SqlResultModel &result, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(u"chartDialog"_s);
    setWindowTitle(tr("Chart — %1").arg(title));
    resize(900, 600);
    m_kind = new QComboBox(this);
    m_kind->addItems({ tr("Bar"), tr("Line"), tr("Steps"), tr("Scatter") });
    m_x = new QComboBox(this);
    m_y = new QComboBox(this);
    for (int c = 0; c < result.columnCount(); ++c) {
        const QString name = result.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_x->addItem(name, c);
        if (columnIsNumber(c))
            m_y->addItem(name, c);
    }
    // Sensible first picks: a time column on X if there is one, the first number on Y.
    for (int c = 0; c < result.columnCount(); ++c) {
        if (columnIsTime(c)) {
            m_x->setCurrentIndex(c);
            // Rows in time order are mostly states (a setting per version): steps, not lines.
            m_kind->setCurrentIndex(int(Kind::Steps));
            break;
        }
    }
    m_note = new QLabel(this);
    m_view = new QChartView(this);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Chart:"), this));
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("X:"), this));
    controls->addWidget(m_x, 1);
    controls->addWidget(new QLabel(tr("Y:"), this));
    controls->addWidget(m_y, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save as PNG…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartDialog::rebuild);
    connect(m_x, &QComboBox::currentIndexChanged, this, &ChartDialog::rebuild);
    connect(m_y, &QComboBox::currentIndexChanged, this, &ChartDialog::rebuild);
    connect(save, &QPushButton::clicked, this, &ChartDialog::savePng);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

ChartDialog::~ChartDialog() = default;

bool ChartDialog::columnIsNumber(int column) const
{
    bool any = false;
    for (int row = 0; row < m_result.rowCount(); ++row) {
        const QVariant v = m_result.data(m_result.index(row, column), SqlResultModel::RawValueRole);
        if (v.isNull())
            continue;
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Double)
            return false;
        any = true;
    }
    return any;
}

bool ChartDialog::columnIsTime(int column) const
{
    bool any = false;
    for (int row = 0; row < m_result.rowCount(); ++row) {
        const QVariant v = m_result.data(m_result.index(row, column), SqlResultModel::RawValueRole);
        if (v.isNull())
            continue;
        if (v.typeId() != QMetaType::QString || !parseTime(v).isValid())
            return false;
        any = true;
    }
    return any;
}

void ChartDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void ChartDialog::setColumns(int x, int y)
{
    m_x->setCurrentIndex(m_x->findData(x));
    m_y->setCurrentIndex(m_y->findData(y));
}

void ChartDialog::rebuild()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    m_timeAxis = false;
    const int x = m_x->currentData().toInt();
    const int y = m_y->currentData().toInt();
    if (m_y->count() == 0) {
        m_note->setText(tr("The result has no column of numbers to chart."));
        m_view->setChart(chart);
        return;
    }
    const int rows = m_result.rowCount();
    auto value = [this](int row, int column) {
        return m_result.data(m_result.index(row, column), SqlResultModel::RawValueRole);
    };
    const Kind kind = Kind(m_kind->currentIndex());
    const QString xName = m_x->currentText(), yName = m_y->currentText();
    chart->setTitle(tr("%1 by %2").arg(yName, xName));
    bool integral = true; // every Y a whole number: the axis counts 5, 10, not 5.0, 10.0
    double top = 0;
    if (kind == Kind::Bar) {
        auto *set = new QBarSet(yName);
        QStringList categories;
        const bool timeX = columnIsTime(x);
        for (int row = 0; row < std::min(rows, MaxBars); ++row) {
            // Short labels: a timestamp to the minute, other text cut at 24 characters. Before,
            // 40-character labels under many bars all rendered as "…".
            categories.append(timeX ? Format::timestamp(value(row, x).toString()).left(16)
                                    : Format::cell(value(row, x), 24));
            const double v = value(row, y).toDouble();
            integral = integral && v == std::floor(v);
            top = std::max(top, std::abs(v));
            *set << v;
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *xAxis = new QBarCategoryAxis;
        xAxis->append(categories);
        if (categories.size() > 6)
            xAxis->setLabelsAngle(-60); // turned, each label needs a line's height, not its width
        auto *yAxis = new QValueAxis;
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        yAxis->applyNiceNumbers();
        if (integral)
            countAxis(yAxis, top);
    } else {
        QXYSeries *series = kind == Kind::Scatter ? static_cast<QXYSeries *>(new QScatterSeries)
                                                  : static_cast<QXYSeries *>(new QLineSeries);
        m_timeAxis = columnIsTime(x);
        const bool numericX = !m_timeAxis && columnIsNumber(x);
        for (int row = 0; row < rows; ++row) {
            const QVariant vy = value(row, y);
            if (vy.isNull())
                continue;
            double px = row + 1; // text on X: by row
            if (m_timeAxis)
                px = double(parseTime(value(row, x)).toMSecsSinceEpoch());
            else if (numericX)
                px = value(row, x).toDouble();
            const double v = vy.toDouble();
            integral = integral && v == std::floor(v);
            top = std::max(top, std::abs(v));
            // A step holds the previous value up to this point, then rises or falls at once.
            if (kind == Kind::Steps && series->count() > 0)
                series->append(px, series->at(series->count() - 1).y());
            series->append(px, v);
        }
        chart->addSeries(series);
        QAbstractAxis *xAxis = nullptr;
        if (m_timeAxis) {
            auto *time = new QDateTimeAxis;
            time->setFormat(u"yyyy-MM-dd HH:mm"_s);
            time->setTitleText(xName);
            xAxis = time;
        } else {
            auto *number = new QValueAxis;
            number->setTitleText(numericX ? xName : tr("row"));
            xAxis = number;
        }
        auto *yAxis = new QValueAxis;
        yAxis->setTitleText(yName);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        yAxis->applyNiceNumbers();
        if (integral)
            countAxis(yAxis, top);
    }
    QString note =
        tr("%Ln row(s) charted", nullptr, kind == Kind::Bar ? std::min(rows, MaxBars) : rows);
    if (!m_result.isComplete())
        note += tr("; the result has more rows than are loaded (scroll the grid to load them)");
    if (kind == Kind::Bar && rows > MaxBars)
        note += tr("; bars show the first %1").arg(MaxBars);
    m_note->setText(note + u'.');
    m_view->setChart(chart);
}

bool ChartDialog::savePng()
{
    QString filter = tr("PNG image (*.png)");
    QString path = Dialogs::saveFileName(
        this, tr("Save chart"), windowTitle() + u".png"_s, { filter }, &filter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    if (!m_view->grab().save(path, "PNG")) {
        Dialogs::warning(
            this, tr("Save chart"), tr("Cannot write %1. Choose another folder.").arg(path));
        return false;
    }
    return true;
}

} // namespace Gui
