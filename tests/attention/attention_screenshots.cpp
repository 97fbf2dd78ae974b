// Renders the attention explorer offscreen with made-up but plausible attention (a GPT-like
// model on one sentence over training, a BERT-like model on a padded sentence, a BART-like
// model translating: the explorer and its three panes side by side) and saves the PNGs of
// docs/screenshots/attention-*.png, plus an exported PNG and SVG to look at.
// Usage: attention_screenshots OUTPUT_DIR
#include "attention/attention_explorer.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cmath>
#include <random>

using namespace lmw;
using namespace lmw::ui;

namespace {

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == ' ') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

/// Logit of key k for query q under one of a few typical head behaviours; `sharp` grows with
/// training so that early snapshots are diffuse.
float patternLogit(int pattern, int q, int k, const std::vector<std::string>& tokens, float sharp) {
    switch (pattern % 5) {
        case 0:  // previous token
            return k == q - 1 ? 4.0F * sharp : (k == q ? 1.5F * sharp : 0.0F);
        case 1:  // the first token as a resting place, plus a little recency
            return k == 0 ? 3.0F * sharp : -0.25F * sharp * float(q - k);
        case 2:  // the same word earlier on
            return (k < q && tokens[std::size_t(k)] == tokens[std::size_t(q)]) ? 4.5F * sharp
                   : k == q                                                    ? 1.8F * sharp
                                                                               : 0.0F;
        case 3:  // punctuation and function words
            return (tokens[std::size_t(k)] == "," || tokens[std::size_t(k)] == "." ||
                    tokens[std::size_t(k)] == "the")
                       ? 2.2F * sharp
                       : 0.0F;
        default:  // a broad recency window
            return -0.45F * sharp * float(std::abs(q - k));
    }
}

AttentionMap patternMap(const std::string& kind, int layer, int heads,
                        const std::vector<std::string>& qTokens,
                        const std::vector<std::string>& kTokens, bool causal, float sharp,
                        unsigned seed, int patternOffset) {
    AttentionMap m;
    m.kind = kind;
    m.layer = layer;
    m.heads = heads;
    m.queries = int(qTokens.size());
    m.keys = int(kTokens.size());
    m.causal = causal;
    m.queryTokens = qTokens;
    m.keyTokens = kTokens;
    m.queryPadding.resize(qTokens.size());
    for (std::size_t q = 0; q < qTokens.size(); ++q) m.queryPadding[q] = qTokens[q] == "<pad>";
    m.keyPadding.resize(kTokens.size());
    for (std::size_t k = 0; k < kTokens.size(); ++k) m.keyPadding[k] = kTokens[k] == "<pad>";
    m.weights.assign(std::size_t(heads) * m.queries * m.keys, 0.0F);
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0F, 0.5F);
    for (int h = 0; h < heads; ++h) {
        const int pattern = layer + h + patternOffset;
        for (int q = 0; q < m.queries; ++q) {
            float* row = m.weights.data() + (std::size_t(h) * m.queries + q) * m.keys;
            float sum = 0;
            if (m.queryPadding[std::size_t(q)]) continue;  // padding rows stay zero
            for (int k = 0; k < m.keys; ++k) {
                if (m.masked(q, k)) continue;
                const int kk =
                    kind == "cross" ? int(std::lround(double(k) * m.queries / m.keys)) : k;
                const float logit = kind == "cross" && pattern % 2 == 0
                                        ? -0.9F * sharp * float(std::abs(q - kk))
                                        : patternLogit(pattern, q, k, kTokens, sharp);
                row[k] = std::exp(logit + noise(rng));
                sum += row[k];
            }
            for (int k = 0; k < m.keys; ++k) row[k] = sum > 0 ? row[k] / sum : 0.0F;
        }
    }
    return m;
}

std::vector<AttentionSnapshot> gptRun() {
    const auto tokens = words(
        "the cat sat on the mat because it was tired , and the dog watched the cat from the "
        "door while rain kept falling on the roof .");
    std::vector<AttentionSnapshot> out;
    for (int i = 0; i <= 10; ++i) {
        AttentionSnapshot s;
        s.step = i * 200;
        s.text = "the cat sat on the mat because it was tired, and the dog watched the cat …";
        const float sharp = 0.15F + 0.85F * float(i) / 10.0F;
        for (int l = 0; l < 4; ++l) {
            s.maps.push_back(
                patternMap("causal", l, 4, tokens, tokens, true, sharp, unsigned(100 * i + l), 0));
        }
        out.push_back(std::move(s));
    }
    return out;
}

