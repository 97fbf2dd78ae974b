#include "widgets/family_text.h"

#include <QCoreApplication>

namespace lmw::ui {

namespace {
QString translated(const char* text) {
    return *text ? QCoreApplication::translate("ModelFamily", text) : QString();
}
// The short names of the position encodings, for the catalogue (their descriptions are marked
// in core/session/configs.cpp).
[[maybe_unused]] const char* const kPositionLabels[] = {
    QT_TRANSLATE_NOOP("PositionEncoding", "absolute"),
    QT_TRANSLATE_NOOP("PositionEncoding", "RoPE"),
    QT_TRANSLATE_NOOP("PositionEncoding", "ALiBi"),
};
}  // namespace

QString positionEncodingLabel(PositionEncoding p) {
    switch (p) {
        case PositionEncoding::Absolute:
            return QCoreApplication::translate("PositionEncoding", "absolute");
        case PositionEncoding::Rope:
            return QCoreApplication::translate("PositionEncoding", "RoPE");
        case PositionEncoding::Alibi:
            return QCoreApplication::translate("PositionEncoding", "ALiBi");
    }
    return QString::fromStdString(positionEncodingName(p));
}

QString positionEncodingTooltip(PositionEncoding p) {
    return QCoreApplication::translate("PositionEncoding", positionEncodingDescription(p).c_str());
}

QString sizePresetText(const std::string& english) {
    return QCoreApplication::translate("SizePreset", english.c_str());
}

QString familyDisplayName(ModelFamily family) {
    return translated(familyInfo(family).displayName);
}
QString familyTitle(ModelFamily family) {
    return translated(familyInfo(family).title);
}
QString familyDescription(ModelFamily family) {
    return translated(familyInfo(family).description);
}
QString familyPromptHint(ModelFamily family) {
    return translated(familyInfo(family).promptHint);
}
QString familyMaskToken(ModelFamily family) {
    return QString::fromLatin1(familyInfo(family).maskToken);
}

}  // namespace lmw::ui
