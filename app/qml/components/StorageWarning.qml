import QtQuick
import QtQuick.Controls

// A persistent banner for a failed save or backup: it stays until the next save succeeds.
Pane {
    id: root

    property alias text: label.text

    visible: label.text.length > 0
    padding: 10
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    background: Rectangle {
        color: "#fff3e0"
        border.color: "#e65100"
    }

    Label {
        id: label

        width: parent.width
        color: "#8a3b00"
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }
}
