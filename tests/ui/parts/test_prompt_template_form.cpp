// The Prompt lab's template form: its fields become evaluation options, the first problem is
// named under it, a task's template is shown with "\n" escapes, and the fields are remembered.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "api/error.h"
#include "promptlab/prompt_template_form.h"
#include "widget_test_util.h"

using lmw::ui::PromptTemplateForm;

class TestPromptTemplateForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
    }
    void defaultsAreValid() {
        PromptTemplateForm form(QStringLiteral("t1"));
        form.check({"sport", "food"});
        QVERIFY(form.isValid());
        const lmw::PromptEvalOptions o = form.options({"sport", "food"});
        QCOMPARE(o.shots, (std::vector<int>{0, 1, 2, 4, 8}));
        QCOMPARE(o.prompt.example, std::string("{text}\n{label}"));  // "\n" typed, a newline meant
        QCOMPARE(o.prompt.separator, std::string("\n\n"));
        QCOMPARE(o.seeds, 3);
    }
    void problemsAreNamed() {
        PromptTemplateForm form(QStringLiteral("t2"));
        QSignalSpy changed(&form, &PromptTemplateForm::changed);
        form.findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,two"));
        QVERIFY(changed.count() >= 1);
        form.check({"a", "b"});
        QVERIFY(!form.isValid());
        QVERIFY2(form.errorLabel()->text().contains(QStringLiteral("two")),
                 qPrintable(form.errorLabel()->text()));
        QVERIFY(!form.errorLabel()->isHidden());
        form.findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,1"));
        form.findChild<QLineEdit*>(QStringLiteral("verbalizers"))->setText(QStringLiteral("a=yes"));
        form.check({});  // verbalizers need the labels of a dataset
        QVERIFY(!form.isValid());
        form.check({"a", "b"});
        QVERIFY(form.isValid());
        QVERIFY(form.errorLabel()->isHidden());
        QCOMPARE(form.options({"a", "b"}).verbalizers[0][0], std::string("yes"));
        QVERIFY_EXCEPTION_THROWN(form.options({}), lmw::Error);
    }
    void showsATemplateAndRemembers() {
        {
            PromptTemplateForm form(QStringLiteral("t3"));
            lmw::PromptTemplate t;
            t.instruction = "Classify:\t{labels}";
            t.example = "Q: {text}\nA: {label}";
            t.separator = "\n---\n";
            form.findChild<QLineEdit*>(QStringLiteral("verbalizers"))
                ->setText(QStringLiteral("x=y"));
            form.useTemplate(t);
            QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("verbalizers"))->text().isEmpty());
            const lmw::PromptEvalOptions o = form.options({"x", "y"});
            QCOMPARE(o.prompt.instruction, t.instruction);
            QCOMPARE(o.prompt.example, t.example);
            QCOMPARE(o.prompt.separator, t.separator);
            form.findChild<QSpinBox*>(QStringLiteral("seeds"))->setValue(5);
            form.save();
        }
        PromptTemplateForm again(QStringLiteral("t3"));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("seeds"))->value(), 5);
        QCOMPARE(again.options({"x", "y"}).prompt.example, std::string("Q: {text}\nA: {label}"));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestPromptTemplateForm)
#include "test_prompt_template_form.moc"
