// Tests of EvoTreeLoader: the built-in resource (64 nodes, every field, counts checked against
// the raw JSON) and bad user files (syntax errors, wrong fields, binary, huge, empty, partial).
#include "evotree/evotree_loader.h"
#include "test_util.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace lmw::ui;

namespace {

QJsonArray rawNodes() {
    QFile f(QStringLiteral(":/evotree/evotree.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("nodes")).toArray();
}

LoadResult parseUser(const QByteArray& json) {
    return EvoTreeLoader::parse(json, EvoTreeLoader::Mode::User, QStringLiteral("mine.json"));
}

bool anyIssue(const LoadResult& r, int line, const QString& field) {
    for (const LoadIssue& i : r.issues) {
        if (i.line == line && i.field == field) return true;
    }
    return false;
}

}  // namespace

class TestEvoTreeLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInHas64NodesWithoutProblems() {
        const LoadResult r = EvoTreeLoader::loadBuiltIn();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.summary()));
        QCOMPARE(r.data.nodes.size(), 64);
        QCOMPARE(r.data.versions.size(), 4);
        QCOMPARE(r.data.figureRows.size(), 6);
        QVERIFY(r.data.trunks.contains(QStringLiteral("decoder-only")));
    }

    void builtInNodesHaveEveryField() {
        const LoadResult r = EvoTreeLoader::loadBuiltIn();
        const QJsonArray raw = rawNodes();
        QCOMPARE(raw.size(), r.data.nodes.size());
        QSet<QString> ids;
        for (int i = 0; i < raw.size(); ++i) {
            const QJsonObject o = raw.at(i).toObject();
            const EvoNode& n = r.data.nodes.at(i);
            const QByteArray ctx = n.name.toUtf8();
            QVERIFY2(!n.id.isEmpty() && !ids.contains(n.id), ctx);
            ids.insert(n.id);
            QCOMPARE(n.name, o.value(QLatin1String("name")).toString());
            QVERIFY2(!n.released.isEmpty() && n.releaseYear() >= 2013, ctx);
            QCOMPARE(branchKey(n.branch), o.value(QLatin1String("branch")).toString());
            QCOMPARE(n.open, o.value(QLatin1String("open")).toBool());
            QVERIFY2(!n.organization.isEmpty(), ctx);
            QCOMPARE(n.organization, o.value(QLatin1String("organization")).toString());
            QVERIFY2(!n.stem.isEmpty(), ctx);
            QVERIFY2(!n.paper.isEmpty(), ctx);
            QVERIFY2(!n.versions.isEmpty(), ctx);
            QVERIFY2(n.layout.has_value(), ctx);
            QVERIFY2(!n.architecture.isEmpty(), ctx);
            QVERIFY2(!n.objective.isEmpty(), ctx);
            QVERIFY2(n.sourceLine > 0, ctx);
            QVERIFY2(!n.userAdded, ctx);
            if (o.value(QLatin1String("year")).isNull()) {
                QVERIFY2(n.isRoot(), ctx);
            } else {
                QCOMPARE(n.year.value_or(0), o.value(QLatin1String("year")).toInt());
            }
        }
        // Links point at existing nodes.
        for (const EvoNode& n : r.data.nodes) {
            if (!n.parent.isEmpty()) QVERIFY2(ids.contains(n.parent), qPrintable(n.parent));
            if (n.stem != QLatin1String("trunk") && n.stem != QLatin1String("root"))
                QVERIFY2(ids.contains(n.stem), qPrintable(n.stem));
        }
    }

    void countsMatchTheJson() {
        const LoadResult r = EvoTreeLoader::loadBuiltIn();
        QHash<QString, int> branchRaw, branchLoaded, yearRaw, yearLoaded;
        int openRaw = 0, openLoaded = 0;
        for (const QJsonValue& v : rawNodes()) {
            const QJsonObject o = v.toObject();
            ++branchRaw[o.value(QLatin1String("branch")).toString()];
            ++yearRaw[o.value(QLatin1String("year")).isNull()
                          ? QStringLiteral("root")
                          : QString::number(o.value(QLatin1String("year")).toInt())];
            openRaw += o.value(QLatin1String("open")).toBool() ? 1 : 0;
        }
        for (const EvoNode& n : r.data.nodes) {
            ++branchLoaded[branchKey(n.branch)];
            ++yearLoaded[n.year ? QString::number(*n.year) : QStringLiteral("root")];
            openLoaded += n.open ? 1 : 0;
        }
        QCOMPARE(branchLoaded, branchRaw);
        QCOMPARE(yearLoaded, yearRaw);
        QCOMPARE(openLoaded, openRaw);
        // And the figure's own numbers.
        QCOMPARE(branchLoaded.value(QStringLiteral("encoder-only")), 7);
        QCOMPARE(branchLoaded.value(QStringLiteral("encoder-decoder")), 15);
        QCOMPARE(branchLoaded.value(QStringLiteral("decoder-only")), 37);
        QCOMPARE(branchLoaded.value(QStringLiteral("non-transformer")), 5);
        QCOMPARE(yearLoaded.value(QStringLiteral("root")), 3);
        QCOMPARE(yearLoaded.value(QStringLiteral("2022")), 21);
        QCOMPARE(openLoaded, 40);
    }

    void trainPresetsAndOverridesAreRead() {
        const LoadResult r = EvoTreeLoader::loadBuiltIn();
        QHash<QString, EvoNode> byId;
        for (const EvoNode& n : r.data.nodes) byId.insert(n.id, n);
        QCOMPARE(byId.value(QStringLiteral("bert")).train,
                 (TrainPreset{QStringLiteral("bert"), QStringLiteral("mlm+nsp")}));
        QCOMPARE(byId.value(QStringLiteral("ulmfit")).train,
                 (TrainPreset{QStringLiteral("lstm"), QStringLiteral("clm")}));
        QVERIFY(!byId.value(QStringLiteral("chatgpt")).train.isValid());
        const EvoNode glm = byId.value(QStringLiteral("glm"));
        QVERIFY(glm.byVersion.contains(QStringLiteral("v1")));
        QCOMPARE(glm.resolved(QStringLiteral("v1")).branch, Branch::DecoderOnly);
        QCOMPARE(glm.resolved(QStringLiteral("v1")).year.value_or(0), 2022);
        QCOMPARE(glm.resolved(QStringLiteral("paper")).branch, Branch::EncoderDecoder);
        QCOMPARE(byId.value(QStringLiteral("bert")).sizes.size(), 2);
        QCOMPARE(byId.value(QStringLiteral("bert")).sizes.at(0).params, QStringLiteral("110M"));
    }

    void syntaxErrorNamesTheLine() {
        const QByteArray json =
            "{\n  \"nodes\": [\n    {\"name\": \"A\", \"year\": 2024,\n"
            "     \"branch\": \"decoder-only\" \"open\": true}\n  ]\n}\n";
        const LoadResult r = parseUser(json);
        QVERIFY(r.fatal);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 4);
        QVERIFY2(r.summary().contains(QStringLiteral("Line 4")), qPrintable(r.summary()));
    }

    void wrongFieldNamesLineAndField() {
        const QByteArray json =
            "{\"nodes\": [\n"
            "  {\"name\": \"Good\", \"year\": 2024, \"branch\": "
            "\"decoder-only\", \"open\": true},\n"
            "  {\"name\": \"Bad\",\n"
            "   \"year\": \"soon\",\n"
            "   \"branch\": \"sideways\",\n"
            "   \"open\": true}\n"
            "]}\n";
        const LoadResult r = parseUser(json);
        QVERIFY(r.ok());  // partial: the good node is kept
        QCOMPARE(r.data.nodes.size(), 1);
        QCOMPARE(r.data.nodes.first().name, QStringLiteral("Good"));
        QVERIFY(r.data.nodes.first().userAdded);
        QVERIFY2(anyIssue(r, 4, QStringLiteral("year")), qPrintable(r.summary()));
        QVERIFY2(anyIssue(r, 5, QStringLiteral("branch")), qPrintable(r.summary()));
        QVERIFY(r.summary().contains(QStringLiteral("field \"year\"")));
        QVERIFY(r.summary().contains(QStringLiteral("node \"Bad\"")));
    }

    void missingRequiredFieldsAreReported() {
        const LoadResult r = parseUser("{\"nodes\": [{\"name\": \"NoYear\"}]}");
        QVERIFY(r.fatal);  // no usable node at all
        QStringList fields;
        for (const LoadIssue& i : r.issues) fields << i.field;
        QVERIFY(fields.contains(QStringLiteral("year")));
        QVERIFY(fields.contains(QStringLiteral("branch")));
        QVERIFY(fields.contains(QStringLiteral("open")));
    }

    void minimalNodesGetDefaults() {
        const LoadResult r = parseUser(
            "[{\"name\": \"Tiny Model 2\", \"year\": 2025, \"branch\": \"decoder-only\","
            " \"open\": false, \"colour\": \"red\"}]");
        QVERIFY(r.ok());
        QCOMPARE(r.data.nodes.size(), 1);
        const EvoNode& n = r.data.nodes.first();
        QCOMPARE(n.id, QStringLiteral("tiny-model-2"));
        QCOMPARE(n.stem, QStringLiteral("trunk"));
        QCOMPARE(n.year.value_or(0), 2025);
        QCOMPARE(r.issues.size(), 1);  // the unknown field is a warning
        QVERIFY(!r.issues.first().error);
        QCOMPARE(r.issues.first().field, QStringLiteral("colour"));
    }

    void badFilesGiveOneMessage_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  \n ") << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                                << QStringLiteral("binary");
        QTest::newRow("latin1") << QByteArray("{\"nodes\": [\"\xe9\xe8\"]}")
                                << QStringLiteral("UTF-8");
        QTest::newRow("no nodes") << QByteArray("{\"models\": []}") << QStringLiteral("\"nodes\"");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("syntax error");
        QTest::newRow("format") << QByteArray("{\"format\": \"other\", \"nodes\": []}")
                                << QStringLiteral("format");
        QTest::newRow("truncated")
            << QByteArray("{\"nodes\": [{\"name\": \"A\", \"ye") << QStringLiteral("Line 1");
        QTest::newRow("no usable node")
            << QByteArray("{\"nodes\": []}") << QStringLiteral("no nodes");
    }
    void badFilesGiveOneMessage() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const LoadResult r = parseUser(bytes);
        QVERIFY(r.fatal);
        QVERIFY(r.data.nodes.isEmpty());
        QVERIFY2(r.summary().contains(expected), qPrintable(r.summary()));
    }

    void duplicateIdsInOneFile() {
        const LoadResult r = parseUser(
            "{\"nodes\": [\n{\"name\": \"X\", \"year\": 2024, \"branch\": \"encoder-only\","
            " \"open\": true},\n{\"name\": \"x\", \"year\": 2024, \"branch\": "
            "\"encoder-only\", \"open\": true}\n]}");
        QCOMPARE(r.data.nodes.size(), 1);
        QVERIFY(anyIssue(r, 3, QStringLiteral("id")));
    }

    void filesOnDisk() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Missing file and a directory.
        QVERIFY(EvoTreeLoader::loadFile(dir.filePath(QStringLiteral("nope.json"))).fatal);
        const LoadResult d = EvoTreeLoader::loadFile(dir.path());
        QVERIFY(d.fatal);
        QVERIFY(d.summary().contains(QStringLiteral("not a regular file")));
        // Huge file: refused before parsing.
        const QByteArray big(EvoTreeLoader::kMaxUserFileBytes + 10, ' ');
        const QString hugePath =
            QString::fromStdString(lmw::test::writeFile(dir, QStringLiteral("huge.json"), big));
        const LoadResult h = EvoTreeLoader::loadFile(hugePath);
        QVERIFY(h.fatal);
        QVERIFY2(h.summary().contains(QStringLiteral("MB")), qPrintable(h.summary()));
        // A good file.
        const QString ok = QString::fromStdString(lmw::test::writeFile(
            dir, QStringLiteral("ok.json"),
            "{\"format\": \"lmw-evotree\", \"nodes\": [{\"name\": \"Z\", \"year\": 2024, "
            "\"branch\": \"decoder-only\", \"open\": true, \"layout\": {\"x\": 0.5, \"y\": 0.1},"
            " \"train\": {\"family\": \"gpt\", \"objective\": \"clm\"}}]}"));
        const LoadResult g = EvoTreeLoader::loadFile(ok);
        QVERIFY2(g.ok(), qPrintable(g.summary()));
        QCOMPARE(g.source, QStringLiteral("ok.json"));
        QCOMPARE(g.data.nodes.first().train.family, QStringLiteral("gpt"));
        QCOMPARE(g.data.nodes.first().layout->x(), 0.5);
    }

    void documentedExampleLoadsCleanly() {
        const LoadResult r = EvoTreeLoader::loadFile(QStringLiteral(LMW_EVOTREE_EXAMPLE));
        QVERIFY2(r.ok() && r.issues.isEmpty(), qPrintable(r.summary()));
        QCOMPARE(r.data.nodes.size(), 7);
        for (const EvoNode& n : r.data.nodes) {
            QVERIFY(n.userAdded);
            QVERIFY(n.year.value_or(0) >= 2023);
        }
    }

    void badNestedFields() {
        const LoadResult r = parseUser(
            "{\"nodes\": [{\"name\": \"N\", \"year\": 2024, \"branch\": \"decoder-only\",\n"
            "\"open\": true, \"layout\": {\"x\": 3, \"y\": 0.2},\n"
            "\"train\": {\"family\": \"rnn\", \"objective\": \"clm\"}}]}");
        QVERIFY(r.fatal);
        QVERIFY(anyIssue(r, 2, QStringLiteral("layout.x")));
        QVERIFY(anyIssue(r, 3, QStringLiteral("train.family")));
    }
};

QTEST_MAIN(TestEvoTreeLoader)
#include "test_evotree_loader.moc"
