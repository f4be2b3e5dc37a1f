// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Settings → Shortcut: a key that opens quick copy from anywhere. Where the desktop has the GlobalShortcuts
// portal, it is registered there; elsewhere (and if that fails) the section gives the command to bind in
// the desktop's own keyboard settings, with a button that copies it.
ColumnLayout {
    id: root

    readonly property int portalState: ShortcutPortal.state
    readonly property bool offersCommand: root.portalState === ShortcutPortal.Absent || root.portalState === ShortcutPortal.Failed
    property bool copied: false

    spacing: 6
    Component.onCompleted: ShortcutPortal.probe()

    Label {
        text: qsTr("Shortcut")
        font.bold: true
    }

    Label {
        objectName: "shortcutStatus"
        text: {
            switch (root.portalState) {
            case ShortcutPortal.Absent:
                return qsTr("This desktop offers programs no way to register a shortcut (no GlobalShortcuts portal). To open quick copy with a key, add a custom shortcut in the desktop's keyboard settings that runs this command:");
            case ShortcutPortal.Unbound:
                return qsTr("Register a keyboard shortcut that opens quick copy from anywhere. The desktop may ask you to confirm it or to choose the keys.");
            case ShortcutPortal.Binding:
                return qsTr("Waiting for the desktop to register the shortcut…");
            case ShortcutPortal.Bound:
                //: %1 is a key combination as the desktop names it, e.g. "Ctrl+Alt+C"
                return ShortcutPortal.trigger.length > 0 ? qsTr("Quick copy opens with %1.").arg(ShortcutPortal.trigger) : qsTr("The shortcut is registered; choose its keys in the desktop's settings.");
            case ShortcutPortal.Failed:
                return qsTr("The desktop did not register the shortcut. You can add it in the desktop's keyboard settings instead, with this command:");
            default:
                return qsTr("Looking for the desktop's shortcut service…");
            }
        }
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    RowLayout {
        visible: root.offersCommand
        Layout.fillWidth: true

        TextField {
            objectName: "shortcutCommand"
            text: ShortcutPortal.command
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            Accessible.name: qsTr("Command for a keyboard shortcut")
            Layout.fillWidth: true
        }

        Button {
            objectName: "copyShortcutCommand"
            text: root.copied ? qsTr("Copied") : qsTr("Copy")
            Accessible.name: qsTr("Copy the command")
            onClicked: {
                ShortcutPortal.copyCommand();
                root.copied = true;
            }
        }
    }

    Button {
        objectName: "registerShortcut"
        visible: root.portalState === ShortcutPortal.Unbound || root.portalState === ShortcutPortal.Failed
        text: qsTr("Register shortcut…")
        onClicked: ShortcutPortal.bind()
    }

    Button {
        objectName: "removeShortcut"
        visible: root.portalState === ShortcutPortal.Bound
        text: qsTr("Remove shortcut")
        onClicked: ShortcutPortal.unbind()
    }
}
