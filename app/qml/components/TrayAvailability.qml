// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The settings' word on the tray: where the desktop shows no tray icons, why the tray options are off, and
// what closing the window does instead (quit, or minimise to the taskbar).
ColumnLayout {
    id: root

    readonly property bool available: probe.available

    visible: !root.available
    spacing: 4

    TrayHostProbe {
        id: probe
    }

    Label {
        objectName: "trayUnavailableReason"
        text: probe.reason
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        Layout.fillWidth: true
    }

    WrappingCheckBox {
        objectName: "minimizeWithoutTray"
        text: qsTr("Minimise instead of quitting when the window is closed")
        checked: Settings.minimizeWithoutTray
        Layout.fillWidth: true
        onToggled: Settings.minimizeWithoutTray = checked
    }
}
