// Tests of EvoTreeFilterBar: controls produce the right filter value and signals.
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_model.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeFilterBar : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void listsComeFromTheModel() {
        EvoTreeFilterBar bar;
        bar.setModel(&model_);
        QCOMPARE(bar.versionBox()->count(), 5);  // all + four figure versions
        QCOMPARE(bar.version(), EvoTreeModel::kAllVersions);
        QCOMPARE(bar.organizationBox()->count(), model_.organizations().size() + 1);
        QCOMPARE(bar.yearFromBox()->minimum(), 2013);
        QCOMPARE(bar.yearToBox()->maximum(), 2023);
        QVERIFY(!bar.filter().isActive());
    }

    void controlsEmitTheFilter() {
        EvoTreeFilterBar bar;
        bar.setModel(&model_);
        bar.show();
        QSignalSpy spy(&bar, &EvoTreeFilterBar::filterChanged);
        QTest::mouseClick(bar.branchButton(Branch::EncoderOnly), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        EvoTreeFilter f = bar.filter();
        QCOMPARE(f.branches, kAllBranchBits & ~branchBit(Branch::EncoderOnly));
        bar.sourceBox()->setCurrentIndex(2);
        QCOMPARE(bar.filter().source, EvoTreeFilter::Source::Closed);
        bar.organizationBox()->setCurrentIndex(bar.organizationBox()->findData("OpenAI"));
        QCOMPARE(bar.filter().organization, QStringLiteral("OpenAI"));
        bar.yearFromBox()->setValue(2020);
        QCOMPARE(bar.filter().yearFrom, 2020);
        QCOMPARE(bar.filter().yearTo, 0);  // the full upper range means no bound
        bar.yearToBox()->setValue(2018);   // below "from": the range stays ordered
        QVERIFY(bar.yearFromBox()->value() <= bar.yearToBox()->value());
        QCOMPARE(spy.count(), 5);
        bar.resetFilters();
        QVERIFY(!bar.filter().isActive());
        QVERIFY(!spy.last().first().value<EvoTreeFilter>().isActive());
    }

    void programmaticChangesAreSilent() {
        EvoTreeFilterBar bar;
        bar.setModel(&model_);
        QSignalSpy filters(&bar, &EvoTreeFilterBar::filterChanged);
        QSignalSpy versions(&bar, &EvoTreeFilterBar::versionChanged);
        EvoTreeFilter f;
        f.source = EvoTreeFilter::Source::Open;
        f.organization = QStringLiteral("Meta");
        f.yearFrom = 2021;
        f.yearTo = 2022;
        f.branches = branchBit(Branch::DecoderOnly);
        bar.setFilter(f);
        bar.setVersion(QStringLiteral("v2"));
        QCOMPARE(filters.count(), 0);
        QCOMPARE(versions.count(), 0);
        QCOMPARE(bar.filter(), f);
        QCOMPARE(bar.version(), QStringLiteral("v2"));
        bar.versionBox()->setCurrentIndex(bar.versionBox()->findData("v3"));
        QCOMPARE(versions.count(), 1);
        QCOMPARE(versions.first().first().toString(), QStringLiteral("v3"));
    }

    void search() {
        EvoTreeFilterBar bar;
        bar.setModel(&model_);
        bar.show();
        QSignalSpy changed(&bar, &EvoTreeFilterBar::searchChanged);
        QSignalSpy next(&bar, &EvoTreeFilterBar::searchNext);
        QTest::keyClicks(bar.searchField(), QStringLiteral("gpt"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("gpt"));
        QTest::keyClick(bar.searchField(), Qt::Key_Return);
        QCOMPARE(next.count(), 1);
    }
};

QTEST_MAIN(TestEvoTreeFilterBar)
#include "test_evotree_filter_bar.moc"
