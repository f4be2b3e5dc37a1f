// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JsonOutput.h"

#include "ErrorText.h"

#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>

namespace twofold {

QCommandLineOption JsonOutput::option()
{
    return QCommandLineOption(QStringLiteral("json"));
}

void JsonOutput::write(QTextStream &out, const QJsonObject &document)
{
    out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    out.flush();
}

QJsonValue JsonOutput::uuid(const QUuid &uuid)
{
    return uuid.isNull() ? QJsonValue() : QJsonValue(uuid.toString(QUuid::WithoutBraces));
}

QJsonArray JsonOutput::rejected(const QList<ImportProblem> &problems)
{
    QJsonArray entries;
    for (const ImportProblem &problem : problems)
        entries.append(QJsonObject{{QStringLiteral("label"), problem.label},
                                   {QStringLiteral("reason"), ErrorText::describe(problem.error)}});
    return entries;
}

} // namespace twofold
