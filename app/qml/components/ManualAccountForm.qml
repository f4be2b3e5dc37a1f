// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Twofold

// The "setup key" side of adding an account: service, account, key and the advanced parameters.
GridLayout {
    id: root

    readonly property alias serviceText: issuer.text
    readonly property alias accountText: account.text
    readonly property alias secretText: secret.text
    readonly property alias typeIndex: type.currentIndex
    readonly property alias algorithmIndex: algorithm.currentIndex
    readonly property alias digitCount: digits.value
    readonly property alias periodSeconds: period.value
    readonly property alias counterValue: counter.value
    // Checked as it is typed; the dialog does not offer to add while this is not empty.
    readonly property string secretProblem: secret.text.trim().length > 0 ? AccountActions.checkSetupKey(secret.text) : ""
    readonly property bool complete: secret.text.trim().length > 0 && secretProblem.length === 0

    signal submitted

    function clear() {
        issuer.clear();
        account.clear();
        secret.clear();
    }

    columns: 2
    columnSpacing: 8
    rowSpacing: 6

    Label {
        //: The website or company the account belongs to (the issuer)
        text: qsTr("Service")
    }

    TextField {
        id: issuer

        objectName: "manualService"
        placeholderText: qsTr("e.g. GitHub")
        Accessible.name: qsTr("Service")
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Account")
    }

    TextField {
        id: account

        placeholderText: qsTr("e.g. you@example.com")
        Accessible.name: qsTr("Account name")
        Layout.fillWidth: true
    }

    Label {
        //: The secret key a service shows when two-factor authentication is turned on, usually in groups of letters
        text: qsTr("Setup key")
    }

    TextField {
        id: secret

        objectName: "manualSecret"
        //: Base32 is the encoding of the setup key (letters A-Z and digits 2-7)
        placeholderText: qsTr("Base32, spaces allowed")
        echoMode: TextInput.Password
        Accessible.name: qsTr("Setup key")
        Layout.fillWidth: true
        onAccepted: root.submitted()
    }

    ErrorLabel {
        objectName: "secretProblem"
        text: root.secretProblem
        Layout.columnSpan: 2
    }

    Label {
        text: qsTr("Type")
    }

    ComboBox {
        id: type

        model: [qsTr("Time-based (TOTP)"), qsTr("Counter-based (HOTP)"), qsTr("Steam")]
        Accessible.name: qsTr("Type")
        Layout.fillWidth: true
        onCurrentIndexChanged: {
            digits.value = OtpTypeChoice.digits(currentIndex, digits.value);
            algorithm.currentIndex = OtpTypeChoice.algorithm(currentIndex, algorithm.currentIndex);
        }
    }

    Label {
        text: qsTr("Algorithm")
    }

    ComboBox {
        id: algorithm

        model: ["SHA1", "SHA256", "SHA512"]
        enabled: !OtpTypeChoice.fixesParameters(type.currentIndex)
        Accessible.name: qsTr("Algorithm")
        Layout.fillWidth: true
    }

    Label {
        //: How many digits each code has
        text: qsTr("Digits")
    }

    SpinBox {
        id: digits

        from: 4
        to: 10
        value: 6
        enabled: !OtpTypeChoice.fixesParameters(type.currentIndex)
        Accessible.name: qsTr("Digits")
    }

    Label {
        //: The HOTP counter value
        text: OtpTypeChoice.counterBased(type.currentIndex) ? qsTr("Counter") : /*: How many seconds each code is valid */ qsTr("Period (s)")
    }

    SpinBox {
        id: period

        from: 1
        to: 3600
        value: 30
        visible: !OtpTypeChoice.counterBased(type.currentIndex)
        editable: true
        Accessible.name: qsTr("Period in seconds")
    }

    SpinBox {
        id: counter

        from: 0
        to: 2147483647
        value: 0
        visible: OtpTypeChoice.counterBased(type.currentIndex)
        editable: true
        Accessible.name: qsTr("Counter")
    }
}
