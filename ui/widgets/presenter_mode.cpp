#include "widgets/presenter_mode.h"

#include <qcustomplot.h>
#include <QApplication>
#include <QFormLayout>
#include <QGraphicsView>
#include <QToolTip>
#include <algorithm>

namespace lmw::ui {

namespace {

const char* const kAdvanced = "lmwAdvanced";

QFont scaled(QFont f, double factor) {
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(f.pixelSize() * factor + 0.5)));
    return f;
}

QPen widened(QPen pen, double factor) {
    pen.setWidthF(std::max(1.0, pen.widthF()) * factor);
    return pen;
}

/// The label of `field` in its parent's form layout, if any.
QWidget* formLabel(QWidget* field) {
    QWidget* parent = field->parentWidget();
    if (!parent) return nullptr;
    for (auto* form : parent->findChildren<QFormLayout*>()) {
        if (QWidget* label = form->labelForField(field)) return label;
    }
    return nullptr;
}

}  // namespace

PresenterMode::PresenterMode(QWidget* window) : QObject(window), window_(window) {}

PresenterMode::~PresenterMode() = default;

double PresenterMode::clampScale(double scale) {
    return std::clamp(scale, 1.25, 2.0);
}

void PresenterMode::markAdvanced(QWidget* w) {
    w->setProperty(kAdvanced, true);
}

bool PresenterMode::isAdvanced(const QWidget* w) {
    return w->property(kAdvanced).toBool();
}

QPalette PresenterMode::highContrastPalette() {
    // Black on white; the accents are Okabe and Ito's colour-blind-safe blue and vermillion.
    QPalette p;
    const QColor black(Qt::black), white(Qt::white);
    p.setColor(QPalette::Window, white);
    p.setColor(QPalette::WindowText, black);
    p.setColor(QPalette::Base, white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, black);
    p.setColor(QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::ButtonText, black);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe0));
    p.setColor(QPalette::ToolTipText, black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, QColor(0x00, 0x72, 0xb2));
    p.setColor(QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Mid, QColor(0xd5, 0x5e, 0x00));  // frames and focus: vermillion
    return p;
}

void PresenterMode::enter(const PresenterOptions& options) {
    if (active_) restore();
    options_ = options;
    options_.scale = clampScale(options.scale);
    if (!active_) {
        geometry_ = window_->saveGeometry();
        windowStates_ = window_->windowState();
    }
    apply();
    if (!active_) {
        active_ = true;
        window_->showFullScreen();
        Q_EMIT activeChanged(true);
    }
}

void PresenterMode::leave() {
    if (!active_) return;
    restore();
    active_ = false;
    window_->setWindowState(windowStates_);
    if (!(windowStates_ & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        window_->restoreGeometry(geometry_);
    Q_EMIT activeChanged(false);
}

void PresenterMode::apply() {
    const double f = options_.scale;
    appFont_ = QApplication::font();
    toolTipFont_ = QToolTip::font();
    appPalette_ = QApplication::palette();

    // Widgets with a font of their own keep it, scaled; the rest follow the application's.
    const QList<QWidget*> widgets = window_->findChildren<QWidget*>();
    // Widgets with a style sheet do not take their parent's font either: set theirs too.
    for (QWidget* w : widgets) {
        const bool own = w->testAttribute(Qt::WA_SetFont);
        if (own || w->testAttribute(Qt::WA_StyleSheet)) widgetFonts_.push_back({w, w->font(), own});
    }
    // The window's own font reaches every child at once (the application's reaches widgets
    // only through events, and only once the event loop runs); the application's serves the
    // dialogs and windows opened while presenting.
    windowHadFont_ = window_->testAttribute(Qt::WA_SetFont);
    windowFont_ = window_->font();
    QApplication::setFont(scaled(appFont_, f));
    window_->setFont(scaled(windowFont_, f));
    for (const OwnFont& o : widgetFonts_)
        if (o.widget) o.widget->setFont(scaled(o.font, f));
    QToolTip::setFont(scaled(toolTipFont_, f));
    if (options_.highContrast) QApplication::setPalette(highContrastPalette());

    for (QWidget* w : widgets) {
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) scalePlot(plot, f);
        if (auto* view = qobject_cast<QGraphicsView*>(w)) {
            QPointer<QGraphicsView> guard(view);
            const QTransform before = view->transform();
            view->scale(f, f);
            undo_.emplace_back([guard, before] {
                if (guard) guard->setTransform(before);
            });
        }
        if (isAdvanced(w) && !w->isHidden()) {
            hidden_.emplace_back(w);
            w->hide();
            if (QWidget* label = formLabel(w); label && !label->isHidden()) {
                hidden_.emplace_back(label);
                label->hide();
            }
        }
    }
}

void PresenterMode::scalePlot(QCustomPlot* plot, double f) {
    QPointer<QCustomPlot> guard(plot);
    std::vector<std::function<void()>> back;
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            const QFont tick = axis->tickLabelFont(), label = axis->labelFont();
            const QPen base = axis->basePen();
            axis->setTickLabelFont(scaled(tick, f));
            axis->setLabelFont(scaled(label, f));
            axis->setBasePen(widened(base, f));
            back.emplace_back([axis = QPointer<QCPAxis>(axis), tick, label, base] {
                if (!axis) return;
                axis->setTickLabelFont(tick);
                axis->setLabelFont(label);
                axis->setBasePen(base);
            });
        }
    }
    if (QCPLegend* legend = plot->legend) {
        const QFont font = legend->font();
        legend->setFont(scaled(font, f));
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i))) {
                const QFont itemFont = item->font();
                item->setFont(scaled(itemFont, f));
                back.emplace_back([item = QPointer<QCPPlottableLegendItem>(item), itemFont] {
                    if (item) item->setFont(itemFont);
                });
            }
        }
        back.emplace_back([legend = QPointer<QCPLegend>(legend), font] {
            if (legend) legend->setFont(font);
        });
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) {
            const QFont font = title->font();
            title->setFont(scaled(font, f));
            back.emplace_back([title = QPointer<QCPTextElement>(title), font] {
                if (title) title->setFont(font);
            });
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        const QPen pen = p->pen();
        p->setPen(widened(pen, f));
        back.emplace_back([p = QPointer<QCPAbstractPlottable>(p), pen] {
            if (p) p->setPen(pen);
        });
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) {
            const QFont font = text->font();
            text->setFont(scaled(font, f));
            back.emplace_back([text = QPointer<QCPItemText>(text), font] {
                if (text) text->setFont(font);
            });
        }
    }
    plot->replot();
    undo_.emplace_back([guard, back = std::move(back)] {
        if (!guard) return;  // the plot is gone; each part is guarded on its own too
        for (const auto& b : back) b();
        guard->replot();
    });
}

void PresenterMode::restore() {
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) (*it)();
    undo_.clear();
    for (auto& w : hidden_)
        if (w) w->show();
    hidden_.clear();
    QApplication::setPalette(appPalette_);
    QToolTip::setFont(toolTipFont_);
    QApplication::setFont(appFont_);
    window_->setFont(windowHadFont_ ? windowFont_ : QFont());
    for (const OwnFont& o : widgetFonts_)
        if (o.widget) o.widget->setFont(o.hadOwn ? o.font : QFont());
    widgetFonts_.clear();
}

}  // namespace lmw::ui
