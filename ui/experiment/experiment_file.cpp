#include "experiment/experiment_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <stdexcept>

#include "api/config_text.h"
#include "api/error.h"
#include "engine/user_message.h"

namespace lmw::ui {

namespace {

class ExperimentText {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::ExperimentFile)
};

const QString kFormat = QStringLiteral("lmw-experiment");
const QString kBuiltinPrefix = QStringLiteral("builtin:");

/// A field that is missing or of the wrong type: the message names it by its path.
struct FieldError : std::runtime_error {
    explicit FieldError(const QString& m) : std::runtime_error(m.toStdString()) {}
};

[[noreturn]] void fieldError(const QString& path, const QString& expected) {
    throw FieldError(ExperimentText::tr("The field \"%1\" must be %2.").arg(path, expected));
}

QJsonObject object(const QJsonObject& o, const QString& key, const QString& path) {
    const QJsonValue v = o.value(key);
    if (!v.isObject()) fieldError(path, ExperimentText::tr("an object"));
    return v.toObject();
}

QString string(const QJsonObject& o, const QString& key, const QString& path) {
    const QJsonValue v = o.value(key);
    if (!v.isString()) fieldError(path, ExperimentText::tr("a string"));
    return v.toString();
}

double number(const QJsonObject& o, const QString& key, const QString& path, double lo, double hi) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi)
        fieldError(path, ExperimentText::tr("a number from %1 to %2").arg(lo).arg(hi));
    return v.toDouble();
}

qint64 whole(const QJsonObject& o, const QString& key, const QString& path, qint64 lo, qint64 hi) {
    const QJsonValue v = o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < lo || qint64(d) > hi)
        fieldError(path, ExperimentText::tr("a whole number from %1 to %2").arg(lo).arg(hi));
    return qint64(d);
}

bool boolean(const QJsonObject& o, const QString& key, const QString& path) {
    const QJsonValue v = o.value(key);
    if (!v.isBool()) fieldError(path, ExperimentText::tr("true or false"));
    return v.toBool();
}

/// A name the engine knows (a family, a position encoding...): its parser's error names the
/// field.
template <typename Parse>
auto named(const QJsonObject& o, const QString& key, const QString& path, Parse parse) {
    const QString text = string(o, key, path);
    try {
        return parse(text.toStdString());
    } catch (const lmw::Error& e) {
        throw FieldError(QStringLiteral("\"%1\": %2").arg(path, messageOf(e)));
    }
}

QJsonObject corpusJson(const ExperimentCorpus& c) {
    if (c.selection.startsWith(kBuiltinPrefix))
        return {{QStringLiteral("builtin"), c.selection.mid(kBuiltinPrefix.size())}};
    return {{QStringLiteral("path"), c.selection},
            {QStringLiteral("size"), double(c.size)},
            {QStringLiteral("sha256"), c.sha256}};
}

ExperimentCorpus corpusFrom(const QJsonObject& o, const QString& path) {
    ExperimentCorpus c;
    if (o.contains(QStringLiteral("builtin"))) {
        const QString name =
            string(o, QStringLiteral("builtin"), path + QStringLiteral(".builtin"));
        if (name != QLatin1String("stories"))
            fieldError(path + QStringLiteral(".builtin"), QStringLiteral("\"stories\""));
        c.selection = kBuiltinPrefix + name;
        return c;
    }
    c.selection = string(o, QStringLiteral("path"), path + QStringLiteral(".path"));
    c.size = whole(o, QStringLiteral("size"), path + QStringLiteral(".size"), 0, qint64(1) << 50);
    c.sha256 = string(o, QStringLiteral("sha256"), path + QStringLiteral(".sha256")).toLower();
    if (c.sha256.size() != 64 || c.sha256.contains(QRegularExpression(QStringLiteral("[^0-9a-f]"))))
        fieldError(path + QStringLiteral(".sha256"), ExperimentText::tr("64 hexadecimal digits"));
    return c;
}

