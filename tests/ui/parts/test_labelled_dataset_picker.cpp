// The labelled-dataset picker: a file is read off the GUI thread and summarised; a broken one
// is explained with the page's words; a newer choice supersedes an older read; something that
// is not a file can stand in its place.
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include "widget_test_util.h"
#include "widgets/labelled_dataset_picker.h"

using lmw::ui::LabelledDatasetPicker;

namespace {

LabelledDatasetPicker::Texts texts() {
    LabelledDatasetPicker::Texts t;
    t.button = QStringLiteral("File…");
    t.empty = QStringLiteral("Nothing yet.");
    t.failure = QStringLiteral("Cannot use it: %1");
    return t;
}

}  // namespace

class TestLabelledDatasetPicker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
        good_ = QString::fromStdString(lmw::test::writeFile(
            dir_, QStringLiteral("good.tsv"),
            "text\tlabel\nwin the match\tsport\nbake bread\tfood\nrun fast\tsport\n"));
        // Line 3 has no label: skipped and listed.
        skipped_ = QString::fromStdString(lmw::test::writeFile(
            dir_, QStringLiteral("skip.tsv"), "text\tlabel\nwin\tsport\nbroken\n\nbake\tfood\n"));
    }
    void readsAndSummarises() {
        LabelledDatasetPicker picker(texts());
        QCOMPARE(picker.summary()->text(), QStringLiteral("Nothing yet."));
        QSignalSpy loaded(&picker, &LabelledDatasetPicker::loaded);
        picker.load(good_);
        QVERIFY(picker.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(picker.isLoaded());
        QCOMPARE(picker.dataset().examples.size(), std::size_t(3));
        const QString s = picker.summary()->text();
        QVERIFY2(s.contains(QStringLiteral("3 examples")) &&
                     s.contains(QStringLiteral("<b>sport</b>&nbsp;2")),
                 qPrintable(s));
        QVERIFY(picker.error().isEmpty());
    }
    void listsSkippedRows() {
        LabelledDatasetPicker picker(texts());
        QSignalSpy loaded(&picker, &LabelledDatasetPicker::loaded);
        picker.load(skipped_);
        QVERIFY(loaded.wait(10000));
        const QString s = picker.summary()->text();
        QVERIFY2(s.contains(QStringLiteral("1 row skipped — line 3")), qPrintable(s));
    }
    void refusedWithThePagesWords() {
        LabelledDatasetPicker picker(texts());
        picker.setOptionsSource([] {
            lmw::DatasetOptions o;
            o.badRows = lmw::BadRowPolicy::Refuse;
            return o;
        });
        QSignalSpy failed(&picker, &LabelledDatasetPicker::failed);
        picker.load(skipped_);
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot use it: ")) &&
                     message.contains(QStringLiteral("line 3")),
                 qPrintable(message));
        QCOMPARE(picker.error(), message);
        QVERIFY(!picker.isLoaded());
        QVERIFY(picker.summary()->text().contains(QStringLiteral("Cannot use it")));
        // The same file read again with the rows skipped loads.
        QSignalSpy loaded(&picker, &LabelledDatasetPicker::loaded);
        picker.setOptionsSource([] { return lmw::DatasetOptions{}; });
        picker.reload();
        QVERIFY(loaded.wait(10000));
        QVERIFY(picker.error().isEmpty());
    }
    void newerChoiceSupersedes() {
        LabelledDatasetPicker picker(texts());
        QSignalSpy loaded(&picker, &LabelledDatasetPicker::loaded);
        QSignalSpy failed(&picker, &LabelledDatasetPicker::failed);
        picker.load(dir_.filePath(QStringLiteral("missing.csv")));
        picker.load(good_);
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);  // the missing file's answer was dropped
        QCOMPARE(picker.path(), good_);
    }
    void somethingElseInItsPlace() {
        LabelledDatasetPicker picker(texts());
        QSignalSpy loaded(&picker, &LabelledDatasetPicker::loaded);
        picker.load(good_);
        picker.showInstead(QStringLiteral("(synthetic)"), QStringLiteral("12 examples"));
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 0);  // the read was cancelled
        QCOMPARE(picker.pathEdit()->text(), QStringLiteral("(synthetic)"));
        QCOMPARE(picker.summary()->text(), QStringLiteral("12 examples"));
        picker.reload();  // no file: nothing to read
        QVERIFY(!picker.isLoading());
        picker.load(QString());
        QCOMPARE(picker.summary()->text(), QStringLiteral("Nothing yet."));
    }
    void summaryOfSeveralTasks() {
        const QString s =
            LabelledDatasetPicker::summaryHtml(24, 3, {"a", "<b>"}, {20, 4}, "t", "l", {});
        QVERIFY2(s.contains(QStringLiteral("24 examples in 3 tasks")) &&
                     s.contains(QStringLiteral("&lt;b&gt;")),
                 qPrintable(s));
        QVERIFY(s.contains(QStringLiteral("(text: t, label: l)")));
    }

private:
    QTemporaryDir dir_;
    QString good_, skipped_;
};

QTEST_MAIN(TestLabelledDatasetPicker)
#include "test_labelled_dataset_picker.moc"
