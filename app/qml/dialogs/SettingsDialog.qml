pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
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

        Label {
            text: qsTr("Sort accounts by")
        }

        ComboBox {
            //: Sort orders: by service (issuer), by account name, most used first, recently used first
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
            //: Colour theme choices: as the desktop, light, dark
            model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
            currentIndex: Settings.theme
            Accessible.name: qsTr("Appearance")
            Layout.fillWidth: true
            onActivated: index => Settings.theme = index
        }

        Label {
            text: qsTr("Language")
        }

        ComboBox {
            objectName: "languageCombo"
            textRole: "text"
            valueRole: "code"
            // Each language is named in itself, so people can find theirs whatever is showing now.
            model: [
                {
                    code: "",
                    //: The user interface language follows the desktop's language
                    text: qsTr("Follow the system", "language")
                },
                {
                    code: "en",
                    text: "English"
                },
                {
                    code: "de",
                    text: "Deutsch"
                },
                {
                    code: "fr",
                    text: "Français"
                }
            ]
            currentIndex: indexOfValue(Settings.language)
            Accessible.name: qsTr("Language")
            Layout.fillWidth: true
            onActivated: Settings.language = currentValue
        }
    }
}
