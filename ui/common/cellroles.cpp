// SPDX-License-Identifier: MIT
#include "ui/common/cellroles.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/common/format.h"

namespace Gui {

QVariant cellData(const QVariant &value, int role)
{
    const bool isNull = !value.isValid() || value.isNull();
    switch (role) {
    case Qt::DisplayRole:
        return Format::cell(value);
    case Qt::ToolTipRole:
        if (!isNull && value.typeId() == QMetaType::QString && value.toString().size() > 60)
            return Format::cell(value, 2000);
        return {};
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        return type == QMetaType::LongLong || type == QMetaType::Double
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::ForegroundRole:
        if (isNull)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (isNull) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace Gui
