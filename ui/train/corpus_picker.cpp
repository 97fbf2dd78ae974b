#include "train/corpus_picker.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include "api/error.h"

namespace lmw::ui {

namespace {
constexpr int kMaxRecent = 8;
constexpr double kValFraction = 0.1;
}  // namespace

std::string CorpusPicker::bundledText() {
    static const std::string text = [] {
        QFile f(QStringLiteral(":/corpus/stories.txt"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
    }();
    return text;
}

CorpusPicker::CorpusPicker(QWidget* parent) : QWidget(parent) {
    qRegisterMetaType<lmw::ui::CorpusCheck>();
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    combo_ = new QComboBox(this);
    combo_->setToolTip(
        tr("The text the model learns from. Drop a UTF-8 text file here to use it."));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo_->setMinimumContentsLength(18);
    browse_ = new QToolButton(this);
    browse_->setText(tr("…"));
    browse_->setToolTip(tr("Choose a text file (Ctrl+O)"));
    row->addWidget(combo_, 1);
    row->addWidget(browse_);
    layout->addLayout(row);
    info_ = new QLabel(this);
    info_->setWordWrap(true);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(info_);

    QSettings settings;
    recent_ = settings.value(QStringLiteral("corpus/recent")).toStringList();
    const QString last =
        settings.value(QStringLiteral("corpus/selection"), QString::fromLatin1(kBuiltin))
            .toString();
    rebuildCombo(last);
    selection_ = combo_->currentData().toString();

    connect(combo_, qOverload<int>(&QComboBox::activated), this, &CorpusPicker::onActivated);
    connect(browse_, &QToolButton::clicked, this, &CorpusPicker::chooseFile);
    startCheck();
}

void CorpusPicker::rebuildCombo(const QString& selected) {
    combo_->clear();
    combo_->addItem(tr("Bundled stories (%1 KB)").arg(bundledText().size() / 1024),
                    QString::fromLatin1(kBuiltin));
    combo_->setItemData(0,
                        tr("Simple stories generated from a small grammar: the structure the model "
                           "must learn is known exactly."),
                        Qt::ToolTipRole);
    for (const QString& path : recent_) {
        combo_->addItem(QFileInfo(path).fileName(), path);
        combo_->setItemData(combo_->count() - 1, path, Qt::ToolTipRole);
    }
    combo_->addItem(tr("Choose a file…"), QString());
    const int index = combo_->findData(selected);
    combo_->setCurrentIndex(index >= 0 ? index : 0);
}

QString CorpusPicker::selection() const {
    return selection_;
}

CorpusSource CorpusPicker::source() const {
    if (selection_ == QLatin1String(kBuiltin))
        return CorpusSource::fromText(tr("Bundled stories").toStdString(), bundledText());
    return CorpusSource::fromFile(selection_.toStdString());
}

void CorpusPicker::setSelection(const QString& selection) {
    if (selection.isEmpty()) return;
    if (selection != QLatin1String(kBuiltin)) {
        const QString path = QFileInfo(selection).absoluteFilePath();
        recent_.removeAll(path);
        recent_.prepend(path);
        while (recent_.size() > kMaxRecent) recent_.removeLast();
        selection_ = path;
    } else {
        selection_ = selection;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("corpus/recent"), recent_);
    settings.setValue(QStringLiteral("corpus/selection"), selection_);
    rebuildCombo(selection_);
    startCheck();
}

void CorpusPicker::onActivated(int index) {
    const QString data = combo_->itemData(index).toString();
    if (data.isEmpty()) {
        chooseFile();
        return;
    }
    setSelection(data);
}

void CorpusPicker::chooseFile() {
    const QString start = selection_.startsWith(QLatin1String("builtin:")) ? QString() : selection_;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a training corpus"), start,
                                     tr("Text files (*.txt *.md *.text);;All files (*)"));
    if (path.isEmpty()) {
        rebuildCombo(selection_);  // undo the "Choose a file…" selection
        return;
    }
    setSelection(path);
}

void CorpusPicker::startCheck() {
    const CorpusSource src = source();
    const int block = block_;
    info_->setStyleSheet(QString());
    info_->setText(tr("Checking…"));
    // A newer check supersedes an older one, so only the latest selection is ever shown.
    checker_.start([src, block](TaskContext&) { return inspectCorpus(src, kValFraction, block); },
                   [this](const CorpusInfo& info) {
                       CorpusCheck c;
                       c.ok = true;
                       c.info = info;
                       showCheck(c);
                   },
                   [this](const QString& message) {
                       CorpusCheck c;
                       c.error = message;
                       showCheck(c);
                   });
}

void CorpusPicker::showCheck(const CorpusCheck& check) {
    check_ = check;
    if (check_.ok) {
        const QLocale loc;
        info_->setStyleSheet(QString());
        info_->setText(tr("%1 characters · %2 distinct · %3 for training, %4 for validation")
                           .arg(loc.toString(check_.info.characters))
                           .arg(check_.info.vocabSize)
                           .arg(loc.toString(check_.info.trainTokens))
                           .arg(loc.toString(check_.info.valTokens)));
    } else {
        info_->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        info_->setText(check_.error);
    }
    Q_EMIT checked(check_);
}

void CorpusPicker::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) event->acceptProposedAction();
}

void CorpusPicker::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) return;
    setSelection(urls.first().toLocalFile());
    event->acceptProposedAction();
}

}  // namespace lmw::ui
