// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/RecoveryCodeView.h"

#include "crypto/WipedBytes.h"
#include "vault/AccountSource.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

namespace twofold {

namespace {
// The code as text for drawing; the caller wipes it after use.
QString codeText(const QString &uuid, int index)
{
    const SecureBytes code = AccountSource::app().recoveryCode(QUuid::fromString(uuid), index);
    return QString::fromUtf8(code.constData(), code.size());
}
} // namespace

RecoveryCodeView::RecoveryCodeView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{}

void RecoveryCodeView::setAccountUuid(const QString &uuid)
{
    if (m_accountUuid == uuid)
        return;
    m_accountUuid = uuid;
    measure();
    Q_EMIT sourceChanged();
}

void RecoveryCodeView::setIndex(int index)
{
    if (m_index == index)
        return;
    m_index = index;
    measure();
    Q_EMIT sourceChanged();
}

void RecoveryCodeView::setUsed(bool used)
{
    if (m_used == used)
        return;
    m_used = used;
    update();
    Q_EMIT usedChanged();
}

void RecoveryCodeView::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

QFont RecoveryCodeView::codeFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStrikeOut(m_used);
    return font;
}

void RecoveryCodeView::measure()
{
    const QString text = codeText(m_accountUuid, m_index);
    const QFontMetricsF metrics(codeFont());
    setImplicitSize(metrics.horizontalAdvance(text), metrics.height());
    WipedBytes::wipe(text);
    update();
}

void RecoveryCodeView::paint(QPainter *painter)
{
    const QString text = codeText(m_accountUuid, m_index);
    painter->setFont(codeFont());
    painter->setPen(m_color);
    const QFontMetricsF metrics(painter->font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, width());
    painter->drawText(QRectF(0, 0, width(), height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
    WipedBytes::wipe(shown);
    WipedBytes::wipe(text);
}

} // namespace twofold
