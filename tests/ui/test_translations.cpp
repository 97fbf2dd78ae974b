// The zh_CN catalogue (resources/translations/llm-workbench_zh_CN.ts) is complete and
// well-formed: no unfinished or empty entry, every translation keeps its source's placeholders,
// accelerators and HTML tags, the tree's prose is all in it, and the compiled catalogue that
// the build embeds loads and translates.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include "i18n/language.h"

namespace {

struct Entry {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    qint64 line = 0;
};

QList<Entry> readCatalogue(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QList<Entry> entries;
    QXmlStreamReader xml(&f);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Entry{context, {}, {}, false, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms nest <numerusform>s; the first stands for all (Chinese has one).
            current.translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            entries << current;
        }
    }
    if (xml.hasError()) qWarning() << "catalogue:" << xml.errorString() << xml.lineNumber();
    return entries;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QStringList matches(const QString& text, const QRegularExpression& re) {
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) out << it.next().captured(0);
    return sorted(out);
}

const QRegularExpression kPlaceholder(QStringLiteral("%L?\\d+|%n"));
const QRegularExpression kTag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
// A single '&' before a letter or digit (not "&&", not an entity like "&amp;").
const QRegularExpression kAccelerator(QStringLiteral("(?<!&)&(?![&#]|[a-z]+;)[\\p{L}\\p{N}]"));

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noUnfinishedOrEmptyEntries();
    void placeholdersTagsAndAcceleratorsAreKept();
    void treeProseIsInTheCatalogue();
    void compiledCatalogueTranslates();

private:
    QList<Entry> entries_;
};

void TestTranslations::initTestCase() {
    entries_ = readCatalogue(
        QStringLiteral(LMW_SOURCE_ROOT "/resources/translations/llm-workbench_zh_CN.ts"));
    QVERIFY2(entries_.size() > 1000, qPrintable(QString::number(entries_.size())));
}

void TestTranslations::noUnfinishedOrEmptyEntries() {
    QStringList bad;
    for (const Entry& e : entries_) {
        if (e.unfinished || e.translation.isEmpty())
            bad << QStringLiteral("line %1 (%2): %3").arg(e.line).arg(e.context, e.source);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersTagsAndAcceleratorsAreKept() {
    QStringList bad;
    for (const Entry& e : entries_) {
        if (matches(e.source, kPlaceholder) != matches(e.translation, kPlaceholder))
            bad << QStringLiteral("line %1: placeholders differ: %2").arg(e.line).arg(e.source);
        if (matches(e.source, kTag) != matches(e.translation, kTag))
            bad << QStringLiteral("line %1: HTML tags differ: %2").arg(e.line).arg(e.source);
        if (matches(e.source, kAccelerator).size() != matches(e.translation, kAccelerator).size())
            bad << QStringLiteral("line %1: accelerators differ: %2").arg(e.line).arg(e.source);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::treeProseIsInTheCatalogue() {
    QFile f(QStringLiteral(LMW_SOURCE_ROOT "/resources/evotree/evotree.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QSet<QString> catalogued;
    for (const Entry& e : entries_)
        if (e.context == QLatin1String("EvoTreeData")) catalogued.insert(e.source);
    QStringList missing;
    auto want = [&](const QJsonValue& v) {
        const QString text = v.toString();
        if (!text.trimmed().isEmpty() && !catalogued.contains(text)) missing << text;
    };
    for (const QJsonValue& v : root.value(QLatin1String("versions")).toArray())
        want(v.toObject().value(QLatin1String("description")));
    for (const QJsonValue& v : root.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        for (const char* key : {"architecture", "objective", "group", "note"})
            want(n.value(QLatin1String(key)));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run tools/update-translations.sh; "
                                                          "not in the catalogue: ") +
                                           missing.mid(0, 5).join(QStringLiteral(" | "))));
}

void TestTranslations::compiledCatalogueTranslates() {
    using lmw::ui::InterfaceLanguage;
    QVERIFY(lmw::ui::availableCatalogues().contains(QStringLiteral("zh_CN")));
    QVERIFY(lmw::ui::installLanguage(InterfaceLanguage::Chinese));
    QCOMPARE(QCoreApplication::translate("lmw::ui::MainWindow", "&File"),
             QStringLiteral("文件(&F)"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(lmw::ui::installLanguage(InterfaceLanguage::English));
    QCOMPARE(QCoreApplication::translate("lmw::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(lmw::ui::languageFromKey(lmw::ui::languageKey(InterfaceLanguage::Chinese)),
             InterfaceLanguage::Chinese);
    QCOMPARE(lmw::ui::languageFromKey(QStringLiteral("klingon")), InterfaceLanguage::System);
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
