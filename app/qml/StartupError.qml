// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the main window when Twofold cannot run safely (e.g. a missing crypto provider).
ApplicationWindow {
    id: root

    required property string message

    width: 440
    height: 220
    visible: true
    title: qsTr("Twofold cannot start")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        Label {
            text: root.title
            font.bold: true
            font.pixelSize: 18
        }

        Label {
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.fillHeight: true
        }

        Button {
            text: qsTr("Quit")
            Layout.alignment: Qt.AlignRight
            onClicked: Qt.quit()
        }
    }
}
