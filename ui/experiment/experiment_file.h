// Experiment files: one JSON file that reopens the workbench exactly as it was prepared, like
// TensorFlow Playground's shareable state. It holds the tab, the Train page's corpus and every
// setting of its form (family, objective, size, hyperparameters, seed, threads), the Encoder vs
// decoder tab's corpus and settings, and the lesson position. A corpus is the bundled one by
// name, or a file by path with its size and SHA-256: a file that differs is refused, so a run
// started from the experiment is the run that was saved (bit for bit on the same machine).
// The schema is in docs/experiments.md. This file is the format only: no widgets.
#pragma once

#include <QByteArray>
#include <QString>
#include <string>

#include "api/compare.h"
#include "api/configs.h"

namespace lmw::ui {

/// A corpus as an experiment names it.
struct ExperimentCorpus {
    QString selection;  // "builtin:stories" or a file path
    qint64 size = -1;   // bytes, files only
    QString sha256;     // hex, files only
};

struct Experiment {
    static constexpr int kFormatVersion = 1;

    QString tab = QStringLiteral("train");  // see experimentTabs()
    ExperimentCorpus trainCorpus;
    ModelConfig model;
    TrainConfig train;
    ExperimentCorpus compareCorpus;
    CompareSettings compare;
    Objective compareEncoderObjective = Objective::Mlm;
    QString lesson;  // a lesson's id, "" for none
    int lessonStep = 0;
};

/// The tab names a file may use, in the window's order.
const QStringList& experimentTabs();

/// The corpus `selection` described for a file: its size and SHA-256 read now. Returns false
/// with `error` set when the file cannot be read.
bool describeCorpus(const QString& selection, ExperimentCorpus& out, QString& error);
/// Empty when the corpus is what the experiment names; otherwise the sentence that says why
/// not (missing, different size, different content).
QString checkCorpus(const ExperimentCorpus& corpus);

/// The file's JSON text.
QByteArray writeExperiment(const Experiment& e);
/// Reads a file's text. Returns false with one sentence in `error` (the line of a syntax error,
/// the field that is missing or wrong, a newer format version) and leaves `out` untouched.
bool readExperiment(const QByteArray& text, Experiment& out, QString& error);

}  // namespace lmw::ui
