// Details pane of the evolutionary tree: HTML rendering of a node and the training shortcut.
#include "evotree/evotree_details.h"
#include "evotree/evotree_strings.h"

#include "evotree/evotree_model.h"
#include "evotree/evotree_style.h"

#include <QDate>
#include <QDesktopServices>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace lmw::ui {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& key, const QString& valueHtml) {
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(key), valueHtml);
}

QString nodeLink(const EvoTreeModel* model, const QString& id) {
    const EvoNode* n = model->node(id);
    if (!n) return esc(id);
    return QStringLiteral("<a href='node:%1'>%2</a>").arg(esc(id), esc(n->name));
}

}  // namespace

EvoTreeDetails::EvoTreeDetails(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    title_->setWordWrap(true);
    chips_ = new QLabel(this);
    chips_->setTextFormat(Qt::RichText);
    chips_->setWordWrap(true);
    body_ = new QTextBrowser(this);
    body_->setOpenLinks(false);
    body_->setFrameShape(QFrame::NoFrame);
    body_->document()->setDefaultStyleSheet(
        QStringLiteral("td.k { color: #6b7280; padding-right: 10px; white-space: nowrap; }"
                       "td { padding-bottom: 4px; vertical-align: top; }"
                       "h4 { color: #374151; margin-top: 10px; margin-bottom: 4px; }"
                       "a { color: #1f4e9a; text-decoration: none; }"
                       "p.note { color: #374151; }"));
    connect(body_, &QTextBrowser::anchorClicked, this, &EvoTreeDetails::onLink);
    train_ = new QPushButton(tr("Train a tiny one"), this);
    train_->setObjectName(QStringLiteral("evotreeTrainButton"));
    train_->setStyleSheet(
        QStringLiteral("QPushButton { background: #1f4e9a; color: white; font-weight: bold;"
                       " border-radius: 6px; padding: 8px 14px; }"
                       "QPushButton:hover { background: #2a62bd; }"));
    connect(train_, &QPushButton::clicked, this, [this] {
        if (preset_.isValid()) Q_EMIT trainRequested(preset_.family, preset_.objective);
    });
    trainHint_ = new QLabel(this);
    trainHint_->setWordWrap(true);
    trainHint_->setStyleSheet(QStringLiteral("color: #6b7280;"));
    layout->addWidget(title_);
    layout->addWidget(chips_);
    layout->addWidget(body_, 1);
    layout->addWidget(train_);
    layout->addWidget(trainHint_);
    clear();
}

void EvoTreeDetails::clear() {
    id_.clear();
    preset_ = {};
    title_->setText(QStringLiteral("<span style='font-size:15pt; font-weight:600'>%1</span>")
                        .arg(tr("Model details")));
    chips_->clear();
    body_->setHtml(QStringLiteral("<p style='color:#6b7280'>%1</p><p style='color:#6b7280'>%2"
                                  "</p>")
                       .arg(tr("Click a model in the tree to see its paper, date, "
                               "organisation, architecture, objective and lineage."),
                            tr("Models the workbench can train (ULMFiT, BERT, RoBERTa, the GPT "
                               "line, BART and the T5 line) offer a \"Train a tiny one\" "
                               "button here.")));
    train_->hide();
    trainHint_->hide();
}

QString EvoTreeDetails::html() const {
    return body_->toHtml();
}

void EvoTreeDetails::showNode(const EvoTreeModel* model, const QString& id,
                              const QString& version) {
    const EvoNode* base = model ? model->node(id) : nullptr;
    if (!base) {
        clear();
        return;
    }
    const EvoNode n = base->resolved(version);
    id_ = id;
    preset_ = n.train;
    title_->setText(
        QStringLiteral("<span style='font-size:17pt; font-weight:700'>%1</span>").arg(esc(n.name)));
    const QColor fill = evostyle::branchColor(n.branch);
    const QString chip = QStringLiteral(
        "<span style='background:%1; color:%2; border:1px solid %3;'>&nbsp;%4&nbsp;</span> ");
    QString chips =
        chip.arg(fill.name(), n.open ? QStringLiteral("white") : QStringLiteral("#222"),
                 evostyle::branchInk(n.branch).name(), esc(branchDisplayName(n.branch)));
    chips += chip.arg(n.open ? QStringLiteral("#4b5563") : QStringLiteral("white"),
                      n.open ? QStringLiteral("white") : QStringLiteral("#222"),
                      QStringLiteral("#4b5563"), n.open ? tr("open source") : tr("closed source"));
    if (n.userAdded)
        chips += chip.arg(evostyle::kUser.name(), QStringLiteral("white"), evostyle::kUser.name(),
                          tr("added from your file"));
    chips_->setText(chips);
    body_->setHtml(nodeHtml(model, n, version));
    train_->setVisible(preset_.isValid());
    trainHint_->setVisible(preset_.isValid());
    if (preset_.isValid()) {
        trainHint_->setText(
            tr("Opens the training panel preset to the %1 family with the %2 "
               "objective, at a size a laptop can train.")
                .arg(presetFamilyName(preset_.family), presetObjectiveName(preset_.objective)));
    }
}

