// llm-workbench: the desktop application.
#include <QApplication>
#include <QIcon>

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
    return QApplication::exec();
}
