// SPDX-License-Identifier: MIT
#include "core/diff/textdiff.h"

#include <cstddef>
#include <vector>

namespace Core::TextDiff {

namespace {

// A vector index from an int that is never negative here (Myers' diagonals, offset applied).
std::size_t slot(int i)
{
    return static_cast<std::size_t>(i);
}

void append(QList<Segment> &out, Segment::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({ kind, text.toString() });
}

// Removed before Added within each changed run, so readers see "old → new" in order.
QList<Segment> tidy(const QList<Segment> &raw)
{
    QList<Segment> out;
    QString removed, added;
    auto flush = [&] {
        append(out, Segment::Kind::Removed, removed);
        append(out, Segment::Kind::Added, added);
        removed.clear();
        added.clear();
    };
    for (const Segment &s : raw) {
        if (s.kind == Segment::Kind::Same) {
            flush();
            append(out, s.kind, s.text);
        } else {
            (s.kind == Segment::Kind::Removed ? removed : added) += s.text;
        }
    }
    flush();
    return out;
}

// Folds short stretches of sameness between two changes into the changes ("ALLOW" → "BLOCK"
// rather than A→B, L, L→, O, W→CK): minimal for a machine, noise for a person.
QList<Segment> mergeSmallSames(QList<Segment> segments)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
            const Segment &same = segments.at(i);
            if (same.kind != Segment::Kind::Same || same.text.size() > 2)
                continue;
            const bool editBefore = segments.at(i - 1).kind != Segment::Kind::Same;
            const bool editAfter = segments.at(i + 1).kind != Segment::Kind::Same;
            if (!editBefore || !editAfter)
                continue;
            const QString text = same.text;
            segments.removeAt(i);
            segments.insert(i, { Segment::Kind::Added, text });
            segments.insert(i, { Segment::Kind::Removed, text });
            segments = tidy(segments);
            changed = true;
            break;
        }
    }
    return segments;
}

} // namespace

QList<Segment> diff(const QString &older, const QString &newer)
{
    // Common ends first: most edits touch a small part of a long value.
    qsizetype prefix = 0;
    while (prefix < older.size() && prefix < newer.size() && older.at(prefix) == newer.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < older.size() - prefix && suffix < newer.size() - prefix
        && older.at(older.size() - 1 - suffix) == newer.at(newer.size() - 1 - suffix))
        ++suffix;
    const QStringView a = QStringView(older).mid(prefix, older.size() - prefix - suffix);
    const QStringView b = QStringView(newer).mid(prefix, newer.size() - prefix - suffix);

    QList<Segment> middle;
    const int n = int(a.size()), m = int(b.size());
    const int maxD = std::min(n + m, MaxCost);
    // Myers: v[k] is the furthest x on diagonal k; the trace keeps each step's v to walk back.
    const int offset = maxD + 1;
    std::vector<int> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> trace;
    bool found = n == 0 && m == 0;
    int finalD = 0;
    for (int d = 0; d <= maxD && !found; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[slot(offset + k - 1)] < v[slot(offset + k + 1)]))
                ? v[slot(offset + k + 1)]
                : v[slot(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[slot(offset + k)] = x;
            if (x >= n && y >= m) {
                found = true;
                finalD = d;
                break;
            }
        }
    }
    if (!found) {
        append(middle, Segment::Kind::Removed, a);
        append(middle, Segment::Kind::Added, b);
    } else {
        // Walk back through the trace, collecting the path in reverse.
        QList<Segment> reversed;
        int x = n, y = m;
        for (int d = finalD; d > 0; --d) {
            const std::vector<int> &pv = trace[slot(d)];
            const int k = x - y;
            const bool down =
                k == -d || (k != d && pv[slot(offset + k - 1)] < pv[slot(offset + k + 1)]);
            const int prevK = down ? k + 1 : k - 1;
            const int prevX = pv[slot(offset + prevK)];
            const int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.append({ Segment::Kind::Same, a.mid(--x, 1).toString() });
                --y;
            }
            if (down)
                reversed.append({ Segment::Kind::Added, b.mid(--y, 1).toString() });
            else
                reversed.append({ Segment::Kind::Removed, a.mid(--x, 1).toString() });
        }
        while (x > 0 && y > 0) {
            reversed.append({ Segment::Kind::Same, a.mid(--x, 1).toString() });
            --y;
        }
        for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
            append(middle, it->kind, it->text);
    }

    QList<Segment> raw;
    append(raw, Segment::Kind::Same, QStringView(older).left(prefix));
    for (const Segment &s : std::as_const(middle))
        append(raw, s.kind, s.text);
    append(raw, Segment::Kind::Same, QStringView(older).right(suffix));
    return mergeSmallSames(tidy(raw));
}

} // namespace Core::TextDiff
