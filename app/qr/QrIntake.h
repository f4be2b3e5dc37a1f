// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "qr/ScreenGrab.h"
#include "tasks/AsyncSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWindow>
#include <QtQmlIntegration>

#include <functional>
#include <memory>

namespace twofold {

// Reads QR codes for the "add account" dialog from an image file, a dropped image or the clipboard
// (an image copied from a browser, or copied otpauth text), the screen, or the camera page. Decoding runs off
// the GUI thread; the result is the first otpauth:// text found, which the dialog then validates and previews
// like a pasted link. Nothing is added here.
class QrIntake : public AsyncSession
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit QrIntake(QObject *parent = nullptr);

    Q_INVOKABLE void scanFile(const QUrl &file);
    // An image on the clipboard is scanned; otpauth text is taken as it is.
    Q_INVOKABLE void scanClipboard();
    // Finds QR codes shown anywhere on screen. Twofold's windows step aside while the screen is read, so they
    // do not cover the code, and come back after.
    Q_INVOKABLE void scanScreen();
    // Texts read elsewhere (the camera) take the same way as a decoded image.
    Q_INVOKABLE void takeScanned(const QStringList &texts);
    // Drops the result of an image still being decoded (the dialog closed).
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    // `link` is an otpauth:// text; `others` counts further codes found in the same image.
    void found(const QString &link, int others);
    // Several codes, or a Google Authenticator transfer code: they go to the import review instead.
    void foundSeveral(const QStringList &texts);
    void failed(const QString &message);

private:
    static QString screenFailureText(ScreenGrab::Failure failure, const QString &detail);
    void decodeOffThread(std::function<Expected<QList<QByteArray>>()> decode);
    void finish(const QList<QByteArray> &texts);

    QList<QPointer<QWindow>> m_hidden;
};

} // namespace twofold
