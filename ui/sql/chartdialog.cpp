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

} // namespace

ChartDialog::ChartDialog(const SqlResultModel &result, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(u"chartDialog"_s);
    setWindowTitle(tr("Chart — %1").arg(title));
    resize(900, 600);
    m_kind = new QComboBox(this);
    m_kind->addItems({ tr("Bar"), tr("Line"), tr("Scatter") });
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
            m_kind->setCurrentIndex(int(Kind::Line));
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
    if (kind == Kind::Bar) {
        auto *set = new QBarSet(yName);
        QStringList categories;
        for (int row = 0; row < std::min(rows, MaxBars); ++row) {
            categories.append(Format::cell(value(row, x), 40));
            *set << value(row, y).toDouble();
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *xAxis = new QBarCategoryAxis;
        xAxis->append(categories);
        auto *yAxis = new QValueAxis;
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        yAxis->applyNiceNumbers();
    } else {
        QXYSeries *series = kind == Kind::Line ? static_cast<QXYSeries *>(new QLineSeries)
                                               : static_cast<QXYSeries *>(new QScatterSeries);
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
            series->append(px, vy.toDouble());
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
    }
    QString note =
        tr("%n row(s) charted", nullptr, kind == Kind::Bar ? std::min(rows, MaxBars) : rows);
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
