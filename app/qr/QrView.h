// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/TransferCodes.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>

namespace twofold {

// Draws a QR code that holds a secret — one account's otpauth link, or one page of a Google transfer —
// without the text ever becoming a QML value. Cleared when the item hides.
class QrView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString accountUuid READ accountUuid WRITE setAccountUuid NOTIFY sourceChanged)
    Q_PROPERTY(twofold::TransferCodes *transfer READ transfer WRITE setTransfer NOTIFY sourceChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY sourceChanged)
    // The link is longer than a QR code holds (a very long name).
    Q_PROPERTY(bool tooLong READ tooLong NOTIFY sourceChanged)

public:
    explicit QrView(QQuickItem *parent = nullptr);

    QString accountUuid() const { return m_accountUuid; }
    void setAccountUuid(const QString &uuid);
    TransferCodes *transfer() const { return m_transfer; }
    void setTransfer(TransferCodes *transfer);
    int page() const { return m_page; }
    bool tooLong() const { return m_tooLong; }
    void setPage(int page);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    // The application lost focus: the code is cleared, and its dialog should close.
    void deactivated();

private:
    void render();

    QString m_accountUuid;
    QPointer<TransferCodes> m_transfer;
    int m_page = 0;
    QImage m_image;
    bool m_tooLong = false;
};

} // namespace twofold
