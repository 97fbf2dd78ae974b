// Any bytes as a labelled dataset (CSV, TSV, JSONL or TREC; the first byte picks the format
// and the reading options): parsed, or refused with lmw::Error. Splitting and aligning labels
// run on what was parsed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/datasets.h"
#include "api/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t pick = data[0];
    const std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
    lmw::DatasetOptions o;
    const lmw::DatasetFormat formats[] = {lmw::DatasetFormat::Auto, lmw::DatasetFormat::Csv,
                                          lmw::DatasetFormat::Tsv, lmw::DatasetFormat::Jsonl,
                                          lmw::DatasetFormat::Trec};
    o.format = formats[pick % 5];
    o.header = int((pick >> 3) % 3) - 1;
    o.badRows = (pick & 0x20) ? lmw::BadRowPolicy::Refuse : lmw::BadRowPolicy::Skip;
    o.trecFineLabels = (pick & 0x40) != 0;
    if (pick & 0x80) {
        o.textColumn = "text";
        o.labelColumn = "1";
    }
    try {
        lmw::LabelledDataset d = lmw::parseLabelledDataset(content, o, "fuzz.data");
        try {
            auto [train, val] = lmw::splitLabelledDataset(d, 0.2, 7);
            lmw::alignLabels(d, val);
        } catch (const lmw::Error&) {
        }
    } catch (const lmw::Error&) {
    }
    return 0;
}
