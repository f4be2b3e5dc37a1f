// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWindow;

namespace twofold {

class Settings;

// The main window's comings and goings: shown and raised from the tray or by another start, hidden to the
// tray, kept in the tray when closed (setting) — or, without a tray, closing quits as usual.
class MainWindow : public QObject
{
    Q_OBJECT

public:
    MainWindow(QWindow &window, Settings &settings, QObject *parent = nullptr);

    QWindow &window() { return m_window; }
    // Whether a tray holds the app now (asked at each close: a tray host can come and go).
    void setTrayAvailable(std::function<bool()> available) { m_trayAvailable = std::move(available); }

    // Shown, not minimised.
    bool isShown() const;
    // Shows the window, restores it from minimised, raises it and asks for focus.
    void present();
    void hide();
    void toggle();
    // The first showing: hidden in the tray when asked to and a tray exists; otherwise shown.
    void start(bool minimized);
    // Out of the way: hidden in the tray where one exists, else minimised (never where nothing brings it
    // back).
    void stow();

Q_SIGNALS:
    void shownChanged();
    // The window was closed and Twofold keeps running in the tray.
    void keptInTray();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keepsRunningInTray() const;

    QWindow &m_window;
    Settings &m_settings;
    std::function<bool()> m_trayAvailable = [] { return false; };
};

} // namespace twofold
