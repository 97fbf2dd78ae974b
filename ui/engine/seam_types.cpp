#include "engine/seam_types.h"

namespace lmw::ui {

void registerSeamTypes() {
    qRegisterMetaType<lmw::StepMetrics>();
    qRegisterMetaType<lmw::EvalMetrics>();
    qRegisterMetaType<lmw::RunSummary>();
    qRegisterMetaType<lmw::MetricRow>();
    qRegisterMetaType<lmw::RunRecord>();
    qRegisterMetaType<lmw::AttentionSnapshot>();
    qRegisterMetaType<QVector<lmw::StepMetrics>>();
}

}  // namespace lmw::ui
