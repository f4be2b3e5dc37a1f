// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Twofold

// Preferences; each change applies and is stored at once.
AppDialog {
    id: root

    // The choices show the stored settings. Not bindings: when a language change re-evaluates a translated
    // model, the ComboBox goes back to its first entry and a currentIndex binding is not evaluated again.
    function showSettings() {
        sortOrder.currentIndex = Settings.sortOrder;
        theme.currentIndex = Settings.theme;
        language.currentIndex = languages.rowOf(Settings.language);
    }

    preferredWidth: 440
    title: qsTr("Settings")
    standardButtons: Dialog.Close
    onAboutToShow: showSettings()

    Connections {
        target: Settings

        function onChanged() {
            root.showSettings();
        }
    }

    // Taller than a small window: the settings scroll, the Close button stays.
    ScrollView {
        id: scroll

        objectName: "settingsScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        // Shown whenever there is more below, not only while scrolling: a cut-off row must read as "scroll".
        ScrollBar.vertical.policy: contentHeight > availableHeight ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

        GridLayout {
            // Beside the scroll bar, not under it.
            width: scroll.availableWidth - (scroll.ScrollBar.vertical.visible ? scroll.ScrollBar.vertical.width + 4 : 0)
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
                //: Seconds, abbreviated, in a number field
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
                //: Lock after inactivity: never
                textFromValue: (value, locale) => value === 0 ? qsTr("never") : /*: Minutes, abbreviated, in a number field */ qsTr("%n min", "", value)
                valueFromText: (text, locale) => parseInt(text) || 0
                Accessible.name: qsTr("Minutes of inactivity before locking")
                onValueModified: Settings.autoLockMinutes = value
            }

            WrappingCheckBox {
                text: qsTr("Lock when the screen locks or the computer sleeps")
                checked: Settings.lockOnScreenLock
                Layout.columnSpan: 2
                onToggled: Settings.lockOnScreenLock = checked
            }

            PasswordSettings {
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }

            Button {
                objectName: "checkTheClock"
                text: qsTr("Check the clock…")
                enabled: VaultSession.state === VaultSession.Unlocked
                Layout.columnSpan: 2
                onClicked: clockDialog.open()
            }

            WrappingCheckBox {
                text: qsTr("Show the next code")
                checked: Settings.showNextCode
                Layout.columnSpan: 2
                onToggled: Settings.showNextCode = checked
            }

            WrappingCheckBox {
                text: qsTr("Hide codes until clicked")
                checked: Settings.hideCodes
                Layout.columnSpan: 2
                onToggled: Settings.hideCodes = checked
            }

            TraySettings {
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }

            ShortcutSettings {
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Sort accounts by")
            }

            ComboBox {
                id: sortOrder

                objectName: "sortOrderCombo"
                //: Sort orders: by service (issuer), by account name, most used first, recently used first, the user's own order
                model: [qsTr("Service"), qsTr("Account name"), qsTr("Most used"), qsTr("Recently used"), qsTr("Manual (drag to reorder)")]
                Accessible.name: qsTr("Sort accounts by")
                Layout.fillWidth: true
                onActivated: index => Settings.sortOrder = index
                onModelChanged: Qt.callLater(root.showSettings)
            }

            Label {
                text: qsTr("Appearance")
            }

            ComboBox {
                id: theme

                //: Colour theme choices: as the desktop, light, dark
                model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
                Accessible.name: qsTr("Appearance")
                Layout.fillWidth: true
                onActivated: index => Settings.theme = index
                onModelChanged: Qt.callLater(root.showSettings)
            }

            Label {
                text: qsTr("Language")
            }

            ComboBox {
                id: language

                objectName: "languageCombo"
                textRole: "display"
                model: LanguageChoices {
                    id: languages
                }
                Accessible.name: qsTr("Language")
                Layout.fillWidth: true
                onActivated: index => Settings.language = languages.code(index)
                onModelChanged: Qt.callLater(root.showSettings)
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
    }

    ClockCheckDialog {
        id: clockDialog

        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width, 440)
    }

    FolderDialog {
        id: folderPicker

        title: qsTr("Folder for automatic backups")
        onAccepted: Settings.chooseBackupFolder(selectedFolder)
    }
}