QJsonObject compareJson(const CompareSettings& s, Objective objective) {
    return {
        {QStringLiteral("size"), QString::fromStdString(s.size)},
        {QStringLiteral("encoder"), QString::fromStdString(familyName(s.encoderFamily))},
        {QStringLiteral("encoderObjective"), QString::fromStdString(objectiveName(objective))},
        {QStringLiteral("dynamicMasking"), s.dynamicMasking},
        {QStringLiteral("positions"), QString::fromStdString(positionEncodingName(s.positions))},
        {QStringLiteral("layout"), QString::fromStdString(blockLayoutName(s.layout))},
        {QStringLiteral("tokenizer"), QString::fromStdString(s.tokenizer)},
        {QStringLiteral("vocabSize"), s.vocabSize},
        {QStringLiteral("steps"), s.steps},
        {QStringLiteral("maskRate"), s.maskRate},
        {QStringLiteral("maskTokenShare"), s.maskTokenShare},
        {QStringLiteral("randomTokenShare"), s.randomTokenShare},
        {QStringLiteral("maskUnit"), QString::fromStdString(maskUnitName(s.maskUnit))},
        {QStringLiteral("spanMeanWords"), s.spanMeanWords},
    };
}

void compareFrom(const QJsonObject& o, Experiment& e) {
    const QString p = QStringLiteral("compare.");
    CompareSettings s = defaultCompareSettings();
    s.size = string(o, QStringLiteral("size"), p + QStringLiteral("size")).toStdString();
    s.encoderFamily = named(o, QStringLiteral("encoder"), p + QStringLiteral("encoder"),
                            [](const std::string& n) { return familyFromName(n); });
    e.compareEncoderObjective =
        named(o, QStringLiteral("encoderObjective"), p + QStringLiteral("encoderObjective"),
              [](const std::string& n) { return objectiveFromName(n); });
    s.dynamicMasking =
        boolean(o, QStringLiteral("dynamicMasking"), p + QStringLiteral("dynamicMasking"));
    s.positions = named(o, QStringLiteral("positions"), p + QStringLiteral("positions"),
                        [](const std::string& n) { return positionEncodingFromName(n); });
    s.layout = named(o, QStringLiteral("layout"), p + QStringLiteral("layout"),
                     [](const std::string& n) { return blockLayoutFromName(n); });
    s.tokenizer =
        string(o, QStringLiteral("tokenizer"), p + QStringLiteral("tokenizer")).toStdString();
    if (s.tokenizer != "char" && s.tokenizer != "bpe" && s.tokenizer != "unigram")
        fieldError(p + QStringLiteral("tokenizer"),
                   QStringLiteral("\"char\", \"bpe\" or \"unigram\""));
    s.vocabSize =
        int(whole(o, QStringLiteral("vocabSize"), p + QStringLiteral("vocabSize"), 0, 1000000));
    s.steps = int(whole(o, QStringLiteral("steps"), p + QStringLiteral("steps"), 20, 100000));
    s.maskRate = number(o, QStringLiteral("maskRate"), p + QStringLiteral("maskRate"), 0.01, 0.9);
    s.maskTokenShare =
        number(o, QStringLiteral("maskTokenShare"), p + QStringLiteral("maskTokenShare"), 0, 1);
    s.randomTokenShare =
        number(o, QStringLiteral("randomTokenShare"), p + QStringLiteral("randomTokenShare"), 0, 1);
    s.maskUnit = named(o, QStringLiteral("maskUnit"), p + QStringLiteral("maskUnit"),
                       [](const std::string& n) { return maskUnitFromName(n); });
    s.spanMeanWords =
        number(o, QStringLiteral("spanMeanWords"), p + QStringLiteral("spanMeanWords"), 1, 20);
    e.compare = s;
}

int lineOf(const QByteArray& text, int offset) {
    return int(text.left(offset).count('\n')) + 1;
}

}  // namespace

const QStringList& experimentTabs() {
    static const QStringList tabs{QStringLiteral("tree"),       QStringLiteral("train"),
                                  QStringLiteral("attention"),  QStringLiteral("compare"),
                                  QStringLiteral("playground"), QStringLiteral("promptlab"),
                                  QStringLiteral("ulmfit")};
    return tabs;
}

