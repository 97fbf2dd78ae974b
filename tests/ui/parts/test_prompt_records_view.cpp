// The Prompt lab's records: one row per scored prompt, the first selected, its prompt in full and
// its label probabilities; "Show attention" only where the model has attention.
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "promptlab/prompt_records_view.h"
#include "sample_report.h"
#include "widgets/probability_bars.h"

using lmw::ui::PromptRecordsView;

class TestPromptRecordsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsAndShowsRecords() {
        PromptRecordsView view;
        view.showReport(lmw::test::sampleReport());
        QCOMPARE(view.list()->count(), 3);
        QCOMPARE(view.list()->currentRow(), 0);
        QVERIFY(view.list()->item(0)->text().startsWith(QStringLiteral("✓ k=0")));
        QVERIFY2(view.list()->item(2)->text().startsWith(QStringLiteral("✗ k=2")) &&
                     view.list()->item(2)->text().contains(QStringLiteral("→ food (70.0%)")),
                 qPrintable(view.list()->item(2)->text()));
        QCOMPARE(view.promptView()->toPlainText(), QStringLiteral("demo\nsport\n\nquery 0\n"));
        QCOMPARE(view.bars()->probabilities(), (std::vector<double>{0.8, 0.2}));
        view.list()->setCurrentRow(2);
        QCOMPARE(view.bars()->probabilities(), (std::vector<double>{0.3, 0.7}));
    }
    void attentionOnlyWhereThereIsSome() {
        PromptRecordsView view;
        view.showReport(lmw::test::sampleReport());
        QVERIFY(!view.attentionButton()->isEnabled());
        view.setAttentionAvailable(false, QStringLiteral("An LSTM has no attention."));
        QVERIFY(!view.attentionButton()->isEnabled());
        QCOMPARE(view.attentionButton()->toolTip(), QStringLiteral("An LSTM has no attention."));
        view.setAttentionAvailable(true);
        QVERIFY(view.attentionButton()->isEnabled());
        QSignalSpy asked(&view, &PromptRecordsView::attentionRequested);
        view.list()->setCurrentRow(1);
        view.attentionButton()->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("demo\nsport\n\nquery 1\n"));
        view.showReport({});  // no records: nothing to open
        QVERIFY(!view.attentionButton()->isEnabled());
        QVERIFY(view.promptView()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestPromptRecordsView)
#include "test_prompt_records_view.moc"
