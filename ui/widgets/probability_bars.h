// Horizontal probability bars: one row per option (a token, a class, a prompt's label), the
// label on the left, the bar and its percentage on the right; one row may be highlighted (the
// token actually chosen) and rows may be marked right or wrong (the true label, a wrong
// prediction). Paints itself, so grab() gives the picture for export.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>
#include <vector>

namespace lmw::ui {

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    /// How a row is judged: the true answer (green bar, bold label with a tick) or a wrong
    /// prediction (red bar).
    enum class Mark { None, Truth, Wrong };
    struct Entry {
        QString label;  // shown as visibleToken(label) when tokens are shown
        double probability = 0;
        Mark mark = Mark::None;
    };

    explicit ProbabilityBars(QWidget* parent = nullptr);

    /// Replaces the bars. `highlight` is the index of the row drawn in the accent colour (-1 none).
    void setEntries(const QString& title, const QVector<Entry>& entries, int highlight = -1);
    /// No bars, only `message` (e.g. "Click a generated token").
    void clear(const QString& message);
    /// Whether labels are tokens (spaces and line breaks made visible); default true.
    void setShowsTokens(bool tokens);
    /// Bars on a fixed 0..100% scale instead of one stretched to the largest value in whole
    /// tenths (the default, which keeps small probabilities readable).
    void setAbsoluteScale(bool absolute);

    const QVector<Entry>& entries() const { return entries_; }
    std::vector<double> probabilities() const;
    int highlighted() const { return highlight_; }
    QString title() const { return title_; }
    QString message() const { return message_; }
    /// The bars as text, one "label<TAB>probability" line each, under the title.
    QString toText() const;

    /// A token with its invisible characters made visible: space -> '␣', newline -> '↵'.
    static QString visibleToken(const QString& token);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString labelOf(int row) const;

    QString title_;
    QString message_;
    QVector<Entry> entries_;
    int highlight_ = -1;
    bool tokens_ = true;
    bool absolute_ = false;
};

}  // namespace lmw::ui
