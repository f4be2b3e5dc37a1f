// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes

// Seconds left in the current period, as a ring that empties and turns to a warning colour.
Item {
    id: root

    required property int seconds
    required property int period
    property bool warning: false
    // On a highlighted row the highlight colour would vanish into the row.
    property bool highlightedRow: false
    readonly property color ringColor: root.warning ? (root.highlightedRow ? "#ffccbc" : "#d84315") : (root.highlightedRow ? palette.highlightedText : palette.highlight)

    implicitWidth: 44
    implicitHeight: 44
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%n second(s) left", "", root.seconds)

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeColor: Qt.alpha(root.ringColor, 0.2)
            strokeWidth: 4
            fillColor: "transparent"

            PathAngleArc {
                centerX: root.width / 2
                centerY: root.height / 2
                radiusX: root.width / 2 - 3
                radiusY: root.height / 2 - 3
                startAngle: 0
                sweepAngle: 360
            }
        }

        ShapePath {
            strokeColor: root.ringColor
            strokeWidth: 4
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap

            PathAngleArc {
                centerX: root.width / 2
                centerY: root.height / 2
                radiusX: root.width / 2 - 3
                radiusY: root.height / 2 - 3
                startAngle: -90
                sweepAngle: 360 * root.seconds / root.period
            }
        }
    }

    Label {
        anchors.centerIn: parent
        text: root.seconds
        font.pixelSize: 13
        color: root.ringColor
    }
}
