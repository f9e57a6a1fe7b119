// SPDX-License-Identifier: MIT
#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace ComfyScope::I18n {

QStringList availableLanguages()
{
    QStringList out{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"comfyscope_*.qm"_s});
    for (const QString &f : files)
        out << f.mid(11, f.size() - 11 - 3);
    return out;
}

QString install(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    if (own) {
        QCoreApplication::removeTranslator(own);
        delete own;
        own = nullptr;
    }
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (language == "en"_L1 || locale.language() == QLocale::English
        || locale.language() == QLocale::C)
        return u"en"_s;
    own = new QTranslator(app);
    if (!own->load(locale, u"comfyscope"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        own = nullptr;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(own);
    qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else {
        delete qt;
        qt = nullptr;
    }
    return locale.name();
}

} // namespace ComfyScope::I18n
