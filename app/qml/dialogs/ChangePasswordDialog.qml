// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// A new vault password: the current one, the new one twice with its strength, and whether the automatic
// backups follow. With turningOffKeyring: only the password, which turns keyring unlock off. Both give the
// vault a new key; PasswordChange does the work and says what happened.
AppDialog {
    id: root

    property bool turningOffKeyring: false
    readonly property int strength: PasswordStrength.score(newPassword.text)
    readonly property bool matches: newPassword.text.length > 0 && newPassword.text === repeat.text
    readonly property bool ready: current.text.length > 0 && (root.turningOffKeyring || root.matches)
    readonly property bool done: change.result.length > 0

    function openFor(offKeyring: bool) {
        root.turningOffKeyring = offKeyring;
        change.reset();
        reencrypt.checked = true;
        root.open();
    }

    function submit() {
        if (!root.ready || change.busy)
            return;
        if (root.turningOffKeyring)
            change.turnOffKeyring(current.text);
        else
            change.change(current.text, newPassword.text, repeat.text, reencrypt.checked);
        current.clear();
        newPassword.clear();
        repeat.clear();
    }

    objectName: "changePasswordDialog"
    preferredWidth: 420
    title: turningOffKeyring ? qsTr("Turn off keyring unlock") : qsTr("Change password")
    closePolicy: change.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    onOpened: current.forceActiveFocus()
    onClosed: {
        current.clear();
        newPassword.clear();
        repeat.clear();
        change.reset();
    }

    PasswordChange {
        id: change

        objectName: "passwordChange"
        // Everything was handed over and cleared: after an error, typing starts again at the top.
        onResultChanged: {
            if (change.error.length > 0)
                current.forceActiveFocus();
        }
    }

    // Locking closes it: nothing about the vault stays on screen over the unlock page.
    Connections {
        target: VaultSession

        function onStateChanged() {
            if (VaultSession.state !== VaultSession.Unlocked)
                root.close();
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmPasswordChange"
            text: root.turningOffKeyring ? qsTr("Turn off") : qsTr("Change password")
            visible: !root.done
            enabled: root.ready && !change.busy
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.submit()
        }

        Button {
            objectName: "closePasswordChange"
            text: root.done ? qsTr("Close") : qsTr("Cancel")
            enabled: !change.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ColumnLayout {
            visible: !root.done
            enabled: !change.busy
            spacing: 8
            Layout.fillWidth: true

            Label {
                text: root.turningOffKeyring ? qsTr("Type your password to turn keyring unlock off. The vault gets a new key, so the key kept in the keyring opens nothing saved from now on.") : qsTr("The vault gets a new key: the new password opens it from now on, the old one no longer does.")
                wrapMode: Text.Wrap
                opacity: 0.85
                Layout.fillWidth: true
            }

            Label {
                text: root.turningOffKeyring ? qsTr("Password") : qsTr("Current password")
                font.bold: true
            }

            TextField {
                id: current

                objectName: "currentPassword"
                echoMode: TextInput.Password
                Accessible.name: root.turningOffKeyring ? qsTr("Password") : qsTr("Current password")
                Layout.fillWidth: true
                onAccepted: root.turningOffKeyring ? root.submit() : newPassword.forceActiveFocus()
            }

            Label {
                visible: !root.turningOffKeyring
                text: qsTr("New password")
                font.bold: true
            }

            TextField {
                id: newPassword

                objectName: "changedPassword"
                visible: !root.turningOffKeyring
                echoMode: TextInput.Password
                Accessible.name: qsTr("New password")
                Layout.fillWidth: true
                onAccepted: repeat.forceActiveFocus()
            }

            ProgressBar {
                visible: !root.turningOffKeyring && newPassword.text.length > 0
                implicitHeight: 8
                from: 0
                to: 4
                value: root.strength + 0.3
                Accessible.name: qsTr("Password strength: %1").arg(PasswordStrength.label(root.strength))
                Layout.fillWidth: true
            }

            Label {
                objectName: "changedPasswordStrength"
                visible: !root.turningOffKeyring
                //: %1 is a rating: Too weak, Weak, Fair, Good or Strong
                text: newPassword.text.length > 0 ? qsTr("Strength: %1").arg(PasswordStrength.label(root.strength)) : qsTr("Use a long passphrase you can remember.")
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                visible: !root.turningOffKeyring
                text: qsTr("Repeat the new password")
                font.bold: true
            }

            TextField {
                id: repeat

                objectName: "repeatChangedPassword"
                visible: !root.turningOffKeyring
                echoMode: TextInput.Password
                Accessible.name: qsTr("Repeat the new password")
                Layout.fillWidth: true
                onAccepted: root.submit()
            }

            ErrorLabel {
                objectName: "changedPasswordMismatch"
                text: qsTr("The new passwords differ.")
                visible: !root.turningOffKeyring && repeat.text.length > 0 && !root.matches
            }

            WrappingCheckBox {
                id: reencrypt

                objectName: "reencryptBackups"
                visible: !root.turningOffKeyring && change.backupCount > 0
                checked: true
                text: qsTr("Re-encrypt the %n automatic backup(s) with the new password", "", change.backupCount)
                Layout.fillWidth: true
            }

            Label {
                visible: reencrypt.visible && !reencrypt.checked
                text: qsTr("The backups made so far will keep opening with the old password.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }

            Label {
                visible: text.length > 0
                text: change.kdfNote
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
        }

        ErrorLabel {
            objectName: "passwordChangeError"
            text: change.error
        }

        Label {
            objectName: "passwordChangeResult"
            visible: text.length > 0
            text: change.result
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }

        BusyIndicator {
            running: change.busy
            visible: running
            implicitWidth: 32
            implicitHeight: 32
        }
    }
}
