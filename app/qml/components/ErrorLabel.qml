// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A problem to fix, in the one warning colour. The text can come from a file or a QR code: always plain.
Label {
    visible: text.length > 0
    color: "#c62828"
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Layout.fillWidth: true
}
