// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Everything kept with an account except its secret: names, tags, favourite, note, recovery codes.
AppDialog {
    id: root

    property string uuid: ""
    property var details: ({})
    property string error: ""

    signal deleteRequested(string uuid)
    signal qrRequested(string uuid, string label)

    function show(accountUuid: string) {
        root.uuid = accountUuid;
        root.details = AccountActions.details(accountUuid);
        issuer.text = root.details.issuer;
        account.text = root.details.name;
        tags.text = AccountText.tagText(root.details.tags);
        favourite.checked = root.details.favourite;
        note.text = root.details.note;
        codes.model = root.details.recoveryCodesUsed;
        pasted.clear();
        root.error = "";
        root.open();
    }

    function save() {
        const recovery = [];
        for (let i = 0; i < codes.count; ++i) {
            const row = codes.itemAtIndex(i) as RecoveryCodeRow;
            recovery.push(row ? row.used : root.details.recoveryCodesUsed[i]);
        }
        root.error = AccountActions.saveDetails(root.uuid, {
            issuer: issuer.text,
            name: account.text,
            tags: AccountText.tags(tags.text),
            favourite: favourite.checked,
            note: note.text,
            recoveryCodesUsed: recovery,
            newRecoveryCodes: pasted.text
        });
        if (root.error.length === 0) {
            pasted.clear();
            root.close();
        }
    }

    preferredWidth: 460
    title: qsTr("Account details")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 420
        implicitHeight: grid.implicitHeight

        GridLayout {
            id: grid

            width: parent.width
            columns: 2
            columnSpacing: 10
            rowSpacing: 6

            Label {
                //: The website or company the account belongs to (the issuer)
                text: qsTr("Service")
            }

            TextField {
                id: issuer

                objectName: "detailsIssuer"
                Accessible.name: qsTr("Service")
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Account")
            }

            TextField {
                id: account

                Accessible.name: qsTr("Account name")
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Tags")
            }

            TextField {
                id: tags

                //: Example tags, shown in the empty field
                placeholderText: qsTr("work, finance")
                Accessible.name: qsTr("Tags, separated by commas")
                Layout.fillWidth: true
            }

            CheckBox {
                id: favourite

                text: qsTr("Favourite (shown first)")
                Layout.columnSpan: 2
            }

            Label {
                text: qsTr("Note")
                Layout.alignment: Qt.AlignTop
            }

            TextArea {
                id: note

                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                background: FieldFrame {
                    active: note.activeFocus
                }
                Accessible.name: qsTr("Note")
                Layout.fillWidth: true
                Layout.preferredHeight: 60
            }

            Label {
                text: qsTr("Recovery codes")
                Layout.alignment: Qt.AlignTop
            }

            ListView {
                id: codes

                interactive: false
                implicitHeight: contentHeight
                Layout.fillWidth: true

                delegate: RecoveryCodeRow {
                    accountUuid: root.uuid
                    width: ListView.view.width
                }
            }

            Item {
                implicitWidth: 1
            }

            TextArea {
                id: pasted

                placeholderText: qsTr("Paste new recovery codes, one per line")
                textFormat: TextEdit.PlainText
                background: FieldFrame {
                    active: pasted.activeFocus
                }
                Accessible.name: qsTr("New recovery codes")
                Layout.fillWidth: true
                Layout.preferredHeight: 50
            }

            Label {
                //: %1 is the algorithm (SHA1, SHA256 or SHA512), %2 the number of digits, %3 seconds per code
                text: qsTr("%1 · %2 digits · every %3 s").arg(root.details.algorithm ?? "").arg(root.details.digits ?? 0).arg(root.details.period ?? 0) + " · " + qsTr("used %n time(s)", "", root.details.usageCount ?? 0)
                opacity: 0.6
                font.pixelSize: 11
                wrapMode: Text.Wrap
                Layout.columnSpan: 2
                Layout.fillWidth: true
            }

            ErrorLabel {
                text: root.error
                Layout.columnSpan: 2
            }
        }
    }

    footer: Pane {
        RowLayout {
            anchors.fill: parent
            spacing: 8

            Button {
                text: qsTr("Delete…")
                onClicked: {
                    root.close();
                    root.deleteRequested(root.uuid);
                }
            }

            Button {
                objectName: "showQrButton"
                text: qsTr("QR code…")
                Accessible.name: qsTr("Show the QR code to copy this account to a phone")
                onClicked: {
                    root.close();
                    root.qrRequested(root.uuid, AccountText.label(issuer.text, account.text));
                }
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            Button {
                objectName: "detailsSave"
                text: qsTr("Save")
                highlighted: true
                onClicked: root.save()
            }
        }
    }
}
