// SPDX-License-Identifier: MIT
#include "ui/history/diffview.h"

#include <QEvent>
#include <QPalette>
#include <QScrollBar>
#include <QUrl>

#include "core/diff/textdiff.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

using Row = Core::DiffDocument::Row;

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString valueHtml(const QJsonValue &value)
{
    const QString text = Core::SettingsDiff::valueText(value);
    // An empty string would leave the cell looking like a missing value.
    return text.isEmpty() && value.isString() ? u"<i>\"\"</i>"_s : html(text);
}

bool isScalar(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isObject() && !v.isArray();
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"historyDiff"_s);
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"unfold"_s)
            return;
        m_unfolded.insert(url.path().toInt());
        const int scroll = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scroll); // unfold in place, no jump to the current change
    });
}

void DiffView::setComparison(const Core::DiffDocument &document)
{
    m_document = document;
    m_message.clear();
    m_unfolded.clear();
    m_current = m_document.changes.isEmpty() ? -1 : 0;
    render();
    emit currentChangeChanged(m_current, changeCount());
}

void DiffView::setMessage(const QString &text)
{
    m_document = {};
    m_message = text;
    m_current = -1;
    render();
    emit currentChangeChanged(m_current, 0);
}

void DiffView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    render();
}

void DiffView::setShowUnchanged(bool all)
{
    if (m_showUnchanged == all)
        return;
    m_showUnchanged = all;
    m_unfolded.clear();
    render();
}

void DiffView::setCurrentChange(int index)
{
    if (index < 0 || index >= changeCount() || index == m_current)
        return;
    m_current = index;
    render();
    emit currentChangeChanged(m_current, changeCount());
}

void DiffView::nextChange()
{
    setCurrentChange(m_current + 1);
}

void DiffView::previousChange()
{
    setCurrentChange(m_current - 1);
}

void DiffView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the diff colours follow a light or dark palette
}

DiffView::Colors DiffView::colors() const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return { dark ? u"#5c2323"_s : u"#fbe3e3"_s, dark ? u"#1f4d2a"_s : u"#e1f5e4"_s,
        dark ? u"#8f2e2e"_s : u"#f3a6a6"_s, dark ? u"#2f7a41"_s : u"#9fdcaa"_s,
        palette().color(QPalette::PlaceholderText).name(),
        palette().color(QPalette::Highlight).name() };
}

QString DiffView::rowHtml(const Row &row, const Colors &c, bool anchor) const
{
    const bool current = row.change >= 0 && row.change == m_current;
    // Rich text has no row borders: the current change gets a marker in the first column.
    const QString target = anchor ? u"<a name=\"change-%1\"></a>"_s.arg(row.change) : QString();
    const QString marker = u"<td width=\"3%\" style=\"color:%1\">%2%3</td>"_s.arg(
        c.marker, target, current ? u"▶"_s : QString());
    const QString path = current ? u"<b>%1</b>"_s.arg(html(row.path)) : html(row.path);
    QString before, after;
    if (row.change >= 0 && isScalar(row.oldValue) && isScalar(row.newValue)) {
        // The changed characters, marked within the old and the new value.
        const QString oldText = Core::SettingsDiff::valueText(row.oldValue);
        const QString newText = Core::SettingsDiff::valueText(row.newValue);
        for (const Core::TextDiff::Segment &s : Core::TextDiff::diff(oldText, newText)) {
            using Kind = Core::TextDiff::Segment::Kind;
            if (s.kind == Kind::Same) {
                before += html(s.text);
                after += html(s.text);
            } else if (s.kind == Kind::Removed) {
                before +=
                    u"<span style=\"background:%1\">%2</span>"_s.arg(c.strongRemoved, html(s.text));
            } else {
                after +=
                    u"<span style=\"background:%1\">%2</span>"_s.arg(c.strongAdded, html(s.text));
            }
        }
        if (oldText.isEmpty())
            before = valueHtml(row.oldValue);
        if (newText.isEmpty())
            after = valueHtml(row.newValue);
    } else {
        before = row.oldValue.isUndefined() ? QString() : valueHtml(row.oldValue);
        after = row.newValue.isUndefined() ? QString() : valueHtml(row.newValue);
    }

    if (row.change < 0) {
        const QString value = u"<span style=\"color:%1\">%2</span>"_s.arg(c.muted, after);
        return m_mode == Mode::SideBySide
            ? u"<tr>%1<td>%2</td><td>%3</td><td>%3</td></tr>"_s.arg(
                marker, u"<span style=\"color:%1\">%2</span>"_s.arg(c.muted, path), value)
            : u"<tr>%1<td></td><td>%2</td><td>%3</td></tr>"_s.arg(
                marker, u"<span style=\"color:%1\">%2</span>"_s.arg(c.muted, path), value);
    }
    const bool hasOld = !row.oldValue.isUndefined(), hasNew = !row.newValue.isUndefined();
    if (m_mode == Mode::SideBySide) {
        return u"<tr>%1<td>%2</td><td bgcolor=\"%3\">%4</td><td bgcolor=\"%5\">%6</td></tr>"_s.arg(
            marker, path, hasOld ? c.removed : QString(), hasOld ? u"− "_s + before : QString(),
            hasNew ? c.added : QString(), hasNew ? u"+ "_s + after : QString());
    }
    QString out;
    if (hasOld) {
        out +=
            u"<tr>%1<td bgcolor=\"%2\">−</td><td bgcolor=\"%2\">%3</td><td bgcolor=\"%2\">%4</td></tr>"_s
                .arg(marker, c.removed, path, before);
    }
    if (hasNew) {
        out +=
            u"<tr>%1<td bgcolor=\"%2\">+</td><td bgcolor=\"%2\">%3</td><td bgcolor=\"%2\">%4</td></tr>"_s
                .arg(hasOld ? u"<td width=\"3%\"></td>"_s : marker, c.added,
                    hasOld ? QString() : path, after);
    }
    return out;
}

