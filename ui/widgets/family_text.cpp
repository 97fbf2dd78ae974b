#include "widgets/family_text.h"

#include <QCoreApplication>

namespace lmw::ui {

namespace {
QString translated(const char* text) {
    return *text ? QCoreApplication::translate("ModelFamily", text) : QString();
}
}  // namespace

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
