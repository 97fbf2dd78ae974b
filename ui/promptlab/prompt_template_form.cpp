#include "promptlab/prompt_template_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

#include "api/error.h"
#include "engine/user_message.h"
#include "widgets/formatting.h"

namespace lmw::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
std::string ss(const QString& s) {
    return s.toStdString();
}

/// The inverse of unescapePromptText for what the form shows: newline -> "\n", tab -> "\t".
QString escapeForField(const std::string& text) {
    QString out;
    for (const QChar c : qs(text)) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else
            out += c;
    }
    return out;
}

std::vector<int> parseShots(const QString& text) {
    std::vector<int> shots;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = part.trimmed().toInt(&ok);
        if (!ok || k < 0)
            throw Error("Shots must be numbers of demonstrations, like 0,1,2,4,8 (not \"" +
                        ss(part.trimmed()) + "\").");
        shots.push_back(k);
    }
    if (shots.empty()) throw Error("Give at least one number of shots, like 0,1,2,4,8.");
    return shots;
}

}  // namespace

PromptTemplateForm::PromptTemplateForm(const QString& settingsGroup, QWidget* parent)
    : QGroupBox(tr("Template"), parent), group_(settingsGroup) {
    auto* form = new QFormLayout(this);
    instruction_ = new QLineEdit(this);
    instruction_->setToolTip(
        tr("Text before everything; \"{labels}\" lists the labels' words. "
           "Write \\n for a new line. May be empty."));
    example_ = new QLineEdit(QStringLiteral("{text}\\n{label}"), this);
    example_->setToolTip(
        tr("One demonstration: \"{text}\" then \"{label}\", each once. The query is this "
           "cut just before \"{label}\"; \\n is a new line."));
    separator_ = new QLineEdit(QStringLiteral("\\n\\n"), this);
    separator_->setToolTip(tr("Written after each demonstration (\\n is a new line)."));
    verbalizers_ = new QLineEdit(this);
    verbalizers_->setObjectName(QStringLiteral("verbalizers"));
    verbalizers_->setPlaceholderText(tr("label=word,… (empty: the label names)"));
    verbalizers_->setToolTip(
        tr("The word(s) standing for each label, like \"0=negative,1=positive|good\"; "
           "alternatives separated by |. Labels not named stand for themselves."));
    shots_ = new QLineEdit(QStringLiteral("0,1,2,4,8"), this);
    shots_->setObjectName(QStringLiteral("shots"));
    shots_->setToolTip(tr("The numbers of demonstrations k to evaluate, separated by commas."));
    seeds_ = new QSpinBox(this);
    seeds_->setRange(1, 20);
    seeds_->setValue(3);
    seeds_->setObjectName(QStringLiteral("seeds"));
    seeds_->setToolTip(
        tr("Draws of demonstrations per k (k = 0 needs one): their spread shows how much "
           "the choice of examples matters."));
    limit_ = new QSpinBox(this);
    limit_->setRange(0, 100000);
    limit_->setSpecialValueText(tr("all"));
    limit_->setValue(100);
    limit_->setObjectName(QStringLiteral("limit"));
    limit_->setToolTip(tr("Queries per task (a seeded sample); \"all\" uses every example."));
    balanced_ = new QCheckBox(tr("Balanced demonstrations"), this);
    balanced_->setToolTip(tr("Draw the demonstrations' labels as evenly as the pool allows."));
    templateError_ = new QLabel(this);
    templateError_->setWordWrap(true);
    templateError_->setStyleSheet(QStringLiteral("color: #b42318;"));
    templateError_->setToolTip(tr("The first problem with the template or options, if any."));
    form->addRow(tr("Instruction:"), instruction_);
    form->addRow(tr("Example:"), example_);
    form->addRow(tr("Separator:"), separator_);
    form->addRow(tr("Verbalizers:"), verbalizers_);
    form->addRow(tr("Shots k:"), shots_);
    auto* row = new QHBoxLayout;
    row->addWidget(seeds_);
    row->addWidget(new QLabel(tr("Queries:"), this));
    row->addWidget(limit_);
    row->addWidget(balanced_);
    row->addStretch(1);
    form->addRow(tr("Seeds:"), row);
    form->addRow(templateError_);
    for (QLineEdit* e : {instruction_, example_, separator_, verbalizers_, shots_})
        connect(e, &QLineEdit::textChanged, this, &PromptTemplateForm::changed);
    connect(seeds_, qOverload<int>(&QSpinBox::valueChanged), this, &PromptTemplateForm::changed);
    connect(limit_, qOverload<int>(&QSpinBox::valueChanged), this, &PromptTemplateForm::changed);
    restore();
}

PromptEvalOptions PromptTemplateForm::options(const std::vector<std::string>& labels) const {
    PromptEvalOptions o;
    o.prompt.instruction = unescapePromptText(ss(instruction_->text()));
    o.prompt.example = unescapePromptText(ss(example_->text()));
    o.prompt.separator = unescapePromptText(ss(separator_->text()));
    validatePromptTemplate(o.prompt);
    o.shots = parseShots(shots_->text());
    o.seeds = seeds_->value();
    o.limit = limit_->value();
    o.balanced = balanced_->isChecked();
    const std::string spec = ss(verbalizers_->text().trimmed());
    if (!spec.empty()) {
        if (labels.empty()) throw Error("Load a dataset before naming verbalizers.");
        o.verbalizers = parseVerbalizers(spec, labels);
    }
    if (!labels.empty()) validatePromptEvalOptions(o, int(labels.size()));
    return o;
}

void PromptTemplateForm::check(const std::vector<std::string>& labels) {
    try {
        options(labels);
        templateError_->clear();
        templateError_->hide();
        valid_ = true;
    } catch (const std::exception& e) {
        showError(messageOf(e));
        valid_ = false;
    }
}

void PromptTemplateForm::showError(const QString& text) {
    templateError_->setText(text);
    templateError_->show();
}

void PromptTemplateForm::useTemplate(const PromptTemplate& t) {
    instruction_->setText(escapeForField(t.instruction));
    example_->setText(escapeForField(t.example));
    separator_->setText(escapeForField(t.separator));
    verbalizers_->clear();
}

void PromptTemplateForm::save() const {
    QSettings s;
    s.beginGroup(group_);
    s.setValue(QStringLiteral("instruction"), instruction_->text());
    s.setValue(QStringLiteral("example"), example_->text());
    s.setValue(QStringLiteral("separator"), separator_->text());
    s.setValue(QStringLiteral("verbalizers"), verbalizers_->text());
    s.setValue(QStringLiteral("shots"), shots_->text());
    s.setValue(QStringLiteral("seeds"), seeds_->value());
    s.setValue(QStringLiteral("limit"), limit_->value());
    s.setValue(QStringLiteral("balanced"), balanced_->isChecked());
}

void PromptTemplateForm::restore() {
    QSettings s;
    s.beginGroup(group_);
    auto text = [&s](QLineEdit* e, const char* key) {
        const QString k = QString::fromLatin1(key);
        if (s.contains(k)) e->setText(s.value(k).toString());
    };
    text(instruction_, "instruction");
    text(example_, "example");
    text(separator_, "separator");
    text(verbalizers_, "verbalizers");
    text(shots_, "shots");
    seeds_->setValue(s.value(QStringLiteral("seeds"), seeds_->value()).toInt());
    limit_->setValue(s.value(QStringLiteral("limit"), limit_->value()).toInt());
    balanced_->setChecked(s.value(QStringLiteral("balanced"), false).toBool());
}

}  // namespace lmw::ui
