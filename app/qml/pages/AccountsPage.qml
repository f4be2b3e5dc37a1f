pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The unlocked vault: search, the list of accounts with live codes, add.
FocusScope {
    id: root

    signal toastRequested(string message)

    Component.onCompleted: {
        if (visible)
            list.forceActiveFocus();
    }
    onVisibleChanged: {
        if (visible)
            list.forceActiveFocus();
    }

    // Typing anywhere starts a search.
    Keys.onPressed: event => {
        if (event.text.length > 0 && event.text.trim().length > 0 && !(event.modifiers & Qt.ControlModifier)) {
            search.forceActiveFocus();
            search.insert(search.length, event.text);
            event.accepted = true;
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: root.visible
        onActivated: search.forceActiveFocus()
    }

    Shortcut {
        sequence: "Ctrl+I"
        enabled: root.visible && list.currentItem !== null
        onActivated: details.show((list.currentItem as AccountDelegate)?.uuid ?? "")
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible
        onActivated: addDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StorageWarning {
            text: VaultController.needsAttention > 0 ? qsTr("%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.", "", VaultController.needsAttention) : ""
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 8
            Layout.margins: 10
            Layout.fillWidth: true

            TextField {
                id: search

                objectName: "searchField"
                placeholderText: qsTr("Search accounts (Ctrl+F)")
                Accessible.name: qsTr("Search accounts")
                Layout.fillWidth: true
                onTextChanged: VaultController.accounts.query = text
                Keys.onEscapePressed: {
                    clear();
                    list.forceActiveFocus();
                }
                Keys.onDownPressed: list.forceActiveFocus()
                onAccepted: list.forceActiveFocus()
            }

            Button {
                objectName: "addButton"
                text: qsTr("Add")
                icon.name: "list-add"
                Accessible.name: qsTr("Add an account")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add an account (Ctrl+N)")
                onClicked: addDialog.open()
            }
        }

        ListView {
            id: list

            objectName: "accountList"
            model: VaultController.accounts
            clip: true
            focus: true
            keyNavigationEnabled: true
            currentIndex: 0
            visible: count > 0
            // Filtering can leave no current row; keyboard actions always need one.
            onCountChanged: {
                if (count > 0 && (currentIndex < 0 || currentIndex >= count))
                    currentIndex = 0;
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Accounts")
            Layout.fillWidth: true
            Layout.fillHeight: true

            delegate: AccountDelegate {
                width: ListView.view.width
                now: VaultController.now
                onDetailsRequested: uuid => details.show(uuid)
            }

            Keys.onReturnPressed: (list.currentItem as AccountDelegate)?.copy()
            Keys.onEnterPressed: (list.currentItem as AccountDelegate)?.copy()
            Keys.onDeletePressed: (list.currentItem as AccountDelegate)?.requestDelete()

            Shortcut {
                sequences: [StandardKey.Copy]
                enabled: list.activeFocus
                onActivated: (list.currentItem as AccountDelegate)?.copy()
            }

            ScrollBar.vertical: ScrollBar {}
        }

        EmptyState {
            visible: list.count === 0
            searching: search.text.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            onAddRequested: addDialog.open()
        }

        Pane {
            visible: VaultController.canUndo
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent

                Label {
                    text: qsTr("Account deleted.")
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "undoButton"
                    text: qsTr("Undo")
                    onClicked: VaultController.undoRemove()
                }
            }
        }
    }

    AccountDetailsDialog {
        id: details

        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 24, 460)
        height: Math.min(root.height - 24, 620)
    }

    AddAccountDialog {
        id: addDialog

        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 24, 440)
    }
}
