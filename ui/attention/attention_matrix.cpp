// Extraction and averaging of attention matrices, and the words that describe them.
#include "attention/attention_matrix.h"

#include <algorithm>

namespace lmw::ui {

namespace {

bool wellFormed(const AttentionMap& m) {
    return m.heads > 0 && m.queries > 0 && m.keys > 0 &&
           m.weights.size() >= std::size_t(m.heads) * m.queries * m.keys;
}

/// Adds head `head` of `m` (or the mean of its heads) to `dst` (queries x keys).
void accumulate(const AttentionMap& m, int head, float* dst) {
    const std::size_t cells = std::size_t(m.queries) * m.keys;
    if (head != kAverage) {
        const float* src = m.weights.data() + std::size_t(head) * cells;
        for (std::size_t i = 0; i < cells; ++i) dst[i] += src[i];
        return;
    }
    const float share = 1.0F / float(m.heads);
    for (int h = 0; h < m.heads; ++h) {
        const float* src = m.weights.data() + std::size_t(h) * cells;
        for (std::size_t i = 0; i < cells; ++i) dst[i] += src[i] * share;
    }
}

QStringList tokens(const std::vector<std::string>& texts, int count) {
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out << (i < int(texts.size()) ? QString::fromStdString(texts[std::size_t(i)])
                                      : QString::number(i));
    }
    return out;
}

std::vector<bool> padding(const std::vector<bool>& flags, int count) {
    std::vector<bool> out(std::size_t(count), false);
    std::copy_n(flags.begin(), std::min<std::size_t>(flags.size(), out.size()), out.begin());
    return out;
}

/// The matrix's shape, tokens and masks from `m`, values zeroed.
AttentionMatrix shell(const AttentionMap& m, int layer, int head) {
    AttentionMatrix out;
    out.kind = QString::fromStdString(m.kind);
    out.layer = layer;
    out.head = head;
    out.queries = m.queries;
    out.keys = m.keys;
    out.causal = m.causal;
    out.values.assign(std::size_t(m.queries) * m.keys, 0.0F);
    out.queryTokens = tokens(m.queryTokens, m.queries);
    out.keyTokens = tokens(m.keyTokens, m.keys);
    out.queryPadding = padding(m.queryPadding, m.queries);
    out.keyPadding = padding(m.keyPadding, m.keys);
    return out;
}

const QStringList& kindOrder() {
    static const QStringList order{QStringLiteral("causal"), QStringLiteral("self"),
                                   QStringLiteral("encoder"), QStringLiteral("decoder"),
                                   QStringLiteral("cross")};
    return order;
}

}  // namespace

float AttentionMatrix::maxVisibleValue() const {
    float best = 0.0F;    // over rows with a choice
    float single = 0.0F;  // over rows with one visible key
    for (int q = 0; q < queries; ++q) {
        if (queryPadding[std::size_t(q)]) continue;
        const float* row = values.data() + std::size_t(q) * keys;
        const int end = causal ? std::min(keys, q + 1) : keys;
        float rowBest = 0.0F;
        int visible = 0;
        for (int k = 0; k < end; ++k) {
            if (keyPadding[std::size_t(k)]) continue;
            rowBest = std::max(rowBest, row[k]);
            ++visible;
        }
        if (visible > 1) {
            best = std::max(best, rowBest);
        } else {
            single = std::max(single, rowBest);
        }
    }
    return best > 0.0F ? best : single;
}

AttentionMatrix AttentionMatrices::fromMap(const AttentionMap& map, int head) {
    if (!wellFormed(map) || head < kAverage || head >= map.heads) return {};
    AttentionMatrix out = shell(map, map.layer, head);
    accumulate(map, head, out.values.data());
    return out;
}

AttentionMatrix AttentionMatrices::fromLayers(const std::vector<const AttentionMap*>& layers,
                                              int layer, int head) {
    if (layers.empty()) return {};
    if (layer != kAverage) {
        if (layer < 0 || layer >= int(layers.size())) return {};
        return fromMap(*layers[std::size_t(layer)], head);
    }
    const AttentionMap& first = *layers.front();
    if (!wellFormed(first) || head < kAverage || head >= first.heads) return {};
    AttentionMatrix out = shell(first, kAverage, head);
    int used = 0;
    for (const AttentionMap* m : layers) {
        if (!wellFormed(*m) || m->queries != first.queries || m->keys != first.keys ||
            head >= m->heads)
            continue;
        accumulate(*m, head, out.values.data());
        ++used;
    }
    const float share = 1.0F / float(std::max(used, 1));
    for (float& v : out.values) v *= share;
    return out;
}

