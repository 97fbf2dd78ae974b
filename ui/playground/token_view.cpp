#include "playground/token_view.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <algorithm>

namespace lmw::ui {

namespace {
QTextCharFormat prefixFormat(const QPalette& palette) {
    QTextCharFormat f;
    f.setForeground(palette.color(QPalette::PlaceholderText));
    return f;
}
QTextCharFormat tokenFormat(bool marked) {
    QTextCharFormat f;
    f.setForeground(QColor(31, 97, 141));
    if (marked) f.setBackground(TokenView::markColor());
    return f;
}
}  // namespace

TokenView::TokenView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    viewport()->setCursor(Qt::PointingHandCursor);
}

QColor TokenView::markColor() {
    return QColor(250, 215, 160);
}

void TokenView::setTokens(const QString& prefix, const QStringList& tokens,
                          const QVector<bool>& marks) {
    clear();
    prefix_ = prefix;
    tokens_.clear();
    starts_.clear();
    highlighted_ = -1;
    setExtraSelections({});
    QTextCursor c(document());
    c.insertText(prefix, prefixFormat(palette()));
    end_ = c.position();
    for (int i = 0; i < tokens.size(); ++i) {
        starts_.append(end_);
        tokens_.append(tokens[i]);
        c.insertText(tokens[i], tokenFormat(i < marks.size() && marks[i]));
        end_ = c.position();
    }
}

void TokenView::appendTokens(const QStringList& tokens) {
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    for (const QString& t : tokens) {
        starts_.append(end_);
        tokens_.append(t);
        c.insertText(t, tokenFormat(false));
        end_ = c.position();
    }
    if (atBottom) verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TokenView::clearTokens() {
    setTokens(QString(), {});
}

QString TokenView::textBefore(int index) const {
    QString out = prefix_;
    for (int i = 0; i < index && i < tokens_.size(); ++i) out += tokens_[i];
    return out;
}

void TokenView::highlightToken(int index) {
    highlighted_ = index >= 0 && index < tokens_.size() ? index : -1;
    QList<QTextEdit::ExtraSelection> selections;
    if (highlighted_ >= 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(starts_[highlighted_]);
        s.cursor.setPosition(highlighted_ + 1 < starts_.size() ? starts_[highlighted_ + 1] : end_,
                             QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(211, 84, 0));
        s.format.setForeground(Qt::white);
        selections.append(s);
        QTextCursor visible = s.cursor;
        visible.clearSelection();
        setTextCursor(visible);
        ensureCursorVisible();
    }
    setExtraSelections(selections);
}

QVector<bool> TokenView::markedTokens() const {
    QVector<bool> out;
    for (int i = 0; i < tokens_.size(); ++i) {
        const int end = i + 1 < starts_.size() ? starts_[i + 1] : end_;
        bool marked = end > starts_[i];
        for (int p = starts_[i]; p < end && marked; ++p) {
            // The format of the character after position p.
            QTextCursor c(document());
            c.setPosition(p);
            c.setPosition(p + 1, QTextCursor::KeepAnchor);
            const QTextCharFormat f = c.charFormat();
            marked = f.hasProperty(QTextFormat::BackgroundBrush) &&
                     f.background().color() == markColor();
        }
        out.append(marked);
    }
    return out;
}

int TokenView::characterAt(const QPoint& pos) const {
    const QTextCursor c = cursorForPosition(pos);
    int p = c.position();
    // cursorForPosition rounds to the nearest gap: a click on a character's right half lands
    // after it, so step back when the click is left of that gap.
    if (pos.x() < cursorRect(c).left() && p > 0) --p;
    return p;
}

int TokenView::tokenAt(const QPoint& pos) const {
    if (tokens_.isEmpty()) return -1;
    const int p = characterAt(pos);
    if (p < starts_.front() || p >= end_) return -1;
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), p);
    int index = int(it - starts_.begin()) - 1;
    // Empty tokens share a start with the next one: take the last token starting there.
    return index;
}

QPoint TokenView::tokenCenter(int index) const {
    if (index < 0 || index >= tokens_.size()) return {};
    QTextCursor c(document());
    c.setPosition(starts_[index]);
    const QRect left = cursorRect(c);
    const int end = index + 1 < starts_.size() ? starts_[index + 1] : end_;
    c.setPosition(std::min(end, starts_[index] + 1));
    const QRect right = cursorRect(c);
    if (right.top() != left.top())
        return {left.left() + 3, left.center().y()};  // wraps: use the start
    return {(left.left() + right.left()) / 2, left.center().y()};
}

void TokenView::mouseReleaseEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()) return;
    const int index = tokenAt(event->position().toPoint());
    if (index >= 0) Q_EMIT tokenClicked(index);
}

void TokenView::keyPressEvent(QKeyEvent* event) {
    // Alt+Left / Alt+Right step the highlight through the tokens.
    if (event->modifiers() == Qt::AltModifier && highlighted_ >= 0 &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const int next = highlighted_ + (event->key() == Qt::Key_Left ? -1 : 1);
        if (next >= 0 && next < tokens_.size()) Q_EMIT tokenClicked(next);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

}  // namespace lmw::ui
