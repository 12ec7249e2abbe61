// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <memory>

#include <simdjson.h>

namespace Core {

// Bytes simdjson reads past the end of a document. ApiCall reserves them behind every body, so
// a page is parsed where it lies instead of through a padded copy of the whole page.
inline constexpr qsizetype JsonPadding = qsizetype(simdjson::SIMDJSON_PADDING);

// Parses `json` in place when its allocation has JsonPadding spare past the end, otherwise
// through a padded copy. `root` refers into `parser` until its next parse.
simdjson::error_code parseJson(
    simdjson::dom::parser &parser, const QByteArray &json, simdjson::dom::element &root);

// A parser keeps the buffers of the largest document it has read (some three times its size)
// for as long as it lives; after a page over a few MiB, start afresh so that memory goes back.
void releaseIfLarge(std::unique_ptr<simdjson::dom::parser> &parser);

} // namespace Core
