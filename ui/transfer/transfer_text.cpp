#include "transfer/transfer_text.h"

#include <QCoreApplication>

namespace lmw::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("lmw::ui::TransferText", text);
}
}  // namespace

QString transferSettingsGroup() {
    return QStringLiteral("ulmfit");
}

QString stageTitle(const std::string& run, TransferStage stage) {
    const QString name = QString::fromStdString(run);
    switch (stage) {
        case TransferStage::GeneralLm:
            return run == "lm" ? tr("stage 1: general LM") : tr("%1 pretraining").arg(name);
        case TransferStage::TargetLm:
            return tr("stage 2: target LM");
        case TransferStage::Classifier:
            break;
    }
    return tr("%1 classifier").arg(name);
}

}  // namespace lmw::ui
