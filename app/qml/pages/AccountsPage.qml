// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The unlocked vault: search, the list of accounts with live codes, add.
FocusScope {
    id: root

    // The dialogs are made on first use (most sessions open none) and then kept.
    property AddAccountDialog addPopup: null
    property AccountDetailsDialog detailsPopup: null
    property QrCodeDialog qrPopup: null
    property BackupDialog backupPopup: null
    property ImportDialog importPopup: null
    property DeleteConfirmationDialog deletePopup: null

    signal toastRequested(string message)

    function addDialog(): AddAccountDialog {
        if (!root.addPopup)
            root.addPopup = addComponent.createObject(root) as AddAccountDialog;
        return root.addPopup;
    }

    function detailsDialog(): AccountDetailsDialog {
        if (!root.detailsPopup)
            root.detailsPopup = detailsComponent.createObject(root) as AccountDetailsDialog;
        return root.detailsPopup;
    }

    function qrCodeDialog(): QrCodeDialog {
        if (!root.qrPopup)
            root.qrPopup = qrComponent.createObject(root) as QrCodeDialog;
        return root.qrPopup;
    }

    function backupDialog(): BackupDialog {
        if (!root.backupPopup)
            root.backupPopup = backupComponent.createObject(root) as BackupDialog;
        return root.backupPopup;
    }

    function importDialog(): ImportDialog {
        if (!root.importPopup)
            root.importPopup = importComponent.createObject(root) as ImportDialog;
        return root.importPopup;
    }

    function deleteDialog(): DeleteConfirmationDialog {
        if (!root.deletePopup)
            root.deletePopup = deleteComponent.createObject(root) as DeleteConfirmationDialog;
        return root.deletePopup;
    }

    // The current row's account. Read from the model: after a filter change the current delegate can
    // still be the one of a row that was filtered out.
    function currentUuid(): string {
        return VaultController.accounts.uuidAt(list.currentIndex);
    }

    function copyCurrent() {
        if (root.currentUuid().length > 0)
            VaultController.copyCode(root.currentUuid());
    }

    function move(from: int, to: int) {
        if (to < 0 || to >= list.count || from === to)
            return;
        const wasManual = Settings.sortOrder === Settings.Manual;
        VaultController.moveAccount(from, to);
        list.currentIndex = to;
        list.positionViewAtIndex(to, ListView.Contain);
        if (!wasManual)
            root.toastRequested(qsTr("The list is now in your own order. Choose another order in Settings."));
    }

    function confirmDelete(uuid: string) {
        if (uuid.length === 0)
            return;
        const confirmation = root.deleteDialog();
        confirmation.uuid = uuid;
        confirmation.label = VaultController.details(uuid).issuer || VaultController.details(uuid).name;
        confirmation.open();
    }

    // A link from outside waits for the unlocked list, then opens the add dialog.
    function openOfferedLink() {
        if (!root.visible)
            return;
        const uri = VaultController.takeOfferedLink();
        if (uri.length > 0)
            root.addDialog().openLink(uri);
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

    Connections {
        target: VaultController

        function onLinkOffered() {
            root.openOfferedLink();
        }

        // Locking closes everything open over the list: a previewed link's code, an account's details or its
        // QR code must not stay on screen over the unlock page.
        function onStateChanged() {
            if (VaultController.state === VaultController.Unlocked)
                return;
            for (const popup of [root.addPopup, root.detailsPopup, root.qrPopup, root.backupPopup, root.importPopup, root.deletePopup])
                popup?.close();
        }
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
        enabled: root.visible && list.count > 0
        onActivated: root.detailsDialog().show(root.currentUuid())
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible
        onActivated: root.addDialog().open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ClockWarning {
            Layout.fillWidth: true
        }

        StorageWarning {
            objectName: "backupReminder"
            text: VaultController.backupReminder
            actionText: qsTr("Back up now")
            onActionTriggered: root.backupDialog().openOn(0)
            Layout.fillWidth: true
        }

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
                // Shortcuts such as Ctrl+I can arrive as control characters; they are never part of a search.
                onTextChanged: {
                    const clean = text.replace(/[\u0000-\u001f]/g, "");
                    if (clean !== text)
                        text = clean;
                    VaultController.accounts.query = clean;
                }
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
                onClicked: root.addDialog().open()
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
                        onTriggered: root.importDialog().chooseFile()
                    }

                    MenuItem {
                        objectName: "exportMenuItem"
                        text: qsTr("Export or back up…")
                        onTriggered: root.backupDialog().openOn(0)
                    }

                    MenuItem {
                        text: qsTr("Check a backup…")
                        onTriggered: root.backupDialog().openOn(1)
                    }

                    MenuItem {
                        text: qsTr("Transfer to Google Authenticator…")
                        onTriggered: root.qrCodeDialog().showTransfer()
                    }
                }
            }
        }

        Flow {
            objectName: "tagBar"
            visible: VaultController.accounts.tags.length > 0
            spacing: 6
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 6
            Layout.fillWidth: true

            Repeater {
                // "" is the "All" chip.
                model: [""].concat(VaultController.accounts.tags)

                delegate: Button {
                    id: chip

                    required property string modelData

                    //: The tag filter chip that shows accounts with any tag
                    text: modelData.length > 0 ? modelData.replace(/&/g, "&&") : qsTr("All")
                    checkable: true
                    checked: VaultController.accounts.tag === modelData
                    flat: !checked
                    font.pixelSize: 12
                    topPadding: 3
                    bottomPadding: 3
                    // As wide as the tag, not the standard button width.
                    implicitWidth: implicitContentWidth + leftPadding + rightPadding
                    // A tag is the user's (or an imported file's) text: shown plain, never as markup ('&' is
                    // doubled in `text` only so that the button makes no mnemonic of it).
                    contentItem: Label {
                        text: chip.modelData.length > 0 ? chip.modelData : chip.text
                        textFormat: Text.PlainText
                        font: chip.font
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    //: Screen reader name of a tag filter chip; %1 is the tag
                    Accessible.name: modelData.length > 0 ? qsTr("Show accounts tagged %1").arg(modelData) : qsTr("Show all accounts")
                    onClicked: VaultController.accounts.tag = modelData
                }
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
                onDetailsRequested: uuid => root.detailsDialog().show(uuid)
                onDeleteRequested: uuid => root.confirmDelete(uuid)
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
            Keys.onDeletePressed: root.confirmDelete(root.currentUuid())

            Shortcut {
                sequences: [StandardKey.Copy]
                enabled: list.activeFocus
                onActivated: root.copyCurrent()
            }

            ScrollBar.vertical: ScrollBar {}
        }

        EmptyState {
            visible: list.count === 0
            searching: search.text.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            onAddRequested: root.addDialog().open()
            onImportRequested: root.importDialog().chooseFile()
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

    Component {
        id: deleteComponent

        DeleteConfirmationDialog {
            anchors.centerIn: Overlay.overlay
            // An explicit width: with an implicit one, new button texts after a language change loop in the layout.
            width: Math.min(root.width - 24, 360)
        }
    }

    Component {
        id: detailsComponent

        AccountDetailsDialog {
            objectName: "detailsDialog"
            onDeleteRequested: uuid => root.confirmDelete(uuid)
            onQrRequested: (uuid, label) => root.qrCodeDialog().showAccount(uuid, label)
            anchors.centerIn: Overlay.overlay
            width: Math.min(root.width - 24, 460)
            height: Math.min(implicitHeight, root.height - 24)
        }
    }

    // Drop an image with a QR code, or another app's export, anywhere on the list.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (!drop.hasUrls)
                return;
            if (root.addDialog().isImage(drop.urls[0]))
                root.addDialog().scanFile(drop.urls[0]);
            else
                root.importDialog().openFile(drop.urls[0]);
        }
    }

    Component {
        id: qrComponent

        QrCodeDialog {
            anchors.centerIn: Overlay.overlay
        }
    }

    Component {
        id: backupComponent

        BackupDialog {
            anchors.centerIn: Overlay.overlay
            width: Math.min(root.width - 24, 480)
            height: Math.min(implicitHeight, root.height - 24)
        }
    }

    Component {
        id: importComponent

        ImportDialog {
            anchors.centerIn: Overlay.overlay
            width: Math.min(root.width - 24, 480)
            height: Math.min(implicitHeight, root.height - 24)
        }
    }

    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: root.visible && !(root.addPopup?.visible ?? false) && !search.activeFocus
        onActivated: {
            root.addDialog().open();
            root.addDialog().pasteFromClipboard();
        }
    }

    Component {
        id: addComponent

        AddAccountDialog {
            onSeveralFound: texts => root.importDialog().reviewScanned(texts)
            anchors.centerIn: Overlay.overlay
            width: Math.min(root.width - 24, 440)
        }
    }
}
