// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Twofold

// The ways to read a setup QR code: an image file, the screen, a camera, the clipboard. A Flow, not a row:
// the buttons wrap to a second line when their translations are long.
Flow {
    id: root

    required property QrIntake intake

    signal imageRequested
    signal cameraRequested

    spacing: 8

    Button {
        text: qsTranslate("AddAccountDialog", "Open image…")
        enabled: !root.intake.busy
        onClicked: root.imageRequested()
    }

    Button {
        objectName: "scanScreenButton"
        text: qsTranslate("AddAccountDialog", "Scan the screen")
        enabled: !root.intake.busy
        onClicked: root.intake.scanScreen()
    }

    Button {
        objectName: "cameraButton"
        text: qsTranslate("AddAccountDialog", "Use the camera")
        enabled: !root.intake.busy
        onClicked: root.cameraRequested()
    }

    Button {
        objectName: "pasteButton"
        text: qsTranslate("AddAccountDialog", "Paste image or link")
        enabled: !root.intake.busy
        onClicked: root.intake.scanClipboard()
    }

    BusyIndicator {
        running: root.intake.busy
        visible: running
        implicitWidth: 28
        implicitHeight: 28
    }
}
