// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Twofold

// Add an account from an otpauth:// link (with a live preview of its code) or from a setup key.
AppDialog {
    id: root

    property string error: ""
    property bool duplicate: false
    // A popup stays open in a hidden window: the preview asks the window whether it can be seen.
    readonly property int windowVisibility: root.ApplicationWindow.window ? root.ApplicationWindow.window.visibility : Window.Hidden

    // Several QR codes or a Google Authenticator transfer: reviewed in the import dialog instead.
    signal severalFound(list<string> texts)

    function finish(result: string) {
        root.error = result;
        root.duplicate = AccountActions.lastAddWasDuplicate();
        if (result.length === 0)
            root.close();
    }

    function submit() {
        if (tabs.currentIndex === 0) {
            root.finish(AccountActions.addUri(link.text, allowDuplicate.checked));
        } else {
            root.finish(AccountActions.addManual(manual.serviceText, manual.accountText, manual.secretText, manual.typeIndex, manual.algorithmIndex, manual.digitCount, manual.periodSeconds, manual.counterValue, allowDuplicate.checked));
        }
    }

    property Dialog cameraPopup: null
    property FileDialog imagePicker: null

    // The camera page loads Qt Multimedia (and its FFmpeg backend): made only when someone opens it, then
    // kept. Made by name, not declared by type, so that loading this dialog does not load the camera page's
    // imports with it.
    function cameraDialog(): Dialog {
        if (!root.cameraPopup) {
            const page = Qt.createComponent("Twofold", "CameraDialog", Component.PreferSynchronous, root);
            if (page.status === Component.Error)
                console.warn(page.errorString());
            root.cameraPopup = page.createObject(root.contentItem, {
                intake: intake
            }) as Dialog;
        }
        return root.cameraPopup;
    }

    function imagePickerDialog(): FileDialog {
        if (!root.imagePicker)
            root.imagePicker = imagePickerComponent.createObject(root.contentItem) as FileDialog;
        return root.imagePicker;
    }

    objectName: "addDialog"
    preferredWidth: 440
    title: qsTr("Add an account")
    focus: true
    onOpened: link.forceActiveFocus()
    onClosed: {
        intake.cancel();
        link.clear();
        manual.clear();
        preview.clear();
        root.error = "";
        allowDuplicate.checked = false;
    }

    // Opens the dialog on the link found in an image (file, drop or clipboard).
    function scanFile(file: url) {
        root.open();
        tabs.currentIndex = 0;
        intake.scanFile(file);
    }

    // Opens the dialog on a link handed over from outside (another start, a browser); it is previewed and
    // added only when confirmed.
    function openLink(uri: string) {
        root.open();
        tabs.currentIndex = 0;
        link.text = uri;
    }

    function pasteFromClipboard() {
        tabs.currentIndex = 0;
        intake.scanClipboard();
    }

    CodePreview {
        id: preview

        onScreen: root.visible && root.windowVisibility !== Window.Hidden && root.windowVisibility !== Window.Minimized
    }

    QrIntake {
        id: intake

        onFound: (uri, others) => {
            tabs.currentIndex = 0;
            link.text = uri;
            root.error = others > 0 ? qsTr("%n more code(s) in the image; add them one at a time.", "", others) : "";
        }
        onFailed: message => root.error = message
        onFoundSeveral: texts => {
            root.close();
            root.severalFound(texts);
        }
    }

    Component {
        id: imagePickerComponent

        FileDialog {
            title: qsTr("Choose an image with a QR code")
            nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)"), qsTr("All files (*)")]
            onAccepted: intake.scanFile(selectedFile)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        TabBar {
            id: tabs

            Layout.fillWidth: true

            TabButton {
                //: Tab: add an account from an otpauth:// link (what a setup QR code holds)
                text: qsTr("Setup link")
            }

            TabButton {
                objectName: "setupKeyTab"
                //: Tab: add an account by typing the setup key
                text: qsTr("Setup key")
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true

            ColumnLayout {
                spacing: 8

                Label {
                    text: qsTr("Paste the otpauth:// link behind the service's QR code, or read the QR code " + "from an image, the screen or a camera.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                ScanButtons {
                    intake: intake
                    Layout.fillWidth: true
                    onImageRequested: root.imagePickerDialog().open()
                    onCameraRequested: root.cameraDialog().open()
                }

                TextField {
                    id: link

                    objectName: "linkField"
                    placeholderText: qsTr("otpauth://totp/…")
                    echoMode: TextInput.Password
                    Accessible.name: qsTr("otpauth link")
                    Layout.fillWidth: true
                    onTextChanged: text.length > 0 ? preview.load(text) : preview.clear()
                    onAccepted: root.submit()
                }

                ErrorLabel {
                    text: preview.errorMessage
                    visible: link.text.length > 0 && text.length > 0
                }

                CodeCard {
                    preview: preview
                    visible: preview.hasAccount
                    Layout.fillWidth: true
                }
            }

            ManualAccountForm {
                id: manual

                onSubmitted: root.submit()
            }
        }

        ErrorLabel {
            objectName: "addError"
            text: root.error
        }

        CheckBox {
            id: allowDuplicate

            //: Check box shown when the account is already in the vault
            text: qsTr("Add it anyway")
            visible: root.duplicate
        }
    }

    // Not a DialogButtonBox: its accept would close the dialog even when the account is refused.
    footer: Pane {
        RowLayout {
            anchors.right: parent.right
            spacing: 8

            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            Button {
                objectName: "addConfirm"
                text: qsTr("Add account")
                highlighted: true
                // A setup key is added once it checks out; a link is checked when it is added.
                enabled: tabs.currentIndex === 0 || manual.complete
                onClicked: root.submit()
            }
        }
    }
}
