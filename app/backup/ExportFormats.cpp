// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/ExportFormats.h"

#include <QCoreApplication>

#include <array>

namespace twofold {

namespace {

struct Format
{
    const char *value;
    const char *text; // translated when shown, in the context the dialog gave it
    bool encrypted;
    const char *suffix;
};

constexpr std::array formats{
    Format{"twofold", QT_TRANSLATE_NOOP("BackupDialog", "Twofold backup (encrypted)"), true, "twofold"},
    Format{"aegis", QT_TRANSLATE_NOOP("BackupDialog", "Aegis, opens on Android (encrypted)"), true, "json"},
    Format{"aegis-plain", QT_TRANSLATE_NOOP("BackupDialog", "Aegis (not encrypted)"), false, "json"},
    Format{"uris", QT_TRANSLATE_NOOP("BackupDialog", "otpauth:// links (not encrypted)"), false, "txt"},
    Format{"pdf", QT_TRANSLATE_NOOP("BackupDialog", "Printable paper backup, PDF (not encrypted)"), false,
           "pdf"},
};

const Format *formatAt(int row)
{
    return row >= 0 && row < int(formats.size()) ? &formats[size_t(row)] : nullptr;
}

} // namespace

int ExportFormats::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(formats.size());
}

QVariant ExportFormats::data(const QModelIndex &index, int role) const
{
    const Format *format = formatAt(index.row());
    if (!format)
        return {};
    switch (role) {
    case TextRole:
        return QCoreApplication::translate("BackupDialog", format->text);
    case ValueRole:
        return QString::fromLatin1(format->value);
    case EncryptedRole:
        return format->encrypted;
    case SuffixRole:
        return QString::fromLatin1(format->suffix);
    default:
        return {};
    }
}

QHash<int, QByteArray> ExportFormats::roleNames() const
{
    return {{TextRole, "text"}, {ValueRole, "value"}, {EncryptedRole, "encrypted"}, {SuffixRole, "suffix"}};
}

QString ExportFormats::value(int row) const
{
    const Format *format = formatAt(row);
    return format ? QString::fromLatin1(format->value) : QString();
}

bool ExportFormats::encrypted(int row) const
{
    const Format *format = formatAt(row);
    return format && format->encrypted;
}

QUrl ExportFormats::suggestedFile(int row) const
{
    const Format *format = formatAt(row);
    return format ? QUrl(QStringLiteral("file:///twofold-export.") + QLatin1String(format->suffix)) : QUrl();
}

} // namespace twofold
