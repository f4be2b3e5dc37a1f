// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import Twofold

// The dialogs over the account list. Each is made on first use (most sessions open none), over `host`, and
// then kept; locking closes every one of them.
Item {
    id: root

    // The page the dialogs are made over: they are its children, as the window tests find them.
    required property Item host

    property AddAccountDialog addPopup: null
    property AccountDetailsDialog detailsPopup: null
    property QrCodeDialog qrPopup: null
    property BackupDialog backupPopup: null
    property ImportDialog importPopup: null
    property DeleteConfirmationDialog deletePopup: null
    readonly property bool addOpen: root.addPopup?.visible ?? false

    function addDialog(): AddAccountDialog {
        if (!root.addPopup)
            root.addPopup = addComponent.createObject(root.host) as AddAccountDialog;
        return root.addPopup;
    }

    function detailsDialog(): AccountDetailsDialog {
        if (!root.detailsPopup)
            root.detailsPopup = detailsComponent.createObject(root.host) as AccountDetailsDialog;
        return root.detailsPopup;
    }

    function qrCodeDialog(): QrCodeDialog {
        if (!root.qrPopup)
            root.qrPopup = qrComponent.createObject(root.host) as QrCodeDialog;
        return root.qrPopup;
    }

    function backupDialog(): BackupDialog {
        if (!root.backupPopup)
            root.backupPopup = backupComponent.createObject(root.host) as BackupDialog;
        return root.backupPopup;
    }

    function importDialog(): ImportDialog {
        if (!root.importPopup)
            root.importPopup = importComponent.createObject(root.host) as ImportDialog;
        return root.importPopup;
    }

    function deleteDialog(): DeleteConfirmationDialog {
        if (!root.deletePopup)
            root.deletePopup = deleteComponent.createObject(root.host) as DeleteConfirmationDialog;
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

    Component {
        id: addComponent

        AddAccountDialog {
            onSeveralFound: texts => root.importDialog().reviewScanned(texts)
        }
    }

    Component {
        id: detailsComponent

        AccountDetailsDialog {
            objectName: "detailsDialog"
            onDeleteRequested: uuid => root.confirmDelete(uuid)
            onQrRequested: (uuid, label) => root.qrCodeDialog().showAccount(uuid, label)
        }
    }

    Component {
        id: qrComponent

        QrCodeDialog {}
    }

    Component {
        id: backupComponent

        BackupDialog {}
    }

    Component {
        id: importComponent

        ImportDialog {}
    }

    Component {
        id: deleteComponent

        DeleteConfirmationDialog {}
    }
}
