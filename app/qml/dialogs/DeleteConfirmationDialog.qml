// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Twofold

// Asks before an account is removed; the list offers an undo until the vault is locked.
AppDialog {
    id: root

    property string uuid: ""
    property string label: ""

    function ask(accountUuid: string) {
        root.uuid = accountUuid;
        root.label = VaultSession.accounts.labelOf(accountUuid);
        root.open();
    }

    objectName: "deleteDialog"
    preferredWidth: 360
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
