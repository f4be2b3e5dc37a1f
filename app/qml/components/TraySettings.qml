// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick.Layouts
import Twofold

// The settings for the tray and the session: keep running in the tray, start hidden there (both only where
// the desktop shows tray icons, and saying why not elsewhere), and start at login.
ColumnLayout {
    spacing: 8

    // Wayland hook: why the tray options are off where no tray host runs.
    TrayAvailability {
        id: trayAvailability

        Layout.fillWidth: true
    }

    WrappingCheckBox {
        objectName: "closeToTray"
        enabled: trayAvailability.available
        text: qsTranslate("SettingsDialog", "Keep running in the system tray when the window is closed")
        checked: Settings.closeToTray
        onToggled: Settings.closeToTray = checked
    }

    WrappingCheckBox {
        objectName: "startMinimized"
        enabled: trayAvailability.available
        text: qsTranslate("SettingsDialog", "Start hidden in the system tray")
        checked: Settings.startMinimized
        onToggled: Settings.startMinimized = checked
    }

    WrappingCheckBox {
        objectName: "startAtLogin"
        text: qsTranslate("SettingsDialog", "Start Twofold when I log in")
        checked: Autostart.enabled
        onToggled: Autostart.enabled = checked
    }
}
