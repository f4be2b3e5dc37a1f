// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The vault's password in the settings: keyring unlock on or off, and changing the password. Both give the
// vault a new key through the password dialog.
ColumnLayout {
    WrappingCheckBox {
        objectName: "keyringUnlock"
        text: qsTranslate("SettingsDialog", "Unlock with the desktop keyring on this computer")
        checked: KeyringUnlock.enabled
        enabled: VaultSession.state === VaultSession.Unlocked
        onToggled: {
            if (checked) {
                KeyringUnlock.enable();
                return;
            }
            // Off only once the password re-keyed the vault; until then the switch shows the truth.
            checked = Qt.binding(() => KeyringUnlock.enabled);
            passwordDialog.openFor(true);
        }
    }

    Button {
        objectName: "changePassword"
        text: qsTranslate("SettingsDialog", "Change password…")
        enabled: VaultSession.state === VaultSession.Unlocked
        onClicked: passwordDialog.openFor(false)
    }

    ChangePasswordDialog {
        id: passwordDialog
    }
}