QString DiffView::foldHtml(int start, int count) const
{
    return u"<tr><td></td><td colspan=\"3\" align=\"center\"><a href=\"unfold:%1\">%2</a></td></tr>"_s
        .arg(start)
        .arg(tr("⋯ %n unchanged field(s) — show", nullptr, count));
}

void DiffView::render()
{
    m_foldedRuns = 0;
    if (!m_message.isEmpty()) {
        setHtml(u"<p>%1</p>"_s.arg(html(m_message)));
        return;
    }
    const Colors c = colors();
    const auto &rows = m_document.rows;
    // Which rows stay visible: every differing row and its context, or all of them.
    QList<bool> visible(rows.size(), m_showUnchanged);
    for (qsizetype r = 0; r < rows.size() && !m_showUnchanged; ++r) {
        if (rows.at(r).change < 0)
            continue;
        for (qsizetype k = qMax<qsizetype>(0, r - Context);
             k <= qMin<qsizetype>(rows.size() - 1, r + Context); ++k)
            visible[k] = true;
    }

    QString out;
    if (m_document.changes.isEmpty())
        out += u"<p>%1</p>"_s.arg(tr("These two versions are the same."));
    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    out += m_mode == Mode::SideBySide
        ? u"<tr><th></th><th align=\"left\" width=\"37%\">%1</th><th align=\"left\" "
          u"width=\"30%\">%2</th><th align=\"left\" width=\"30%\">%3</th></tr>"_s.arg(
              tr("Field"), tr("Before"), tr("After"))
        : u"<tr><th></th><th width=\"3%\"></th><th align=\"left\" width=\"40%\">%1</th><th "
          u"align=\"left\" width=\"54%\">%2</th></tr>"_s.arg(tr("Field"), tr("Value"));
    int anchored = -1;
    for (qsizetype r = 0; r < rows.size();) {
        if (!visible.at(r)) {
            qsizetype end = r;
            while (end < rows.size() && !visible.at(end))
                ++end;
            if (m_unfolded.contains(int(r))) {
                for (qsizetype k = r; k < end; ++k)
                    out += rowHtml(rows.at(k), c, false);
            } else {
                out += foldHtml(int(r), int(end - r));
                ++m_foldedRuns;
            }
            r = end;
            continue;
        }
        const Row &row = rows.at(r);
        const bool first = row.change >= 0 && row.change > anchored;
        if (first)
            anchored = row.change;
        out += rowHtml(row, c, first);
        ++r;
    }
    out += u"</table>"_s;
    setHtml(out);
    if (m_current >= 0)
        scrollToAnchor(u"change-%1"_s.arg(m_current));
}

} // namespace Gui
