// Hostile numbers and bytes in the JSON the engine reads (run configs, checkpoint headers,
// Hugging Face configs): whole numbers are checked for type and range before any cast, a NUL
// byte after the value is refused, and the training memory estimate saturates instead of
// wrapping around for absurd sizes.
#include <QtTest>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "api/configs.h"
#include "api/error.h"
#include "session/config_json.h"
#include "util/json_number.h"
#include "util/system.h"

class TestConfigJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeNumbers();
    void hugeNumbersInAConfigAreRefused_data();
    void hugeNumbersInAConfigAreRefused();
    void nulBytesAreRefused();
    void memoryEstimateSaturates();
};

void TestConfigJson::wholeNumbers() {
    int i = 7;
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(3), i), lmw::JsonNumber::Ok);
    QCOMPARE(i, 3);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(4.0), i),
             lmw::JsonNumber::Ok);  // 4.0 is a whole number
    QCOMPARE(i, 4);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(4.5), i), lmw::JsonNumber::OutOfRange);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(6e41), i), lmw::JsonNumber::OutOfRange);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(1e300), i), lmw::JsonNumber::OutOfRange);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(std::int64_t(1) << 40), i),
             lmw::JsonNumber::OutOfRange);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json("3"), i), lmw::JsonNumber::NotANumber);
    QCOMPARE(i, 4);  // unchanged by the refusals
    std::uint64_t u = 0;
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(-1), u), lmw::JsonNumber::OutOfRange);
    std::int64_t big = 0;
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(9.3e18), big), lmw::JsonNumber::OutOfRange);
    QCOMPARE(lmw::readWholeNumber(nlohmann::json(5e25), big), lmw::JsonNumber::OutOfRange);
}

void TestConfigJson::hugeNumbersInAConfigAreRefused_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("layers 6e41") << R"({"family":"gpt","layers":6e41})"
                                 << "layers";
    QTest::newRow("embed 1e300") << R"({"family":"gpt","embed":1e300})"
                                 << "embed";
    QTest::newRow("vocab 2^40") << R"({"family":"gpt","vocab_size":1099511627776})"
                                << "vocab_size";
    QTest::newRow("heads 2.5") << R"({"family":"gpt","heads":2.5})"
                               << "heads";
}

void TestConfigJson::hugeNumbersInAConfigAreRefused() {
    QFETCH(QString, json);
    QFETCH(QString, field);
    try {
        lmw::modelConfigFromJson(nlohmann::json::parse(json.toStdString()));
        QFAIL("accepted");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(field), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).contains("out of range"), e.what());
    }
    // A whole number written as a float is fine.
    QCOMPARE(
        lmw::modelConfigFromJson(nlohmann::json::parse(R"({"family":"gpt","layers":3.0})")).layers,
        3);
}

void TestConfigJson::nulBytesAreRefused() {
    // nlohmann's reader stops at a NUL byte and accepts what came before: refused first.
    const std::string text = std::string(R"({"a":1})") + '\0' + "garbage";
    try {
        lmw::sys::requireNoNulBytes(text, "'header'");
        QFAIL("accepted");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("offset 7"), e.what());
    }
    lmw::sys::requireNoNulBytes(R"({"a":1})", "'header'");  // clean text passes
}

void TestConfigJson::memoryEstimateSaturates() {
    lmw::ModelConfig m;
    m.heads = 64;
    m.embed = 128;
    m.block = 60000;
    m.vocabSize = 65;
    lmw::TrainConfig t;
    t.batch = 1000000;
    const lmw::MemoryEstimate e = lmw::estimateTrainingMemory(m, t, 1000);
    QVERIFY2(e.trainingBytes > (std::int64_t(1) << 60),
             qPrintable(QString::number(e.trainingBytes)));
    QVERIFY(!e.fits() || e.availableBytes <= 0);
    // An ordinary size is unchanged by the saturation.
    lmw::ModelConfig small;
    small.vocabSize = 65;
    const lmw::MemoryEstimate s = lmw::estimateTrainingMemory(small, lmw::TrainConfig{}, 1000000);
    QVERIFY(s.trainingBytes > 64LL * 1024 * 1024 && s.trainingBytes < 2LL * 1024 * 1024 * 1024);
}

QTEST_APPLESS_MAIN(TestConfigJson)
#include "test_config_json.moc"
