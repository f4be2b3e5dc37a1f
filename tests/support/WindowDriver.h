// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QPointF>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QTest>

namespace twofold::test {

// Drives a real Twofold window as a person would, for the end-to-end tests: find an item by objectName, type,
// click. Tests derive from it and set m_window once the window exists.
class WindowDriver
{
protected:
    QQuickWindow *m_window = nullptr;

    // The window as drawn now, kept for review in screenshots/ of the test's working directory.
    void saveScreenshot(const QString &name) const
    {
        const QImage image = m_window->grabWindow();
        QVERIFY2(!image.isNull(), "the window must render");
        QVERIFY(image.save(twofold::test::screenshotPath(QStringLiteral("%1.png").arg(name))));
    }

    QQuickItem *item(const char *name) const
    {
        return m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    // A dialog its owner makes on first use: `owner` (the window itself when null) has a function named
    // after the dialog's objectName that makes it if needed, as the window does before opening it.
    QObject *ensureDialog(const char *name, const char *owner = "accountsDialogs") const
    {
        QObject *maker = owner ? m_window->findChild<QObject *>(QString::fromLatin1(owner)) : m_window;
        if (!maker || !QMetaObject::invokeMethod(maker, name))
            return nullptr;
        return m_window->findChild<QObject *>(QString::fromLatin1(name));
    }

    void type(const QString &text) const
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    void click(QQuickItem *target) const
    {
        QVERIFY(target);
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }
};

} // namespace twofold::test
