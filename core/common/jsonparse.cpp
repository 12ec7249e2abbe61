// SPDX-License-Identifier: MIT
#include "core/common/jsonparse.h"

namespace Core {

namespace {

// Beyond this a parser's buffers are worth giving back: a page of Fullstory's 1,000 users is
// about 1 MiB, so ordinary walks keep reusing theirs.
constexpr size_t KeptCapacity = size_t(4) * 1024 * 1024;

} // namespace

simdjson::error_code parseJson(
    simdjson::dom::parser &parser, const QByteArray &json, simdjson::dom::element &root)
{
    const auto size = size_t(json.size());
    if (json.capacity() - json.size() >= JsonPadding)
        return parser.parse(json.constData(), size, false).get(root);
    const simdjson::padded_string padded(json.constData(), size);
    return parser.parse(padded).get(root);
}

void releaseIfLarge(std::unique_ptr<simdjson::dom::parser> &parser)
{
    if (parser && parser->capacity() > KeptCapacity)
        parser = std::make_unique<simdjson::dom::parser>();
}

} // namespace Core
