// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <optional>

namespace Core {

/**
 * Numbers no 64-bit type holds — `18446744073709551616`, `-9223372036854775809`, `1e400` — make
 * simdjson refuse the whole body. Rather than fail the page (normalization.md §8(c)), they are
 * rewritten as JSON strings of their literal text, so the normalizer stores them exactly, as
 * text (a `__v_text` variant where the column is numeric).
 *
 * Returns the rewritten body, or nullopt when no number needed it (the body is then left to
 * fail or pass on its own). Strings are skipped with their escapes; nothing else changes, so
 * the rewrite is only worth calling after simdjson reported NUMBER_ERROR.
 */
std::optional<QByteArray> quoteUnrepresentableNumbers(const QByteArray &json);

} // namespace Core
