// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Twofold

// One chip per tag in use, and "All": a click narrows the list to that tag.
Flow {
    id: root

    objectName: "tagBar"
    visible: VaultSession.accounts.tags.length > 0
    spacing: 6

    Repeater {
        // "" is the "All" chip.
        model: [""].concat(VaultSession.accounts.tags)

        delegate: Button {
            id: chip

            required property string modelData

            //: The tag filter chip that shows accounts with any tag
            text: modelData.length > 0 ? AccountText.withoutMnemonic(modelData) : qsTranslate("AccountsPage", "All")
            checkable: true
            checked: VaultSession.accounts.tag === modelData
            flat: !checked
            font.pixelSize: 12
            topPadding: 3
            bottomPadding: 3
            // As wide as the tag, not the standard button width.
            implicitWidth: implicitContentWidth + leftPadding + rightPadding
            // A tag is the user's (or an imported file's) text: shown plain, never as markup (`text` escapes
            // '&' only so that the button makes no mnemonic of it).
            contentItem: Label {
                text: chip.modelData.length > 0 ? chip.modelData : chip.text
                textFormat: Text.PlainText
                font: chip.font
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            //: Screen reader name of a tag filter chip; %1 is the tag
            Accessible.name: modelData.length > 0 ? qsTranslate("AccountsPage", "Show accounts tagged %1").arg(modelData) : qsTranslate("AccountsPage", "Show all accounts")
            onClicked: VaultSession.accounts.tag = modelData
        }
    }
}
