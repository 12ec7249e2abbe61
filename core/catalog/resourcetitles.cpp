// SPDX-License-Identifier: MIT
// The catalog's titles for people, translated. The titles live in resources/catalog.json,
// which lupdate cannot read: each is listed here so it reaches the .ts files, and
// tst_translations fails for a catalog title that has no German.
#include <QCoreApplication>

#include "core/catalog/resourcespec.h"

namespace Core {

namespace {

constexpr const char *Context = "Core::Catalog";

[[maybe_unused]] constexpr const char *Titles[] = {
    QT_TRANSLATE_NOOP("Core::Catalog", "Blocking settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Domain settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Geo settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Privacy settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Feature settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Targeting settings"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Blocking settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Domain settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Geo settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Privacy settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Feature settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Targeting settings history"),
    QT_TRANSLATE_NOOP("Core::Catalog", "Users"),
    QT_TRANSLATE_NOOP("Core::Catalog", "One user, by Fullstory id"),
    QT_TRANSLATE_NOOP("Core::Catalog", "One user, by your app's uid"),
    QT_TRANSLATE_NOOP("Core::Catalog", "One user, legacy v1 by uid"),
};

} // namespace

QString ResourceSpec::displayTitle() const
{
    return QCoreApplication::translate(Context, title.toUtf8().constData());
}

} // namespace Core
