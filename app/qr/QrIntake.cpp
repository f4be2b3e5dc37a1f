// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrIntake.h"

#include "ErrorText.h"
#include "qr/QrDecoder.h"
#include "tasks/TaskPool.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QTimer>
#include <QWindow>

namespace twofold {

QrIntake::QrIntake(QObject *parent)
    : AsyncSession(parent)
{}

void QrIntake::decodeOffThread(std::function<Expected<QList<QByteArray>>()> decode)
{
    if (busy())
        return;
    runThenApply([decode = std::move(decode)](TaskToken &) { return decode(); },
                 [this](Expected<QList<QByteArray>> texts) {
                     if (!texts) {
                         Q_EMIT failed(ErrorText::describe(texts.error()));
                         return;
                     }
                     finish(*texts);
                 });
}

void QrIntake::cancel()
{
    cancelTask();
}

void QrIntake::scanFile(const QUrl &file)
{
    decodeOffThread([path = file.toLocalFile()] { return QrDecoder::decodeFile(path); });
}

void QrIntake::scanScreen()
{
    if (busy())
        return;
    setBusy(true);
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        if (window->isVisible()) {
            m_hidden.append(window);
            window->hide();
        }
    }
    auto *grab = new ScreenGrab(this);
    const auto comeBack = [this, grab] {
        grab->deleteLater();
        for (const QPointer<QWindow> &window : std::as_const(m_hidden)) {
            if (window) {
                window->show();
                window->raise();
                window->requestActivate();
            }
        }
        m_hidden.clear();
        setBusy(false);
    };
    connect(grab, &ScreenGrab::grabbed, this, [this, comeBack](const QList<QImage> &screens) {
        comeBack();
        decodeOffThread([screens] { return ScreenGrab::decode(screens); });
    });
    connect(grab, &ScreenGrab::failed, this,
            [this, comeBack](ScreenGrab::Failure failure, const QString &detail) {
                comeBack();
                Q_EMIT failed(screenFailureText(failure, detail));
            });
    // Long enough for the compositor to repaint what the windows covered.
    QTimer::singleShot(m_hidden.isEmpty() ? 0 : 400, grab, &ScreenGrab::start);
}

QString QrIntake::screenFailureText(ScreenGrab::Failure failure, const QString &detail)
{
    switch (failure) {
    case ScreenGrab::Failure::NoPortal:
        return tr("This desktop offers no screenshot portal, so Twofold cannot read the screen. Install the "
                  "desktop's xdg-desktop-portal back end (on sway and other wlroots compositors: "
                  "xdg-desktop-portal-wlr with xdg-desktop-portal-gtk), or save the QR code as an image and "
                  "use “Open image…”.");
    case ScreenGrab::Failure::Cancelled:
        return tr("The screen scan was cancelled; nothing was read.");
    case ScreenGrab::Failure::Refused:
        return tr("The desktop's screenshot portal refused or failed to take the screenshot. If screenshots "
                  "were denied to Twofold, allow them in the desktop's privacy settings; otherwise save the "
                  "QR code as an image and use “Open image…”.");
    case ScreenGrab::Failure::Unreadable:
        break;
    }
    return tr("The screen could not be read (%1).").arg(detail);
}

void QrIntake::scanClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasImage()) {
        decodeOffThread(
            [image = qvariant_cast<QImage>(data->imageData())] { return QrDecoder::decode(image); });
        return;
    }
    const QString text = data ? data->text().trimmed() : QString();
    if (text.startsWith(QLatin1String("otpauth"), Qt::CaseInsensitive)) {
        finish({text.toUtf8()});
        return;
    }
    Q_EMIT failed(tr("The clipboard holds neither an image nor an otpauth:// link."));
}

void QrIntake::takeScanned(const QStringList &texts)
{
    QList<QByteArray> utf8;
    for (const QString &text : texts)
        utf8 << text.toUtf8();
    finish(utf8);
}

void QrIntake::finish(const QList<QByteArray> &texts)
{
    QList<QByteArray> links;
    bool migration = false;
    for (const QByteArray &text : texts) {
        if (text.startsWith("otpauth://") || text.startsWith("OTPAUTH://"))
            links << text;
        migration |= text.startsWith("otpauth-migration://");
    }
    if (migration || links.size() > 1) {
        QStringList all;
        for (const QByteArray &text : texts) {
            if (text.first(qMin<qsizetype>(text.size(), 7)).compare("otpauth", Qt::CaseInsensitive) == 0)
                all << QString::fromUtf8(text);
        }
        Q_EMIT foundSeveral(all);
        return;
    }
    if (!links.isEmpty()) {
        Q_EMIT found(QString::fromUtf8(links.constFirst()), 0);
        return;
    }
    if (texts.isEmpty())
        Q_EMIT failed(tr("No QR code was found in the image."));
    else
        Q_EMIT failed(tr("The QR code does not hold an otpauth:// link."));
}

} // namespace twofold
