// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown when the list is empty: either no accounts yet, or nothing matches the search.
Item {
    id: root

    property bool searching: false

    signal addRequested
    signal importRequested

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 340)
        spacing: 10

        Label {
            text: root.searching ? qsTr("No account matches your search.") : qsTr("No accounts yet")
            font.pixelSize: 18
            font.bold: !root.searching
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Add an account with the setup key or otpauth:// link your service shows when you turn " + "on two-factor authentication.")
            visible: !root.searching
            opacity: 0.75
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Button {
            text: qsTr("Add an account")
            visible: !root.searching
            highlighted: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: root.addRequested()
        }

        Button {
            objectName: "emptyImportButton"
            text: qsTr("Import from another app")
            visible: !root.searching
            flat: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: root.importRequested()
        }
    }
}
