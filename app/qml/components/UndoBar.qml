// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Under the list after a delete: the account can come back until the vault is locked.
Pane {
    visible: VaultController.canUndo

    RowLayout {
        anchors.fill: parent

        Label {
            text: qsTr("Account deleted.")
            Layout.fillWidth: true
        }

        Button {
            objectName: "undoButton"
            text: qsTr("Undo")
            onClicked: VaultController.undoRemove()
        }
    }
}
