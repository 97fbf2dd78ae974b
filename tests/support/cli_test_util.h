// Running llm-workbench-cli as a user does, for the CLI tests (LMW_CLI is the binary's path).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace lmw::test {

struct CliResult {
    int code = -1;  // exit status; -2 when the process crashed, -1 when it timed out
    QString out, err;
};

inline CliResult runCli(const QStringList& args, int timeoutMs = 90000) {
    QProcess p;
    p.start(QStringLiteral(LMW_CLI), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace lmw::test
