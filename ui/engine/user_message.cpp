#include "engine/user_message.h"

#include <QCoreApplication>
#include <new>

#include "api/error.h"
#include "api/message.h"

namespace lmw::ui {

namespace {

class UserMessage {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::UserMessage)
};

QString firstLine(const char* what) {
    QString text = QString::fromLocal8Bit(what).trimmed();
    const int newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text = text.left(newline).trimmed();  // library backtraces follow the first line
    if (text.size() > 300) text = text.left(300) + QStringLiteral("…");
    return text;
}

/// The catalogue's text for a coded engine template, its %1..%9 filled with `args` (by the
/// engine's own Error::fill, so both front ends fill templates alike).
QString translatedTemplate(const std::string& code, const std::string& templ,
                           const std::vector<std::string>& args) {
    // The catalogue lists each engine template under its code (LMW_MESSAGE in core/).
    const QString text = QCoreApplication::translate(code.c_str(), templ.c_str());
    return QString::fromStdString(lmw::Error::fill(text.toStdString(), args));
}

}  // namespace

QString translatedMessage(const lmw::Error& error) {
    if (error.code().empty()) return QString::fromStdString(error.what());
    return translatedTemplate(error.code(), error.messageTemplate(), error.args());
}

QString translatedMessage(const lmw::Message& message) {
    if (message.code.empty()) return QString::fromStdString(message.text);
    return translatedTemplate(message.code, message.messageTemplate, message.args);
}

QString messageOf(const std::exception& error) {
    if (const auto* e = dynamic_cast<const lmw::Error*>(&error)) return translatedMessage(*e);
    return QString::fromUtf8(error.what());
}

QString userMessage(std::exception_ptr error) {
    if (!error) return UserMessage::tr("The operation failed for an unknown reason.");
    try {
        std::rethrow_exception(error);
    } catch (const lmw::Error& e) {
        return translatedMessage(e);
    } catch (const std::bad_alloc&) {
        return UserMessage::tr(
            "There is not enough memory for this. Close other programs or choose a smaller model, "
            "batch or context.");
    } catch (const std::exception& e) {
        const QString what = firstLine(e.what());
        return what.isEmpty() ? UserMessage::tr("Unexpected error.")
                              : UserMessage::tr("Unexpected error: %1").arg(what);
    } catch (...) {
        return UserMessage::tr("Unexpected error of an unknown kind.");
    }
}

}  // namespace lmw::ui
