#include "engine/user_message.h"

#include <QCoreApplication>
#include <new>

#include "api/error.h"

namespace lmw::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("lmw::ui::UserMessage", text);
}

QString firstLine(const char* what) {
    QString text = QString::fromLocal8Bit(what).trimmed();
    const int newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text = text.left(newline).trimmed();  // library backtraces follow the first line
    if (text.size() > 300) text = text.left(300) + QStringLiteral("…");
    return text;
}

}  // namespace

QString userMessage(std::exception_ptr error) {
    if (!error) return tr("The operation failed for an unknown reason.");
    try {
        std::rethrow_exception(error);
    } catch (const lmw::Error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::bad_alloc&) {
        return tr(
            "There is not enough memory for this. Close other programs or choose a smaller model, "
            "batch or context.");
    } catch (const std::exception& e) {
        const QString what = firstLine(e.what());
        return what.isEmpty() ? tr("Unexpected error.") : tr("Unexpected error: %1").arg(what);
    } catch (...) {
        return tr("Unexpected error of an unknown kind.");
    }
}

}  // namespace lmw::ui
