// The interface in Simplified Chinese: View ▸ Language rebuilds the main window in the chosen
// language without a restart (and is remembered), and a walk over every widget of every page
// finds no English sentence left: labels, buttons, group titles, tabs, menus, tooltips, combo
// items, placeholders, headers, spin-box affixes and the tree's details. Engine messages come
// through in Chinese too.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QtTest>

#include "api/error.h"
#include "api/message.h"
#include "app_shell.h"
#include "engine/user_message.h"
#include "evotree/evotree_page.h"
#include "main_window.h"
#include "widget_test_util.h"

using lmw::ui::AppShell;
using lmw::ui::InterfaceLanguage;
using lmw::ui::MainWindow;

namespace {

QString plain(const QString& text) {
    if (Qt::mightBeRichText(text)) return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

/// Every text a user can see or hover in `root`, each with where it was found.
QList<QPair<QString, QString>> visibleTexts(QWidget* root) {
    QList<QPair<QString, QString>> out;
    auto add = [&out](const QObject* where, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            out.append({QStringLiteral("%1 %2 (%3)")
                            .arg(QString::fromLatin1(where->metaObject()->className()),
                                 where->objectName(), what),
                        plain(text)});
    };
    std::function<void(const QAction*)> addAction = [&](const QAction* a) {
        add(a, QStringLiteral("action"), a->text());
        if (a->toolTip() != a->text() && a->toolTip() != QString(a->text()).remove(u'&'))
            add(a, QStringLiteral("action tooltip"), a->toolTip());
        if (a->menu())
            for (const QAction* sub : a->menu()->actions()) addAction(sub);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        // Corpus text, samples and examples shown as they are (e.g. the masking preview).
        if (w->property("lmwShowsContent").toBool()) continue;
        add(w, QStringLiteral("tooltip"), w->toolTip());
        add(w, QStringLiteral("window title"), w->windowTitle());
        for (const QAction* a : w->actions()) addAction(a);
        if (auto* l = qobject_cast<QLabel*>(w)) add(w, QStringLiteral("text"), l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) add(w, QStringLiteral("text"), b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w)) add(w, QStringLiteral("title"), g->title());
        if (auto* t = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                add(w, QStringLiteral("tab"), t->tabText(i));
                add(w, QStringLiteral("tab tooltip"), t->tabToolTip(i));
            }
        }
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i) {
                add(w, QStringLiteral("item"), c->itemText(i));
                add(w, QStringLiteral("item tooltip"), c->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* e = qobject_cast<QLineEdit*>(w))
            add(w, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            add(w, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w)) {
            add(w, QStringLiteral("placeholder"), e->placeholderText());
            if (e->isReadOnly()) add(w, QStringLiteral("text"), e->toPlainText());
        }
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            add(w, QStringLiteral("suffix"), s->suffix());
            add(w, QStringLiteral("prefix"), s->prefix());
            add(w, QStringLiteral("special value"), s->specialValueText());
        }
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w)) {
            add(w, QStringLiteral("suffix"), s->suffix());
            add(w, QStringLiteral("prefix"), s->prefix());
            add(w, QStringLiteral("special value"), s->specialValueText());
        }
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                add(w, QStringLiteral("header"),
                    h->model()->headerData(i, h->orientation()).toString());
        }
    }
    return out;
}

/// The English words left in `text` once names, units, file names, identifiers, quoted
/// examples and placeholders (which stay as they are in every language) are taken out.
QStringList englishWords(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|“[^”]*”")));   // examples
    text.remove(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}|\\\\n")));  // placeholders
    text.remove(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]+\\.[a-z]{2,5}\\b")));  // files
    text.remove(QRegularExpression(QStringLiteral("\\b\\w+_\\w+\\b")));  // identifiers
    text.remove(QRegularExpression(QStringLiteral("--[a-z-]+")));        // command-line options
    text.remove(QRegularExpression(QStringLiteral("\\S*/\\S*")));        // paths
    static const QRegularExpression keep(QStringLiteral(
        "(?i)\\b(gpt(-\\d)?|bert|roberta|bart|lstm|awd-lstm|ulmfit|adamw|adam|gelu|relu|"
        "csv|tsv|png|svg|pdf|json|jsonl|txt|html|utf-8|hugging face|sentencepiece|libtorch|"
        "qcustomplot|qt|ctrl|shift|alt|enter|return|esc|tab|trec(-6)?|wikitext(-2)?|"
        "tinystories|nanogpt|fastai|safetensors|config|tokenizer|model|top-[kp]|nats|bpe|"
        "wordpiece|unigram|rope|alibi|pre-ln|post-ln|mask-predict|bptt|spanbert|dropout|"
        "icl-preset(-\\d)?|"
        "alexatm|chatgpt|chatglm|llama|opt|bloom|palm|t5|mask|cls|sep|"
        "pad|unk|bos|eos|builtin|stories|elmo|xlnet|glm|ernie|electra|albert|deberta|"
        "jurassic|gopher|chinchilla|mt-nlg|claude|bard|vicuna|alpaca|macro|micro|f1|"
        "www|https?|arxiv|github|com|org|mooler0410|llmspracticalguide|max|min|sum|"
        "mean|std|val|lr|log|exp|ln|softmax|logits?|k|p|n|s|ms|kb|mb|gb|e\\d+|x|vs)\\b"));
    text.remove(keep);
    QStringList words;
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
    for (auto it = word.globalMatch(text); it.hasNext();) words << it.next().captured(0);
    return words;
}

