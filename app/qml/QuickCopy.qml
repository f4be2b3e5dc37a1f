// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// Quick copy from the tray: type to find an account, Enter copies its code, Esc closes. Losing the
// keyboard to another window closes it too, as a popup would.
ApplicationWindow {
    id: root

    required property AccountFilterModel accounts

    signal copyRequested(string uuid)

    function copyCurrent() {
        // A search that emptied the list and then matched again can leave no current row: take the first.
        const uuid = root.accounts.uuidAt(Math.max(list.currentIndex, 0));
        if (uuid.length === 0)
            return;
        // Copy first, close after: on Wayland the clipboard is set from the window that has the keyboard.
        root.copyRequested(uuid);
        root.close();
    }

    title: qsTr("Quick copy")
    width: 400
    height: 360
    // A fixed size: tiling compositors (sway) float it instead of giving it the whole screen.
    minimumWidth: 400
    maximumWidth: 400
    minimumHeight: 360
    maximumHeight: 360
    flags: Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
    onVisibleChanged: {
        if (visible) {
            search.clear();
            list.currentIndex = 0;
            search.forceActiveFocus();
        }
    }
    onActiveChanged: {
        if (!active && visible)
            root.close();
    }

    Shortcut {
        sequences: [StandardKey.Cancel]
        onActivated: root.close()
    }

    // Frameless: draw the edge, or the popup bleeds into whatever is behind it.
    Rectangle {
        anchors.fill: parent
        z: 1
        color: "transparent"
        border.color: root.palette.dark
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        TextField {
            id: search

            objectName: "quickSearch"
            placeholderText: qsTr("Search accounts")
            Accessible.name: qsTr("Search accounts to copy a code")
            Layout.fillWidth: true
            onTextChanged: {
                root.accounts.query = text;
                list.currentIndex = 0; // the best match
            }
            onAccepted: root.copyCurrent()
            Keys.onEscapePressed: root.close()
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
        }

        // The list in a box of its own, so the rows do not float on the window's background.
        Rectangle {
            color: root.palette.base
            border.color: root.palette.mid
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list

                objectName: "quickList"
                model: root.accounts
                clip: true
                currentIndex: 0
                highlightMoveDuration: 0
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Accounts")
                anchors.fill: parent
                anchors.margins: 1

                delegate: ItemDelegate {
                    id: row

                    required property int index
                    required property string issuer
                    required property string name
                    required property string code
                    required property string monogram
                    required property color monogramColor
                    required property string brandIcon

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    padding: 8
                    Accessible.name: row.issuer.length > 0 ? row.issuer + ", " + row.name : row.name
                    onClicked: {
                        list.currentIndex = row.index;
                        root.copyCurrent();
                    }

                    contentItem: RowLayout {
                        spacing: 10

                        AccountAvatar {
                            size: 28
                            monogram: row.monogram
                            brandIcon: row.brandIcon
                            color: row.monogramColor
                        }

                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true

                            Label {
                                text: row.issuer.length > 0 ? row.issuer : row.name
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                font.bold: true
                                Layout.fillWidth: true
                            }

                            Label {
                                text: row.name
                                visible: row.issuer.length > 0 && row.name.length > 0
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                opacity: 0.7
                                Layout.fillWidth: true
                            }
                        }

                        Label {
                            text: Settings.hideCodes ? CodeDisplay.masked(row.code) : row.code
                            font.family: "monospace"
                            font.pixelSize: 16
                            Accessible.ignored: true
                        }
                    }
                }

                ScrollBar.vertical: ScrollBar {}

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 24
                    visible: list.count === 0
                    text: search.text.length > 0 ? qsTr("No account matches “%1”.").arg(search.text) : qsTr("No accounts yet.")
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    opacity: 0.7
                }
            }
        }

        Label {
            //: Keyboard help at the bottom of the quick copy popup.
            text: qsTr("↑↓ choose · Enter copies · Esc closes")
            opacity: 0.6
            font.pixelSize: 11
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
