// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QString>

namespace ComfyScope::App {

/// The viewer's preferences (QSettings "viewer/…").
struct ViewerSettings
{
    bool autoSave = false;
    QString saveDirectory; ///< empty: Pictures/ComfyScope
    QString fileNamePattern = defaultPattern();
    int memoryBudgetMb = 512;
    int thumbnailSize = 192;
    bool showFinishedJobs = true;
    bool showPreviews = true;
    QString language; ///< "de", "ja", …; empty = the system's (ui/language)
    QString theme;    ///< "light", "dark"; empty = the system's (ui/theme)

    static QString defaultPattern() { return QStringLiteral("{date}_{prompt}_{node}_{seq}.{ext}"); }
    static QString defaultSaveDirectory();
    QString effectiveSaveDirectory() const;

    static ViewerSettings load();
    void save() const;
};

} // namespace ComfyScope::App