bool isEnglishSentence(const QString& text) {
    return !englishWords(text).isEmpty();
}

QStringList englishLeft(QWidget* root) {
    QStringList found;
    for (const auto& [where, text] : visibleTexts(root)) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            found << where + QStringLiteral(": [") + words.join(u' ') + QStringLiteral("] ") +
                         text.left(100).replace(u'\n', u' ');
    }
    found.removeDuplicates();
    return found;
}

}  // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchingRebuildsTheWindowInChinese();
    void everyPageIsInChinese();
    void engineMessagesAreTranslated();
    void switchingBackGivesEnglish();

private:
    QTemporaryDir dir_;
    std::unique_ptr<AppShell> shell_;
};

void TestLanguage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    lmw::ui::saveLanguage(InterfaceLanguage::English);
    shell_ = std::make_unique<AppShell>();
    shell_->window()->resize(1400, 860);
    shell_->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell_->window()));
}

void TestLanguage::switchingRebuildsTheWindowInChinese() {
    QPointer<MainWindow> before = shell_->window();
    before->tabs()->setCurrentIndex(2);
    QCOMPARE(before->tabs()->tabText(1), QStringLiteral("&Train"));
    QSignalSpy rebuilt(shell_.get(), &AppShell::windowRebuilt);
    // Through the menu, as a user would.
    QAction* chinese = nullptr;
    for (QAction* menu : before->menuBar()->actions()) {
        if (!menu->menu()) continue;
        for (QAction* a : menu->menu()->actions()) {
            if (!a->menu()) continue;
            for (QAction* l : a->menu()->actions())
                if (l->data().toString() == QLatin1String("zh_CN")) chinese = l;
        }
    }
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(rebuilt.count(), 1);
    MainWindow* after = shell_->window();
    QVERIFY(after != before.data());
    QVERIFY(QTest::qWaitForWindowExposed(after));
    QTRY_VERIFY(before.isNull());  // the old window is gone
    QCOMPARE(after->tabs()->tabText(1), QStringLiteral("训练(&T)"));
    QCOMPARE(after->tabs()->currentIndex(), 2);  // the tab survives the rebuild
    QCOMPARE(lmw::ui::savedLanguage(), InterfaceLanguage::Chinese);
}

void TestLanguage::everyPageIsInChinese() {
    MainWindow* w = shell_->window();
    w->treePage()->selectNode(QStringLiteral("bert"));  // the details panel with a node's prose
    QStringList found;
    for (int i = 0; i < w->tabs()->count(); ++i) {
        w->tabs()->setCurrentIndex(i);
        QTest::qWait(50);
        found << englishLeft(w->tabs()->widget(i));
    }
    for (QAction* menu : w->menuBar()->actions()) {
        if (isEnglishSentence(menu->text())) found << QStringLiteral("menu: ") + menu->text();
        if (!menu->menu()) continue;
        for (QAction* a : menu->menu()->actions()) {
            if (isEnglishSentence(a->text())) found << QStringLiteral("menu item: ") + a->text();
            if (isEnglishSentence(a->toolTip()) && a->toolTip() != QString(a->text()).remove(u'&'))
                found << QStringLiteral("menu tooltip: ") + a->toolTip();
        }
    }
    found.removeDuplicates();
    for (const QString& f : found) qWarning("English: %s", qPrintable(f));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 English texts (listed above)").arg(found.size())));
}

void TestLanguage::engineMessagesAreTranslated() {
    const lmw::Error coded(LMW_MESSAGE("file.missing", "'%1' does not exist."), {"x.txt"});
    QCOMPARE(QString::fromUtf8(coded.what()), QStringLiteral("'x.txt' does not exist."));
    const QString shown = lmw::ui::userMessage(std::make_exception_ptr(coded));
    QVERIFY2(shown.contains(QStringLiteral("x.txt")) && !isEnglishSentence(shown),
             qPrintable(shown));
    // Progress notes too (lmw::Message), e.g. the training loop's checkpoint note.
    const lmw::Message note(
        LMW_MESSAGE("training.checkpoint_saved", "Checkpoint saved at step %1."), {"250"});
    QCOMPARE(QString::fromStdString(note.text), QStringLiteral("Checkpoint saved at step 250."));
    QCOMPARE(lmw::ui::translatedMessage(note), QStringLiteral("已在第 250 步保存检查点。"));
}

void TestLanguage::switchingBackGivesEnglish() {
    QVERIFY(shell_->switchLanguage(InterfaceLanguage::English));
    QCOMPARE(shell_->window()->tabs()->tabText(1), QStringLiteral("&Train"));
    QCOMPARE(lmw::ui::savedLanguage(), InterfaceLanguage::English);
    shell_->window()->close();
    shell_.reset();
}

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
