// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VideoFrames.h"
#include "WindowFixture.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "formats/ScannedCodes.h"
#include "qr/QrCamera.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "settings/Appearance.h"
#include "settings/Settings.h"
#include "uri/MigrationExport.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QMimeData>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVideoFrameInput>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
// A list's delegates are items without a QObject parent: findChild() does not see them, the item tree does.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

// Drives the real window as a person would — keyboard and mouse — through create, add, copy, lock and
// unlock, and keeps screenshots for review (build/<preset>/tests/screenshots/).
class TestMainWindow : public QObject, public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startWithWindow();
        if (QTest::currentTestFailed())
            return;
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void firstRunCreatesAVault()
    {
        QCOMPARE(m_vault->session().state(), VaultSession::NoVault);
        QTRY_VERIFY(m_window->activeFocusItem() == item("newPassword"));
        type(QStringLiteral("Correct horse 42"));
        QTest::keyClick(m_window, Qt::Key_Tab);
        type(QStringLiteral("Correct horse 42"));
        saveScreenshot(QStringLiteral("1-create"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        m_vault->session().waitForSaves();
        QTRY_VERIFY(QFile::exists(m_vault->session().vaultPath()));
        saveScreenshot(QStringLiteral("2-empty"));
    }

    void addFromALink()
    {
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_window->activeFocusItem() == item("linkField"));
        type(QStringLiteral("otpauth://totp/GitHub:octocat@example.com?secret=JBSWY3DPEHPK3PXP"));
        saveScreenshot(QStringLiteral("3-add-link"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        m_vault->session().accounts()->setQuery({});
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_window->activeFocusItem() == item("linkField"));
        type(QStringLiteral("otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQ&counter=3"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().accounts()->count(), 2);
        QTest::qWait(300);
        saveScreenshot(QStringLiteral("4-list"));
    }

    void duplicateIsRefusedWithAReason()
    {
        const QString error =
            m_vault->actions().addUri(QStringLiteral("otpauth://totp/Copy:x?secret=JBSWY3DPEHPK3PXP"));
        QVERIFY2(error.contains(QLatin1String("already in the vault as GitHub")), qPrintable(error));
        QVERIFY(m_vault->actions().lastAddWasDuplicate());
        QCOMPARE(m_vault->session().accounts()->count(), 2);
    }

    void enterCopiesTheCodeAsASecret()
    {
        QQuickItem *list = item("accountList");
        QVERIFY(list);
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Home);
        QTest::keyClick(m_window, Qt::Key_Return);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QCOMPARE(data->text().size(), 6);
        QVERIFY2(item("toastLabel")->property("text").toString().contains(QLatin1String("clears in 30 s")),
                 "a toast says what was copied and when it clears");
        saveScreenshot(QStringLiteral("5-copied"));
    }

    void typingAnywhereSearches()
    {
        item("accountList")->forceActiveFocus();
        type(QStringLiteral("bank"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        saveScreenshot(QStringLiteral("6-search"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(m_vault->session().accounts()->count(), 2);
    }

    void detailsEditNameTagsAndRecoveryCodes()
    {
        item("searchField")->forceActiveFocus();
        type(QStringLiteral("github"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        const QString uuid = m_vault->session().accounts()->uuidAt(0);
        AccountDetails withCodes = m_vault->actions().details(uuid);
        withCodes.newRecoveryCodes = QStringLiteral("1111-2222");
        QCOMPARE(m_vault->actions().saveDetails(uuid, withCodes), QString());
        item("accountList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
        QQuickItem *issuer = item("detailsIssuer");
        QTRY_VERIFY(issuer && issuer->isVisible());
        QCOMPARE(issuer->property("text").toString(), QStringLiteral("GitHub"));
        issuer->setProperty("text", QStringLiteral("GitHub Enterprise"));
        QQuickItem *used = nullptr;
        QTRY_VERIFY((used = findItem(m_window->contentItem(), QStringLiteral("recoveryCodeUsed"))) &&
                    used->isVisible());
        used->setProperty("checked", true); // as a click would: the row's `used` follows the box
        saveScreenshot(QStringLiteral("8-details"));
        click(item("detailsSave"));
        QTRY_VERIFY(!issuer->isVisible());
        // QML's plain object arrives as a typed AccountDetails: names and the used mark are kept.
        const AccountDetails saved = m_vault->actions().details(uuid);
        QCOMPARE(saved.issuer, QStringLiteral("GitHub Enterprise"));
        QCOMPARE(saved.recoveryCodesUsed, QList<bool>{true});
        QTest::keyClick(m_window, Qt::Key_Escape);
        item("searchField")->setProperty("text", QString());
        QTRY_VERIFY(m_vault->session().accounts()->query().isEmpty());
    }

    void untrustedNamesArePlainAndClean()
    {
        // Markup is not rendered, bidi overrides and controls are removed, long names
        // elide.
        const QString longName(5000, QLatin1Char('x'));
        QCOMPARE(m_vault->actions().addUri(
                     QStringLiteral("otpauth://totp/%3Cb%3Ex%3C%2Fb%3E:Pay%E2%80%AElapyap?secret="
                                    "MFRGGZDFMZTWQ2LK")),
                 QString());
        QCOMPARE(m_vault->actions().addUri(QStringLiteral("otpauth://totp/A:") + longName +
                                           QStringLiteral("?secret=ONSWG4TFOQ")),
                 QStringLiteral("The link is 5035 bytes long; otpauth links are at most 4096 bytes."));
        QCOMPARE(m_vault->actions().addManual(QStringLiteral("A&B"), longName, QStringLiteral("ONSW G4TF OQ"),
                                              0, 0, 6, 30, 0),
                 QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 4);
        QStringList issuers, names;
        for (int row = 0; row < m_vault->session().accounts()->count(); ++row) {
            issuers
                << m_vault->session().accounts()->index(row, 0).data(AccountListModel::IssuerRole).toString();
            names << m_vault->session().accounts()->index(row, 0).data(AccountListModel::NameRole).toString();
        }
        QVERIFY2(issuers.contains(QStringLiteral("<b>x</b>")), "markup is kept as text, shown as text");
        QVERIFY2(names.contains(QStringLiteral("Paylapyap")), "the right-to-left override is removed");
        QVERIFY(issuers.contains(QStringLiteral("A&B")));
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("9-untrusted"));
    }

    void pasteAnImageWithAQrCode()
    {
        // As when a QR code is copied from a browser: Ctrl+V on the list reads it and previews the account.
        item("accountList")->forceActiveFocus();
        QGuiApplication::clipboard()->setImage(
            QrEncoder::encode("otpauth://totp/Pasted:qr@example.com?secret=KRSXG5CQMFZXIZLE", 6));
        QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier);
        QQuickItem *link = item("linkField");
        QTRY_VERIFY(link && link->isVisible());
        QTRY_VERIFY(link->property("text").toString().startsWith(QLatin1String("otpauth://totp/Pasted")));
        saveScreenshot(QStringLiteral("11-pasted-qr"));
        click(item("addConfirm"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 5);
        QVERIFY(!link->isVisible());
    }

    void cameraPageWithoutACamera()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(item("cameraButton") && item("cameraButton")->isVisible());
        click(item("cameraButton"));
        QQuickItem *problem = item("cameraProblem");
        QTRY_VERIFY(problem && problem->isVisible());
        QVERIFY2(problem->property("text").toString().startsWith(QLatin1String("No camera was found.")),
                 "the page says there is no camera, and what to do instead");
        QVERIFY(item("cameraRetry")->isVisible());
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("20-camera-none"));
    }

    void cameraFindsACodeEndToEnd()
    {
        // The same page, with frames from a QVideoFrameInput standing for the camera.
        auto *camera = m_window->findChild<QrCamera *>(QStringLiteral("qrCamera"));
        QVERIFY(camera);
        QVideoFrameInput input;
        camera->useFrameInput(&input);
        QObject *cameraDialog = m_window->findChild<QObject *>(QStringLiteral("cameraDialog"));
        QVERIFY(QMetaObject::invokeMethod(cameraDialog, "close"));
        QTRY_VERIFY(!item("cameraProblem")->isVisible());
        click(item("cameraButton"));
        QTRY_COMPARE(camera->status(), QrCamera::Scanning);
        const QByteArray link =
            "otpauth://totp/Webcam:me@example.com?secret=ORSXG5DJNZTSA53FMJRWC3I&issuer=Webcam";
        const QImage page = test::cameraView(QSize(640, 480), {});
        const QImage code = test::cameraView(QSize(640, 480), link);
        QList<QVideoFrame> frames{test::videoFrame(page, QVideoFrameFormat::Format_NV12),
                                  test::videoFrame(page, QVideoFrameFormat::Format_NV12)};
        int sent = 0;
        QTimer camera30fps;
        connect(&camera30fps, &QTimer::timeout, this,
                [&] { input.sendVideoFrame(frames.at(sent++ % frames.size())); });
        camera30fps.start(33);
        QTest::qWait(500);
        QVERIFY(item("cameraPreview")->isVisible());
        QCOMPARE(item("cameraHint")->property("text").toString(),
                 QStringLiteral("Hold the QR code up to the camera."));
        saveScreenshot(QStringLiteral("21-camera-preview"));
        // The code comes into view.
        frames = {test::videoFrame(code, QVideoFrameFormat::Format_NV12),
                  test::videoFrame(code, QVideoFrameFormat::Format_NV12)};
        QQuickItem *linkField = item("linkField");
        QTRY_COMPARE(linkField->property("text").toString(), QString::fromLatin1(link));
        camera30fps.stop();
        QVERIFY2(!cameraDialog->property("visible").toBool(), "the camera page closes on the first code");
        QTRY_COMPARE(camera->status(), QrCamera::Stopped);
        QVERIFY2(!input.captureSession(), "the camera is off");
        camera->useFrameInput(nullptr);
        // Reviewed in the add dialog like a pasted link; not added here.
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("22-camera-found"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!linkField->isVisible());
    }

    void addFromASetupKey()
    {
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(item("linkField") && item("linkField")->isVisible());
        click(item("setupKeyTab"));
        QQuickItem *service = item("manualService");
        QTRY_VERIFY(service && service->isVisible());
        service->setProperty("text", QStringLiteral("Manual Bank"));
        // Checked while typed: '1' and '8' are not Base32, and nothing can be added until it is fixed.
        item("manualSecret")->setProperty("text", QStringLiteral("nbsw y3dp 18"));
        QTRY_VERIFY(item("secretProblem")->isVisible());
        QVERIFY(!item("secretProblem")->property("text").toString().isEmpty());
        QVERIFY(!item("addConfirm")->isEnabled());
        saveScreenshot(QStringLiteral("12-setup-key-invalid"));
        item("manualSecret")
            ->setProperty("text", QStringLiteral("nbsw y3dp ebxw 64tm")); // pasted with spaces
        QTRY_VERIFY(!item("secretProblem")->isVisible());
        QVERIFY(item("addConfirm")->isEnabled());
        saveScreenshot(QStringLiteral("12-setup-key"));
        click(item("addConfirm"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 6);
    }

    void importAFileAfterReview()
    {
        // Two new accounts, one already in the vault (GitHub's secret) and one broken line.
        const QString file = m_home.filePath(QStringLiteral("export.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("otpauth://totp/Imported:one?secret=K5XWY3DFMRSW4ZLS\n"
                  "otpauth://hotp/Imported:two?secret=MJQWE3TBNVSXGZLS&counter=9\n"
                  "otpauth://totp/Again:octocat?secret=JBSWY3DPEHPK3PXP\n"
                  "otpauth://totp/Broken:three?secret=0000\n");
        out.close();
        QObject *dialog = ensureDialog("importDialog");
        QVERIFY(dialog);
        // What dropping the file on the window does.
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFile", Q_ARG(QUrl, QUrl::fromLocalFile(file))));
        QTRY_COMPARE(item("importSummary")->property("text").toString(),
                     QStringLiteral("New: 2 · Duplicates: 1 · Rejected: 1"));
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("13-import-review"));
        QCOMPARE(item("importConfirm")->property("text").toString(), QStringLiteral("Import selected (2)"));
        click(item("importConfirm"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 8);
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void keePassDatabaseOffersAKeyFile()
    {
        QObject *dialog = ensureDialog("importDialog");
        QVERIFY(dialog);
        const QString database =
            QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/kdbx/kdbx4-keyfile-binary32.kdbx");
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFile", Q_ARG(QUrl, QUrl::fromLocalFile(database))));
        QTRY_VERIFY(item("importPassword") && item("importPassword")->isVisible());
        QTRY_VERIFY(item("chooseKeyFile") && item("chooseKeyFile")->isVisible());
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("13b-import-keepass-key-file"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void transferCodesAreCollectedUntilComplete()
    {
        QList<OtpAuthUri> accounts;
        for (int i = 0; i < 3; ++i)
            accounts.append(*OtpAuthUri::create(QStringLiteral("Transferred"), QString::number(i),
                                                bytes(QByteArray(10, char('t' + i))),
                                                OtpParameters::defaultTotp()));
        const auto links = MigrationExport::build(accounts, 42, 2).links;
        QCOMPARE(links.size(), 2);

        // The first code pasted as an image, as when it is copied from a screenshot.
        item("accountList")->forceActiveFocus();
        QGuiApplication::clipboard()->setImage(QrEncoder::encode(links.at(0).toByteArray(), 4));
        QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier);
        QObject *dialog = ensureDialog("importDialog");
        QTRY_VERIFY(dialog->property("visible").toBool());
        QTRY_COMPARE(item("importSummary")->property("text").toString(),
                     QStringLiteral("New: 2 · Duplicates: 0 · Rejected: 0"));
        QTRY_VERIFY(item("batchProgress")->property("text").toString().startsWith(QLatin1String("1 of 2")));
        saveScreenshot(QStringLiteral("14-transfer-incomplete"));

        QVERIFY(QMetaObject::invokeMethod(
            dialog, "reviewScanned", Q_ARG(QStringList, {QString::fromLatin1(links.at(1).toByteArray())})));
        QTRY_COMPARE(item("importSummary")->property("text").toString(),
                     QStringLiteral("New: 3 · Duplicates: 0 · Rejected: 0"));
        QVERIFY(item("batchProgress")->property("text").toString().isEmpty());
        click(item("importConfirm"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 11);
    }

    void exportABackupAndCheckIt()
    {
        QObject *dialog = ensureDialog("backupDialog");
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "openOn", Q_ARG(int, 0)));
        QTRY_VERIFY(item("exportPassword") && item("exportPassword")->isVisible());
        item("exportPassword")->setProperty("text", QStringLiteral("backup pass"));
        item("exportPasswordRepeat")->setProperty("text", QStringLiteral("backup pass"));
        QTRY_VERIFY(item("exportButton")->property("enabled").toBool());
        saveScreenshot(QStringLiteral("15-export"));

        // The file dialog's answer, as a person would give it.
        QObject *session = m_window->findChild<QObject *>(QStringLiteral("backupSession"));
        QVERIFY(session);
        const QUrl file = QUrl::fromLocalFile(m_home.filePath(QStringLiteral("backup.twofold")));
        QVERIFY(QMetaObject::invokeMethod(session, "exportTo", Q_ARG(QUrl, file),
                                          Q_ARG(QString, QStringLiteral("twofold")),
                                          Q_ARG(QString, QStringLiteral("backup pass")), Q_ARG(bool, false)));
        QTRY_VERIFY_WITH_TIMEOUT(item("backupResult")
                                     ->property("text")
                                     .toString()
                                     .contains(QLatin1String("exported to backup.twofold and checked")),
                                 20000);

        click(item("checkTab"));
        QVERIFY(QMetaObject::invokeMethod(session, "verify", Q_ARG(QUrl, file), Q_ARG(QString, QString())));
        QTRY_VERIFY(session->property("needsPassword").toBool());
        QVERIFY(QMetaObject::invokeMethod(session, "verify", Q_ARG(QUrl, file),
                                          Q_ARG(QString, QStringLiteral("backup pass"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            item("backupResult")->property("text").toString().contains(QLatin1String("exactly the 11")),
            20000);
        saveScreenshot(QStringLiteral("16-backup-checked"));

        // A backup missing an account says so.
        m_vault->actions().addUri(QStringLiteral("otpauth://totp/Newer:one?secret=ORSXG5DTMVRHEZLU"));
        QVERIFY(QMetaObject::invokeMethod(session, "verify", Q_ARG(QUrl, file),
                                          Q_ARG(QString, QStringLiteral("backup pass"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            item("backupResult")->property("text").toString().contains(QLatin1String("1 missing")), 20000);
        QCOMPARE(session->property("differences").toStringList(),
                 QStringList{QStringLiteral("Missing from the backup: Newer (one)")});
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    }

    void backupReminderUntilTheFirstBackup()
    {
        QTemporaryDir folder;
        m_settings.setBackupFolder(folder.path());
        QTRY_VERIFY(item("backupReminder")->isVisible());
        QVERIFY(m_vault->reminder().text().startsWith(QLatin1String("There is no backup")));
        saveScreenshot(QStringLiteral("17-backup-reminder"));
        // Any change writes a verified backup to the chosen folder, and the reminder goes.
        m_vault->actions().toggleFavourite(m_vault->session().accounts()->uuidAt(0));
        m_vault->session().waitForSaves();
        QTRY_VERIFY(m_vault->reminder().text().isEmpty());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
        m_settings.setBackupFolder(QString());
    }

    void showAnAccountAsAQrCode()
    {
        QObject *dialog = ensureDialog("qrCodeDialog");
        QVERIFY(dialog);
        const QString uuid = m_vault->session().accounts()->uuidAt(0);
        QVERIFY(QMetaObject::invokeMethod(dialog, "showAccount", Q_ARG(QString, uuid),
                                          Q_ARG(QString, QStringLiteral("Shown"))));
        QTRY_VERIFY(item("revealQr") && item("revealQr")->isVisible());
        QVERIFY2(!item("qrView")->isVisible(), "nothing is shown before the user agrees");
        click(item("revealQr"));
        QTRY_VERIFY(item("qrView")->isVisible());
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("18-account-qr"));
        // What a phone would read off the screen.
        const auto read = QrDecoder::decode(m_window->grabWindow());
        QVERIFY(read && read->size() == 1);
        const auto shown = OtpAuthUri::parse(read->constFirst());
        QVERIFY(shown);
        QCOMPARE(shown->issuer(), m_vault->actions().details(uuid).issuer);
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    }

    void transferToGoogleAuthenticatorInPages()
    {
        QObject *dialog = ensureDialog("qrCodeDialog");
        QVERIFY(QMetaObject::invokeMethod(dialog, "showTransfer"));
        QTRY_VERIFY(item("revealQr") && item("revealQr")->isVisible());
        click(item("revealQr"));
        QTRY_VERIFY(item("qrView")->isVisible());
        QTRY_COMPARE(item("transferPage")->property("text").toString(), QStringLiteral("Code 1 of 2"));
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("19-transfer"));
        ScannedCodes scanned;
        for (int page = 0; page < 2; ++page) {
            item("qrView")->setProperty("page", page);
            QTest::qWait(100);
            const auto read = QrDecoder::decode(m_window->grabWindow());
            QVERIFY(read && read->size() == 1);
            const auto added = scanned.add(read->constFirst());
            QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
        }
        QVERIFY(scanned.incompleteBatches().isEmpty());
        const auto result = scanned.result();
        QVERIFY(result);
        // All but the account whose 5,000-character name no transfer code can hold; it is listed with the
        // reason.
        QCOMPARE(result->accounts.size(), m_vault->session().accounts()->count() - 1);
        QVERIFY(item("transferRefused")->isVisible());
        QVERIFY(item("transferRefused")
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("too long for a transfer code")));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    }

    void tagChipsFilterAndDragReorders()
    {
        const QString first = m_vault->session().accounts()->uuidAt(0);
        AccountDetails details = m_vault->actions().details(first);
        details.tags = QStringList{QStringLiteral("Work"), QStringLiteral("R&D")};
        QCOMPARE(m_vault->actions().saveDetails(first, details), QString());
        const int all = m_vault->session().accounts()->count();
        QVERIFY(all >= 3);
        const auto chip = [this](const QString &text) -> QQuickItem * {
            for (QQuickItem *child : item("tagBar")->childItems()) // Repeater's items: children of the Flow
                if (child->property("text").toString() == text)
                    return child;
            return nullptr;
        };
        QTRY_VERIFY(item("tagBar")->isVisible());
        saveScreenshot(QStringLiteral("22-tags"));
        click(chip(QStringLiteral("Work")));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        saveScreenshot(QStringLiteral("22-tag-filter"));
        QVERIFY(chip(QStringLiteral("R&&D")));
        click(chip(QStringLiteral("All")));
        QTRY_COMPARE(m_vault->session().accounts()->count(), all);

        // Drag the fourth account by its grip onto the second row (the first is a favourite, pinned on top).
        auto *list = item("accountList");
        list->forceActiveFocus();
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtBeginning"));
        const auto rowItem = [list](int index) {
            QQuickItem *row = nullptr;
            QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                      Q_ARG(int, index));
            return row;
        };
        QTRY_VERIFY(rowItem(1) && rowItem(3));
        const QString moved = m_vault->session().accounts()->uuidAt(3);
        QQuickItem *grip = rowItem(3)->findChild<QQuickItem *>(QStringLiteral("dragGrip"));
        QVERIFY(grip);
        const QPoint at = grip->mapToScene(QPointF(grip->width() / 2, grip->height() / 2)).toPoint();
        const QPoint target = rowItem(1)->mapToScene(QPointF(20, rowItem(1)->height() / 2)).toPoint();
        QTest::mousePress(m_window, Qt::LeftButton, {}, at);
        for (int step = 1; step <= 20; ++step)
            QTest::mouseMove(m_window, at + (target - at) * step / 20, 10);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, target);
        QTRY_COMPARE(m_vault->session().accounts()->uuidAt(1), moved);
        QCOMPARE(m_settings.sortOrder(), AccountSort::Manual);

        // Alt+Down moves the current account down one place, from the keyboard.
        QTRY_COMPARE(list->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(m_vault->session().accounts()->uuidAt(2), moved);
        QCOMPARE(list->property("currentIndex").toInt(), 2);
        saveScreenshot(QStringLiteral("23-manual-order"));
        m_settings.setSortOrder(AccountSort::ByIssuer);
    }

    void darkPalette()
    {
        Appearance::apply(Settings::DarkTheme);
        QTest::qWait(200);
        const QImage image = m_window->grabWindow(); // in device pixels: also right at 200 % scaling
        QVERIFY2(image.pixelColor(5, image.height() - 5).lightness() < 100,
                 "the dark palette reaches the window");
        saveScreenshot(QStringLiteral("10-dark"));
        Appearance::apply(Settings::SystemTheme);
    }

    void lockingStopsTheCamera()
    {
        auto *camera = m_window->findChild<QrCamera *>(QStringLiteral("qrCamera"));
        QVERIFY(camera);
        QVideoFrameInput input;
        camera->useFrameInput(&input);
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(item("cameraButton") && item("cameraButton")->isVisible());
        click(item("cameraButton"));
        QTRY_COMPARE(camera->status(), QrCamera::Scanning);
        QVERIFY(input.captureSession());
        m_vault->session().lock();
        QTRY_COMPARE(camera->status(), QrCamera::Stopped);
        QVERIFY2(!input.captureSession(), "locking turns the camera off");
        QVERIFY(
            !m_window->findChild<QObject *>(QStringLiteral("cameraDialog"))->property("visible").toBool());
        camera->useFrameInput(nullptr);
        QVERIFY(
            QMetaObject::invokeMethod(m_window->findChild<QObject *>(QStringLiteral("addDialog")), "close"));
        m_vault->session().unlock(QStringLiteral("Correct horse 42"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
    }

    void lockWipesAndUnlockRestores()
    {
        // A link being previewed (its live code on screen) is closed by the lock, not left over the unlock
        // page.
        QQuickItem *list = item("accountList");
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QQuickItem *link = item("linkField");
        QTRY_VERIFY(link && link->isVisible());
        link->setProperty("text", QStringLiteral("otpauth://totp/Preview:p?secret=JBSWY3DPEHPK3PXP"));
        m_vault->session().lock(); // as auto-lock does: the modal dialog keeps Ctrl+L from the window
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        QTRY_VERIFY(!link->isVisible());
        QCOMPARE(link->property("text").toString(), QString());
        QCOMPARE(m_vault->session().accounts()->count(), 0);
        QVERIFY2(QGuiApplication::clipboard()->text().isEmpty(),
                 "locking clears our code from the clipboard");
        QTRY_VERIFY(m_window->activeFocusItem() == item("unlockPassword"));
        type(QStringLiteral("wrong"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item("unlockError")->property("text").toString() == QStringLiteral("Wrong password."));
        saveScreenshot(QStringLiteral("7-wrong-password"));
        type(QStringLiteral("Correct horse 42"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(m_vault->session().accounts()->count(), 12);
        item("accountList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
