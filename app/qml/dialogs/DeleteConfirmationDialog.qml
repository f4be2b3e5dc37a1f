// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Twofold

// Asks before an account is removed; the list offers an undo until the vault is locked.
Dialog {
    id: root

    property string uuid: ""
    property string label: ""

    objectName: "deleteDialog"
    modal: true
    title: qsTr("Delete this account?")
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAccepted: AccountActions.remove(uuid)

    Label {
        text: qsTr("“%1” will be removed from the vault. You can undo this until the vault is locked.").arg(root.label)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        width: root.availableWidth
    }
}
