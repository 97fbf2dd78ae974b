// Horizontal probability bars: one row per option (a token, a class), the label on the left,
// the bar and its percentage on the right; one row may be highlighted (the token actually
// chosen). Paints itself, so grab() gives the picture for export.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

namespace lmw::ui {

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString label;  // shown as visibleToken(label) when tokens are shown
        double probability = 0;
    };

    explicit ProbabilityBars(QWidget* parent = nullptr);

    /// Replaces the bars. `highlight` is the index of the row drawn in the accent colour (-1 none).
    void setEntries(const QString& title, const QVector<Entry>& entries, int highlight = -1);
    /// No bars, only `message` (e.g. "Click a generated token").
    void clear(const QString& message);
    /// Whether labels are tokens (spaces and line breaks made visible); default true.
    void setShowsTokens(bool tokens);

    const QVector<Entry>& entries() const { return entries_; }
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
};

}  // namespace lmw::ui
