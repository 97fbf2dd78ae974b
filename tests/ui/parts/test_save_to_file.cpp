// Saving through a file dialog: the status line's wording, a cancelled dialog writes nothing
// and says nothing, an accepted one writes where the user chose and says so, a failed write
// says which path could not be written.
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "widgets/save_to_file.h"

using lmw::ui::savedMessage;
using lmw::ui::SavedThing;
using lmw::ui::saveThroughDialog;

namespace {

/// Answers the next file dialog: selects `file` and accepts, or cancels when `file` is empty.
void answerDialog(const QString& file) {
    QTimer::singleShot(50, [file] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) return answerDialog(file);  // not shown yet
        if (file.isEmpty()) return dialog->reject();
        // Typed into the name field, as a user would (selectFile waits for the folder model).
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(file);
        static_cast<QDialog*>(dialog)->accept();  // public in QDialog
    });
}

}  // namespace

class TestSaveToFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messagesNameWhatAndWhere() {
        QCOMPARE(savedMessage(SavedThing::Table, QStringLiteral("/tmp/a.csv"), true),
                 QStringLiteral("Table saved to /tmp/a.csv."));
        QCOMPARE(savedMessage(SavedThing::Plot, QStringLiteral("/tmp/p.png"), true),
                 QStringLiteral("Plot saved to /tmp/p.png."));
        QCOMPARE(savedMessage(SavedThing::Chart, QStringLiteral("/tmp/p.png"), false),
                 QStringLiteral("Could not write /tmp/p.png."));
    }
    void cancelledWritesNothing() {
        bool wrote = false;
        answerDialog(QString());
        const QString message =
            saveThroughDialog(nullptr, QStringLiteral("Export"), QStringLiteral("x.csv"),
                              QStringLiteral("CSV (*.csv)"), SavedThing::Table,
                              [&wrote](const QString&) { return wrote = true; });
        QVERIFY(message.isEmpty());
        QVERIFY(!wrote);
    }
    void acceptedWritesWhereChosen() {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("curve.csv"));
        QString written, chosen;
        answerDialog(target);
        const QString message = saveThroughDialog(
            nullptr, QStringLiteral("Export"), dir.filePath(QStringLiteral("suggested.csv")),
            QStringLiteral("CSV (*.csv)"), SavedThing::Curve,
            [&written](const QString& path) {
                written = path;
                return true;
            },
            &chosen);
        QCOMPARE(written, target);
        QCOMPARE(chosen, target);
        QCOMPARE(message, QStringLiteral("Curve saved to %1.").arg(target));
        answerDialog(target);
        QCOMPARE(saveThroughDialog(nullptr, QStringLiteral("Export"), target, QString(),
                                   SavedThing::Curve, [](const QString&) { return false; }),
                 QStringLiteral("Could not write %1.").arg(target));
    }
};

QTEST_MAIN(TestSaveToFile)
#include "test_save_to_file.moc"
