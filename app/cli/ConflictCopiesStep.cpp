// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConflictCopiesStep.h"

#include "ErrorText.h"
#include "cli/ExitCode.h"
#include "sync/ConflictMerge.h"
#include "vault/VaultStore.h"

#include <QFileInfo>
#include <QTextStream>

namespace twofold {

namespace {
int report(QTextStream &err, const Error &error)
{
    err << "twofold: " << ErrorText::describe(error) << '\n';
    err.flush();
    return exitCodeFor(error);
}
} // namespace

int ConflictCopiesStep::run(VaultStore &store, QTextStream &err)
{
    const auto copies = ConflictMerge::mergeInto(store);
    if (!copies)
        return report(err, copies.error());
    for (const ConflictMerge::Unopened &copy : copies->unopened) {
        //: %1 is a file name, %2 a sentence saying why it did not open
        err << "twofold: "
            << tr("conflict copy %1 does not open with this vault's password; not merged, left in place (%2)")
                   .arg(copy.path, ErrorText::describe(copy.error))
            << '\n';
    }
    err.flush();
    if (copies->merged.isEmpty())
        return ExitOk;
    if (store.hasUnsavedChanges()) {
        if (const auto saved = store.save(); !saved)
            return report(err, saved.error());
    }
    const auto moved = ConflictMerge::archive(store, copies->merged);
    if (!moved)
        return report(err, moved.error());
    QStringList names;
    for (const QString &path : copies->merged)
        names << QFileInfo(path).fileName();
    //: %n is how many, %1 lists their file names, %2 is the backup folder
    err << "twofold: "
        << tr("conflict copies merged into the vault: %n (%1); moved to %2", nullptr,
              int(copies->merged.size()))
               .arg(names.join(QStringLiteral(", ")), store.backupDirectory())
        << '\n';
    err.flush();
    return ExitOk;
}

} // namespace twofold
