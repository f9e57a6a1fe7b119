// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

QString ViewerSettings::defaultSaveDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(u"ComfyScope"_s);
}

QString ViewerSettings::effectiveSaveDirectory() const
{
    return saveDirectory.isEmpty() ? defaultSaveDirectory() : saveDirectory;
}

ViewerSettings ViewerSettings::load()
{
    QSettings s;
    s.beginGroup(u"viewer"_s);
    ViewerSettings v;
    v.autoSave = s.value(u"autoSave"_s, v.autoSave).toBool();
    v.saveDirectory = s.value(u"saveDirectory"_s, v.saveDirectory).toString();
    v.fileNamePattern = s.value(u"fileNamePattern"_s, v.fileNamePattern).toString();
    if (v.fileNamePattern.trimmed().isEmpty())
        v.fileNamePattern = defaultPattern();
    v.memoryBudgetMb = qBound(32, s.value(u"memoryBudgetMb"_s, v.memoryBudgetMb).toInt(), 65536);
    v.thumbnailSize = qBound(96, s.value(u"thumbnailSize"_s, v.thumbnailSize).toInt(), 384);
    v.showFinishedJobs = s.value(u"showFinishedJobs"_s, v.showFinishedJobs).toBool();
    v.showPreviews = s.value(u"showPreviews"_s, v.showPreviews).toBool();
    s.endGroup();
    v.language = s.value(u"ui/language"_s).toString(); // read by main() before any window
    v.theme = s.value(u"ui/theme"_s).toString();
    return v;
}

void ViewerSettings::save() const
{
    QSettings s;
    s.beginGroup(u"viewer"_s);
    s.setValue(u"autoSave"_s, autoSave);
    s.setValue(u"saveDirectory"_s, saveDirectory);
    s.setValue(u"fileNamePattern"_s, fileNamePattern);
    s.setValue(u"memoryBudgetMb"_s, memoryBudgetMb);
    s.setValue(u"thumbnailSize"_s, thumbnailSize);
    s.setValue(u"showFinishedJobs"_s, showFinishedJobs);
    s.setValue(u"showPreviews"_s, showPreviews);
    s.endGroup();
    s.setValue(u"ui/language"_s, language);
    s.setValue(u"ui/theme"_s, theme);
}

} // namespace ComfyScope::App
