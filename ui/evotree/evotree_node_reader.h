// Reads and checks one node object of an evolutionary-tree JSON file, field by field, and
// reports each problem with its line and field (see EvoTreeLoader).
#pragma once

#include "evotree/evotree_json_lines.h"
#include "evotree/evotree_loader.h"

#include <QJsonObject>
#include <QJsonValue>

namespace lmw::ui {

class EvoTreeNodeReader {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeLoader)

public:
    /// `path` is the node's JSON path ("nodes[3]"); problems are appended to `issues`.
    /// `user` nodes may omit the id (it is derived from the name).
    EvoTreeNodeReader(const JsonLineIndex& lines, const QString& path, QList<LoadIssue>& issues,
                      bool user);

    /// Fills `node`; false when an error makes the node unusable (warnings keep it).
    bool read(const QJsonObject& o, EvoNode& node);

    /// "a number", "a string", ... for messages.
    static QString typeName(const QJsonValue& v);

private:
    QString at(const QString& field) const { return path_ + QLatin1Char('.') + field; }
    void add(const QString& field, const QString& message, bool error);
    void fail(const QString& field, const QString& m) { add(field, m, true); }
    void warn(const QString& field, const QString& m) { add(field, m, false); }
    QString expected(const QString& what, const QJsonValue& got) const;
    QString string(const QJsonObject& o, const QString& key, bool required = false);
    QStringList stringList(const QJsonObject& o, const QString& key);
    std::optional<int> year(const QJsonObject& o, const QString& key, bool required);
    std::optional<Branch> branch(const QJsonObject& o, const QString& key, bool required);
    std::optional<QPointF> point(const QJsonObject& o, const QString& key);
    void readSizes(const QJsonObject& o, EvoNode& n);
    void readTrain(const QJsonObject& o, EvoNode& n);
    void readOverrides(const QJsonObject& o, EvoNode& n);

    const JsonLineIndex& lines_;
    QString path_;
    QList<LoadIssue>& issues_;
    bool user_;
    bool ok_ = true;
    QString name_;
};

}  // namespace lmw::ui
