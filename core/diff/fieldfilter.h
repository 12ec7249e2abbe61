// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Core {

/**
 * The history browser's "ignore fields" list: fields an analyst finds noisy and wants out of
 * every comparison (pure; golden cases in tests/data/fieldfilter/).
 *
 * Each pattern is a field name or a dotted path; `*` stands for any run of characters within
 * one segment. A pattern of one segment ("note") ignores that field wherever it is; a dotted
 * one ("elementRuleGroups.*.note") is matched from the top. A segment matches a path segment
 * whole ("domains[domain=a.example]") or by its name ("domains"). Ignoring a field ignores
 * everything below it. Blank lines and lines starting with '#' are no patterns.
 */
class FieldFilter
{
public:
    FieldFilter() = default;
    explicit FieldFilter(const QStringList &patterns);

    bool ignores(const QString &path) const;
    bool isEmpty() const { return m_patterns.isEmpty(); }
    // The patterns in effect, trimmed, without blanks and comments.
    QStringList patterns() const;

    // "domains[domain=a.b].disabled" → "domains[domain=a.b]", "disabled": dots inside an
    // identity's brackets do not split.
    static QStringList segments(const QString &path);

private:
    struct Pattern
    {
        QString text;
        QList<QRegularExpression> segments;
    };

    static bool segmentMatches(const QRegularExpression &glob, const QString &segment);

    QList<Pattern> m_patterns;
};

} // namespace Core
