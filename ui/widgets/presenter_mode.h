// Presenter mode: the window made readable from the back of a room. Entering it goes full
// screen, scales every text by one factor (1.25x to 2x: widget fonts, chart axes, legends and
// titles, heatmap labels, tooltips, the tree) and chart lines with it, optionally switches to a
// high-contrast palette (black on white with the Okabe-Ito colours, safe for colour-blind
// viewers), and hides the controls marked advanced. Leaving it restores the window as it was:
// geometry, full-screen state, fonts, palette, lines and the hidden controls.
//
// Everything is found by walking the window when entering; a widget built while presenting
// takes the application's (scaled) font.
#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTransform>
#include <QWidget>
#include <functional>
#include <vector>

class QCustomPlot;

namespace lmw::ui {

struct PresenterOptions {
    double scale = 1.5;         // 1.25 to 2
    bool highContrast = false;  // black on white, Okabe-Ito accents
};

class PresenterMode : public QObject {
    Q_OBJECT
public:
    explicit PresenterMode(QWidget* window);
    ~PresenterMode() override;

    bool isActive() const { return active_; }
    const PresenterOptions& options() const { return options_; }

    /// Enters presenter mode (or changes its options when already in it).
    void enter(const PresenterOptions& options);
    /// Restores the window as it was before enter().
    void leave();

    /// Marks `w` as an advanced control: hidden while presenting, together with its label in a
    /// form layout.
    static void markAdvanced(QWidget* w);
    static bool isAdvanced(const QWidget* w);
    /// The palette used with the high-contrast option.
    static QPalette highContrastPalette();
    /// The clamp of a requested scale to 1.25..2.
    static double clampScale(double scale);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void apply();
    void restore();
    void scalePlot(QCustomPlot* plot, double factor);

    QWidget* window_;
    bool active_ = false;
    PresenterOptions options_;

    // What enter() changed, to put back.
    QByteArray geometry_;
    Qt::WindowStates windowStates_;
    QFont appFont_;
    QFont windowFont_;
    bool windowHadFont_ = false;
    QFont toolTipFont_;
    QPalette appPalette_;
    struct OwnFont {
        QPointer<QWidget> widget;
        QFont font;
        bool hadOwn;  // set by the widget itself (else: a style sheet kept it from inheriting)
    };
    std::vector<OwnFont> widgetFonts_;
    std::vector<QPointer<QWidget>> hidden_;
    std::vector<std::function<void()>> undo_;  // chart fonts and pens, view transforms
};

}  // namespace lmw::ui
