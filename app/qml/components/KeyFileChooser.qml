// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// A KeePass database's key file, optional: a button that opens a file dialog, and the chosen file's name.
RowLayout {
    id: root

    required property string fileName

    signal chosen(url file)

    spacing: 8

    Button {
        objectName: "chooseKeyFile"
        //: Button in the import dialog: choose the key file of a KeePass database
        text: qsTr("Key file…")
        onClicked: dialog.open()
    }

    Label {
        text: root.fileName === "" ? qsTr("No key file (only if the database has one)") : root.fileName
        textFormat: Text.PlainText
        elide: Text.ElideMiddle
        Layout.fillWidth: true
    }

    FileDialog {
        id: dialog

        title: qsTr("Choose the database's key file")
        onAccepted: root.chosen(dialog.selectedFile)
    }
}
