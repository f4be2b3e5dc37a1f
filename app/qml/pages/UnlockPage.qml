// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Unlock: the password field has focus, Enter unlocks, the KDF runs off the GUI thread.
Item {
    id: root

    Component.onCompleted: {
        if (visible)
            password.forceActiveFocus();
    }
    onVisibleChanged: {
        if (visible)
            password.forceActiveFocus();
    }

    function submit() {
        if (password.text.length === 0 || VaultSession.busy)
            return;
        VaultSession.unlock(password.text);
        password.clear();
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 360)
        spacing: 12

        Image {
            source: "qrc:/resources/icons/twofold.svg"
            sourceSize: Qt.size(72, 72)
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }

        Label {
            text: qsTr("Vault locked")
            font.pixelSize: 22
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }

        TextField {
            id: password

            objectName: "unlockPassword"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            focus: true
            enabled: !VaultSession.busy
            Accessible.name: qsTr("Vault password")
            Layout.fillWidth: true
            onAccepted: root.submit()
        }

        ErrorLabel {
            objectName: "unlockError"
            text: VaultSession.errorMessage
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.AlertMessage
        }

        Button {
            text: qsTr("Unlock with the desktop keyring")
            visible: KeyringUnlock.enabled
            enabled: !VaultSession.busy
            Layout.fillWidth: true
            onClicked: KeyringUnlock.unlock()
        }

        Button {
            objectName: "restoreBackup"
            //: Shown when the vault is damaged and an older backup opens
            text: qsTr("Restore this backup")
            visible: VaultSession.restorableBackup.length > 0
            Accessible.description: qsTr("Replaces the damaged vault with the newest backup that opens; the damaged file is kept.")
            Layout.fillWidth: true
            onClicked: VaultSession.restoreBackup()
        }

        Button {
            text: VaultSession.busy ? qsTr("Unlocking…") : qsTr("Unlock")
            highlighted: true
            enabled: password.text.length > 0 && !VaultSession.busy
            Layout.fillWidth: true
            onClicked: root.submit()
        }

        BusyIndicator {
            running: VaultSession.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
