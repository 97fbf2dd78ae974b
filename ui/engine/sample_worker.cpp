#include "engine/sample_worker.h"

#include <QElapsedTimer>

#include "engine/user_message.h"

namespace lmw::ui {

SampleWorker::SampleWorker(GeneratorFactory factory, GenerateOptions options, QObject* parent)
    : QObject(parent), factory_(std::move(factory)), options_(std::move(options)) {}

void SampleWorker::run() {
    try {
        const TextGenerator gen = factory_();
        Q_EMIT ready(gen.step());
        runWith(gen);
    } catch (...) {
        Q_EMIT failed(userMessage(std::current_exception()));
    }
}

void SampleWorker::runWith(const TextGenerator& gen) {
    try {
        if (gen.isEncoder()) {
            // Encoders fill masks instead of continuing text: every mask, all at once.
            QString text = QStringLiteral("\n");
            int n = 0;
            for (const MaskPrediction& p : gen.fillMask(options_.prompt, 5)) {
                text += tr("mask %1 (token %2):").arg(++n).arg(p.position);
                for (const auto& [piece, prob] : p.top) {
                    QString shown = QString::fromStdString(piece);
                    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
                    text += QStringLiteral("  '%1' %2%").arg(shown).arg(prob * 100, 0, 'f', 1);
                }
                text += QLatin1Char('\n');
            }
            Q_EMIT piece(text);
            Q_EMIT finished(false);
            return;
        }
        std::string pending;
        QStringList pendingTokens;
        QElapsedTimer clock;
        clock.start();
        const auto flush = [&] {
            Q_EMIT piece(QString::fromStdString(pending));
            Q_EMIT tokens(pendingTokens);
            pending.clear();
            pendingTokens.clear();
            clock.restart();
        };
        gen.generate(options_, [&](const std::string& text) {
            pending += text;
            pendingTokens.append(QString::fromStdString(text));
            if (clock.elapsed() >= 30) flush();
            if (betweenTokens_) betweenTokens_();
            return !stop_.load();
        });
        if (!pendingTokens.isEmpty()) flush();
        Q_EMIT finished(stop_.load());
    } catch (...) {
        Q_EMIT failed(userMessage(std::current_exception()));
    }
}

}  // namespace lmw::ui
