// Qt meta-type declarations for the engine's plain structs, so that they can travel through
// queued signal/slot connections between the worker threads and the GUI thread.
#pragma once

#include <QMetaType>
#include <QVector>

#include "api/events.h"
#include "api/inspect.h"
#include "api/prompting.h"
#include "api/run_store.h"

Q_DECLARE_METATYPE(lmw::StepMetrics)
Q_DECLARE_METATYPE(lmw::EvalMetrics)
Q_DECLARE_METATYPE(lmw::RunSummary)
Q_DECLARE_METATYPE(lmw::MetricRow)
Q_DECLARE_METATYPE(lmw::RunRecord)
Q_DECLARE_METATYPE(lmw::AttentionSnapshot)
Q_DECLARE_METATYPE(lmw::IclCurvePoint)

namespace lmw::ui {

/// Registers the types above with Qt's meta-type system (idempotent).
void registerSeamTypes();

}  // namespace lmw::ui
