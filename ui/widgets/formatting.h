// How every page writes numbers, durations and status, and which colours it draws series in:
// one place, so that "12.5%", "3 min 05 s" and an error's red look the same on every tab.
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace lmw::ui {

/// A fraction as a percentage with one decimal ("12.5%"); "–" when not finite.
QString percent(double fraction);
/// A number with `digits` decimals; "–" when not finite.
QString decimal(double value, int digits = 3);
/// A duration for people: "42 s", "3 min 05 s", "1 h 02 min"; "–" when unknown or negative.
QString formatDuration(double seconds);

/// The palette of data series (lines, bars), colour-blind-safe order; wraps after eight.
QColor seriesColor(int index);
/// Series drawn for reference (chance, k = 0) rather than as data.
QColor referenceColor();

/// Status colours: a problem that stops the action, a warning that does not.
QColor errorColor();
QColor warningColor();
/// `text` (plain) as rich text in the error / warning colour.
QString errorHtml(const QString& text);
QString warningHtml(const QString& text);
/// A style sheet that writes a label's text in the error colour.
QString errorStyleSheet();

/// A label for the explanations beside panes: rich text, wrapped, in a muted colour.
QLabel* makeExplanationLabel(const QString& richText, QWidget* parent);

}  // namespace lmw::ui
