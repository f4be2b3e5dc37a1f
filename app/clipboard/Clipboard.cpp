// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboard/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace twofold {

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::clearIfOurs);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

Clipboard::~Clipboard()
{
    clearIfOurs();
}

void Clipboard::setClearDelay(int seconds)
{
    m_delaySeconds = qMax(1, seconds);
}

void Clipboard::copy(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_copied = text;
    m_timer.start(m_delaySeconds * 1000);
}

void Clipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    if (QGuiApplication::clipboard()->text() == m_copied)
        QGuiApplication::clipboard()->clear();
    m_copied.clear();
}

} // namespace twofold
