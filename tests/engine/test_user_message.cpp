// userMessage (ui/engine): the one conversion of an exception into text for the user.
#include <QtTest>
#include <new>
#include <stdexcept>
#include <string>

#include "api/error.h"
#include "engine/user_message.h"

using lmw::ui::userMessage;

namespace {

template <class E>
QString messageOf(E error) {
    try {
        throw error;
    } catch (...) {
        return userMessage(std::current_exception());
    }
}

}  // namespace

class TestUserMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engineErrorsPassThrough() {
        QCOMPARE(messageOf(lmw::Error("The checkpoint 'a.pt' is damaged (checksum mismatch).")),
                 QStringLiteral("The checkpoint 'a.pt' is damaged (checksum mismatch)."));
        // UTF-8 survives.
        QCOMPARE(messageOf(lmw::Error("Corpus '数据.txt' is empty.")),
                 QStringLiteral("Corpus '数据.txt' is empty."));
    }
    void libraryErrorsAreNamedAndCut() {
        const QString m = messageOf(std::runtime_error(
            "index 70 is out of bounds\nException raised from at::...\nframe #0"));
        QCOMPARE(m, QStringLiteral("Unexpected error: index 70 is out of bounds"));
        const QString longText = messageOf(std::runtime_error(std::string(5000, 'x')));
        QVERIFY(longText.size() < 400);
        QCOMPARE(messageOf(std::runtime_error("")), QStringLiteral("Unexpected error."));
    }
    void outOfMemoryIsExplained() {
        const QString m = messageOf(std::bad_alloc());
        QVERIFY2(m.contains(QStringLiteral("not enough memory")), qPrintable(m));
    }
    void anythingElse() {
        QVERIFY(!messageOf(42).isEmpty());
        QVERIFY(!userMessage(nullptr).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserMessage)
#include "test_user_message.moc"
