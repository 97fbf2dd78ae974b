// Small helpers of the evolutionary tree's node struct: branch names, dates, links, versions.
#include "evotree/evotree_node.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lmw::ui {

QString branchKey(Branch branch) {
    switch (branch) {
        case Branch::EncoderOnly:
            return QStringLiteral("encoder-only");
        case Branch::EncoderDecoder:
            return QStringLiteral("encoder-decoder");
        case Branch::DecoderOnly:
            return QStringLiteral("decoder-only");
        case Branch::NonTransformer:
            return QStringLiteral("non-transformer");
    }
    return {};
}

std::optional<Branch> branchFromKey(const QString& key) {
    for (Branch b : kAllBranches) {
        if (branchKey(b) == key) return b;
    }
    return std::nullopt;
}

QString branchDisplayName(Branch branch) {
    switch (branch) {
        case Branch::EncoderOnly:
            return QCoreApplication::translate("lmw::ui::EvoNode", "Encoder-only");
        case Branch::EncoderDecoder:
            return QCoreApplication::translate("lmw::ui::EvoNode", "Encoder-decoder");
        case Branch::DecoderOnly:
            return QCoreApplication::translate("lmw::ui::EvoNode", "Decoder-only");
        case Branch::NonTransformer:
            return QCoreApplication::translate("lmw::ui::EvoNode", "Non-Transformer");
    }
    return {};
}

QStringList trainFamilies() {
    return {QStringLiteral("lstm"), QStringLiteral("bert"), QStringLiteral("roberta"),
            QStringLiteral("gpt"), QStringLiteral("bart")};
}

QStringList trainObjectives() {
    return {QStringLiteral("clm"), QStringLiteral("mlm+nsp"), QStringLiteral("mlm"),
            QStringLiteral("denoise")};
}

QString EvoNode::organizationText() const {
    if (partners.isEmpty()) return organization;
    return organization + QStringLiteral(" + ") + partners.join(QStringLiteral(" + "));
}

int EvoNode::releaseYear() const {
    if (released.size() >= 4) {
        bool ok = false;
        const int y = released.left(4).toInt(&ok);
        if (ok) return y;
    }
    return year.value_or(0);
}

int EvoNode::releaseMonth() const {
    if (released.size() >= 7 && released.at(4) == QLatin1Char('-')) {
        bool ok = false;
        const int m = released.mid(5, 2).toInt(&ok);
        if (ok && m >= 1 && m <= 12) return m;
    }
    return 0;
}

int EvoNode::filterYear() const {
    return year ? *year : releaseYear();
}

QString EvoNode::paperUrl() const {
    static const QRegularExpression kArxiv(QStringLiteral("^arXiv:(\\d{4}\\.\\d{4,5})"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = kArxiv.match(paper);
    if (m.hasMatch()) return QStringLiteral("https://arxiv.org/abs/") + m.captured(1);
    if (paper.startsWith(QLatin1String("https://")) || paper.startsWith(QLatin1String("http://")))
        return paper.section(QLatin1Char(' '), 0, 0);
    return {};
}

EvoNode EvoNode::resolved(const QString& version) const {
    const auto it = byVersion.constFind(version);
    if (it == byVersion.constEnd()) return *this;
    EvoNode n = *this;
    const NodeOverride& o = it.value();
    if (!o.label.isEmpty()) n.label = o.label;
    if (!o.organization.isEmpty()) n.organization = o.organization;
    if (!o.stem.isEmpty()) n.stem = o.stem;
    if (o.branch) n.branch = *o.branch;
    if (o.year) n.year = *o.year;
    if (o.layout) n.layout = *o.layout;
    return n;
}

}  // namespace lmw::ui
