// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Twofold

// Import from another app's export or backup, or from scanned QR codes: choose a file → its password if it
// has one → review what will be added (new, duplicate, rejected) → import exactly the checked entries.
AppDialog {
    id: root

    function openFile(file: url) {
        root.open();
        session.openFile(file);
    }

    function reviewScanned(texts: list<string>) {
        root.open();
        session.addScanned(texts);
    }

    function chooseFile() {
        root.open();
        picker.open();
    }

    function submit() {
        if (session.stage === ImportSession.Password) {
            session.submitPassword(password.text);
            password.clear();
        } else if (session.stage === ImportSession.Review) {
            session.importSelected();
        }
    }

    objectName: "importDialog"
    //: %1 is an app name such as Aegis, or "QR code"
    preferredWidth: 480
    title: session.stage === ImportSession.Review ? qsTr("Import from %1").arg(session.sourceName) : qsTr("Import accounts")
    focus: true
    onClosed: session.reset()

    ImportSession {
        id: session

        onFinished: root.close()
        onStageChanged: {
            if (stage === ImportSession.Password)
                password.forceActiveFocus();
        }
    }

    FileDialog {
        id: picker

        title: qsTr("Choose an export or backup file")
        onAccepted: session.openFile(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        StackLayout {
            currentIndex: session.stage
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                spacing: 10

                Label {
                    text: qsTr("Twofold reads exports and backups of Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth, KeePassXC and other apps, and plain lists of otpauth:// links. The format is recognised from the file itself.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "chooseImportFile"
                    text: qsTr("Choose a file…")
                    highlighted: true
                    enabled: !session.busy
                    onClicked: picker.open()
                }

                Label {
                    text: qsTr("You can also drop the file on the window. Nothing is added before you confirm.")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                spacing: 10

                Label {
                    text: qsTr("This %1 file is encrypted. Enter the password it was exported with.").arg(session.sourceName)
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }

                TextField {
                    id: password

                    objectName: "importPassword"
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Password of the file")
                    Accessible.name: qsTr("Password of the file")
                    enabled: !session.busy
                    Layout.fillWidth: true
                    onAccepted: root.submit()
                }

                KeyFileChooser {
                    visible: session.takesKeyFile
                    enabled: !session.busy
                    fileName: session.keyFileName
                    Layout.fillWidth: true
                    onChosen: file => session.chooseKeyFile(file)
                }
            }

            ColumnLayout {
                spacing: 6

                Label {
                    objectName: "importSummary"
                    //: Counts of the entries found in an import
                    text: qsTr("New: %1 · Duplicates: %2 · Rejected: %3").arg(session.review.newCount).arg(session.review.duplicateCount).arg(session.review.rejectedCount)
                    font.bold: true
                    Layout.fillWidth: true
                }

                Label {
                    objectName: "batchProgress"
                    text: session.batchProgress
                    visible: text.length > 0
                    color: "#a15c00"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                ListView {
                    objectName: "importList"
                    model: session.review
                    clip: true
                    implicitHeight: Math.min(contentHeight, 320)
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ScrollBar.vertical: ScrollBar {}

                    delegate: ImportReviewRow {
                        width: ListView.view.width
                        onSelectionToggled: (row, checked) => session.review.setSelected(row, checked)
                    }
                }
            }
        }

        ErrorLabel {
            objectName: "importError"
            text: session.error
        }
    }

    footer: Pane {
        RowLayout {
            anchors.right: parent.right
            spacing: 8

            BusyIndicator {
                running: session.busy
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }

            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            Button {
                objectName: "importConfirm"
                visible: session.stage !== ImportSession.Choose
                enabled: !session.busy && (session.stage === ImportSession.Password || session.review.selectedCount > 0)
                //: Button: open the encrypted file with the password entered
                text: session.stage === ImportSession.Password ? qsTr("Open") : /*: %1 counts the selected entries */ qsTr("Import selected (%1)").arg(session.review.selectedCount)
                highlighted: true
                onClicked: root.submit()
            }
        }
    }
}
