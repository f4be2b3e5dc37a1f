// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ImportProblem.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>

class QTextStream;
class QUuid;

namespace twofold {

// `--json`: a command's stdout becomes one JSON document (fields in docs/twofold.1) instead of lines.
// Errors still go to stderr as one line each, and the exit codes stay the same.
class JsonOutput
{
public:
    static QCommandLineOption option();
    // Writes the document, indented, followed by a newline.
    static void write(QTextStream &out, const QJsonObject &document);
    // The uuid without braces, or null for a null uuid.
    static QJsonValue uuid(const QUuid &uuid);
    // The entries of an imported file that cannot be used: label and reason.
    static QJsonArray rejected(const QList<ImportProblem> &problems);
};

} // namespace twofold
