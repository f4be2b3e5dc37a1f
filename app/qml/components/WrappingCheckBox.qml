// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A check box whose text wraps: translations are often longer than English, and a check box that cannot
// shrink below its text would widen its whole layout past the window: it fills the layout's width.
CheckBox {
    id: root

    Layout.fillWidth: true
    contentItem: Label {
        leftPadding: root.indicator && !root.mirrored ? root.indicator.width + root.spacing : 0
        rightPadding: root.indicator && root.mirrored ? root.indicator.width + root.spacing : 0
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
