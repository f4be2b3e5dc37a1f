// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrView.h"

#include "qr/QrEncoder.h"
#include "vault/AccountSource.h"

#include <QGuiApplication>
#include <QPainter>

namespace twofold {

QrView::QrView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    connect(this, &QQuickItem::visibleChanged, this, &QrView::render);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            return;
        m_image = QImage();
        update();
        Q_EMIT deactivated();
    });
}

void QrView::setAccountUuid(const QString &uuid)
{
    if (m_accountUuid == uuid)
        return;
    m_accountUuid = uuid;
    render();
    Q_EMIT sourceChanged();
}

void QrView::setTransfer(TransferCodes *transfer)
{
    if (m_transfer == transfer)
        return;
    if (m_transfer)
        disconnect(m_transfer, nullptr, this, nullptr);
    m_transfer = transfer;
    if (m_transfer)
        connect(m_transfer, &TransferCodes::changed, this, &QrView::render);
    render();
    Q_EMIT sourceChanged();
}

void QrView::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    render();
    Q_EMIT sourceChanged();
}

void QrView::render()
{
    SecureBytes text;
    if (isVisible()) {
        if (m_transfer)
            text = m_transfer->link(m_page);
        else if (!m_accountUuid.isEmpty())
            text = AccountSource::app().accountUri(QUuid::fromString(m_accountUuid));
    }
    // Straight from secure memory: no plain copy of the link is made here.
    m_image = text.isEmpty() ? QImage() : QrEncoder::encode(QByteArrayView(text.constData(), text.size()), 1);
    const bool tooLong = !text.isEmpty() && m_image.isNull();
    if (tooLong != m_tooLong) {
        m_tooLong = tooLong;
        Q_EMIT sourceChanged();
    }
    update();
}

void QrView::paint(QPainter *painter)
{
    const qreal side = qMin(width(), height());
    const QRectF square((width() - side) / 2, (height() - side) / 2, side, side);
    painter->fillRect(square, Qt::white);
    if (m_image.isNull())
        return;
    // Whole pixels per module keep the code sharp for a phone camera.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(square, m_image);
}

} // namespace twofold
