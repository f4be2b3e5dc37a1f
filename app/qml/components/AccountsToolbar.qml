// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Above the list: the search field, Add, and the menu of imports, exports and backups.
RowLayout {
    id: root

    readonly property alias searchText: search.text
    readonly property alias searchFocused: search.activeFocus

    signal addRequested
    signal importRequested
    signal backupRequested(int tab)
    signal transferRequested
    // Leaves the search for the list (Escape, Down, Return).
    signal listRequested

    function focusSearch() {
        search.forceActiveFocus();
    }

    // Typing on the list starts a search.
    function typeIntoSearch(text: string) {
        search.forceActiveFocus();
        search.insert(search.length, text);
    }

    spacing: 8

    TextField {
        id: search

        objectName: "searchField"
        placeholderText: qsTr("Search accounts (Ctrl+F)")
        Accessible.name: qsTr("Search accounts")
        Layout.fillWidth: true
        // The model keeps what a search can hold (no control characters, which shortcuts such as Ctrl+I can
        // type); the field shows the same.
        onTextChanged: {
            VaultController.accounts.query = text;
            text = VaultController.accounts.query;
        }
        Keys.onEscapePressed: {
            clear();
            root.listRequested();
        }
        Keys.onDownPressed: root.listRequested()
        onAccepted: root.listRequested()
    }

    Button {
        objectName: "addButton"
        text: qsTr("Add")
        icon.name: "list-add"
        Accessible.name: qsTr("Add an account")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Add an account (Ctrl+N)")
        onClicked: root.addRequested()
    }

    ToolButton {
        objectName: "moreButton"
        //: A menu button: import, export, backups
        text: qsTr("More")
        icon.name: "open-menu"
        Accessible.name: qsTr("Import, export and backups")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Import, export and backups")
        onClicked: moreMenu.popup()

        Menu {
            id: moreMenu

            MenuItem {
                objectName: "importMenuItem"
                text: qsTr("Import from another app…")
                onTriggered: root.importRequested()
            }

            MenuItem {
                objectName: "exportMenuItem"
                text: qsTr("Export or back up…")
                onTriggered: root.backupRequested(0)
            }

            MenuItem {
                text: qsTr("Check a backup…")
                onTriggered: root.backupRequested(1)
            }

            MenuItem {
                text: qsTr("Transfer to Google Authenticator…")
                onTriggered: root.transferRequested()
            }
        }
    }
}
