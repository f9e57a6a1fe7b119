// SPDX-License-Identifier: MIT
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ComfyScope::I18n {

/// The languages shipped (BCP 47 names of the .qm files under :/i18n), "en" first.
QStringList availableLanguages();

/// Install ComfyScope's and Qt's own translators for `language` ("de", "zh_CN", … ; empty = the
/// system locale; "en" = none). Call after QCoreApplication exists; returns the language used.
QString install(const QString &language = QString());

} // namespace ComfyScope::I18n
