// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Under the list after a delete: the account can come back until the vault is locked.
Pane {
    visible: AccountActions.canUndo

    RowLayout {
        anchors.fill: parent

        Label {
            text: qsTranslate("AccountsPage", "Account deleted.")
            Layout.fillWidth: true
        }

        Button {
            objectName: "undoButton"
            text: qsTranslate("AccountsPage", "Undo")
            onClicked: AccountActions.undoRemove()
        }
    }
}