/// A BERT-like model on a sentence padded to a fixed length: every token looks both ways.
AttentionSnapshot bertSnapshot() {
    const auto tokens = words(
        "[CLS] the bank of the river was steep , so we sat on the grass . [SEP] <pad> <pad> <pad>");
    AttentionSnapshot s;
    s.step = 2500;
    s.text = "the bank of the river was steep, so we sat on the grass.";
    for (int l = 0; l < 4; ++l) {
        AttentionMap m = patternMap("self", l, 4, tokens, tokens, false, 1.0F, 40 + l, 2);
        s.maps.push_back(std::move(m));
    }
    return s;
}

AttentionSnapshot bartSnapshot() {
    const auto source = words("the quick brown fox jumps over the lazy dog . <pad> <pad>");
    const auto target = words("<s> le renard brun rapide saute par-dessus le chien paresseux");
    AttentionSnapshot s;
    s.step = 3000;
    s.text = "the quick brown fox jumps over the lazy dog.";
    for (int l = 0; l < 3; ++l) {
        s.maps.push_back(patternMap("encoder", l, 4, source, source, false, 1.0F, 10 + l, 0));
    }
    for (int l = 0; l < 3; ++l) {
        s.maps.push_back(patternMap("decoder", l, 4, target, target, true, 1.0F, 20 + l, 0));
        s.maps.push_back(patternMap("cross", l, 4, target, source, false, 1.0F, 30 + l, 0));
    }
    return s;
}

void settle() {
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
}

bool save(QWidget& w, const QString& path) {
    settle();
    const bool ok = w.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

void hover(AttentionHeatmap* heatmap, int query, int key) {
    const QPointF pos = heatmap->cellRect(query, key).center();
    QMouseEvent move(QEvent::MouseMove, pos, heatmap->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(heatmap, &move);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LlmWorkbenchShots"));
    QApplication::setApplicationName(QStringLiteral("attention-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    QDir().mkpath(out.path());
    bool ok = true;
    {  // GPT: head view with the causal mask hatched, and the model view
        AttentionExplorer explorer;
        explorer.resize(1400, 860);
        explorer.show();
        explorer.setSnapshots(gptRun());
        explorer.selectStep(1400);
        explorer.selectHead(1, 1);
        settle();
        hover(explorer.heatmap(), 14, 13);
        ok &= save(explorer, out.filePath(QStringLiteral("attention-gpt.png")));
        explorer.selectStep(0);  // the same head before training: diffuse
        ok &= save(explorer, out.filePath(QStringLiteral("attention-gpt-step0.png")));
    }
    {  // BERT: bidirectional, padding at the end
        AttentionExplorer explorer;
        explorer.resize(1400, 860);
        explorer.show();
        explorer.setSnapshot(bertSnapshot());
        explorer.selectHead(2, 3);
        ok &= save(explorer, out.filePath(QStringLiteral("attention-bert.png")));
    }
    {  // BART: the explorer on cross-attention, and the three panes side by side
        AttentionExplorer explorer;
        explorer.resize(1400, 860);
        explorer.show();
        const AttentionSnapshot bart = bartSnapshot();
        explorer.setSnapshot(bart);
        explorer.setCurrentKind(QStringLiteral("cross"));
        explorer.selectHead(2, 0);
        ok &= save(explorer, out.filePath(QStringLiteral("attention-bart.png")));

        const QStringList kinds{QStringLiteral("encoder"), QStringLiteral("decoder"),
                                QStringLiteral("cross")};
        const QSize pane(620, 470);
        QImage strip(QSize(pane.width() * 3, pane.height()) * 2, QImage::Format_ARGB32);
        strip.setDevicePixelRatio(2.0);
        strip.fill(Qt::white);
        QPainter p(&strip);
        for (int i = 0; i < 3; ++i) {
            AttentionHeatmap heatmap;
            heatmap.resize(pane);
            const auto layers = AttentionMatrices::ofKind(bart.maps, kinds[i]);
            heatmap.setMatrix(AttentionMatrices::fromLayers(layers, 2, 0));
            heatmap.setTitle(QStringLiteral("%1 · %2 · %3")
                                 .arg(AttentionMatrices::kindTitle(kinds[i]),
                                      AttentionMatrices::layerName(2),
                                      AttentionMatrices::headName(0)));
            heatmap.paintView(p, QRectF(QPointF(pane.width() * i, 0), QSizeF(pane)), false);
        }
        p.end();
        const QString path = out.filePath(QStringLiteral("attention-bart-panes.png"));
        const bool saved = strip.save(path);
        QTextStream(stdout) << (saved ? "wrote " : "FAILED ") << path << '\n';
        ok &= saved;
        // What the export actions write, to look at.
        ok &= explorer.exportPng(out.filePath(QStringLiteral("export-cross.png")));
        ok &= explorer.exportSvg(out.filePath(QStringLiteral("export-cross.svg")));
    }
    return ok ? 0 : 1;
}
