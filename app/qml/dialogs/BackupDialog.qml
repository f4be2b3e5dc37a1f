// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Twofold

// Export the vault (an encrypted backup, a file another app opens, or a printable page) and check that a
// backup really restores: each export is read back and compared before it is reported as saved.
AppDialog {
    id: root

    property url checkedFile

    function openOn(tab: int) {
        tabs.currentIndex = tab;
        root.open();
    }

    readonly property bool encrypted: formats.encrypted(formatBox.currentIndex)
    readonly property bool passwordsMatch: password.text === repeat.text

    objectName: "backupDialog"
    preferredWidth: 480
    title: qsTr("Backups and exports")
    onClosed: {
        session.reset();
        password.clear();
        repeat.clear();
        checkPassword.clear();
        plainConfirmed.checked = false;
    }

    BackupSession {
        id: session

        objectName: "backupSession"
    }

    ExportFormats {
        id: formats
    }

    FileDialog {
        id: exportPicker

        fileMode: FileDialog.SaveFile
        title: qsTr("Export to")
        currentFile: formats.suggestedFile(formatBox.currentIndex)
        onAccepted: session.exportTo(selectedFile, formats.value(formatBox.currentIndex), password.text, plainConfirmed.checked)
    }

    FileDialog {
        id: checkPicker

        title: qsTr("Choose a backup to check")
        onAccepted: {
            root.checkedFile = selectedFile;
            session.verify(selectedFile, "");
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        TabBar {
            id: tabs

            Layout.fillWidth: true
            onCurrentIndexChanged: session.reset()

            TabButton {
                text: qsTr("Export")
            }

            TabButton {
                objectName: "checkTab"
                text: qsTr("Check a backup")
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true

            ColumnLayout {
                spacing: 8

                ComboBox {
                    id: formatBox

                    objectName: "exportFormat"
                    model: formats
                    textRole: "text"
                    Accessible.name: qsTr("Export format")
                    Layout.fillWidth: true
                }

                TextField {
                    id: password

                    objectName: "exportPassword"
                    visible: root.encrypted
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Password for the exported file")
                    Accessible.name: placeholderText
                    Layout.fillWidth: true
                }

                TextField {
                    id: repeat

                    objectName: "exportPasswordRepeat"
                    visible: root.encrypted
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Repeat the password")
                    Accessible.name: placeholderText
                    Layout.fillWidth: true
                }

                Label {
                    visible: !root.encrypted
                    text: qsTr("This file is not encrypted: anyone who gets it can generate your codes. Keep it offline, and delete it when you no longer need it.")
                    color: "#a15c00"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                CheckBox {
                    id: plainConfirmed

                    objectName: "plainConfirmed"
                    visible: !root.encrypted
                    text: qsTr("I understand")
                }

                Button {
                    objectName: "exportButton"
                    text: qsTr("Export…")
                    highlighted: true
                    enabled: !session.busy && (root.encrypted ? password.text.length > 0 && root.passwordsMatch : plainConfirmed.checked)
                    onClicked: exportPicker.open()
                }

                ErrorLabel {
                    text: qsTr("The passwords differ.")
                    visible: root.encrypted && repeat.text.length > 0 && !root.passwordsMatch
                }
            }

            ColumnLayout {
                spacing: 8

                Label {
                    text: qsTr("Open a backup or export and compare it with your vault, to know it would restore everything.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Button {
                    text: qsTr("Choose a backup…")
                    enabled: !session.busy
                    onClicked: checkPicker.open()
                }

                RowLayout {
                    visible: session.needsPassword
                    Layout.fillWidth: true

                    TextField {
                        id: checkPassword

                        objectName: "checkPassword"
                        echoMode: TextInput.Password
                        placeholderText: qsTr("Password of the backup")
                        Accessible.name: placeholderText
                        Layout.fillWidth: true
                        onAccepted: session.verify(root.checkedFile, text)
                    }

                    Button {
                        text: qsTr("Check")
                        enabled: !session.busy
                        onClicked: session.verify(root.checkedFile, checkPassword.text)
                    }
                }

                Repeater {
                    model: session.differences

                    Label {
                        required property string modelData

                        text: modelData
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }

        BusyIndicator {
            running: session.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        Label {
            objectName: "backupResult"
            text: session.result
            visible: text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }

        ErrorLabel {
            objectName: "backupError"
            text: session.error
            visible: text.length > 0 && !session.needsPassword
        }
    }

    footer: DialogButtonBox {
        standardButtons: Dialog.Close
        onRejected: root.close()
    }
}
