import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// One recovery code: mark it used, or copy it (as a secret, cleared like codes).
RowLayout {
    id: root

    required property var modelData
    readonly property string code: root.modelData.code
    property alias used: usedBox.checked

    spacing: 6
    Component.onCompleted: usedBox.checked = root.modelData.used

    CheckBox {
        id: usedBox

        Accessible.name: qsTr("Recovery code %1 used").arg(root.code)
    }

    Label {
        text: root.code
        font.family: "monospace"
        font.strikeout: usedBox.checked
        textFormat: Text.PlainText
        elide: Text.ElideRight
        Layout.fillWidth: true
    }

    ToolButton {
        text: qsTr("Copy")
        onClicked: VaultController.copyText(root.code)
    }
}
