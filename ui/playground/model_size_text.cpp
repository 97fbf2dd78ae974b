#include "playground/model_size_text.h"

#include <QCoreApplication>

#include "widgets/family_text.h"

namespace lmw::ui {

QString modelSizeText(const ModelConfig& m) {
    QString size;
    if (m.family == ModelFamily::Lstm) {
        size = (m.layers == 1
                    ? QCoreApplication::translate("PlaygroundPage", "1 layer")
                    : QCoreApplication::translate("PlaygroundPage", "%1 layers").arg(m.layers)) +
               QCoreApplication::translate("PlaygroundPage", ", embedding %1, hidden %2")
                   .arg(m.embed)
                   .arg(m.lstmHidden());
    } else if (m.family == ModelFamily::Bart) {
        size = QCoreApplication::translate("PlaygroundPage",
                                           "%1 + %2 layers (encoder + decoder), width %3, %4 heads")
                   .arg(m.layers)
                   .arg(m.decoderDepth())
                   .arg(m.embed)
                   .arg(m.heads);
    } else {
        size = (m.layers == 1
                    ? QCoreApplication::translate("PlaygroundPage", "1 layer")
                    : QCoreApplication::translate("PlaygroundPage", "%1 layers").arg(m.layers)) +
               QCoreApplication::translate("PlaygroundPage", ", width %1, %2 heads")
                   .arg(m.embed)
                   .arg(m.heads);
    }
    if (m.family != ModelFamily::Lstm) {
        size += QCoreApplication::translate("PlaygroundPage", ", %1 positions")
                    .arg(positionEncodingLabel(m.positionEncoding));
        if (m.layout == BlockLayout::Gpt && m.family != ModelFamily::Gpt)
            size += QCoreApplication::translate("PlaygroundPage", ", GPT blocks");
    }
    return size;
}

}  // namespace lmw::ui
