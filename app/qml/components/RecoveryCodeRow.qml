// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// One recovery code: mark it used, or copy it (as a secret, cleared like codes). The code is painted from
// the vault, never held as QML text.
RowLayout {
    id: root

    required property bool modelData // whether it is used
    required property int index
    required property string accountUuid
    property alias used: usedBox.checked

    spacing: 6
    Component.onCompleted: usedBox.checked = root.modelData

    CheckBox {
        id: usedBox

        objectName: "recoveryCodeUsed"
        //: %1 numbers the account's recovery codes
        Accessible.name: qsTr("Recovery code %1 used").arg(root.index + 1)
    }

    RecoveryCodeView {
        accountUuid: root.accountUuid
        index: root.index
        used: usedBox.checked
        color: usedBox.palette.windowText
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Recovery code %1").arg(root.index + 1)
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight
    }

    ToolButton {
        text: qsTr("Copy")
        Accessible.name: qsTr("Copy recovery code %1").arg(root.index + 1)
        onClicked: CodeCopier.copyRecoveryCode(root.accountUuid, root.index)
    }
}
