#include "transfer/transfer_text.h"

#include <QCoreApplication>

namespace lmw::ui {

namespace {
class TransferText {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::TransferText)
};
}  // namespace

QString transferSettingsGroup() {
    return QStringLiteral("ulmfit");
}

QString stageTitle(const std::string& run, TransferStage stage) {
    const QString name = QString::fromStdString(run);
    switch (stage) {
        case TransferStage::GeneralLm:
            return run == "lm" ? TransferText::tr("stage 1: general LM")
                               : TransferText::tr("%1 pretraining").arg(name);
        case TransferStage::TargetLm:
            return TransferText::tr("stage 2: target LM");
        case TransferStage::Classifier:
            break;
    }
    return TransferText::tr("%1 classifier").arg(name);
}

}  // namespace lmw::ui
