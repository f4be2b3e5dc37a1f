// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Templates as T
import Twofold

ApplicationWindow {
    id: root

    width: 480
    height: 680
    minimumWidth: 380
    minimumHeight: 520
    visible: true
    title: qsTr("Twofold")

    // Made on first use, then kept: nothing of it is built before someone opens the settings. Made from the
    // module by name, so that neither its type nor the file dialogs it imports are loaded at start.
    function settingsDialog(): T.Popup {
        if (!root.settingsPopup)
            root.settingsPopup = Qt.createComponent("Twofold", "SettingsDialog").createObject(root.contentItem, {
                objectName: "settingsDialog"
            }) as T.Popup;
        return root.settingsPopup;
    }

    property T.Popup settingsPopup: null

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 6
            spacing: 8

            Image {
                source: "qrc:/resources/icons/twofold.svg"
                sourceSize: Qt.size(22, 22)
                Accessible.ignored: true
            }

            Label {
                text: qsTr("Twofold")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }

            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                icon.name: "configure"
                Accessible.name: qsTr("Settings")
                onClicked: root.settingsDialog().open()
            }

            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                icon.name: "object-locked"
                visible: VaultSession.state === VaultSession.Unlocked
                Accessible.name: qsTr("Lock the vault")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Lock (Ctrl+L)")
                onClicked: VaultSession.lock()
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+L"
        onActivated: VaultSession.lock()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StorageWarning {
            text: VaultSaver.storageWarning
            Layout.fillWidth: true
        }

        StorageWarning {
            objectName: "rollbackWarning"
            text: VaultSession.rollbackNotice.text
            actionText: qsTr("Dismiss")
            Layout.fillWidth: true
            onActionTriggered: VaultSession.rollbackNotice.dismiss()
        }

        StorageWarning {
            objectName: "syncWarning"
            text: VaultWatcher.notice
            Layout.fillWidth: true
        }

        StackLayout {
            currentIndex: VaultSession.state
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Each page is built when the vault first reaches its state, so start-up builds only the one
            // shown. A page is kept once built: its dialogs and what tests and popups hold stay valid.
            Loader {
                active: VaultSession.state === VaultSession.NoVault || item !== null

                sourceComponent: CreateVaultPage {}
            }

            Loader {
                active: VaultSession.state === VaultSession.Locked || item !== null

                sourceComponent: UnlockPage {}
            }

            Loader {
                active: VaultSession.state === VaultSession.Unlocked || item !== null

                sourceComponent: AccountsPage {
                    objectName: "accountsPage"
                    onToastRequested: message => toast.show(message)
                }
            }
        }
    }

    Toast {
        id: toast

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
    }

    Connections {
        target: Toasts

        function onToast(message: string) {
            toast.show(message);
        }
    }
}
