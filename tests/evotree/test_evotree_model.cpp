// Tests of EvoTreeModel: versions and their differences, lineage, the organisation counts of
// the figure's bar chart, and merging user nodes into the built-in tree.
#include "evotree/evotree_model.h"

#include <QtTest>

using namespace lmw::ui;

namespace {

LoadResult userNodes(const QByteArray& json) {
    return EvoTreeLoader::parse(json, EvoTreeLoader::Mode::User, QStringLiteral("mine.json"));
}

QStringList names(const EvoTreeModel& m, const QStringList& ids) {
    QStringList out;
    for (const QString& id : ids) out << m.node(id)->name;
    out.sort();
    return out;
}

// "closed + open" per organisation as the figure's chart groups them.
QString chartRow(const EvoTreeModel& m, const QString& version, const QStringList& orgs) {
    int open = 0;
    int closed = 0;
    for (const OrgCount& c : m.organizationCounts(m.idsInVersion(version), version)) {
        if (orgs.contains(c.organization)) {
            open += c.open;
            closed += c.closed;
        }
    }
    return QStringLiteral("%1+%2").arg(closed).arg(open);
}

}  // namespace

class TestEvoTreeModel : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

private Q_SLOTS:
    void initTestCase() {
        const LoadResult r = model_.loadBuiltIn();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(model_.nodes().size(), 64);
        QCOMPARE(model_.builtInCount(), 64);
        QCOMPARE(model_.userCount(), 0);
    }

    void versionMembership() {
        QCOMPARE(model_.idsInVersion(EvoTreeModel::kAllVersions).size(), 64);
        QCOMPARE(model_.idsInVersion(QStringLiteral("v1")).size(), 57);
        QCOMPARE(model_.idsInVersion(QStringLiteral("paper")).size(), 59);
        QCOMPARE(model_.idsInVersion(QStringLiteral("v2")).size(), 62);
        QCOMPARE(model_.idsInVersion(QStringLiteral("v3")).size(), 61);
        QCOMPARE(model_.defaultVersion(), EvoTreeModel::kAllVersions);
        QVERIFY(model_.versionLabel(QStringLiteral("paper")).contains(QStringLiteral("2023")));
    }

    void versionDiffs() {
        const VersionDiff paper = model_.diff(QStringLiteral("paper"));
        QCOMPARE(paper.base, QStringLiteral("v1"));
        QCOMPARE(names(model_, paper.added), (QStringList{"ChatGLM", "ULMFiT"}));
        QCOMPARE(names(model_, paper.changed), (QStringList{"ALBERT", "GLM"}));
        QVERIFY(paper.removed.isEmpty());
        const VersionDiff v2 = model_.diff(QStringLiteral("v2"));
        QCOMPARE(names(model_, v2.added), (QStringList{"AlexaTM", "UniLM", "UniLMv2"}));
        QCOMPARE(names(model_, v2.changed), (QStringList{"Tk"}));
        const VersionDiff v3 = model_.diff(QStringLiteral("v3"));
        QCOMPARE(v3.base, QStringLiteral("paper"));
        QCOMPARE(names(model_, v3.added), (QStringList{"Claude-2", "LLaMA-2-Chat"}));
        QCOMPARE(names(model_, v3.changed), (QStringList{"Bard"}));
        QVERIFY(model_.diff(QStringLiteral("v1")).base.isEmpty());
        QVERIFY(model_.diff(EvoTreeModel::kAllVersions).added.isEmpty());
        QCOMPARE(model_.resolved(QStringLiteral("bard"), QStringLiteral("v3")).displayLabel(),
                 QStringLiteral("Bard / PaLM 2"));
    }

    void lineageOfBert() {
        const QStringList down = names(model_, model_.descendants(QStringLiteral("bert")));
        for (const char* n : {"RoBERTa", "ALBERT", "DistilBERT", "ERNIE", "DeBERTa"})
            QVERIFY2(down.contains(QLatin1String(n)), n);
        QVERIFY(!down.contains(QStringLiteral("GPT-2")));
        QVERIFY(model_.ancestors(QStringLiteral("bert")).isEmpty());
        QCOMPARE(model_.ancestors(QStringLiteral("roberta")), QStringList{"bert"});
    }

    void lineageOfTheGptLine() {
        QCOMPARE(model_.ancestors(QStringLiteral("chatgpt")),
                 (QStringList{"gpt-3", "gpt-2", "gpt-1"}));
        const QStringList down = names(model_, model_.descendants(QStringLiteral("gpt-1")));
        for (const char* n : {"GPT-2", "GPT-3", "Codex", "InstructGPT", "ChatGPT"})
            QVERIFY2(down.contains(QLatin1String(n)), n);
        QVERIFY(model_.descendants(QStringLiteral("claude-2")).isEmpty());
        QCOMPARE(names(model_, model_.children(QStringLiteral("t5"))),
                 (QStringList{"Flan-T5", "T0", "Tk", "mT5"}));
    }

    void organisationCountsReproduceTheFiguresChart() {
        const QStringList bigScienceHf{"BigScience", "Hugging Face"};
        // v1 README figure (ALBERT wrongly carried a Meta logo).
        QCOMPARE(chartRow(model_, "v1", {"Google"}), QStringLiteral("7+8"));
        QCOMPARE(chartRow(model_, "v1", {"Meta"}), QStringLiteral("0+7"));
        QCOMPARE(chartRow(model_, "v1", {"OpenAI"}), QStringLiteral("5+2"));
        QCOMPARE(chartRow(model_, "v1", bigScienceHf), QStringLiteral("0+5"));
        QCOMPARE(chartRow(model_, "v1", {"Microsoft"}), QStringLiteral("1+1"));
        // The paper's Fig. 1.
        QCOMPARE(chartRow(model_, "paper", {"Google"}), QStringLiteral("7+9"));
        QCOMPARE(chartRow(model_, "paper", {"Meta"}), QStringLiteral("0+6"));
        QCOMPARE(chartRow(model_, "paper", {"EleutherAI"}), QStringLiteral("0+3"));
        QCOMPARE(chartRow(model_, "paper", {"Anthropic"}), QStringLiteral("3+0"));
        QCOMPARE(chartRow(model_, "paper", {"DeepMind"}), QStringLiteral("3+0"));
        QCOMPARE(chartRow(model_, "paper", {"Baidu"}), QStringLiteral("1+1"));
        QCOMPARE(chartRow(model_, "paper", {"AI21 Labs"}), QStringLiteral("2+0"));
        // v2 still: Tk's logo becomes AI2; UniLM and UniLMv2 add to Microsoft.
        QCOMPARE(chartRow(model_, "v2", bigScienceHf), QStringLiteral("0+4"));
        QCOMPARE(chartRow(model_, "v2", {"Microsoft"}), QStringLiteral("1+3"));
        QCOMPARE(chartRow(model_, "v2", {"AI2"}), QStringLiteral("0+2"));
        // v3 counted from its boxes (the figure's own v3 chart was not updated).
        QCOMPARE(chartRow(model_, "v3", {"Anthropic"}), QStringLiteral("4+0"));
        QCOMPARE(chartRow(model_, "v3", {"Meta"}), QStringLiteral("0+7"));
        // Sorted by size, roots left out.
        const QList<OrgCount> all = model_.organizationCounts(
            model_.idsInVersion(EvoTreeModel::kAllVersions), EvoTreeModel::kAllVersions);
        QCOMPARE(all.first().organization, QStringLiteral("Google"));
        int total = 0;
        for (const OrgCount& c : all) total += c.total();
        QCOMPARE(total, 61);
    }

    void organisationsAndYears() {
        const QStringList orgs = model_.organizations();
        QVERIFY(orgs.contains(QStringLiteral("NVIDIA")));  // a partner
        QVERIFY(orgs.contains(QStringLiteral("Hugging Face")));
        QCOMPARE(model_.minFilterYear(), 2013);
        QCOMPARE(model_.maxFilterYear(), 2023);
        QCOMPARE(model_.maxRowYear(), 2023);
        QCOMPARE(model_.findId(QStringLiteral("gpt-3")), QStringLiteral("gpt-3"));
        QCOMPARE(model_.findId(QStringLiteral("Flan T5")), QStringLiteral("flan-t5"));
        QVERIFY(model_.findId(QStringLiteral("Nonexistent")).isEmpty());
    }

    void userNodesAreMerged() {
        EvoTreeModel m;
        m.loadBuiltIn();
        LoadResult r = userNodes(
            "{\"nodes\": [\n"
            "{\"name\": \"Llama 3\", \"year\": 2024, \"branch\": \"decoder-only\", \"open\": "
            "true, \"organization\": \"Meta\", \"parent\": \"LLaMA\", \"stem\": \"llama\"},\n"
            "{\"name\": \"Llama 3.1\", \"year\": 2024, \"branch\": \"decoder-only\", \"open\": "
            "true, \"parent\": \"Llama 3\"},\n"
            "{\"id\": \"bert\", \"name\": \"BERT again\", \"year\": 2024, \"branch\": "
            "\"encoder-only\", \"open\": true},\n"
            "{\"name\": \"Orphan\", \"year\": 2025, \"branch\": \"encoder-decoder\", \"open\": "
            "false, \"parent\": \"Unknown model\", \"stem\": \"nowhere\"}\n"
            "]}");
        QVERIFY(r.ok());
        QCOMPARE(m.setUserNodes(r), 3);
        QCOMPARE(m.nodes().size(), 67);
        QCOMPARE(m.userCount(), 3);
        QCOMPARE(m.node(QStringLiteral("bert"))->name, QStringLiteral("BERT"));  // untouched
        QCOMPARE(m.node(QStringLiteral("llama-3"))->parent, QStringLiteral("llama"));
        QCOMPARE(m.node(QStringLiteral("llama-3-1"))->parent, QStringLiteral("llama-3"));
        QVERIFY(m.descendants(QStringLiteral("llama")).contains(QStringLiteral("llama-3-1")));
        QCOMPARE(m.node(QStringLiteral("orphan"))->stem, QStringLiteral("trunk"));
        QVERIFY(m.node(QStringLiteral("orphan"))->parent.isEmpty());
        QVERIFY(m.node(QStringLiteral("orphan"))->userAdded);
        QCOMPARE(m.maxRowYear(), 2025);
        // Every version shows user nodes.
        QCOMPARE(m.idsInVersion(QStringLiteral("v1")).size(), 60);
        // Problems: the duplicate id (error) and the two unknown links (warnings).
        int errors = 0;
        int warnings = 0;
        for (const LoadIssue& i : r.issues) (i.error ? errors : warnings) += 1;
        QCOMPARE(errors, 1);
        QCOMPARE(warnings, 2);
        QVERIFY(r.summary().contains(QStringLiteral("Line 4")));
        m.clearUserNodes();
        QCOMPARE(m.nodes().size(), 64);
        QVERIFY(!m.node(QStringLiteral("llama-3")));
        QVERIFY(!m.descendants(QStringLiteral("llama")).contains(QStringLiteral("llama-3")));
    }

    void parentLoopsAreBroken() {
        EvoTreeModel m;
        m.loadBuiltIn();
        LoadResult r = userNodes(
            "[{\"name\": \"A\", \"year\": 2024, \"branch\": \"decoder-only\", \"open\": true,"
            " \"parent\": \"B\"},"
            " {\"name\": \"B\", \"year\": 2024, \"branch\": \"decoder-only\", \"open\": true,"
            " \"parent\": \"A\"}]");
        QCOMPARE(m.setUserNodes(r), 2);
        // Terminates and does not contain itself.
        QVERIFY(!m.ancestors(QStringLiteral("a")).contains(QStringLiteral("a")));
        QVERIFY(!m.descendants(QStringLiteral("b")).contains(QStringLiteral("b")));
    }
};

QTEST_MAIN(TestEvoTreeModel)
#include "test_evotree_model.moc"
