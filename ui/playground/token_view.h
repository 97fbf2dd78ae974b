// Read-only text made of tokens: an optional prefix (the prompt, in grey) followed by tokens
// that can be clicked (tokenClicked), one of them highlighted, and some of them marked with a
// background (e.g. the tokens a noise changed). Token boundaries are kept, so a click maps back
// to the token the model produced.
#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QVector>

namespace lmw::ui {

class TokenView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit TokenView(QWidget* parent = nullptr);

    /// Replaces everything: `prefix` (not a token) then `tokens`, `marks[i]` marking token i.
    void setTokens(const QString& prefix, const QStringList& tokens,
                   const QVector<bool>& marks = {});
    void appendTokens(const QStringList& tokens);
    void clearTokens();

    int tokenCount() const { return int(tokens_.size()); }
    QString token(int index) const { return tokens_.value(index); }
    const QStringList& tokens() const { return tokens_; }
    QString prefix() const { return prefix_; }
    /// The prefix and the tokens before `index` (what the model had read before producing it).
    QString textBefore(int index) const;

    /// Draws token `index` highlighted (-1 removes the highlight).
    void highlightToken(int index);
    int highlightedToken() const { return highlighted_; }
    /// Which tokens are drawn marked, read back from the document's formats.
    QVector<bool> markedTokens() const;
    /// The token under a point of the viewport, or -1.
    int tokenAt(const QPoint& viewportPos) const;
    /// The centre of token `index` in viewport coordinates.
    QPoint tokenCenter(int index) const;

    static QColor markColor();

Q_SIGNALS:
    void tokenClicked(int index);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int characterAt(const QPoint& viewportPos) const;

    QString prefix_;
    QStringList tokens_;
    QVector<int> starts_;  // document position of each token
    int end_ = 0;          // document position after the last token
    int highlighted_ = -1;
};

}  // namespace lmw::ui