std::vector<const AttentionMap*> AttentionMatrices::ofKind(const std::vector<AttentionMap>& maps,
                                                           const QString& kind) {
    const std::string wanted = kind.toStdString();
    std::vector<const AttentionMap*> out;
    for (const AttentionMap& m : maps) {
        if (m.kind == wanted) out.push_back(&m);
    }
    std::stable_sort(out.begin(), out.end(), [](const AttentionMap* a, const AttentionMap* b) {
        return a->layer < b->layer;
    });
    return out;
}

QStringList AttentionMatrices::kinds(const std::vector<AttentionMap>& maps) {
    QStringList present;
    for (const AttentionMap& m : maps) {
        const QString k = QString::fromStdString(m.kind);
        if (!present.contains(k)) present << k;
    }
    QStringList out;
    for (const QString& k : kindOrder()) {
        if (present.contains(k)) out << k;
    }
    for (const QString& k : present) {
        if (!out.contains(k)) out << k;
    }
    return out;
}

QString AttentionMatrices::displayToken(const QString& token) {
    if (token.isEmpty()) return QStringLiteral("∅");
    if (token.trimmed().isEmpty()) {
        QString out;
        for (const QChar c : token) {
            out += c == QLatin1Char('\n')   ? QStringLiteral("↵")
                   : c == QLatin1Char('\t') ? QStringLiteral("⇥")
                                            : QStringLiteral("␣");
        }
        return out;
    }
    QString out = token;
    out.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    out.replace(QLatin1Char('\r'), QString());
    out.replace(QLatin1Char('\t'), QStringLiteral("⇥"));
    return out;
}

QString AttentionMatrices::kindTitle(const QString& kind) {
    if (kind == QLatin1String("causal")) return tr("Causal self-attention");
    if (kind == QLatin1String("self")) return tr("Self-attention");
    if (kind == QLatin1String("encoder")) return tr("Encoder self-attention");
    if (kind == QLatin1String("decoder")) return tr("Decoder self-attention");
    if (kind == QLatin1String("cross")) return tr("Cross-attention");
    return kind.isEmpty() ? tr("Attention") : kind;
}

QString AttentionMatrices::kindCaption(const QString& kind) {
    if (kind == QLatin1String("causal")) {
        return tr(
            "Each row is one token deciding where to look; each column is a token it can "
            "look at. A GPT-style model writes text from left to right, so a token may only "
            "look at itself and the tokens before it: everything right of the diagonal is "
            "the future and is masked (hatched), which is why the map is lower-triangular. "
            "Every row shares out a total weight of 1; darker cells got more of it.");
    }
    if (kind == QLatin1String("self")) {
        return tr(
            "Each row is one token and each column a token it can gather information "
            "from. A BERT-style model reads the whole sentence at once, so a token may look "
            "both left and right: nothing is masked apart from padding. Every row shares "
            "out a total weight of 1; darker cells got more of it.");
    }
    if (kind == QLatin1String("encoder")) {
        return tr(
            "The encoder reads the input text. Like BERT, each input token may look at "
            "every other input token, before or after it, so the whole square is in use "
            "(apart from padding). Every row shares out a total weight of 1.");
    }
    if (kind == QLatin1String("decoder")) {
        return tr(
            "The decoder writes the output one token at a time. Like GPT, an output token "
            "may only look at itself and the output written before it, so the future is "
            "masked (hatched) and the map is lower-triangular.");
    }
    if (kind == QLatin1String("cross")) {
        return tr(
            "Here the decoder consults the encoder. Rows are output (decoder) tokens and "
            "columns are input (encoder) tokens, so the map need not be square. Nothing is "
            "masked by position: every output token may look at the whole input. Dark "
            "cells show which input words an output word relied on.");
    }
    return tr(
        "Each row is one token deciding where to look; each column is a token it can look "
        "at. Darker cells got more of the row's attention.");
}

QString AttentionMatrices::layerName(int layer) {
    return layer == kAverage ? tr("Average over layers") : tr("Layer %1").arg(layer + 1);
}

QString AttentionMatrices::headName(int head) {
    return head == kAverage ? tr("Average over heads") : tr("Head %1").arg(head + 1);
}

}  // namespace lmw::ui
