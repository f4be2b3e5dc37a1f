// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QRasterWindow>
#include <QTimer>

#include <functional>

namespace twofold {

// Copying on Wayland from the tray. A compositor takes a new clipboard owner only from a client that has
// keyboard focus (GNOME, KDE) or a recent input serial (wlroots); a click in the tray menu reaches Twofold
// over D-Bus and gives it neither, so a plain copy would silently leave the clipboard as it was. When no
// window of Twofold's has focus, this shows a small "Copying…" window, copies once the compositor has
// focused it, and closes it; if the compositor gives it no focus in time, refused() says so — the caller
// tells the user instead of claiming a copy. Elsewhere (X11, or a focused window) the copy runs at once.
class WaylandCopy : public QObject
{
    Q_OBJECT

public:
    explicit WaylandCopy(QObject *parent = nullptr);
    ~WaylandCopy() override;

    // Whether a copy now needs a focused surface first: on Wayland, with no window of ours focused.
    static bool needsFocus();

    // Runs `copy` when the clipboard can be set: now, or once the helper window has focus. A new request
    // replaces one still waiting.
    void run(std::function<void()> copy);
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

Q_SIGNALS:
    // The compositor gave no focus in time: nothing was copied.
    void refused();

private:
    class Surface : public QRasterWindow
    {
    public:
        explicit Surface(const QString &text);

    protected:
        void paintEvent(QPaintEvent *event) override;

    private:
        QString m_text;
    };

    void focused();
    void giveUp();

    Surface m_surface;
    QTimer m_timeout;
    std::function<void()> m_pending;
};

} // namespace twofold
