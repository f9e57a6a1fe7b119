// SPDX-License-Identifier: MIT
// comfyscope-cli as a process against a simulated server: no Qt warnings in normal runs, the
// messages of every command translated, and `watch`'s human progress line on a terminal.
#include <comfyscope/simulator.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

namespace {
/// The child's environment: every Qt message tagged with its type, our own categories not
/// silenced (a user's run does not silence them either), a fixed language.
QProcessEnvironment cliEnvironment(const QString &lang = u"C.UTF-8"_s)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_LOGGING_RULES"_s);
    env.remove(u"COMFYSCOPE_LANG"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, lang);
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"[qt-%{type}] %{category}: %{message}"_s);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 20000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"did not finish: "_s + args.join(u' ');
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Qt warnings, criticals and fatals in a child's stderr (debug and info lines are not).
QStringList qtWarnings(const QString &err)
{
    QStringList found;
    for (const QString &line : err.split(u'\n'))
        if (line.startsWith(u"[qt-warning]"_s) || line.startsWith(u"[qt-critical]"_s)
            || line.startsWith(u"[qt-fatal]"_s))
            found << line;
    return found;
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noQtWarnings_data();
    void noQtWarnings();
    void germanMessages();
    void watchHumanLineOnATerminal();
};

void tst_Cli::noQtWarnings_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("watch") << QStringList{u"watch"_s, u"--timeout"_s, u"2"_s} << 0;
    QTest::newRow("watch --count") << QStringList{u"watch"_s, u"--count"_s, u"1"_s} << 0;
    QTest::newRow("stats") << QStringList{u"stats"_s} << 0;
    QTest::newRow("queue") << QStringList{u"queue"_s} << 0;
    QTest::newRow("history") << QStringList{u"history"_s} << 0;
    QTest::newRow("submit --wait") << QStringList{u"submit"_s, u"--wait"_s} << 0;
}

void tst_Cli::noQtWarnings()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    Simulator sim;
    QVERIFY(sim.listen());
    sim.setStepDelay(5);
    // A finished prompt for history, one running for watch --count.
    QSignalSpy finished(&sim, &Simulator::promptFinished);
    sim.queuePrompt(Simulator::demoWorkflow(0), u"other"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QTemporaryDir dir;
    if (args.contains(u"submit"_s)) {
        const QString path = dir.filePath(u"wf.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(Simulator::demoWorkflow(0)).toJson());
        f.close();
        args << path;
    }
    if (args.contains(u"--count"_s))
        QTimer::singleShot(1500, &sim, [&] { sim.queuePrompt(Simulator::demoWorkflow(0)); });
    args << u"--server"_s << u"127.0.0.1:%1"_s.arg(sim.port());

    // The server is in this process: run the child without blocking the event loop.
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH), args);
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(err));
    const QStringList warnings = qtWarnings(err);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(!p.readAllStandardOutput().isEmpty());
}

void tst_Cli::germanMessages()
{
    const QProcessEnvironment de = cliEnvironment(u"de_DE.UTF-8"_s);
    // A message of the REST commands (restcommands.cpp) ...
    Run r = runCli({u"submit"_s}, de);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(u"Fehler: genau eine Workflow-Datei angeben"_s), qPrintable(r.err));
    // ... their --help ...
    r = runCli({u"queue"_s, u"--help"_s}, de);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Die Warteschlange des Servers anzeigen"_s), qPrintable(r.out));
    // ... and of the shared options.
    QVERIFY2(r.out.contains(u"Serveradresse"_s), qPrintable(r.out));
    // English without a German locale: the test can fail.
    r = runCli({u"submit"_s}, cliEnvironment());
    QVERIFY2(r.err.contains(u"error: give exactly one workflow file"_s), qPrintable(r.err));
}

void tst_Cli::watchHumanLineOnATerminal()
{
    Simulator sim;
    QVERIFY(sim.listen());
    sim.setStepDelay(60);

    int master = -1, slave = -1;
    QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.setChildProcessModifier([slave] { ::dup2(slave, STDOUT_FILENO); });
    p.start(QStringLiteral(COMFYSCOPE_CLI_PATH),
            {u"watch"_s, u"--timeout"_s, u"6"_s, u"--client-id"_s, u"watcher"_s, u"--server"_s,
             u"127.0.0.1:%1"_s.arg(sim.port())});
    QVERIFY(p.waitForStarted());
    ::close(slave);
    QByteArray tty;
    QSocketNotifier n(master, QSocketNotifier::Read);
    connect(&n, &QSocketNotifier::activated, this, [&] {
        char buf[4096];
        ssize_t got;
        while ((got = ::read(master, buf, sizeof buf)) > 0)
            tty.append(buf, got);
    });
    QTimer::singleShot(800, &sim,
                       [&] { sim.queuePrompt(Simulator::demoWorkflow(0), u"watcher"_s); });
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    for (ssize_t got = 1; got > 0;) { // what is still in the terminal's buffer
        char buf[4096];
        got = ::read(master, buf, sizeof buf);
        if (got > 0)
            tty.append(buf, got);
    }
    ::close(master);
    const QString text = QString::fromUtf8(tty);
    QCOMPARE(p.exitCode(), 0);
    // No JSON on a terminal: a rewritten bar line with percent, node, step and ETA.
    QVERIFY2(!text.contains(u"{\"event\""_s) && !text.contains(u"\"event\":"_s),
             qPrintable(text.left(400)));
    static const QRegularExpression bar(u"\\r\\[#*-*\\] +\\d+ %"_s);
    QVERIFY2(bar.match(text).hasMatch(), qPrintable(text.left(400)));
    static const QRegularExpression step(u" \\d+/\\d+ "_s);
    QVERIFY2(step.match(text).hasMatch(), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"ETA"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"100 %"_s), qPrintable(text.right(400)));
    // The job's end on a line of its own, named with the short id (SaveImage prefix only).
    static const QRegularExpression end(u"\\n[^\\r\\n]*\\([0-9a-f]{8}\\) succeeded after"_s);
    QVERIFY2(end.match(text).hasMatch(), qPrintable(text.right(400)));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
