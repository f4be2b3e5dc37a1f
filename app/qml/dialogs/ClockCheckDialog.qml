// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Settings → "Check the clock": asks a time server the user chooses how far this computer's clock is off,
// shows what the desktop says about its own synchronisation, and sets the vault's time correction.
Dialog {
    id: root

    objectName: "clockCheckDialog"
    title: qsTr("Check the clock")
    modal: true
    standardButtons: Dialog.Close
    onAboutToShow: {
        server.editText = ClockCheck.server;
        correctionError.text = "";
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Codes are made from the time. If this computer's clock is off by more than a few seconds, sites refuse them. Choose a time server to compare the clock with; nothing is asked until you press Check.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Time server (for example pool.ntp.org, or HOST:PORT)")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            ComboBox {
                id: server

                objectName: "timeServer"
                editable: true
                model: ClockCheck.suggestions
                Accessible.name: qsTr("Time server")
                Layout.fillWidth: true
                onAccepted: ClockCheck.check(editText)
            }

            Button {
                objectName: "checkClock"
                text: qsTr("Check")
                enabled: !ClockCheck.busy && server.editText.trim().length > 0
                onClicked: ClockCheck.check(server.editText)
            }
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            BusyIndicator {
                running: ClockCheck.busy
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }

            Label {
                objectName: "clockResult"
                text: ClockCheck.result
                visible: text.length > 0
                color: ClockCheck.failed ? "#b71c1c" : palette.windowText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Label {
            objectName: "desktopSync"
            text: ClockCheck.desktopSync
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            Label {
                text: qsTr("Correct the codes by")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SpinBox {
                id: correction

                objectName: "timeCorrection"
                from: -86400
                to: 86400
                editable: true
                value: VaultController.timeCorrection
                //: Seconds, abbreviated, in a number field; a correction shows its sign
                textFromValue: (value, locale) => qsTr("%1 s").arg((value > 0 ? "+" : "") + value)
                valueFromText: (text, locale) => parseInt(text) || 0
                Accessible.name: qsTr("Seconds added to this computer's clock for the codes of this vault")
                onValueModified: correctionError.text = ClockCheck.setCorrection(value)
            }
        }

        Button {
            objectName: "useMeasuredOffset"
            text: qsTr("Use the measured offset (%1 s)").arg((ClockCheck.suggestedCorrection > 0 ? "+" : "") + ClockCheck.suggestedCorrection)
            visible: ClockCheck.result.length > 0 && !ClockCheck.failed && !ClockCheck.busy
            onClicked: correctionError.text = ClockCheck.setCorrection(ClockCheck.suggestedCorrection)
        }

        Label {
            id: correctionError

            color: "#b71c1c"
            visible: text.length > 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("The correction is kept in this vault and used by its codes here and on every computer that opens it, and by twofold show.")
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
    }
}
