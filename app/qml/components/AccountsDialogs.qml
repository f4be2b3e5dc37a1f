// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T

// The dialogs over the account list. Each is made on first use (most sessions open none), over `host`, and
// then kept; locking closes every one of them. They are made from the module by name: a dialog type named in
// this file would be loaded with the list, and with it what it imports (the file dialogs of QtQuick.Dialogs).
Item {
    id: root

    // The page the dialogs are made over: they are its children, as the window tests find them.
    required property Item host

    property T.Popup addPopup: null
    property T.Popup detailsPopup: null
    property T.Popup qrPopup: null
    property T.Popup backupPopup: null
    property T.Popup importPopup: null
    property T.Popup deletePopup: null
    readonly property bool addOpen: root.addPopup?.visible ?? false

    // Untyped on purpose: callers use each dialog's own functions, which T.Popup does not declare.
    function make(type: string, properties: var): var {
        return Qt.createComponent("Twofold", type).createObject(root.host, properties);
    }

    function addDialog() {
        if (!root.addPopup) {
            const popup = root.make("AddAccountDialog", {});
            popup.severalFound.connect(texts => root.importDialog().reviewScanned(texts));
            root.addPopup = popup;
        }
        return root.addPopup;
    }

    function detailsDialog() {
        if (!root.detailsPopup) {
            const popup = root.make("AccountDetailsDialog", {
                objectName: "detailsDialog"
            });
            popup.deleteRequested.connect(uuid => root.confirmDelete(uuid));
            popup.qrRequested.connect((uuid, label) => root.qrCodeDialog().showAccount(uuid, label));
            root.detailsPopup = popup;
        }
        return root.detailsPopup;
    }

    function qrCodeDialog() {
        if (!root.qrPopup)
            root.qrPopup = root.make("QrCodeDialog", {});
        return root.qrPopup;
    }

    function backupDialog() {
        if (!root.backupPopup)
            root.backupPopup = root.make("BackupDialog", {});
        return root.backupPopup;
    }

    function importDialog() {
        if (!root.importPopup)
            root.importPopup = root.make("ImportDialog", {});
        return root.importPopup;
    }

    function deleteDialog() {
        if (!root.deletePopup)
            root.deletePopup = root.make("DeleteConfirmationDialog", {});
        return root.deletePopup;
    }

    function confirmDelete(uuid: string) {
        if (uuid.length === 0)
            return;
        root.deleteDialog().ask(uuid);
    }

    function closeAll() {
        for (const popup of [root.addPopup, root.detailsPopup, root.qrPopup, root.backupPopup, root.importPopup, root.deletePopup])
            popup?.close();
    }
}
