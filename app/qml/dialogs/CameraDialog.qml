// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Twofold
import Twofold.Camera

// Reads a setup QR code held up to a camera, with a live preview. The camera runs only while this dialog is
// open: it stops on the first otpauth code found, when the dialog closes and when the vault locks.
AppDialog {
    id: root

    // Takes the otpauth texts of the code found, once the dialog has closed.
    required property QrIntake intake

    readonly property bool running: camera.status === QrCamera.Scanning || camera.status === QrCamera.Starting
    readonly property bool failed: camera.status === QrCamera.NoCamera || camera.status === QrCamera.Failed || camera.status === QrCamera.PermissionDenied

    objectName: "cameraDialog"
    preferredWidth: 520
    title: qsTr("Scan with the camera")
    onOpened: camera.start()
    onClosed: camera.stop()

    QrCamera {
        id: camera

        objectName: "qrCamera"
        videoOutput: preview
        preferredCamera: Settings.camera
        onCodesFound: texts => {
            root.close();
            root.intake.takeScanned(texts);
        }
    }

    Connections {
        target: VaultSession

        // Locking (or any change of the vault's state) ends the scan.
        function onStateChanged() {
            root.close();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        ComboBox {
            objectName: "cameraPicker"
            model: camera.cameras
            currentIndex: camera.cameraIndex
            visible: count > 1
            Accessible.name: qsTr("Camera")
            Layout.fillWidth: true
            onActivated: index => Settings.camera = camera.choose(index)
        }

        Rectangle {
            color: root.running ? "black" : root.palette.alternateBase
            border.color: root.palette.mid
            radius: 4
            implicitHeight: 240
            Layout.fillWidth: true
            Layout.fillHeight: true

            VideoOutput {
                id: preview

                objectName: "cameraPreview"
                anchors.fill: parent
                anchors.margins: 1
                visible: root.running
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: camera.status === QrCamera.Starting || camera.status === QrCamera.AskingPermission
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: root.failed
                spacing: 8

                Label {
                    text: camera.status === QrCamera.NoCamera ? qsTr("No camera") : camera.status === QrCamera.PermissionDenied ? qsTr("No access to the camera") : qsTr("The camera is not available")
                    font.bold: true
                    font.pixelSize: 16
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Label {
                    objectName: "cameraProblem"
                    text: camera.message
                    opacity: 0.8
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
            }
        }

        Label {
            objectName: "cameraHint"
            text: camera.message
            visible: !root.failed && text.length > 0
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
    }

    footer: Pane {
        RowLayout {
            anchors.right: parent.right
            spacing: 8

            Button {
                objectName: "cameraRetry"
                text: qsTr("Try again")
                visible: root.failed
                onClicked: camera.start()
            }

            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
