// The family registry: one row per family, ids that round-trip through familyFromName, the
// introducing objective agreeing with defaultObjective, and capabilities that agree with the
// objective (a masked LM fills masks, a causal LM continues text, a denoiser rewrites).
#include <QtTest>
#include <set>
#include <string>

#include "api/configs.h"
#include "api/families.h"

class TestFamilies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFamilyOnce() {
        const auto& all = lmw::families();
        QCOMPARE(all.size(), std::size_t(5));
        std::set<std::string> ids;
        for (const lmw::FamilyInfo& f : all) {
            QVERIFY(ids.insert(f.id).second);
            QCOMPARE(lmw::familyFromName(f.id), f.family);
            QCOMPARE(lmw::familyName(f.family), std::string(f.id));
            QCOMPARE(&lmw::familyInfo(f.family), &f);
            QVERIFY(*f.displayName && *f.title && *f.description && *f.architecture);
        }
        QCOMPARE(std::string(all.front().id), std::string("lstm"));  // the history's order
    }
    void capabilitiesFollowTheObjective() {
        for (const lmw::FamilyInfo& f : lmw::families()) {
            QCOMPARE(f.objective, lmw::defaultObjective(f.family));
            QVERIFY(lmw::supportsObjective(f.family, f.objective));
            const bool masked =
                f.objective == lmw::Objective::Mlm || f.objective == lmw::Objective::MlmNsp;
            QCOMPARE(f.fillsMasks, masked);
            QCOMPARE(f.continuesText, f.objective == lmw::Objective::Clm);
            QCOMPARE(f.rewrites, f.objective == lmw::Objective::Denoise);
            QCOMPARE(std::string(f.maskToken).empty(), !masked && !f.rewrites);
            QCOMPARE(f.hasAttention, f.family != lmw::ModelFamily::Lstm);
        }
        QCOMPARE(std::string(lmw::familyInfo(lmw::ModelFamily::Bert).maskToken),
                 std::string("[MASK]"));
        QCOMPARE(std::string(lmw::familyInfo(lmw::ModelFamily::Roberta).maskToken),
                 std::string("<mask>"));
        QVERIFY(!lmw::familyInfo(lmw::ModelFamily::Lstm).exportsToHuggingFace);
    }
};

QTEST_GUILESS_MAIN(TestFamilies)
#include "test_families.moc"
