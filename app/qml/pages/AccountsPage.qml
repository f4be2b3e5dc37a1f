// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The unlocked vault: search, the list of accounts with live codes, add.
FocusScope {
    id: root

    signal toastRequested(string message)

    // The current row's account. Read from the model: after a filter change the current delegate can
    // still be the one of a row that was filtered out.
    function currentUuid(): string {
        return VaultSession.accounts.uuidAt(list.currentIndex);
    }

    function copyCurrent() {
        if (root.currentUuid().length > 0)
            CodeCopier.copyCode(root.currentUuid());
    }

    function move(from: int, to: int) {
        if (to < 0 || to >= list.count || from === to)
            return;
        const wasManual = Settings.sortOrder === AccountSort.Manual;
        AccountActions.moveAccount(from, to);
        list.currentIndex = to;
        list.positionViewAtIndex(to, ListView.Contain);
        if (!wasManual)
            root.toastRequested(qsTr("The list is now in your own order. Choose another order in Settings."));
    }

    // A link from outside waits for the unlocked list, then opens the add dialog.
    function openOfferedLink() {
        if (!root.visible)
            return;
        const uri = VaultSession.takeOfferedLink();
        if (uri.length > 0)
            dialogs.addDialog().openLink(uri);
    }

    Component.onCompleted: {
        if (visible)
            list.forceActiveFocus();
        root.openOfferedLink();
    }
    onVisibleChanged: {
        if (visible)
            list.forceActiveFocus();
        root.openOfferedLink();
    }

    AccountsDialogs {
        id: dialogs

        objectName: "accountsDialogs"
        host: root
    }

    Connections {
        target: VaultSession

        function onLinkOffered() {
            root.openOfferedLink();
        }

        // Locking closes everything open over the list: a previewed link's code, an account's details or its
        // QR code must not stay on screen over the unlock page.
        function onStateChanged() {
            if (VaultSession.state !== VaultSession.Unlocked)
                dialogs.closeAll();
        }
    }

    // Typing anywhere starts a search.
    Keys.onPressed: event => {
        if (event.text.length > 0 && event.text.trim().length > 0 && !(event.modifiers & Qt.ControlModifier)) {
            toolbar.typeIntoSearch(event.text);
            event.accepted = true;
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: root.visible
        onActivated: toolbar.focusSearch()
    }

    Shortcut {
        sequence: "Ctrl+I"
        enabled: root.visible && list.count > 0
        onActivated: dialogs.detailsDialog().show(root.currentUuid())
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible
        onActivated: dialogs.addDialog().open()
    }

    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: root.visible && !dialogs.addOpen && !toolbar.searchFocused
        onActivated: {
            dialogs.addDialog().open();
            dialogs.addDialog().pasteFromClipboard();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ClockWarning {
            Layout.fillWidth: true
        }

        StorageWarning {
            objectName: "backupReminder"
            text: BackupReminder.text
            actionText: qsTr("Back up now")
            onActionTriggered: dialogs.backupDialog().openOn(0)
            Layout.fillWidth: true
        }

        StorageWarning {
            text: VaultSession.needsAttention > 0 ? qsTr("%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.", "", VaultSession.needsAttention) : ""
            Layout.fillWidth: true
        }

        AccountsToolbar {
            id: toolbar

            Layout.margins: 10
            Layout.fillWidth: true
            onAddRequested: dialogs.addDialog().open()
            onImportRequested: dialogs.importDialog().chooseFile()
            onBackupRequested: tab => dialogs.backupDialog().openOn(tab)
            onTransferRequested: dialogs.qrCodeDialog().showTransfer()
            onListRequested: list.forceActiveFocus()
        }

        TagBar {
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 6
            Layout.fillWidth: true
        }

        ListView {
            id: list

            objectName: "accountList"
            model: VaultSession.accounts
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
                now: CodeClock.now
                onDetailsRequested: uuid => dialogs.detailsDialog().show(uuid)
                onDeleteRequested: uuid => dialogs.confirmDelete(uuid)
                // Later: moving reloads the model, which must not destroy this delegate inside its own handler.
                onMoveRequested: (from, to) => Qt.callLater(root.move, from, to)
            }

            // Alt+Up/Down moves the current account: the keyboard's way to drag.
            Keys.onUpPressed: event => {
                if (event.modifiers & Qt.AltModifier)
                    root.move(list.currentIndex, list.currentIndex - 1);
                else
                    event.accepted = false;
            }
            Keys.onDownPressed: event => {
                if (event.modifiers & Qt.AltModifier)
                    root.move(list.currentIndex, list.currentIndex + 1);
                else
                    event.accepted = false;
            }
            Keys.onReturnPressed: root.copyCurrent()
            Keys.onEnterPressed: root.copyCurrent()
            Keys.onDeletePressed: dialogs.confirmDelete(root.currentUuid())

            Shortcut {
                sequences: [StandardKey.Copy]
                enabled: list.activeFocus
                onActivated: root.copyCurrent()
            }

            ScrollBar.vertical: ScrollBar {}
        }

        EmptyState {
            visible: list.count === 0
            searching: toolbar.searchText.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            onAddRequested: dialogs.addDialog().open()
            onImportRequested: dialogs.importDialog().chooseFile()
        }

        UndoBar {
            Layout.fillWidth: true
        }
    }

    // Drop an image with a QR code, or another app's export, anywhere on the list: DropRouter tells which.
    DropRouter {
        id: dropRouter

        onImageDropped: file => dialogs.addDialog().scanFile(file)
        onFileDropped: file => dialogs.importDialog().openFile(file)
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => dropRouter.route(drop.urls)
    }
}
