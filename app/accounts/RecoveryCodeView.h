// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QQuickPaintedItem>

namespace twofold {

// Paints one of an account's recovery codes, struck through when used, without the text ever becoming a
// QML value (a JavaScript string is never wiped). The code is fetched from the vault for each paint.
class RecoveryCodeView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString accountUuid READ accountUuid WRITE setAccountUuid NOTIFY sourceChanged)
    Q_PROPERTY(int index READ index WRITE setIndex NOTIFY sourceChanged)
    Q_PROPERTY(bool used READ used WRITE setUsed NOTIFY usedChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)

public:
    explicit RecoveryCodeView(QQuickItem *parent = nullptr);

    QString accountUuid() const { return m_accountUuid; }
    void setAccountUuid(const QString &uuid);
    int index() const { return m_index; }
    void setIndex(int index);
    bool used() const { return m_used; }
    void setUsed(bool used);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    void usedChanged();
    void colorChanged();

private:
    QFont codeFont() const;
    void measure();

    QString m_accountUuid;
    int m_index = -1;
    bool m_used = false;
    QColor m_color = Qt::black;
};

} // namespace twofold
