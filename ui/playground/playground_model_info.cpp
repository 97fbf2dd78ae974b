// The loaded model as the Playground names it: family, mask token, summary.
#include "playground/playground_model_info.h"

#include "playground/model_size_text.h"

namespace lmw::ui {

QString PlaygroundModelInfo::summary(const QString& description) const {
    const ModelConfig& m = config;
    const QString size = modelSizeText(m);
    QString heads;
    if (m.numClasses > 0) heads = tr(" · classification head with %1 labels").arg(m.numClasses);
    const QString trained = imported ? tr("imported from Hugging Face (byte-level BPE)")
                                     : tr("trained <b>%1</b> steps").arg(step);
    return tr("<b>%1</b> · %2 · context %3 · vocabulary %4 · <b>%5</b> parameters · %6%7"
              "<br><span style='color:gray'>%8</span>")
        .arg(familyDisplayName(m.family), size)
        .arg(m.block)
        .arg(m.vocabSize)
        .arg(QString::fromStdString(formatCount(parameterCount(m))))
        .arg(trained, heads, description.toHtmlEscaped());
}

QString maskTokenOf(ModelFamily family) {
    const QString token = familyMaskToken(family);
    return token.isEmpty() ? QStringLiteral("<mask>") : token;
}

}  // namespace lmw::ui
