// The evolutionary tree's prose in the user's language. The English texts of
// resources/evotree/evotree.json are listed for the translation catalogue in the generated
// evotree_strings.cpp; a text without a translation (a user's own nodes) comes back unchanged.
#pragma once

#include <QString>

namespace lmw::ui {

QString translateTreeText(const QString& english);

}  // namespace lmw::ui
