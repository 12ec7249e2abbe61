// SPDX-License-Identifier: MIT
#include "ui/common/appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Gui {

namespace {

QPixmap paint(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4b, 0x2f, 0xc9));
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    const QColor white(Qt::white);
    const qreal opacities[] = { 1.0, 0.85, 0.7 };
    const qreal widths[] = { 144, 104, 64 };
    for (int i = 0; i < 3; ++i) {
        QColor bar = white;
        bar.setAlphaF(float(opacities[i]));
        p.setBrush(bar);
        p.drawRoundedRect(QRectF(56, 64 + 52 * i, widths[i], 24), 12, 12);
    }
    p.setBrush(QColor(0xf0, 0xad, 0x4e));
    p.drawEllipse(QPointF(176, 180), 28, 28);
    QPen hands(QColor(0x4b, 0x2f, 0xc9), 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(hands);
    p.setBrush(Qt::NoBrush);
    QPainterPath clock;
    clock.moveTo(176, 164);
    clock.lineTo(176, 182);
    clock.lineTo(190, 182);
    p.drawPath(clock);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addPixmap(paint(size));
    return icon;
}

} // namespace Gui
