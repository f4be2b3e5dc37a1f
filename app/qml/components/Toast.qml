// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A short message at the bottom of the window ("Copied … — clears in 30 s").
Rectangle {
    id: root

    function show(message: string) {
        label.text = message;
        opacity = 1;
        hideTimer.restart();
    }

    width: Math.min(label.implicitWidth + 32, (parent ? parent.width : 400) - 32)
    height: label.implicitHeight + 20
    readonly property bool darkWindow: palette.window.hslLightness < 0.5

    radius: 8
    color: root.darkWindow ? "#e8eaed" : "#323232"
    opacity: 0
    visible: opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Behavior on opacity {
        NumberAnimation {
            duration: 180
        }
    }

    Label {
        id: label

        objectName: "toastLabel"
        anchors.centerIn: parent
        width: parent.width - 32
        color: root.darkWindow ? "#202124" : "white"
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        textFormat: Text.PlainText
    }

    Timer {
        id: hideTimer

        interval: 4000
        onTriggered: root.opacity = 0
    }
}
