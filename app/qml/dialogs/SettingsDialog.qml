pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Twofold

// Preferences; each change applies and is stored at once.
Dialog {
    id: root

    title: qsTr("Settings")
    modal: true
    standardButtons: Dialog.Close

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label {
            text: qsTr("Clear copied codes after")
        }

        SpinBox {
            objectName: "clipboardSeconds"
            from: 5
            to: 600
            editable: true
            value: Settings.clipboardClearSeconds
            textFromValue: (value, locale) => qsTr("%n s", "", value)
            valueFromText: (text, locale) => parseInt(text)
            Accessible.name: qsTr("Seconds before the clipboard is cleared")
            onValueModified: Settings.clipboardClearSeconds = value
        }

        Label {
            text: qsTr("Lock after inactivity")
        }

        SpinBox {
            from: 0
            to: 240
            editable: true
            value: Settings.autoLockMinutes
            textFromValue: (value, locale) => value === 0 ? qsTr("never") : qsTr("%n min", "", value)
            valueFromText: (text, locale) => parseInt(text) || 0
            Accessible.name: qsTr("Minutes of inactivity before locking")
            onValueModified: Settings.autoLockMinutes = value
        }

        CheckBox {
            text: qsTr("Lock when the screen locks or the computer sleeps")
            checked: Settings.lockOnScreenLock
            Layout.columnSpan: 2
            onToggled: Settings.lockOnScreenLock = checked
        }

        CheckBox {
            text: qsTr("Unlock with the desktop keyring on this computer")
            checked: VaultController.keyringUnlock
            enabled: VaultController.state === VaultController.Unlocked
            Layout.columnSpan: 2
            onToggled: VaultController.setKeyringUnlock(checked)
        }

        CheckBox {
            text: qsTr("Show the next code")
            checked: Settings.showNextCode
            Layout.columnSpan: 2
            onToggled: Settings.showNextCode = checked
        }

        CheckBox {
            text: qsTr("Hide codes until clicked")
            checked: Settings.hideCodes
            Layout.columnSpan: 2
            onToggled: Settings.hideCodes = checked
        }

        CheckBox {
            objectName: "closeToTray"
            text: qsTr("Keep running in the system tray when the window is closed")
            checked: Settings.closeToTray
            Layout.columnSpan: 2
            onToggled: Settings.closeToTray = checked
        }

        CheckBox {
            objectName: "startMinimized"
            text: qsTr("Start hidden in the system tray")
            checked: Settings.startMinimized
            Layout.columnSpan: 2
            onToggled: Settings.startMinimized = checked
        }

        CheckBox {
            objectName: "startAtLogin"
            text: qsTr("Start Twofold when I log in")
            checked: Settings.startAtLogin
            Layout.columnSpan: 2
            onToggled: Settings.startAtLogin = checked
        }

        Label {
            text: qsTr("Sort accounts by")
        }

        ComboBox {
            model: [qsTr("Service"), qsTr("Account name"), qsTr("Most used"), qsTr("Recently used")]
            currentIndex: Settings.sortOrder
            Accessible.name: qsTr("Sort accounts by")
            Layout.fillWidth: true
            onActivated: index => Settings.sortOrder = index
        }

        Label {
            text: qsTr("Appearance")
        }

        ComboBox {
            model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
            currentIndex: Settings.theme
            Accessible.name: qsTr("Appearance")
            Layout.fillWidth: true
            onActivated: index => Settings.theme = index
        }

        Label {
            text: qsTr("Backup folder")
        }

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "backupFolder"
                text: Settings.backupFolder.length > 0 ? Settings.backupFolder : qsTr("Beside the vault")
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }

            Button {
                text: qsTr("Choose…")
                Accessible.name: qsTr("Choose the backup folder")
                onClicked: folderPicker.open()
            }
        }

        Label {
            text: qsTr("Keep backups")
        }

        SpinBox {
            from: 1
            to: 100
            editable: true
            value: Settings.backupCount
            Accessible.name: qsTr("Number of automatic backups kept")
            onValueModified: Settings.backupCount = value
        }

        Label {
            text: qsTr("Remind me to back up after")
        }

        SpinBox {
            from: 0
            to: 365
            editable: true
            value: Settings.backupReminderDays
            textFromValue: (value, locale) => value === 0 ? qsTr("never") : qsTr("%n day(s)", "", value)
            valueFromText: (text, locale) => parseInt(text) || 0
            Accessible.name: qsTr("Days before a backup reminder")
            onValueModified: Settings.backupReminderDays = value
        }
    }

    FolderDialog {
        id: folderPicker

        title: qsTr("Folder for automatic backups")
        onAccepted: Settings.backupFolder = decodeURIComponent(selectedFolder.toString().replace(/^file:\/\//, ""))
    }
}