bool describeCorpus(const QString& selection, ExperimentCorpus& out, QString& error) {
    ExperimentCorpus c;
    c.selection = selection;
    if (selection.startsWith(kBuiltinPrefix)) {
        out = c;
        return true;
    }
    QFile f(selection);
    if (!f.open(QIODevice::ReadOnly)) {
        error =
            ExperimentText::tr("Cannot read the corpus '%1': %2.").arg(selection, f.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        error = ExperimentText::tr("Cannot read the corpus '%1'.").arg(selection);
        return false;
    }
    c.size = f.size();
    c.sha256 = QString::fromLatin1(hash.result().toHex());
    out = c;
    return true;
}

QString checkCorpus(const ExperimentCorpus& corpus) {
    if (corpus.selection.startsWith(kBuiltinPrefix)) return {};
    const QFileInfo info(corpus.selection);
    if (!info.isFile())
        return ExperimentText::tr(
                   "The experiment's corpus '%1' does not exist here. Copy it to "
                   "that path, or edit the path in the experiment file.")
            .arg(corpus.selection);
    ExperimentCorpus now;
    QString error;
    if (!describeCorpus(corpus.selection, now, error)) return error;
    if (now.size != corpus.size || now.sha256 != corpus.sha256)
        return ExperimentText::tr(
                   "The corpus '%1' is not the file the experiment was saved with "
                   "(%2 bytes now, %3 then; the SHA-256 differs), so its run "
                   "would not be the same. Use the original file.")
            .arg(corpus.selection)
            .arg(now.size)
            .arg(corpus.size);
    return {};
}

QByteArray writeExperiment(const Experiment& e) {
    const QJsonObject config =
        QJsonDocument::fromJson(QByteArray::fromStdString(configsToJsonText(e.model, e.train)))
            .object();
    QJsonObject compare = compareJson(e.compare, e.compareEncoderObjective);
    compare.insert(QStringLiteral("corpus"), corpusJson(e.compareCorpus));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), Experiment::kFormatVersion},
        {QStringLiteral("tab"), e.tab},
        {QStringLiteral("train"), QJsonObject{{QStringLiteral("corpus"), corpusJson(e.trainCorpus)},
                                              {QStringLiteral("config"), config}}},
        {QStringLiteral("compare"), compare},
        {QStringLiteral("lesson"),
         QJsonObject{{QStringLiteral("id"), e.lesson}, {QStringLiteral("step"), e.lessonStep}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool readExperiment(const QByteArray& text, Experiment& out, QString& error) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError) {
        error = ExperimentText::tr("Line %1: the file is not valid JSON (%2).")
                    .arg(lineOf(text, parse.offset))
                    .arg(parse.errorString());
        return false;
    }
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        error = ExperimentText::tr(
                    "This is not an LLM Workbench experiment file (its \"format\" "
                    "is not \"%1\").")
                    .arg(kFormat);
        return false;
    }
    const QJsonObject root = doc.object();
    try {
        const qint64 version =
            whole(root, QStringLiteral("version"), QStringLiteral("version"), 1, 1000000);
        if (version > Experiment::kFormatVersion) {
            error = ExperimentText::tr(
                        "This experiment file has format version %1, newer than "
                        "this workbench reads (%2). Open it with a newer LLM "
                        "Workbench.")
                        .arg(version)
                        .arg(Experiment::kFormatVersion);
            return false;
        }
        Experiment e;
        e.tab = string(root, QStringLiteral("tab"), QStringLiteral("tab"));
        if (!experimentTabs().contains(e.tab))
            fieldError(QStringLiteral("tab"),
                       ExperimentText::tr("one of %1").arg(experimentTabs().join(u", ")));
        const QJsonObject train = object(root, QStringLiteral("train"), QStringLiteral("train"));
        e.trainCorpus =
            corpusFrom(object(train, QStringLiteral("corpus"), QStringLiteral("train.corpus")),
                       QStringLiteral("train.corpus"));
        const QJsonObject config =
            object(train, QStringLiteral("config"), QStringLiteral("train.config"));
        try {
            configsFromJsonText(QJsonDocument(config).toJson(QJsonDocument::Compact).toStdString(),
                                e.model, e.train);
        } catch (const lmw::Error& err) {
            throw FieldError(QStringLiteral("\"train.config\": %1").arg(messageOf(err)));
        }
        const QJsonObject compare =
            object(root, QStringLiteral("compare"), QStringLiteral("compare"));
        compareFrom(compare, e);
        e.compareCorpus =
            corpusFrom(object(compare, QStringLiteral("corpus"), QStringLiteral("compare.corpus")),
                       QStringLiteral("compare.corpus"));
        const QJsonObject lesson = object(root, QStringLiteral("lesson"), QStringLiteral("lesson"));
        e.lesson = string(lesson, QStringLiteral("id"), QStringLiteral("lesson.id"));
        e.lessonStep =
            int(whole(lesson, QStringLiteral("step"), QStringLiteral("lesson.step"), 0, 10000));
        out = e;
        return true;
    } catch (const FieldError& err) {
        error = QString::fromStdString(err.what());
        return false;
    }
}

}  // namespace lmw::ui
