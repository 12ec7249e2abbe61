// SPDX-License-Identifier: MIT
// Any JSON record through dlt's normalizer (and the number quoting before it): rows or an
// error, never a crash; the schema it grows must stay within its column cap.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <simdjson.h>

#include "core/common/jsonparse.h"
#include "core/normalize/jsonnumbers.h"
#include "core/normalize/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    auto error = Core::parseJson(parser, json, root);
    if (error == simdjson::NUMBER_ERROR) {
        if (auto quoted = Core::quoteUnrepresentableNumbers(json)) {
            json = std::move(*quoted);
            error = Core::parseJson(parser, json, root);
        }
    }
    if (error != simdjson::SUCCESS)
        return 0;
    Core::Schema schema;
    Core::Normalizer normalizer(schema);
    Core::NormalizeContext context;
    context.rootTable = "users";
    context.primaryKey = { "id" };
    context.childrenHaveRootId = true;
    context.loadId = "1";
    normalizer.setContext(context);
    Core::RowBatch batch;
    simdjson::dom::array records;
    if (root.get_array().get(records) == simdjson::SUCCESS) {
        for (const auto record : records)
            (void)normalizer.addRecord(record, batch);
    } else {
        (void)normalizer.addRecord(root, batch);
    }
    for (const auto &[name, table] : schema.tables()) {
        if (table.dataColumnCount() > Core::Normalizer::MaxDataColumns)
            std::abort(); // the cap SQLite's 2,000 columns depend on
    }
    return 0;
}
