// llm-workbench [EXPERIMENT.lmw.json]: the desktop application.
#include <QApplication>
#include <QIcon>
#include <QStringList>

#include "api/runtime.h"
#include "app_shell.h"
#include "engine/seam_types.h"

int main(int argc, char** argv) {
    lmw::tuneThreadingEnvironment(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LLM Workbench"));
    QApplication::setApplicationName(QStringLiteral("LLM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    lmw::ui::registerSeamTypes();
    lmw::ui::AppShell shell;  // the remembered language, then the main window in it
    shell.show();
    // llm-workbench FILE: an experiment file opens as it was saved.
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) shell.window()->openExperimentFile(args.at(1));
    return QApplication::exec();
}
