// Colours, fonts and sizes of the evolutionary tree, taken from the survey's figure where it
// has them (branch colours, filled = open, hollow = closed).
#pragma once

#include "evotree/evotree_node.h"

#include <QColor>
#include <QFont>

namespace lmw::ui::evostyle {

inline QColor branchColor(Branch b) {
    switch (b) {
        case Branch::EncoderOnly:
            return QColor(0xE4, 0xAD, 0xB5);  // pink
        case Branch::EncoderDecoder:
            return QColor(0x87, 0xAE, 0x88);  // green
        case Branch::DecoderOnly:
            return QColor(0x85, 0x97, 0xB1);  // blue-grey
        case Branch::NonTransformer:
            return QColor(0xA6, 0xA6, 0xA6);  // grey
    }
    return Qt::gray;
}

/// Darker shade for outlines and the text of hollow (closed-source) boxes.
inline QColor branchInk(Branch b) {
    switch (b) {
        case Branch::EncoderOnly:
            return QColor(0xB8, 0x6A, 0x77);
        case Branch::EncoderDecoder:
            return QColor(0x5C, 0x86, 0x5E);
        case Branch::DecoderOnly:
            return QColor(0x5A, 0x6E, 0x8F);
        case Branch::NonTransformer:
            return QColor(0x7A, 0x7A, 0x7A);
    }
    return Qt::darkGray;
}

/// Colour of the branch's trunk (the decoder-only trunk uses the figure's #8497B0).
inline QColor trunkColor(Branch b) {
    if (b == Branch::DecoderOnly) return QColor(0x84, 0x97, 0xB0);
    return branchColor(b);
}

inline const QColor kTimeline(0x33, 0x3F, 0x50);  // the dark time arrow
inline const QColor kGrid(0x84, 0x97, 0xB0, 70);  // dashed year lines
inline const QColor kRowTint(0xF4, 0xF6, 0xF9);   // every other year band
inline const QColor kText(0x26, 0x2B, 0x33);
inline const QColor kMuted(0x6B, 0x72, 0x80);
inline const QColor kSearch(0xF5, 0xA6, 0x23);    // search matches (amber)
inline const QColor kSelected(0x1F, 0x4E, 0x9A);  // selected node (deep blue)
inline const QColor kLineage(0x2F, 0x80, 0xED);   // ancestors and descendants
inline const QColor kNew(0x22, 0xA0, 0x6B);       // added in this version
inline const QColor kChanged(0xE0, 0x7B, 0x00);   // moved or relabelled in this version
inline const QColor kUser(0x7B, 0x4F, 0xD6);      // user-added nodes

inline constexpr double kFadedOpacity = 0.14;   // filtered out
inline constexpr double kDimmedOpacity = 0.38;  // outside the selected lineage

/// `c` as if drawn with `strength` (0..1) over white. Fading by mixing colours instead of
/// item opacity keeps painting on the fast path (no per-item alpha layer).
inline QColor faded(const QColor& c, double strength) {
    if (strength >= 1.0) return c;
    const double s = qBound(0.0, strength, 1.0);
    auto mix = [s](int v) { return static_cast<int>(v * s + 255 * (1.0 - s) + 0.5); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()), c.alpha());
}

inline QFont nameFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(13);
    f.setBold(true);
    return f;
}

inline QFont orgFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(10);
    return f;
}

inline QFont axisFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(15);
    f.setBold(true);
    return f;
}

inline QFont labelFont(int px, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

}  // namespace lmw::ui::evostyle
