// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The frame of a multi-line text field, matching single-line fields in both palettes.
Rectangle {
    property bool active: false

    color: palette.base
    border.color: active ? palette.highlight : palette.mid
    radius: 2
}
