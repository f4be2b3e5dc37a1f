// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/ExportFormats.h"
#include "i18n/LanguageChoices.h"
#include "qr/DropRouter.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace twofold;
using namespace Qt::StringLiterals;

namespace {

// Says every text in a made-up language, to see which views follow a language change.
class Shouting : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QString::fromUtf8(source).toUpper();
    }
};

} // namespace

// The lists and routes the window's dialogs once kept in QML: export formats, languages, dropped files and
// the chosen backup folder.
class TestViewChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportFormats()
    {
        ExportFormats formats;
        QAbstractItemModelTester tester(&formats);
        QCOMPARE(formats.rowCount(), 5);
        const QStringList values{u"twofold"_s, u"aegis"_s, u"aegis-plain"_s, u"uris"_s, u"pdf"_s};
        const QList<bool> encrypted{true, true, false, false, false};
        const QStringList files{u"file:///twofold-export.twofold"_s, u"file:///twofold-export.json"_s,
                                u"file:///twofold-export.json"_s, u"file:///twofold-export.txt"_s,
                                u"file:///twofold-export.pdf"_s};
        for (int row = 0; row < formats.rowCount(); ++row) {
            QCOMPARE(formats.value(row), values.at(row));
            QCOMPARE(formats.encrypted(row), encrypted.at(row));
            QCOMPARE(formats.suggestedFile(row), QUrl(files.at(row)));
            QVERIFY(!formats.index(row).data().toString().isEmpty());
        }
        QCOMPARE(formats.index(0).data().toString(), u"Twofold backup (encrypted)"_s);
        QCOMPARE(formats.value(5), QString());
        QVERIFY2(!formats.encrypted(-1), "out of range is no format");
        QCOMPARE(formats.suggestedFile(5), QUrl());
    }

    void languageChoices()
    {
        LanguageChoices languages;
        QAbstractItemModelTester tester(&languages);
        QCOMPARE(languages.rowCount(), 4);
        QCOMPARE(languages.code(0), QString());
        QCOMPARE(languages.index(0).data().toString(), u"Follow the system"_s);
        const QStringList codes{u"en"_s, u"de"_s, u"fr"_s};
        const QStringList names{u"English"_s, u"Deutsch"_s, u"Français"_s};
        for (int i = 0; i < codes.size(); ++i) {
            QCOMPARE(languages.code(i + 1), codes.at(i));
            QCOMPARE(languages.rowOf(codes.at(i)), i + 1);
            QCOMPARE(languages.index(i + 1).data().toString(), names.at(i));
        }
        QCOMPARE(languages.rowOf(QString()), 0);
        QVERIFY2(languages.rowOf(u"xx"_s) == 0, "a language not shipped follows the system");
        QCOMPARE(languages.code(9), QString());
    }

    void listsFollowALanguageChange()
    {
        ExportFormats formats;
        LanguageChoices languages;
        QSignalSpy formatsChanged(&formats, &QAbstractItemModel::dataChanged);
        QSignalSpy languagesChanged(&languages, &QAbstractItemModel::dataChanged);
        Shouting shouting;
        QVERIFY(QCoreApplication::installTranslator(&shouting));
        QCOMPARE(formatsChanged.size(), 1);
        QCOMPARE(languagesChanged.size(), 1);
        QCOMPARE(formats.index(2).data().toString(), u"AEGIS (NOT ENCRYPTED)"_s);
        QCOMPARE(languages.index(0).data().toString(), u"FOLLOW THE SYSTEM"_s);
        QVERIFY2(languages.index(2).data().toString() == u"Deutsch"_s, "each language keeps its own name");
        QVERIFY(QCoreApplication::removeTranslator(&shouting));
        QCOMPARE(formats.index(2).data().toString(), u"Aegis (not encrypted)"_s);
    }

    void dropRouting()
    {
        QTemporaryDir dir;
        const QString image = dir.filePath(u"code.png"_s);
        QImage picture(8, 8, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QVERIFY(picture.save(image));
        const QString json = dir.filePath(u"aegis.json"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1})");
        file.close();
        // An image by its content, whatever its name says.
        const QString renamed = dir.filePath(u"export.txt"_s);
        QVERIFY(QFile::copy(image, renamed));

        DropRouter router;
        QSignalSpy images(&router, &DropRouter::imageDropped);
        QSignalSpy files(&router, &DropRouter::fileDropped);
        router.route({QUrl::fromLocalFile(image), QUrl::fromLocalFile(json)});
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(image));
        router.route({QUrl::fromLocalFile(json)});
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(json));
        router.route({QUrl::fromLocalFile(renamed)});
        QCOMPARE(images.size(), 1);
        router.route({});
        QCOMPARE(images.size() + files.size(), 1);
    }

    void backupFolderFromADialogUrl()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(u"twofold.conf"_s), QSettings::IniFormat);
        Settings settings(&store);
        settings.chooseBackupFolder(QUrl(u"file:///home/me/My%20Backups"_s));
        QCOMPARE(settings.backupFolder(), u"/home/me/My Backups"_s);
    }
};

QTEST_MAIN(TestViewChoices)
#include "tst_viewchoices.moc"
