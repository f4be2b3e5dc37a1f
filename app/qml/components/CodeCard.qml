// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The live code of a previewed link: issuer, name, grouped code, countdown and next code, so people can
// check it against the service before adding it.
Frame {
    id: root

    required property CodePreview preview
    readonly property bool expiring: CodeDisplay.expiring(root.preview.secondsRemaining, root.preview.counterBased)

    padding: 16

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            //: Shown instead of the service name when the link names none
            text: root.preview.issuer.length > 0 ? root.preview.issuer : qsTr("(no issuer)")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: 16
            Layout.fillWidth: true
        }

        Label {
            text: root.preview.name
            textFormat: Text.PlainText
            elide: Text.ElideRight
            visible: text.length > 0
            opacity: 0.75
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Layout.topMargin: 6

            Label {
                text: root.preview.code
                font.family: "monospace"
                font.pixelSize: 34
                font.letterSpacing: 2
                color: root.expiring ? "#d84315" : palette.windowText
                Accessible.name: qsTr("Current code %1").arg(root.preview.code)
                Layout.fillWidth: true
            }

            CountdownRing {
                visible: !root.preview.counterBased
                seconds: root.preview.secondsRemaining
                period: Math.max(1, root.preview.period)
                warning: root.expiring
            }
        }

        Label {
            //: %1 is the code of the next period
            text: qsTr("Next: %1").arg(root.preview.nextCode)
            visible: !root.preview.counterBased
            font.family: "monospace"
            opacity: 0.7
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Counter-based code: it changes when you ask for the next one.")
            visible: root.preview.counterBased
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("This secret is shorter than the recommended 80 bits.")
            visible: root.preview.shortSecret
            color: "#d84315"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
