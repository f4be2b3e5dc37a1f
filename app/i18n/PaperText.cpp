// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/PaperText.h"

#include <QCoreApplication>

namespace twofold {

// The context stays "TransferCommands", where the command line first had these words: their translations
// are kept under it.
PaperBackupExporter::Text PaperText::translated()
{
    //: Heading of each page of the paper backup: %1 date, %2 page, %3 pages
    return {QCoreApplication::translate("TransferCommands", "Twofold paper backup · %1 · page %2 of %3"),
            //: Paper backup: the warning on each page, then the labels under each QR code
            QCoreApplication::translate("TransferCommands",
                                        "NOT ENCRYPTED: keep it as safe as the accounts it protects."),
            QCoreApplication::translate("TransferCommands", "%1 digits"),
            QCoreApplication::translate("TransferCommands", "every %1 s"),
            QCoreApplication::translate("TransferCommands", "counter %1")};
}

} // namespace twofold
