// SPDX-License-Identifier: MIT
#include "core/export/diffexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Core::DiffExport {

namespace {

QString sideText(const Side &side)
{
    if (side.version.isEmpty())
        return u"(nothing: the first version)"_s;
    return side.author.isEmpty() ? side.version : side.version + u" by "_s + side.author;
}

QString indented(const QString &mark, const QString &value)
{
    QString out;
    for (const QString &line : value.split(u'\n'))
        out += u"  "_s + mark + u' ' + line + u'\n';
    return out;
}

QJsonObject sideJson(const Side &side)
{
    return { { u"version"_s, side.version.isEmpty() ? QJsonValue() : QJsonValue(side.version) },
        { u"author"_s, side.author.isEmpty() ? QJsonValue() : QJsonValue(side.author) } };
}

} // namespace

QString text(const Header &header, const QList<SettingsDiff::Change> &changes)
{
    QString out = u"Setting: "_s + header.setting
        + (header.platform.isEmpty() ? QString() : u" ("_s + header.platform + u')') + u'\n';
    out += u"From:    "_s + sideText(header.from) + u'\n';
    out += u"To:      "_s + sideText(header.to) + u'\n';
    if (!header.ignoredFields.isEmpty())
        out += u"Ignored: "_s + header.ignoredFields.join(u", "_s) + u'\n';
    out +=
        QString::number(changes.size()) + (changes.size() == 1 ? u" change\n"_s : u" changes\n"_s);
    for (const SettingsDiff::Change &change : changes) {
        out += u'\n' + SettingsDiff::Change::kindName(change.kind) + u' ' + change.path + u'\n';
        if (!change.oldValue.isUndefined())
            out += indented(u"-"_s, SettingsDiff::valueText(change.oldValue));
        if (!change.newValue.isUndefined())
            out += indented(u"+"_s, SettingsDiff::valueText(change.newValue));
    }
    return out;
}

QByteArray json(const Header &header, const QList<SettingsDiff::Change> &changes)
{
    QJsonArray list;
    for (const SettingsDiff::Change &change : changes) {
        QJsonObject o { { u"path"_s, change.path },
            { u"kind"_s, SettingsDiff::Change::kindName(change.kind) } };
        if (!change.oldValue.isUndefined())
            o.insert(u"old"_s, change.oldValue);
        if (!change.newValue.isUndefined())
            o.insert(u"new"_s, change.newValue);
        list.append(o);
    }
    const QJsonObject root { { u"setting"_s, header.setting },
        { u"platform"_s, header.platform.isEmpty() ? QJsonValue() : QJsonValue(header.platform) },
        { u"from"_s, sideJson(header.from) }, { u"to"_s, sideJson(header.to) },
        { u"ignoredFields"_s, QJsonArray::fromStringList(header.ignoredFields) },
        { u"changes"_s, list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<bool, QString> write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Failure<QString> { QCoreApplication::translate("Core::DiffExport",
            "Could not write %1: %2. Choose another folder or free some space, then try again.")
                                      .arg(path, file.errorString()) };
    }
    return true;
}

} // namespace Core::DiffExport
