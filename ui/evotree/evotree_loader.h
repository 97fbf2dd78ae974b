// Reads and validates evolutionary-tree JSON (the built-in resource and users' extra-node
// files). Every problem names the line and the field; bad files never throw or crash.
#pragma once

#include "evotree/evotree_node.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace lmw::ui {

/// One version of the survey's figure, e.g. the paper's Fig. 1.
struct FigureVersion {
    QString id;       // "v1", "paper", "v2", "v3"
    QString label;    // short name for menus
    QString date;     // "2023-04-27"
    QString basedOn;  // the version it was edited from; empty for the first one
    QString description;
};

/// Everything a tree file holds. User files fill only `nodes`.
struct EvoTreeData {
    QString title;
    QList<FigureVersion> versions;
    QString defaultVersion;
    QMap<int, double> figureRows;   // year -> height of its year line (fraction from the top)
    QHash<QString, double> trunks;  // branch key or "base" -> x (fraction of the width)
    QList<EvoNode> nodes;
};

/// A problem found while reading a file. Errors drop the node (or the whole file when
/// `fatal`); warnings keep it.
struct LoadIssue {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::LoadIssue)

public:
    int line = 0;     // 1-based; 0 when unknown
    QString node;     // name of the node concerned; may be empty
    QString field;    // "year", "layout.x"; may be empty
    QString message;  // what is wrong, in one sentence
    bool error = true;

    QString toString() const;
};

struct LoadResult {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::LoadResult)

public:
    EvoTreeData data;
    QList<LoadIssue> issues;
    bool fatal = false;  // nothing could be used
    QString source;      // file name shown in messages

    bool ok() const { return !fatal; }
    int errorCount() const;
    /// A short report for a message box: what was loaded and the first problems.
    QString summary(int maxIssues = 8) const;
    /// The first problems, one bulleted line each (empty when there are none).
    QString issueList(int maxIssues = 8) const;
};

class EvoTreeLoader {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeLoader)

public:
    enum class Mode { BuiltIn, User };

    static constexpr qint64 kMaxUserFileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxUserNodes = 2000;
    static constexpr int kMinYear = 1950;
    static constexpr int kMaxYear = 2100;
    static const char* const kResourcePath;  // ":/evotree/evotree.json"
    static const char* const kFormatName;    // "lmw-evotree"

    /// The tree compiled into the library.
    static LoadResult loadBuiltIn();
    /// A file on disk. User files may hold only a "nodes" array (or be a bare array).
    static LoadResult loadFile(const QString& path, Mode mode = Mode::User);
    /// Bytes already in memory; `source` names them in messages.
    static LoadResult parse(const QByteArray& bytes, Mode mode, const QString& source);

    /// "GPT-3" -> "gpt-3"; used when a user node has no id.
    static QString slugFor(const QString& name);
};

}  // namespace lmw::ui
