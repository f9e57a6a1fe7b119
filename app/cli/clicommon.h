// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <comfyscope/client.h>
#include <comfyscope/serverendpoint.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

#include <functional>

namespace ComfyScope::Cli {

/// Exit codes shared by every command (documented in --help and README).
enum ExitCode {
    ExitOk = 0,
    ExitExecutionError = 1,  ///< the prompt ran and failed (or was interrupted)
    ExitValidationError = 2, ///< the server refused the prompt (400 with node errors)
    ExitConnectionError = 3, ///< the server could not be reached or answered an HTTP error
    ExitUsage = 64           ///< bad command line
};

QTextStream &out();
QTextStream &err();

/// QCommandLineParser::process(), but a bad command line exits with ExitUsage (64), not 1.
void processArgs(QCommandLineParser &parser, const QStringList &args);
/// Options every command takes: --server, auth, user, headers.
void addServerOptions(QCommandLineParser &parser);
/// Build the endpoint from the parsed options (exits with ExitUsage on a bad address).
ServerEndpoint endpointFromOptions(const QCommandLineParser &parser);
/// Print one JSON object on one line and flush.
void printJsonLine(const QJsonObject &o);
/// True when output goes to a terminal and --json was not given: print for people.
bool humanOutput(const QCommandLineParser &parser);
/// One rewritten terminal line: bar, percent, `label` (e.g. the job's name) when given, running
/// node and step, elapsed, ETA.
void printProgressLine(const ComfyScope::Job &job, qint64 etaMs, const QString &label = {});
/// A whole line on a terminal where a progress line may be showing: ends that line first.
void printHumanLine(const QString &line, QTextStream &stream);
/// "12 s", "3:05": a short duration for a terminal line.
QString shortDuration(qint64 ms);
/// End the progress line (a newline if one was printed).
void endProgressLine();
/// A file name that cannot leave `dir`: only [A-Za-z0-9._-], no leading dots, bounded length.
QString safeFileName(const QString &name);
/// Save bytes below `dir` under a sanitized `name`; never overwrites (adds -1, -2, …).
/// Returns the absolute path, or an empty string and `error` set.
QString saveUnder(const QString &dir, const QString &name, const QByteArray &data, QString *error);

/// While alive, the given Unix signals are delivered to `handler` on the event loop (through a
/// self-pipe) instead of their default action; the defaults come back when it goes. Elsewhere a
/// no-op. `ok()` is false when the pipe could not be made (the defaults then stay).
class SignalPipe
{
public:
    SignalPipe(const QList<int> &signals, std::function<void(int)> handler);
    ~SignalPipe();
    SignalPipe(const SignalPipe &) = delete;
    SignalPipe &operator=(const SignalPipe &) = delete;
    bool ok() const { return d != nullptr; }

private:
    struct Private;
    Private *d = nullptr;
};

int runWatch(const QStringList &args);
int runSubmit(const QStringList &args);
int runQueue(const QStringList &args);
int runHistory(const QStringList &args);
int runStats(const QStringList &args);
int runInterrupt(const QStringList &args);
int runSimulate(const QStringList &args);
int runMonitor(const QStringList &args);

} // namespace ComfyScope::Cli
