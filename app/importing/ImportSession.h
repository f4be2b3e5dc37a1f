// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "formats/ScannedCodes.h"
#include "importing/ImportReviewModel.h"
#include "tasks/AsyncSession.h"

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

#include <memory>

namespace twofold {

class AccountSink;

// One import, from choosing a file (or scanning QR codes) to the accounts added: reads and decrypts off the
// GUI thread, asks for the file's password when it has one, and fills the review table. Nothing reaches the
// vault until importSelected().
class ImportSession : public AsyncSession
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY stageChanged)
    Q_PROPERTY(QString batchProgress READ batchProgress NOTIFY stageChanged)
    Q_PROPERTY(twofold::ImportReviewModel *review READ review CONSTANT)
    // KeePass: the password stage also offers a key file (KeyFileChooser.qml).
    Q_PROPERTY(bool takesKeyFile READ takesKeyFile NOTIFY stageChanged)
    Q_PROPERTY(QString keyFileName READ keyFileName NOTIFY keyFileChanged)

public:
    enum Stage
    {
        Choose,
        Password,
        Review
    };
    Q_ENUM(Stage)

    explicit ImportSession(QObject *parent = nullptr); // into the app's vault (AccountSink::app())
    explicit ImportSession(AccountSink &vault, QObject *parent = nullptr);
    ~ImportSession() override;

    Stage stage() const { return m_stage; }
    QString error() const { return m_error; }
    // The app the file came from ("Aegis"), or "QR code".
    QString sourceName() const { return m_sourceName; }
    // For Google transfers spread over several QR codes: "2 of 3 transfer codes scanned"; else empty.
    QString batchProgress() const;
    ImportReviewModel *review() { return &m_review; }
    bool takesKeyFile() const { return m_takesKeyFile; }
    QString keyFileName() const;

    Q_INVOKABLE void openFile(const QUrl &file);
    Q_INVOKABLE void submitPassword(const QString &password);
    // The key file to open the file with, read off the GUI thread with the next submitPassword().
    Q_INVOKABLE void chooseKeyFile(const QUrl &file);
    // Texts of QR codes (otpauth or otpauth-migration links), added to those scanned before.
    Q_INVOKABLE void addScanned(const QStringList &texts);
    Q_INVOKABLE void importSelected();
    // Back to the start (the dialog closed): cancels a read in progress, whose result is then dropped, and
    // forgets the file and its accounts.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void stageChanged();
    void errorChanged();
    void keyFileChanged();
    void finished(int added);

private:
    void read(SecureBytes password);
    void showReview(ImportResult result);
    void setStage(Stage stage);
    void setError(const QString &error);
    AccountSink &vault() const;

    AccountSink *m_vault = nullptr;
    Stage m_stage = Choose;
    QString m_error;
    QString m_sourceName;
    QByteArray m_bytes; // the file as read; encrypted files stay encrypted here
    QString m_formatId;
    bool m_takesKeyFile = false;
    QString m_keyFilePath;
    ScannedCodes m_scanned;
    ImportReviewModel m_review;
};

} // namespace twofold
