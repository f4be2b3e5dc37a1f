// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A persistent banner for a failed save or backup, or a backup reminder: it stays until the cause is gone.
// An optional action button offers the fix.
Pane {
    id: root

    property alias text: label.text
    property string actionText: ""

    signal actionTriggered

    visible: label.text.length > 0
    padding: 10
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    background: Rectangle {
        color: "#fff3e0"
        border.color: "#e65100"
    }

    RowLayout {
        width: parent.width
        spacing: 8

        Label {
            id: label

            color: "#8a3b00"
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }

        Button {
            text: root.actionText
            visible: root.actionText.length > 0
            onClicked: root.actionTriggered()
        }
    }
}
