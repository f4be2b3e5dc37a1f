// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// What every dialog of the window shares: modal, centred over the window, never wider than `preferredWidth`
// nor taller than the window, with a margin left around it.
Dialog {
    id: root

    // 0: as wide as the content asks.
    property real preferredWidth: 0
    readonly property real overlayWidth: Overlay.overlay ? Overlay.overlay.width : root.implicitWidth + 24
    readonly property real overlayHeight: Overlay.overlay ? Overlay.overlay.height : root.implicitHeight + 24

    modal: true
    anchors.centerIn: Overlay.overlay
    width: root.preferredWidth > 0 ? Math.min(root.overlayWidth - 24, root.preferredWidth) : root.implicitWidth
    height: Math.min(root.implicitHeight, root.overlayHeight - 24)
}
