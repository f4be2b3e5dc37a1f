// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One entry of an import preview: a check box for new and duplicate entries, the reason for the others.
ItemDelegate {
    id: root

    required property int index
    required property string issuer
    required property string name
    required property string type
    required property string status
    required property string reason
    required property bool selected
    required property bool selectable

    signal selectionToggled(int row, bool checked)

    enabled: root.selectable
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.issuer + " " + root.name
    Accessible.checked: root.selected
    onClicked: root.selectionToggled(root.index, !root.selected)

    contentItem: RowLayout {
        spacing: 10

        CheckBox {
            checked: root.selected
            visible: root.selectable
            focusPolicy: Qt.NoFocus
            onClicked: root.selectionToggled(root.index, checked)
        }

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                text: root.issuer.length > 0 ? root.issuer : root.name
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }

            Label {
                text: root.issuer.length > 0 ? root.name : ""
                visible: text.length > 0
                textFormat: Text.PlainText
                opacity: 0.75
                elide: Text.ElideRight
                Layout.fillWidth: true
            }

            Label {
                text: root.reason
                visible: text.length > 0
                textFormat: Text.PlainText
                color: root.status === "rejected" ? "#c62828" : "#a15c00"
                wrapMode: Text.Wrap
                font.pixelSize: 12
                Layout.fillWidth: true
            }
        }

        Label {
            //: Status of an entry in an import: it cannot be imported
            text: root.status === "rejected" ? qsTr("Rejected") : root.status === "duplicate" ? /*: Status of an entry in an import: already in the vault */ qsTr("Duplicate") : root.type
            opacity: 0.7
            font.pixelSize: 12
        }
    }
}
