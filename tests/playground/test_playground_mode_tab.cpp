// PlaygroundModeTab, the common part of the Playground's mode tabs: its run and stop buttons
// only ask (signals), setRunState enables them from "busy" and "available", and its input and
// hint helpers give the inputs their shared behaviour.
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

#include "playground/playground_mode_tab.h"

using lmw::ui::PlaygroundModelInfo;
using lmw::ui::PlaygroundModeTab;

namespace {

/// The smallest mode tab: an input, a hint, a run and a stop button.
class SampleTab : public PlaygroundModeTab {
public:
    SampleTab() {
        auto* l = new QVBoxLayout(this);
        input = inputEdit(this, QStringLiteral("Type here"), 60);
        hint = hintLabel(this, QStringLiteral("A hint"));
        l->addWidget(input);
        l->addWidget(hint);
        l->addWidget(makeRunButton(QStringLiteral("Go"), QStringLiteral("Runs it"), this));
        l->addWidget(makeStopButton(this));
    }
    QString purpose() const override { return QStringLiteral("Samples."); }
    QString unavailableReason(const PlaygroundModelInfo& info) const override {
        return info.encoder ? QStringLiteral("No encoders.") : QString();
    }
    void restoreSettings(QSettings&) override {}
    void saveSettings(QSettings&) const override {}
    QString shownText() const override { return input->toPlainText(); }
    QWidget* pictureWidget() const override { return input; }
    void clearResults() override { input->clear(); }

    QPlainTextEdit* input = nullptr;
    QLabel* hint = nullptr;
};

}  // namespace

class TestPlaygroundModeTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buttonsOnlyAsk();
    void runStateFollowsBusyAndAvailable();
    void helpersShapeTheInputs();
};

void TestPlaygroundModeTab::buttonsOnlyAsk() {
    SampleTab tab;
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    QSignalSpy stop(&tab, &PlaygroundModeTab::stopRequested);
    QCOMPARE(tab.runButton()->text(), QStringLiteral("Go"));
    QCOMPARE(tab.runButton()->toolTip(), QStringLiteral("Runs it"));
    QCOMPARE(tab.stopButton()->text(), QStringLiteral("Stop"));
    QVERIFY(tab.stopButton()->toolTip().contains("Esc"));
    tab.runButton()->click();
    QCOMPARE(run.count(), 1);
    QCOMPARE(stop.count(), 0);
    tab.stopButton()->click();
    QCOMPARE(stop.count(), 1);
    QCOMPARE(run.count(), 1);
}

void TestPlaygroundModeTab::runStateFollowsBusyAndAvailable() {
    SampleTab tab;
    tab.setRunState(false, true);
    QVERIFY(tab.runButton()->isEnabled());
    QVERIFY(!tab.stopButton()->isEnabled());
    tab.setRunState(false, false);  // the model does not suit the mode
    QVERIFY(!tab.runButton()->isEnabled());
    QVERIFY(!tab.stopButton()->isEnabled());
    tab.setRunState(true, true);  // something runs: only Stop
    QVERIFY(!tab.runButton()->isEnabled());
    QVERIFY(tab.stopButton()->isEnabled());
    // A disabled button asks nothing.
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    tab.runButton()->click();
    QCOMPARE(run.count(), 0);
    PlaygroundModelInfo encoder;
    encoder.encoder = true;
    QCOMPARE(tab.unavailableReason(encoder), QStringLiteral("No encoders."));
    QVERIFY(tab.unavailableReason(PlaygroundModelInfo()).isEmpty());
}

void TestPlaygroundModeTab::helpersShapeTheInputs() {
    SampleTab tab;
    QCOMPARE(tab.input->placeholderText(), QStringLiteral("Type here"));
    QCOMPARE(tab.input->maximumHeight(), 60);
    QVERIFY(tab.input->tabChangesFocus());
    QCOMPARE(tab.hint->text(), QStringLiteral("A hint"));
    QVERIFY(tab.hint->wordWrap());
}

QTEST_MAIN(TestPlaygroundModeTab)
#include "test_playground_mode_tab.moc"
