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
        placeholderText: qsTranslate("AccountsPage", "Search accounts (Ctrl+F)")
        Accessible.name: qsTranslate("AccountsPage", "Search accounts")
        Layout.fillWidth: true
        // The model keeps what a search can hold (no control characters, which shortcuts such as Ctrl+I can
        // type); the field shows the same.
        onTextChanged: {
            VaultSession.accounts.query = text;
            text = VaultSession.accounts.query;
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
        text: qsTranslate("AccountsPage", "Add")
        icon.name: "list-add"
        Accessible.name: qsTranslate("AccountsPage", "Add an account")
        ToolTip.visible: hovered
        ToolTip.text: qsTranslate("AccountsPage", "Add an account (Ctrl+N)")
        onClicked: root.addRequested()
    }

    ToolButton {
        objectName: "moreButton"
        //: A menu button: import, export, backups
        text: qsTranslate("AccountsPage", "More")
        icon.name: "open-menu"
        Accessible.name: qsTranslate("AccountsPage", "Import, export and backups")
        ToolTip.visible: hovered
        ToolTip.text: qsTranslate("AccountsPage", "Import, export and backups")
        onClicked: moreMenu.popup()

        Menu {
            id: moreMenu

            MenuItem {
                objectName: "importMenuItem"
                text: qsTranslate("AccountsPage", "Import from another app…")
                onTriggered: root.importRequested()
            }

            MenuItem {
                objectName: "exportMenuItem"
                text: qsTranslate("AccountsPage", "Export or back up…")
                onTriggered: root.backupRequested(0)
            }

            MenuItem {
                text: qsTranslate("AccountsPage", "Check a backup…")
                onTriggered: root.backupRequested(1)
            }

            MenuItem {
                text: qsTranslate("AccountsPage", "Transfer to Google Authenticator…")
                onTriggered: root.transferRequested()
            }
        }
    }
}
