// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Shows a QR code that copies accounts to a phone: one account's link, or Google Authenticator's transfer
// codes page by page. Asks first, and hides the code again as soon as the window loses focus.
AppDialog {
    id: root

    property string accountUuid: ""
    property bool isTransfer: false
    property bool revealed: false

    function showAccount(uuid: string, label: string) {
        root.isTransfer = false;
        root.accountUuid = uuid;
        root.title = label;
        root.revealed = false;
        root.open();
    }

    function showTransfer() {
        root.isTransfer = true;
        root.accountUuid = "";
        root.title = qsTr("Transfer to Google Authenticator");
        root.revealed = false;
        codes.prepare();
        view.page = 0;
        root.open();
    }

    objectName: "qrCodeDialog"
    // The title is an account's issuer or name: the style's title label would render markup in it.
    Component.onCompleted: {
        const titleLabel = root.header as Label;
        if (titleLabel)
            titleLabel.textFormat = Text.PlainText;
    }
    onClosed: {
        root.revealed = false;
        codes.clear();
    }

    TransferCodes {
        id: codes
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            visible: !root.revealed
            text: root.isTransfer ? qsTr("In Google Authenticator choose “Transfer accounts”, then “Import accounts”, and scan each code in turn. Anyone who sees these codes can copy the accounts.") : qsTr("Scan this code with an authenticator app on your phone. Anyone who sees it can copy the account.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 320
        }

        Button {
            objectName: "revealQr"
            visible: !root.revealed
            enabled: !root.isTransfer || codes.count > 0
            text: qsTr("Show the QR code")
            highlighted: true
            onClicked: root.revealed = true
        }

        QrView {
            id: view

            objectName: "qrView"
            visible: root.revealed
            accountUuid: root.accountUuid
            transfer: root.isTransfer ? codes : null
            onDeactivated: root.close()
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code")
            Layout.preferredWidth: 280
            Layout.preferredHeight: 280
            Layout.alignment: Qt.AlignHCenter
        }

        ErrorLabel {
            visible: root.revealed && view.tooLong
            text: qsTr("This account's name is too long for a QR code. Shorten it in the account's details first.")
        }

        RowLayout {
            visible: root.isTransfer && root.revealed && codes.count > 1
            Layout.alignment: Qt.AlignHCenter

            Button {
                text: qsTr("Previous")
                enabled: view.page > 0
                onClicked: view.page -= 1
            }

            Label {
                objectName: "transferPage"
                //: %1 and %2 count Google Authenticator's transfer QR codes
                text: qsTr("Code %1 of %2").arg(view.page + 1).arg(codes.count)
            }

            Button {
                text: qsTr("Next")
                enabled: view.page + 1 < codes.count
                onClicked: view.page += 1
            }
        }

        Label {
            objectName: "transferRefused"
            visible: root.isTransfer && codes.refused.length > 0
            text: qsTr("Not transferred, Google Authenticator cannot hold them:") + "\n" + codes.refused.join("\n")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "#a15c00"
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        standardButtons: Dialog.Close
        onRejected: root.close()
    }
}
