// Renders the Playground offscreen for a GPT, a BERT and a BART model trained on the bundled
// stories, after a generation with a clicked token, a multi-mask fill and a denoising, and
// saves the pictures: playground_screenshots OUTPUT_DIR [STEPS] [RUNS_DIR]. With RUNS_DIR the runs
// are kept there and trained further only when they have fewer than STEPS steps (BART gets
// three times as many: rebuilding text takes longer to learn). A tool, not a test.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>
#include <cstdio>

#include "api/error.h"
#include "api/text_generator.h"

#include "api/training_session.h"
#include "playground/playground_page.h"
#include "playground/token_view.h"
#include "widget_test_util.h"

using lmw::ModelFamily;
using lmw::ui::PlaygroundPage;

namespace {

QString train(const QString& dir, ModelFamily family, int steps) {
    lmw::ModelConfig size;
    size.layers = 2;
    size.heads = 4;
    size.embed = 64;
    size.block = 64;
    lmw::ModelConfig m = lmw::familyDefaults(family, size);
    lmw::TrainConfig t;
    t.batch = 16;
    t.iters = steps;
    t.lr = 3e-3;
    t.minLr = 3e-4;
    t.warmup = 50;
    t.evalEvery = steps;
    t.evalIters = 5;
    t.objective.objective = lmw::defaultObjective(family);
    t.threads = 1;
    const QString run = QDir(dir).filePath(QString::fromStdString(lmw::familyName(family)));
    const auto corpus = lmw::CorpusSource::fromText("stories", lmw::generateStories(1));
    QElapsedTimer clock;
    clock.start();
    std::int64_t done = 0;
    try {
        done = lmw::TextGenerator::load(run.toStdString()).step();
    } catch (const lmw::Error&) {
    }
    if (done >= steps) return run;
    auto s = done > 0 ? lmw::TrainingSession::resume(run.toStdString(), corpus, steps)
                      : lmw::TrainingSession::create(m, t, corpus, run.toStdString());
    s.train();
    std::printf("%s: steps %lld to %d in %.1f s\n", lmw::familyName(family).c_str(),
                static_cast<long long>(done), steps, double(clock.elapsed()) / 1000.0);
    std::fflush(stdout);
    return run;
}

bool waitIdle(PlaygroundPage& page) {
    return QTest::qWaitFor([&] { return !page.isBusy(); }, 120000);
}

bool load(PlaygroundPage& page, const QString& run) {
    page.openCheckpoint(run);
    return QTest::qWaitFor([&] { return page.hasModel() && !page.isBusy(); }, 60000);
}

void save(PlaygroundPage& page, const QString& out, const QString& name) {
    QTest::qWait(100);
    page.grab().save(QDir(out).filePath(QStringLiteral("playground-%1.png").arg(name)));
    std::printf("saved playground-%s.png\n", qPrintable(name));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    const int steps = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 600;
    QDir().mkpath(out);
    QTemporaryDir dir;
    lmw::test::isolateSettings(dir);
    const QString runs = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.path();
    QDir().mkpath(runs);
    const QString gpt = train(runs, ModelFamily::Gpt, steps);
    const QString bert = train(runs, ModelFamily::Bert, steps);
    const QString bart = train(runs, ModelFamily::Bart, 3 * steps);

    // Texts like the ones the models learned from (same story grammar, another seed).
    const QString stories = QString::fromStdString(lmw::generateStories(7, 4000));
    QString sample;
    for (const QString& sentence : stories.split(QStringLiteral(". "))) {
        if (sample.size() + sentence.size() > 56) break;
        sample += sentence.trimmed() + QStringLiteral(". ");
    }
    sample = sample.trimmed();
    std::printf("sample text: %s\n", qPrintable(sample));

    PlaygroundPage page;
    page.resize(1200, 780);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) return 1;

    if (!load(page, gpt)) return 2;
    page.promptEdit()->setPlainText(QStringLiteral("Once upon a time"));
    page.findChild<QSpinBox*>("maxTokens")->setValue(300);
    page.runGenerate();
    if (!waitIdle(page)) return 3;
    page.showNextTokens(20);
    if (!QTest::qWaitFor([&] { return !page.nextTokenBars()->entries().isEmpty(); }, 10000))
        return 8;
    save(page, out, QStringLiteral("gpt"));

    if (!load(page, bert)) return 4;
    QString masked = sample;
    for (int at : {int(sample.size()) * 3 / 4, int(sample.size()) / 2, int(sample.size()) / 5}) {
        while (at > 0 && !masked[at].isLetter()) --at;
        masked.replace(at, 1, QStringLiteral("[MASK]"));
    }
    page.fillEdit()->setPlainText(masked);
    page.findChild<QSpinBox*>("fillTopK")->setValue(8);
    page.runFillMask();
    if (!waitIdle(page)) return 5;
    save(page, out, QStringLiteral("bert"));

    if (!load(page, bart)) return 6;
    page.setCurrentMode(PlaygroundPage::Denoise);
    page.denoiseEdit()->setPlainText(sample);
    page.runDenoise();
    if (!waitIdle(page)) return 7;
    save(page, out, QStringLiteral("bart"));
    return 0;
}
