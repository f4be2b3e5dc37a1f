pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

ApplicationWindow {
    id: root

    width: 460
    height: 620
    minimumWidth: 360
    minimumHeight: 520
    visible: true
    title: qsTr("Twofold")

    CodePreview {
        id: preview
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 8

            Image {
                source: "qrc:/resources/icons/twofold.svg"
                sourceSize: Qt.size(24, 24)
                Accessible.ignored: true
            }

            Label {
                text: qsTr("Twofold")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 14

        Label {
            text: qsTr("Two-factor codes on your desktop")
            font.pixelSize: 22
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Check a setup link: paste an otpauth:// link below to see the codes it produces. " + "Nothing is stored.")
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            TextField {
                id: linkField

                placeholderText: qsTr("otpauth://totp/…")
                echoMode: TextInput.Password
                focus: true
                Accessible.name: qsTr("otpauth link")
                Layout.fillWidth: true
                onAccepted: showButton.clicked()
            }

            Button {
                id: showButton

                text: qsTr("Show code")
                enabled: linkField.length > 0
                highlighted: true
                onClicked: {
                    preview.load(linkField.text);
                    linkField.clear();
                }
            }
        }

        Label {
            objectName: "errorLabel"
            text: preview.errorMessage
            visible: text.length > 0
            color: "#c62828"
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
        }

        CodeCard {
            objectName: "codeCard"
            preview: preview
            visible: preview.hasAccount
            Layout.fillWidth: true
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
