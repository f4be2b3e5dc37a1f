// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// One account: a grip to drag it, monogram, issuer and name (plain text, elided), its tags, the grouped
// code with its countdown, and the next code. Click, Enter or Ctrl+C copies.
ItemDelegate {
    id: root

    required property int index
    required property string uuid
    required property string issuer
    required property string name
    required property string code
    required property string nextCode
    required property int period
    required property bool counterBased
    required property bool favourite
    required property string monogram
    required property color monogramColor
    required property string brandIcon
    required property list<string> tags
    property real now: 0
    readonly property int secondsLeft: root.counterBased ? 0 : CodeDisplay.secondsLeft(root.now, root.period)
    readonly property bool expiring: CodeDisplay.expiring(root.secondsLeft, root.counterBased)
    property bool revealed: false
    property real restingY: 0
    // Made when first asked for: a Menu with its six items in every delegate would cost more than the row.
    property Menu menu: null

    signal detailsRequested(string uuid)
    signal deleteRequested(string uuid)
    // Dragged by the grip, or "Move up/down" in the menu: `to` is the visible row it lands on.
    signal moveRequested(int from, int to)

    function copy() {
        CodeCopier.copyCode(root.uuid);
        root.revealed = true;
        hideAgain.restart();
    }

    function popupMenu() {
        if (!root.menu)
            root.menu = menuComponent.createObject(root) as Menu;
        root.menu.popup();
    }

    highlighted: ListView.isCurrentItem
    padding: 12
    Accessible.role: Accessible.ListItem
    //: Screen reader name of an account: %1 service, %2 account name, %3 current code
    Accessible.name: qsTr("%1, %2, code %3").arg(root.issuer).arg(root.name).arg(root.code)
    onClicked: {
        ListView.view.currentIndex = root.index;
        root.copy();
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: root.popupMenu()
    }

    Keys.onMenuPressed: root.popupMenu()

    Timer {
        id: hideAgain

        interval: 10000
        onTriggered: root.revealed = false
    }

    contentItem: RowLayout {
        spacing: 12

        Label {
            objectName: "dragGrip"
            text: "⠿"
            font.pixelSize: 18
            opacity: grip.containsMouse || grip.drag.active ? 0.9 : 0.3
            Accessible.ignored: true // Alt+Up/Down and the menu do the same from the keyboard

            MouseArea {
                id: grip

                anchors.fill: parent
                anchors.margins: -6
                hoverEnabled: true
                cursorShape: drag.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                drag.target: root
                drag.axis: Drag.YAxis
                // The list would take a vertical drag as a flick; on the grip the drag is ours.
                preventStealing: true
                onPressed: {
                    root.restingY = root.y;
                    root.z = 2;
                }
                onReleased: {
                    const to = root.ListView.view.indexAt(root.width / 2, root.y + root.height / 2);
                    root.y = root.restingY;
                    root.z = 0;
                    if (to >= 0 && to !== root.index)
                        root.moveRequested(root.index, to);
                }
            }
        }

        AccountAvatar {
            monogram: root.monogram
            brandIcon: root.brandIcon
            color: root.monogramColor
        }

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            RowLayout {
                spacing: 4
                Layout.fillWidth: true

                Label {
                    text: root.issuer.length > 0 ? root.issuer : root.name
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.bold: true
                    Layout.fillWidth: true
                }

                Label {
                    text: "★"
                    visible: root.favourite
                    color: "#f9a825"
                    //: Screen reader name of the star shown on favourite accounts
                    Accessible.name: qsTr("Favourite")
                }
            }

            Label {
                text: root.name
                visible: root.issuer.length > 0 && root.name.length > 0
                textFormat: Text.PlainText
                elide: Text.ElideRight
                opacity: 0.7
                Layout.fillWidth: true
            }

            Flow {
                visible: root.tags.length > 0
                spacing: 4
                Layout.fillWidth: true

                Repeater {
                    model: root.tags

                    delegate: Label {
                        required property string modelData

                        text: modelData
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        width: Math.min(implicitWidth, 140)
                        leftPadding: 6
                        rightPadding: 6
                        topPadding: 1
                        bottomPadding: 1
                        font.pixelSize: 11
                        background: Rectangle {
                            radius: height / 2
                            color: "transparent"
                            border.color: palette.mid
                        }
                    }
                }
            }

            RowLayout {
                spacing: 10

                Label {
                    objectName: "codeLabel"
                    text: Settings.hideCodes && !root.revealed ? CodeDisplay.masked(root.code) : root.code
                    font.family: "monospace"
                    font.pixelSize: 26
                    font.letterSpacing: 1
                    // Lighter on the highlighted row, where the dark orange would not read on the highlight.
                    color: root.expiring ? (root.highlighted ? "#ffccbc" : "#d84315") : (root.highlighted ? palette.highlightedText : palette.windowText)
                }

                Label {
                    visible: Settings.showNextCode && !Settings.hideCodes
                    //: Small label after the current code: %1 is the code of the next period
                    text: root.counterBased ? "" : qsTr("next %1").arg(root.nextCode)
                    font.family: "monospace"
                    color: root.highlighted ? palette.highlightedText : palette.windowText
                    opacity: 0.7
                    Layout.alignment: Qt.AlignBottom
                }
            }
        }

        CountdownRing {
            visible: !root.counterBased
            seconds: root.secondsLeft
            period: root.period
            warning: root.expiring
            highlightedRow: root.highlighted
        }

        ToolButton {
            visible: root.counterBased
            //: Button of a counter-based (HOTP) account: compute the next code
            text: qsTr("Next")
            Accessible.name: qsTr("Next code for %1").arg(root.issuer)
            onClicked: AccountActions.nextHotpCode(root.uuid)
        }
    }

    Component {
        id: menuComponent

        Menu {
            MenuItem {
                text: qsTr("Copy code")
                onTriggered: root.copy()
            }

            MenuItem {
                text: qsTr("Details…")
                onTriggered: root.detailsRequested(root.uuid)
            }

            MenuItem {
                text: root.favourite ? qsTr("Remove from favourites") : qsTr("Add to favourites")
                onTriggered: AccountActions.toggleFavourite(root.uuid)
            }

            MenuItem {
                //: Moves the account one place up in the list (the order becomes manual)
                text: qsTr("Move up")
                enabled: root.index > 0
                onTriggered: root.moveRequested(root.index, root.index - 1)
            }

            MenuItem {
                text: qsTr("Move down")
                enabled: root.index < root.ListView.view.count - 1
                onTriggered: root.moveRequested(root.index, root.index + 1)
            }

            MenuItem {
                text: qsTr("Delete…")
                onTriggered: root.deleteRequested(root.uuid)
            }
        }
    }
}