QString EvoTreeDetails::presetFamilyName(const QString& id) {
    if (id == QLatin1String("gpt")) return QStringLiteral("GPT");
    if (id == QLatin1String("bert")) return QStringLiteral("BERT");
    if (id == QLatin1String("roberta")) return QStringLiteral("RoBERTa");
    if (id == QLatin1String("bart")) return QStringLiteral("BART");
    if (id == QLatin1String("lstm")) return QStringLiteral("LSTM (ULMFiT)");
    return id;
}

QString EvoTreeDetails::presetObjectiveName(const QString& id) {
    if (id == QLatin1String("clm")) return tr("next-token prediction");
    if (id == QLatin1String("mlm")) return tr("masked language modelling");
    if (id == QLatin1String("mlm+nsp")) return tr("masked LM + next-sentence prediction");
    if (id == QLatin1String("denoise")) return tr("denoising");
    return id;
}

QString EvoTreeDetails::nodeHtml(const EvoTreeModel* model, const EvoNode& n,
                                 const QString& version) {
    QString h = QStringLiteral("<table>");
    const QString url = n.paperUrl();
    if (!n.paper.isEmpty()) {
        h += row(tr("Paper"),
                 url.isEmpty() ? esc(n.paper)
                               : QStringLiteral("<a href='%1'>%2</a>").arg(esc(url), esc(n.paper)));
    }
    QString when = n.releaseYear() > 0 ? QString::number(n.releaseYear()) : tr("unknown");
    if (n.releaseMonth() > 0 && n.releaseYear() > 0) {
        // The month and year in the interface's order ("October 2018", "2018年10月").
        when = QLocale().toString(QDate(n.releaseYear(), n.releaseMonth(), 1),
                                  tr("MMMM yyyy", "release date format (QDate)"));
    }
    h += row(tr("Released"), esc(when));
    h += row(tr("Year row"), n.year ? QString::number(*n.year) : tr("before 2018 (root)"));
    if (!n.organizationText().isEmpty()) h += row(tr("Organisation"), esc(n.organizationText()));
    h += row(tr("Source"), n.open ? tr("open (filled box)") : tr("closed (hollow box)"));
    if (!n.architecture.isEmpty())
        h += row(tr("Architecture"), esc(translateTreeText(n.architecture)));
    if (!n.objective.isEmpty()) h += row(tr("Objective"), esc(translateTreeText(n.objective)));
    if (!n.group.isEmpty()) h += row(tr("Sub-branch"), esc(translateTreeText(n.group)));
    h += QStringLiteral("</table>");

    if (!n.sizes.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><table>").arg(tr("Published sizes"));
        QStringList plain;  // sizes given only as a parameter count
        for (const ModelSize& s : n.sizes) {
            QStringList parts;
            if (!s.layers.isEmpty()) parts << tr("%1 layers").arg(s.layers);
            if (s.hidden > 0) parts << tr("width %1").arg(s.hidden);
            if (s.heads > 0) parts << tr("%1 heads").arg(s.heads);
            if (s.name.isEmpty() && parts.isEmpty()) {
                plain << s.params;
                continue;
            }
            QString value = s.params.isEmpty() || s.name.isEmpty()
                                ? QString()
                                : QStringLiteral("<b>%1</b>").arg(esc(s.params));
            if (!parts.isEmpty()) {
                if (!value.isEmpty()) value += QStringLiteral(" · ");
                value += esc(parts.join(QStringLiteral(", ")));
            }
            h += row(s.name.isEmpty() ? s.params : s.name, value);
        }
        if (!plain.isEmpty()) h += row(tr("Parameters"), esc(plain.join(QStringLiteral(", "))));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h4>%1</h4><table>").arg(tr("Lineage"));
    const QStringList up = model->ancestors(n.id);
    const QStringList down = model->descendants(n.id);
    QStringList upLinks;
    for (const QString& a : up) upLinks << nodeLink(model, a);
    QStringList downLinks;
    for (const QString& d : down) downLinks << nodeLink(model, d);
    h += row(tr("Builds on"), upLinks.isEmpty() ? tr("no earlier model in the tree")
                                                : upLinks.join(QStringLiteral(" ← ")));
    h += row(tr("Led to"), downLinks.isEmpty() ? tr("no later model in the tree")
                                               : downLinks.join(QStringLiteral(", ")));
    if (n.stem != QLatin1String("trunk") && n.stem != QLatin1String("root") && model->node(n.stem))
        h += row(tr("Drawn stem"), tr("splits from %1").arg(nodeLink(model, n.stem)));
    h += QStringLiteral("</table>");

    if (!n.note.isEmpty())
        h += QStringLiteral("<h4>%1</h4><p class='note'>%2</p>")
                 .arg(tr("Note"), esc(translateTreeText(n.note)));
    if (n.userAdded) {
        h += QStringLiteral("<p class='note'><i>%1</i></p>")
                 .arg(tr("Added from your file (line %1).").arg(n.sourceLine));
    } else {
        QStringList in;
        for (const FigureVersion& v : model->versions()) {
            if (n.versions.isEmpty() || n.versions.contains(v.id)) in << model->versionLabel(v.id);
        }
        h += QStringLiteral("<h4>%1</h4><p class='note'>%2</p>")
                 .arg(tr("Drawn in"), esc(in.join(QStringLiteral("; "))));
    }
    Q_UNUSED(version);
    return h;
}

void EvoTreeDetails::onLink(const QUrl& url) {
    if (url.scheme() == QLatin1String("node")) {
        Q_EMIT nodeActivated(url.path());
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

}  // namespace lmw::ui
