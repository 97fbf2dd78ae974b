// PlaygroundSourceBar: the recent list (newest first, once each, at most eight, kept in the
// settings) and what picking from it asks for, Reload, and the Export and Open menus.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "playground/playground_source_bar.h"
#include "widget_test_util.h"

using lmw::ui::PlaygroundSourceBar;

class TestPlaygroundSourceBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startsWithNoRecentModels();
    void remembersTheRecentModels();
    void pickingARecentModelOpensIt();
    void reloadAsks();
    void menusOfferTheirActions();

private:
    QString runFolder(const QString& name) const;

    QTemporaryDir dir_;
};

void TestPlaygroundSourceBar::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestPlaygroundSourceBar::init() {
    QSettings().remove(QStringLiteral("playground/recent"));
}

QString TestPlaygroundSourceBar::runFolder(const QString& name) const {
    const QString path = QDir(dir_.path()).filePath(name);
    QDir().mkpath(path);
    return path;
}

void TestPlaygroundSourceBar::startsWithNoRecentModels() {
    PlaygroundSourceBar bar;
    QVERIFY(PlaygroundSourceBar::recentSources().isEmpty());
    QCOMPARE(bar.recentBox()->objectName(), QStringLiteral("recent"));
    QCOMPARE(bar.recentBox()->count(), 1);
    QCOMPARE(bar.recentBox()->itemText(0), QStringLiteral("No recent models"));
    QVERIFY(!bar.reloadButton()->isEnabled());  // nothing to reload yet
    QVERIFY(bar.openButton()->toolTip().contains("Ctrl+O"));
    QVERIFY(bar.reloadButton()->toolTip().contains("F5"));
}

void TestPlaygroundSourceBar::remembersTheRecentModels() {
    PlaygroundSourceBar bar;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.append(runFolder(QStringLiteral("run%1").arg(i)));
        bar.rememberRecent(paths.last());
    }
    QStringList recent = PlaygroundSourceBar::recentSources();
    QCOMPARE(recent.size(), qsizetype(PlaygroundSourceBar::kMaxRecent));
    QCOMPARE(recent.first(), paths[9]);  // newest first
    QCOMPARE(recent.last(), paths[2]);   // the two oldest fell off
    QCOMPARE(bar.recentBox()->count(), PlaygroundSourceBar::kMaxRecent + 1);
    QCOMPARE(bar.recentBox()->itemText(0), QStringLiteral("Recent models..."));
    QCOMPARE(bar.recentBox()->currentIndex(), 0);
    // An item names the folder and shows the whole path.
    QVERIFY(bar.recentBox()->itemText(1).startsWith(QStringLiteral("run9  —  ")));
    QCOMPARE(bar.recentBox()->itemData(1, Qt::ToolTipRole).toString(),
             QDir::toNativeSeparators(paths[9]));
    // Opening one again moves it to the front, once.
    bar.rememberRecent(paths[5]);
    recent = PlaygroundSourceBar::recentSources();
    QCOMPARE(recent.size(), qsizetype(PlaygroundSourceBar::kMaxRecent));
    QCOMPARE(recent.first(), paths[5]);
    QCOMPARE(recent.count(paths[5]), qsizetype(1));
    // A checkpoint file is named with its folder.
    bar.rememberRecent(QDir(paths[0]).filePath(QStringLiteral("model.pt")));
    QVERIFY(bar.recentBox()->itemText(1).startsWith(QStringLiteral("run0/model.pt  —  ")));
    // Another bar shows the same list.
    PlaygroundSourceBar other;
    QCOMPARE(other.recentBox()->count(), bar.recentBox()->count());
    QCOMPARE(other.recentBox()->itemData(1).toString(), bar.recentBox()->itemData(1).toString());
}

void TestPlaygroundSourceBar::pickingARecentModelOpensIt() {
    PlaygroundSourceBar bar;
    const QString a = runFolder(QStringLiteral("a")), b = runFolder(QStringLiteral("b"));
    bar.rememberRecent(a);
    bar.rememberRecent(b);
    QSignalSpy open(&bar, &PlaygroundSourceBar::openRequested);
    Q_EMIT bar.recentBox()->activated(2);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), a);
    Q_EMIT bar.recentBox()->activated(0);  // the title row opens nothing
    QCOMPARE(open.count(), 1);
}

void TestPlaygroundSourceBar::reloadAsks() {
    PlaygroundSourceBar bar;
    QSignalSpy reload(&bar, &PlaygroundSourceBar::reloadRequested);
    bar.reloadButton()->click();
    QCOMPARE(reload.count(), 0);  // disabled
    bar.setReloadEnabled(true);
    bar.reloadButton()->click();
    QCOMPARE(reload.count(), 1);
    bar.setReloadEnabled(false);
    QVERIFY(!bar.reloadButton()->isEnabled());
}

void TestPlaygroundSourceBar::menusOfferTheirActions() {
    PlaygroundSourceBar bar;
    const QList<QAction*> exports = bar.exportButton()->menu()->actions();
    QCOMPARE(exports.size(), qsizetype(3));
    QCOMPARE(exports[0]->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(exports[1]->text().contains("text"));
    QVERIFY(exports[2]->text().contains("PNG"));
    QSignalSpy copy(&bar, &PlaygroundSourceBar::copyRequested);
    exports[0]->trigger();
    QCOMPARE(copy.count(), 1);
    QCOMPARE(bar.exportButton()->popupMode(), QToolButton::InstantPopup);
    const QList<QAction*> opens = bar.openButton()->menu()->actions();
    QCOMPARE(opens.size(), qsizetype(2));
    QVERIFY(opens[0]->text().contains("folder"));
    QVERIFY(opens[1]->text().contains("file"));
    QCOMPARE(bar.openButton()->popupMode(), QToolButton::MenuButtonPopup);
}

QTEST_MAIN(TestPlaygroundSourceBar)
#include "test_playground_source_bar.moc"
