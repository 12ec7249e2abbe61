// SPDX-License-Identifier: MIT
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Marks the translators installed here, so a later call can take them out first.
constexpr auto Marker = "fsdTranslator";

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1StringView(Marker));
    return translator;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    for (QTranslator *old :
        app.findChildren<QTranslator *>(QLatin1StringView(Marker), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *qt = newTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English plurals underneath, whatever the language: "%n row(s)" reads "1 row", "2 rows".
    auto *plurals = newTranslator(app);
    if (plurals->load(u":/i18n/fullstory-desk_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *own = newTranslator(app);
    if (!own->load(locale, u"fullstory-desk"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace Gui
