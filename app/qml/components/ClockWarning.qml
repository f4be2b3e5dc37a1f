// SPDX-License-Identifier: GPL-3.0-or-later
import Twofold

// The main window's warning when the last clock check found the codes' time more than 10 s off; its button
// sets the vault's correction to the measured offset.
StorageWarning {
    objectName: "clockWarning"
    text: ClockCheck.warning
    actionText: qsTr("Correct by %1 s").arg((ClockCheck.suggestedCorrection > 0 ? "+" : "") + ClockCheck.suggestedCorrection)
    onActionTriggered: ClockCheck.setCorrection(ClockCheck.suggestedCorrection)
}
