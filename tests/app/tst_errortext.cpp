// SPDX-License-Identifier: GPL-3.0-or-later
// Core's structured errors (code, format, reason, detail) as the sentences people read, with the limits taken
// from core's own constants, in English and in a translation.
#include "ErrorText.h"
#include "formats/ImportLimits.h"
#include "formats/KdfBudget.h"
#include "i18n/Translations.h"
#include "otp/OtpParameters.h"
#include "qr/QrDecoder.h"
#include "uri/OtpAuthUri.h"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(twofold::Error)

using namespace twofold;

namespace {

Error import(ErrorCode code, const char *format, ErrorReason reason = ErrorReason::None,
             const char *detail = "")
{
    return Error{code, QString::fromUtf8(detail), QString::fromLatin1(format), reason};
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importErrorsNameTheApp_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("text");
        QTest::newRow("damaged") << import(ErrorCode::ImportDamaged, "aegis", ErrorReason::None, "payload")
                                 << QStringLiteral("This Aegis file is damaged or incomplete (payload).");
        QTest::newRow("wrong password") << import(ErrorCode::ImportWrongPassword, "2fas")
                                        << QStringLiteral("The password is wrong for this 2FAS file.");
        QTest::newRow("password needed")
            << import(ErrorCode::ImportPasswordNeeded, "andotp")
            << QStringLiteral("This andOTP file is encrypted: enter the password it was exported with.");
        QTest::newRow("account restricted")
            << import(ErrorCode::ImportUnsupported, "bitwarden", ErrorReason::AccountRestricted)
            << QStringLiteral("This Bitwarden export is locked to your account. Export again and choose "
                              "“Password protected”.");
        QTest::newRow("sqlcipher")
            << import(ErrorCode::ImportUnsupported, "authenticator-plus", ErrorReason::EncryptedDatabase)
            << QStringLiteral(
                   "This is Authenticator Plus's encrypted internal database, which Twofold cannot "
                   "read. Use the app's own export instead.");
        QTest::newRow("version") << import(ErrorCode::ImportUnsupported, "aegis", ErrorReason::Version, "2")
                                 << QStringLiteral("This Aegis file cannot be imported (version 2).");
        QTest::newRow("content version")
            << import(ErrorCode::ImportUnsupported, "aegis", ErrorReason::ContentVersion, "4")
            << QStringLiteral("This Aegis file cannot be imported (content version 4).");
        QTest::newRow("no slot") << import(ErrorCode::ImportUnsupported, "aegis", ErrorReason::NoPasswordSlot)
                                 << QStringLiteral("This Aegis file cannot be imported (no password slot).");
        QTest::newRow("zip method") << import(ErrorCode::ImportUnsupported, "winauth",
                                              ErrorReason::CompressionMethod)
                                    << QStringLiteral("This WinAuth file cannot be imported (zip method).");
        QTest::newRow("too many slots")
            << import(ErrorCode::ImportTooManySlots, "aegis", ErrorReason::None, "17")
            << QStringLiteral(
                   "This Aegis file offers 17 different passwords; Twofold tries at most %1 and does "
                   "not open it.")
                   .arg(KdfBudget::maxSlots);
        QTest::newRow("unknown format id")
            << import(ErrorCode::ImportWrongPassword, "no-such-app")
            << QStringLiteral("The password is wrong for this no-such-app file.");
    }

    void importErrorsNameTheApp()
    {
        QFETCH(Error, error);
        QFETCH(QString, text);
        QCOMPARE(ErrorText::describe(error), text);
    }

    void limitsComeFromTheConstants()
    {
        const QString entries =
            ErrorText::describe({ErrorCode::ImportTooLarge, {}, {}, ErrorReason::TooManyEntries});
        QVERIFY2(entries.contains(QLocale().toString(ImportLimits::maxEntries)), qPrintable(entries));
        const QString file =
            ErrorText::describe({ErrorCode::ImportTooLarge, {}, {}, ErrorReason::FileTooLarge});
        QVERIFY2(file.contains(QString::number(ImportLimits::maxFileBytes / (1024 * 1024)) +
                               QStringLiteral(" MiB")),
                 qPrintable(file));
        QVERIFY(file != entries);
        const QString secret = ErrorText::describe({ErrorCode::SecretTooLong, QStringLiteral("2000")});
        QVERIFY2(secret.contains(QString::number(OtpAuthUri::maxSecretBytes)), qPrintable(secret));
        const QString digits = ErrorText::describe({ErrorCode::DigitsOutOfRange, QStringLiteral("12")});
        QVERIFY2(digits.contains(
                     QStringLiteral("%1 to %2").arg(OtpParameters::minDigits).arg(OtpParameters::maxDigits)),
                 qPrintable(digits));
        const QString period = ErrorText::describe({ErrorCode::PeriodOutOfRange, QStringLiteral("0")});
        QVERIFY2(period.contains(QString::number(OtpParameters::maxPeriod)), qPrintable(period));
        const QString link = ErrorText::describe({ErrorCode::UriTooLong, QStringLiteral("5000")});
        QVERIFY2(link.contains(QString::number(OtpAuthUri::maxLength)), qPrintable(link));
        const QString image = ErrorText::describe({ErrorCode::ImageTooLarge, QStringLiteral("9000×9000")});
        QVERIFY2(image.contains(QStringLiteral("%1×%1").arg(QrDecoder::maxSide)), qPrintable(image));
        const QString field = ErrorText::describe({ErrorCode::ImportFieldTooLong, QStringLiteral("note")});
        QVERIFY2(field.contains(QStringLiteral("%1 KiB").arg(ImportLimits::maxFieldBytes / 1024)),
                 qPrintable(field));
        QCOMPARE(ErrorText::describe({ErrorCode::ImportUnknownFormat, {}, {}, ErrorReason::EmptyFile}),
                 QStringLiteral("The file is empty."));
    }

    void transferReasons()
    {
        const auto text = [](ErrorReason reason) {
            return ErrorText::describe({ErrorCode::TransferUnsupported, {}, {}, reason});
        };
        QCOMPARE(text(ErrorReason::SteamType),
                 QStringLiteral("Google Authenticator cannot show Steam codes."));
        QCOMPARE(text(ErrorReason::Algorithm),
                 QStringLiteral("Google Authenticator only computes SHA1 codes."));
        QCOMPARE(text(ErrorReason::Digits),
                 QStringLiteral("Google Authenticator only shows codes of 6 or 8 digits."));
        QCOMPARE(text(ErrorReason::NameTooLong), QStringLiteral("Its name is too long for a transfer code."));
        QCOMPARE(text(ErrorReason::Period),
                 QStringLiteral("Google Authenticator only uses a 30-second period."));
    }

    // The sentences keep their English sources, so the shipped translations still apply to them.
    void translatedSentencesStillApply()
    {
        Translations translations;
        QVERIFY(translations.apply(QStringLiteral("de")));
        QCOMPARE(
            ErrorText::describe(
                import(ErrorCode::ImportUnsupported, "bitwarden", ErrorReason::AccountRestricted)),
            QStringLiteral("Dieser Bitwarden-Export ist an Ihr Konto gebunden. Exportieren Sie erneut und "
                           "wählen Sie „Passwortgeschützt“."));
        QCOMPARE(
            ErrorText::describe(import(ErrorCode::ImportUnsupported, "aegis", ErrorReason::Version, "2")),
            QStringLiteral("Diese Aegis-Datei kann nicht importiert werden (version 2)."));
        QVERIFY(translations.apply(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
