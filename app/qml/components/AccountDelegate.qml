pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// One account: monogram, issuer and name (plain text, elided), the grouped code with its countdown,
// and the next code. Click, Enter or Ctrl+C copies.
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
    property real now: 0
    readonly property int secondsLeft: root.counterBased ? 0 : root.period - (root.now % root.period)
    readonly property bool expiring: !root.counterBased && root.secondsLeft <= 5
    property bool revealed: false

    signal detailsRequested(string uuid)
    signal deleteRequested(string uuid)

    function copy() {
        VaultController.copyCode(root.uuid);
        root.revealed = true;
        hideAgain.restart();
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
        onTapped: menu.popup()
    }

    Keys.onMenuPressed: menu.popup()

    Timer {
        id: hideAgain

        interval: 10000
        onTriggered: root.revealed = false
    }

    contentItem: RowLayout {
        spacing: 12

        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: root.monogramColor
            Accessible.ignored: true

            Label {
                anchors.centerIn: parent
                text: root.monogram
                color: "white"
                font.bold: true
                font.pixelSize: 18
            }
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

            RowLayout {
                spacing: 10

                Label {
                    objectName: "codeLabel"
                    text: Settings.hideCodes && !root.revealed ? root.code.replace(/[^ ]/g, "•") : root.code
                    font.family: "monospace"
                    font.pixelSize: 26
                    font.letterSpacing: 1
                    color: root.expiring ? "#d84315" : palette.windowText
                }

                Label {
                    visible: Settings.showNextCode && !Settings.hideCodes
                    //: Small label after the current code: %1 is the code of the next period
                    text: root.counterBased ? "" : qsTr("next %1").arg(root.nextCode)
                    font.family: "monospace"
                    opacity: 0.55
                    Layout.alignment: Qt.AlignBottom
                }
            }
        }

        CountdownRing {
            visible: !root.counterBased
            seconds: root.secondsLeft
            period: root.period
            warning: root.expiring
        }

        ToolButton {
            visible: root.counterBased
            //: Button of a counter-based (HOTP) account: compute the next code
            text: qsTr("Next")
            Accessible.name: qsTr("Next code for %1").arg(root.issuer)
            onClicked: VaultController.nextHotpCode(root.uuid)
        }
    }

    Menu {
        id: menu

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
            onTriggered: VaultController.toggleFavourite(root.uuid)
        }

        MenuItem {
            text: qsTr("Delete…")
            onTriggered: root.deleteRequested(root.uuid)
        }
    }
}
