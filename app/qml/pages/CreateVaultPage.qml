// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// First run: a password for the new vault, with a strength hint and confirmation.
Item {
    id: root

    readonly property int strength: PasswordStrength.score(password.text)
    readonly property bool matches: password.text.length > 0 && password.text === confirmation.text

    Component.onCompleted: {
        if (visible)
            password.forceActiveFocus();
    }
    onVisibleChanged: {
        if (visible)
            password.forceActiveFocus();
    }

    function submit() {
        if (!root.matches || VaultSession.busy)
            return;
        VaultSession.createVault(password.text, useKeyring.checked);
        password.clear();
        confirmation.clear();
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width - 48
            x: 24
            spacing: 12

            Label {
                text: qsTr("Welcome to Twofold")
                font.pixelSize: 24
                font.bold: true
                wrapMode: Text.Wrap
                Layout.topMargin: 24
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Your two-factor secrets will live in an encrypted vault on this computer. Choose a " + "password to protect it. Twofold keeps verified backups beside the vault; still, " + "keep your services' recovery codes somewhere safe — they are what gets you back " + "in if this computer is lost.")
                wrapMode: Text.Wrap
                opacity: 0.85
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Password")
                font.bold: true
                Layout.topMargin: 8
            }

            TextField {
                id: password

                objectName: "newPassword"
                echoMode: TextInput.Password
                focus: true
                enabled: !VaultSession.busy
                Accessible.name: qsTr("New vault password")
                Layout.fillWidth: true
                onAccepted: confirmation.forceActiveFocus()
            }

            ProgressBar {
                // Hidden until there is something to rate: an empty bar reads as another text field.
                visible: password.text.length > 0
                implicitHeight: 8
                from: 0
                to: 4
                value: password.text.length > 0 ? root.strength + 0.3 : 0
                Accessible.name: qsTr("Password strength: %1").arg(PasswordStrength.label(root.strength))
                Layout.fillWidth: true
            }

            Label {
                //: %1 is a rating: Too weak, Weak, Fair, Good or Strong
                text: password.text.length > 0 ? qsTr("Strength: %1").arg(PasswordStrength.label(root.strength)) : qsTr("Use a long passphrase you can remember.")
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Repeat the password")
                font.bold: true
            }

            TextField {
                id: confirmation

                objectName: "confirmPassword"
                echoMode: TextInput.Password
                enabled: !VaultSession.busy
                Accessible.name: qsTr("Repeat the password")
                Layout.fillWidth: true
                onAccepted: root.submit()
            }

            WrappingCheckBox {
                id: useKeyring

                Layout.fillWidth: true
                text: qsTr("Also unlock with the desktop keyring on this computer")
                Accessible.description: qsTr("The keyring keeps a key that opens the vault, so this computer " + "does not ask for the password. The password still works everywhere.")
            }

            ErrorLabel {
                text: qsTr("The passwords differ.")
                visible: confirmation.text.length > 0 && !root.matches
            }

            ErrorLabel {
                text: VaultSession.errorMessage
            }

            RowLayout {
                spacing: 12

                Button {
                    objectName: "createButton"
                    text: qsTr("Create vault")
                    highlighted: true
                    enabled: root.matches && !VaultSession.busy
                    onClicked: root.submit()
                }

                BusyIndicator {
                    running: VaultSession.busy
                    visible: running
                    implicitWidth: 32
                    implicitHeight: 32
                }
            }

            Label {
                text: qsTr("Vault file: %1").arg(VaultSession.vaultPath)
                font.pixelSize: 11
                opacity: 0.6
                wrapMode: Text.WrapAnywhere
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.bottomMargin: 24
            }
        }
    }
}
