// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// An account's picture: the service's brand glyph on its colour, or a coloured monogram.
Rectangle {
    id: root

    required property string monogram
    required property string brandIcon
    property int size: 40

    implicitWidth: root.size
    implicitHeight: root.size
    radius: root.size / 2
    Accessible.ignored: true

    Image {
        anchors.centerIn: parent
        visible: root.brandIcon.length > 0
        source: root.brandIcon
        sourceSize: Qt.size(Math.round(root.size * 0.55), Math.round(root.size * 0.55))
    }

    Label {
        anchors.centerIn: parent
        visible: root.brandIcon.length === 0
        text: root.monogram
        textFormat: Text.PlainText
        color: "white"
        font.bold: true
        font.pixelSize: Math.round(root.size * 0.45)
    }
}
