// SPDX-License-Identifier: MIT
#include "core/browse/columnfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::ColumnFilter)
};

// Typed so that comparisons on number columns are numeric ("9" < "10").
QVariant typedValue(const QString &text)
{
    static const QRegularExpression integer(u"^[+-]?\\d{1,18}$"_s);
    static const QRegularExpression real(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    if (integer.match(text).hasMatch())
        return QVariant::fromValue(text.toLongLong());
    if (real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

bool isNullWord(const QString &text)
{
    return text.compare(u"null"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<ColumnFilter, QString> ColumnFilter::parse(const QString &input)
{
    const QString text = input.trimmed();
    ColumnFilter filter;
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"')) {
        filter.op = Op::Contains;
        filter.value = text.mid(1, text.size() - 2);
        return filter;
    }
    if (isNullWord(text)) {
        filter.op = Op::IsNull;
        return filter;
    }
    static const QRegularExpression notNull(
        u"^(not\\s+|!\\s*|<>\\s*|!=\\s*)null$"_s, QRegularExpression::CaseInsensitiveOption);
    if (notNull.match(text).hasMatch()) {
        filter.op = Op::IsNotNull;
        return filter;
    }
    // Longest operators first, so "<=" is not read as "<" followed by "=5".
    static const std::array<std::pair<QStringView, Op>, 7> operators { {
        { u">=", Op::GreaterEqual },
        { u"<=", Op::LessEqual },
        { u"<>", Op::NotEqual },
        { u"!=", Op::NotEqual },
        { u"=", Op::Equal },
        { u"<", Op::Less },
        { u">", Op::Greater },
    } };
    for (const auto &[symbol, op] : operators) {
        if (!text.startsWith(symbol))
            continue;
        const QString rest = text.mid(symbol.size()).trimmed();
        filter.op = op;
        if (isNullWord(rest) && op == Op::Equal) {
            filter.op = Op::IsNull;
            return filter;
        }
        if (rest.isEmpty() && op != Op::Equal && op != Op::NotEqual) {
            return Failure<QString> {
                Text::tr("“%1” needs a value after it, for example %1 10.").arg(symbol.toString())
            };
        }
        filter.value = typedValue(rest);
        return filter;
    }
    const qsizetype range = text.indexOf(u".."_s);
    if (range > 0) {
        const QString low = text.left(range).trimmed();
        const QString high = text.mid(range + 2).trimmed();
        if (low.isEmpty() || high.isEmpty() || high.startsWith(u'.'))
            return Failure<QString> { Text::tr("A range needs both ends, for example 10..20.") };
        filter.op = Op::Between;
        filter.value = typedValue(low);
        filter.upper = typedValue(high);
        return filter;
    }
    filter.op = Op::Contains;
    filter.value = text;
    return filter;
}

SqlFragment ColumnFilter::toSql(const QString &column) const
{
    switch (op) {
    case Op::Contains:
        return { column + u" LIKE ? ESCAPE '\\'"_s, { likePattern(value.toString()) } };
    case Op::Equal:
        return { column + u" = ?"_s, { value } };
    case Op::NotEqual:
        // "Not equal to x" includes the empty cells, as a person reading the grid expects.
        return { u"("_s + column + u" <> ? OR "_s + column + u" IS NULL)"_s, { value } };
    case Op::Less:
        return { column + u" < ?"_s, { value } };
    case Op::LessEqual:
        return { column + u" <= ?"_s, { value } };
    case Op::Greater:
        return { column + u" > ?"_s, { value } };
    case Op::GreaterEqual:
        return { column + u" >= ?"_s, { value } };
    case Op::Between:
        return { column + u" BETWEEN ? AND ?"_s, { value, upper } };
    case Op::IsNull:
        return { column + u" IS NULL"_s, {} };
    case Op::IsNotNull:
        return { column + u" IS NOT NULL"_s, {} };
    }
    return {};
}

QString ColumnFilter::describe() const
{
    const QString v = value.toString();
    switch (op) {
    case Op::Contains:
        return Text::tr("contains “%1”").arg(v);
    case Op::Equal:
        return Text::tr("equals “%1”").arg(v);
    case Op::NotEqual:
        return Text::tr("is not “%1”").arg(v);
    case Op::Less:
        return Text::tr("less than %1").arg(v);
    case Op::LessEqual:
        return Text::tr("at most %1").arg(v);
    case Op::Greater:
        return Text::tr("greater than %1").arg(v);
    case Op::GreaterEqual:
        return Text::tr("at least %1").arg(v);
    case Op::Between:
        return Text::tr("from %1 to %2").arg(v, upper.toString());
    case Op::IsNull:
        return Text::tr("is empty (NULL)");
    case Op::IsNotNull:
        return Text::tr("is not empty");
    }
    return {};
}

QString ColumnFilter::syntaxHelp()
{
    return Text::tr("Filter: text (contains), =text, <>text, <5, >=5, 10..20, NULL, NOT NULL, "
                    "\"quoted text\"");
}

} // namespace Core
