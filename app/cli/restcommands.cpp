// SPDX-License-Identifier: MIT
// comfyscope-cli submit | queue | history | stats | interrupt | simulate
#include "clicommon.h"

#include <comfyscope/jobtracker.h>
#include <comfyscope/session.h>
#include <comfyscope/replies.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>

#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include <comfyscope/loadgenerator.h>
#include <comfyscope/simulator.h>
#endif

using namespace Qt::StringLiterals;

namespace ComfyScope::Cli {

namespace {

// lupdate files tr() calls in this namespace under "ComfyScope::Cli": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("ComfyScope::Cli", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("ComfyScope::Cli", text, disambiguation, n);
}

Client *makeClient(const QCommandLineParser &p)
{
    auto *c = new Client(qApp);
    c->setEndpoint(endpointFromOptions(p));
    c->setRequestTimeout(p.value(u"timeout-ms"_s).toInt());
    return c;
}

/// Exit code for a failed REST call.
int failReply(Reply *r)
{
    err() << tr("error: %1").arg(r->errorString()) << Qt::endl;
    if (r->error().code == Error::Code::ValidationFailed)
        return ExitValidationError;
    return ExitConnectionError;
}

QString formatMs(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60000)
        return u"%1 s"_s.arg(ms / 1000.0, 0, 'f', 1);
    return u"%1 min %2 s"_s.arg(ms / 60000).arg((ms / 1000) % 60);
}

QString formatBytes(double b)
{
    return QLocale::c().formattedDataSize(qint64(b), 1, QLocale::DataSizeTraditionalFormat);
}

QJsonObject jobJson(const Job &j)
{
    QJsonObject o{{u"prompt_id"_s, j.promptId},
                  {u"state"_s, jobStateName(j.state)},
                  {u"progress"_s, qRound(j.overallProgress() * 1000) / 1000.0},
                  {u"nodes_done"_s, j.doneNodes()},
                  {u"nodes_total"_s, j.totalNodes()}};
    if (!j.currentNode.isEmpty()) {
        o.insert(u"node"_s, j.currentNode);
        o.insert(u"node_label"_s, j.currentNodeLabel());
        if (j.nodeMax > 0)
            o.insert(u"node_progress"_s, QJsonArray{j.nodeValue, j.nodeMax});
    }
    if (j.isFinished()) {
        o.insert(u"duration_ms"_s, j.elapsedMs());
        QJsonArray outs;
        for (const ImageRef &r : j.outputs)
            outs.append(r.toJson());
        o.insert(u"outputs"_s, outs);
    }
    if (j.error) {
        o.insert(u"error"_s, QJsonObject{{u"node_id"_s, j.error->nodeId},
                                         {u"node_type"_s, j.error->nodeType},
                                         {u"exception_type"_s, j.error->exceptionType},
                                         {u"message"_s, j.error->exceptionMessage.trimmed()}});
    }
    return o;
}

} // namespace

int runSubmit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Queue an API-format workflow (Workflow → Export (API) in the web UI) and print its prompt "
        "id. With --wait, follow it to the end: a progress line on a terminal, one JSON line per "
        "change when piped or with --json.\n\n"
        "Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors "
        "are printed), 3 connection failure."));
    p.addHelpOption();
    addServerOptions(p);
    p.addPositionalArgument(u"workflow"_s, tr("API-format workflow JSON file ('-' for stdin)."));
    p.addOption({u"wait"_s, tr("Follow the prompt until it finishes.")});
    p.addOption(
        {u"save-dir"_s, tr("With --wait: download every output image into DIR."), u"dir"_s});
    p.addOption({u"front"_s, tr("Put the prompt at the front of the queue.")});
    p.addOption({u"preview-method"_s,
                 tr("extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+)."),
                 u"method"_s});
    p.addOption({u"prompt-id"_s, tr("Use this prompt id instead of a new UUID."), u"id"_s});
    p.addOption({u"client-id"_s,
                 tr("Queue with this client id (e.g. the web UI's, so its tab shows the "
                    "progress)."),
                 u"id"_s});
    p.addOption({u"json"_s, tr("Print JSON lines also on a terminal (the default when the "
                               "output is piped).")});
    p.addOption({u"connect-timeout"_s,
                 tr("With --wait: give up (exit 3) without a connection after S seconds."), u"s"_s,
                 u"10"_s});
    processArgs(p, args);
    if (p.positionalArguments().size() != 1) {
        err() << tr("error: give exactly one workflow file") << Qt::endl;
        return ExitUsage;
    }
    const QString path = p.positionalArguments().constFirst();
    QFile f(path);
    const bool opened = path == "-"_L1 ? f.open(stdin, QIODevice::ReadOnly)
                                       : f.open(QIODevice::ReadOnly);
    if (!opened) {
        err() << tr("error: cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
        return ExitUsage;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        err() << tr("error: %1 is not a JSON object: %2").arg(path, perr.errorString()) << Qt::endl;
        return ExitUsage;
    }
    QJsonObject workflow = doc.object();
    if (workflow.value("prompt"_L1).isObject())
        workflow = workflow.value("prompt"_L1).toObject();
    if (workflow.contains("nodes"_L1) && workflow.contains("links"_L1)) {
        err() << tr("error: %1 is a UI workflow; export it in API format (Workflow → Export "
                    "(API)) and try again")
                     .arg(path)
              << Qt::endl;
        return ExitUsage;
    }
    QJsonObject options;
    if (p.isSet(u"front"_s))
        options.insert(u"front"_s, true);
    if (p.isSet(u"prompt-id"_s)) {
        // v0.33+ servers refuse anything but a canonical lowercase UUID; say so before sending.
        if (!Client::isValidPromptId(p.value(u"prompt-id"_s))) {
            err() << tr("error: --prompt-id must be a lowercase UUID such as %1 (got \"%2\")")
                         .arg(u"c3df5ecf-7669-447b-a418-f9e91d115513"_s,
                              p.value(u"prompt-id"_s).left(80))
                  << Qt::endl;
            return ExitUsage;
        }
        options.insert(u"prompt_id"_s, p.value(u"prompt-id"_s));
    }
    if (p.isSet(u"preview-method"_s))
        options.insert(u"extra_data"_s,
                       QJsonObject{{u"preview_method"_s, p.value(u"preview-method"_s)}});

    // One Session: it tracks the job, attributes frames and fetches the final outputs.
    auto *session = new Session(qApp);
    Client *client = session->client();
    client->setEndpoint(endpointFromOptions(p));
    client->setRequestTimeout(p.value(u"timeout-ms"_s).toInt());
    session->setStatsInterval(0);
    if (p.isSet(u"client-id"_s)) {
        const QString id = p.value(u"client-id"_s).trimmed();
        if (id.isEmpty()) {
            err() << tr("error: --client-id needs an id") << Qt::endl;
            return ExitUsage;
        }
        client->setClientId(id);
    }
    const bool human = humanOutput(p);
    JobTracker *tracker = session->tracker();
    const bool wait = p.isSet(u"wait"_s);
    const QString saveDir = p.value(u"save-dir"_s);
    session->setOutputFetch(saveDir.isEmpty() ? Session::OutputFetch::None
                                              : Session::OutputFetch::All);
    QString promptId;
    int finalCode = ExitOk;
    bool finished = false;

    auto doSubmit = [&] {
        SubmitReply *r = session->submit(workflow, QFileInfo(path).fileName(), options);
        QObject::connect(r, &Reply::finished, qApp, [&, r] {
            if (!r->isOk()) {
                if (r->error().code == Error::Code::ValidationFailed) {
                    const PromptError pe = r->promptError();
                    QJsonArray nodes;
                    for (const NodeError &n : pe.nodeErrors) {
                        QJsonArray errs;
                        for (const auto &e : n.errors)
                            errs.append(QJsonObject{{u"type"_s, e.type},
                                                    {u"message"_s, e.message},
                                                    {u"details"_s, e.details},
                                                    {u"extra_info"_s, e.extraInfo}});
                        nodes.append(QJsonObject{{u"node_id"_s, n.nodeId},
                                                 {u"class_type"_s, n.classType},
                                                 {u"errors"_s, errs}});
                    }
                    printJsonLine({{u"event"_s, u"validation_error"_s},
                                   {u"type"_s, pe.type},
                                   {u"message"_s, pe.message},
                                   {u"details"_s, pe.details},
                                   {u"extra_info"_s, pe.extraInfo},
                                   {u"node_errors"_s, nodes}});
                    err() << tr("error: the server refused the workflow: %1").arg(pe.toString())
                          << Qt::endl;
                    QCoreApplication::exit(ExitValidationError);
                    return;
                }
                const int code = r->httpStatus() >= 400 && r->httpStatus() < 500
                                     ? ExitValidationError
                                     : ExitConnectionError;
                err() << tr("error: %1").arg(r->errorString()) << Qt::endl;
                QCoreApplication::exit(code);
                return;
            }
            promptId = r->promptId();
            if (human)
                out() << tr("queued %1").arg(promptId) << Qt::endl;
            else
                printJsonLine({{u"event"_s, u"queued"_s},
                               {u"prompt_id"_s, promptId},
                               {u"number"_s, r->number()},
                               {u"node_errors"_s, r->nodeErrors().size()}});
            if (!wait)
                QCoreApplication::exit(ExitOk);
        });
    };

    if (!wait) {
        doSubmit();
        return QCoreApplication::exec();
    }

    // --wait: open the socket first so every event of the run reaches us.
    bool submitted = false;
    auto submitOnce = [&] {
        if (submitted)
            return;
        submitted = true;
        doSubmit();
    };
    QObject::connect(client, &Client::sessionStarted, qApp, [&] { submitOnce(); });
    QObject::connect(client, &Client::stateChanged, qApp, [&](Client::State s) {
        if (s == Client::State::Polling)
            submitOnce(); // HTTP works, the socket does not: follow by polling
    });
    // SaveImageWebsocket and ComfyDeploy outputs exist only on the socket: save them as they
    // come; final outputs arrive the same way once the Session fetched them from /view.
    QObject::connect(session, &Session::imageReceived, qApp, [&](const SessionImage &img) {
        const ImageFrame &f = img.frame;
        if (saveDir.isEmpty() || f.promptId != promptId || promptId.isEmpty())
            return;
        QJsonObject line{{u"event"_s, u"saved"_s}, {u"kind"_s, imageKindName(f.kind)}};
        QString name;
        if (f.kind == ImageKind::FinalOutput) {
            name = f.ref.filename;
            line.insert(u"image"_s, f.ref.toJson());
        } else if (f.kind == ImageKind::WebSocketOutput || f.kind == ImageKind::DeployOutput) {
            const QString ext = f.format == ImageFormat::Jpeg ? u"jpg"_s
                                                              : imageFormatName(f.format);
            name = u"%1_%2_%3.%4"_s
                       .arg(promptId.left(8), f.outputId.isEmpty() ? f.nodeId : f.outputId)
                       .arg(f.sequence)
                       .arg(ext);
        } else {
            return;
        }
        if (!f.nodeId.isEmpty())
            line.insert(u"node_id"_s, f.nodeId);
        QString error;
        const QString file = saveUnder(saveDir, name, f.imageBytes(), &error);
        if (file.isEmpty())
            line.insert(u"error"_s, error);
        else
            line.insert(u"file"_s, file);
        printJsonLine(line);
    });
    QObject::connect(session, &Session::outputFetchFailed, qApp,
                     [&](const ImageRef &ref, const QString &id, const Error &e) {
                         if (id != promptId)
                             return;
                         printJsonLine({{u"event"_s, u"saved"_s},
                                        {u"image"_s, ref.toJson()},
                                        {u"error"_s, e.message}});
                         finalCode = ExitConnectionError;
                     });
    qint64 lastPrint = 0;
    QObject::connect(tracker, &JobTracker::jobChanged, qApp, [&](const Job &j) {
        if (j.promptId != promptId || j.isFinished())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastPrint < 200)
            return;
        lastPrint = now;
        if (human) {
            printProgressLine(j, tracker->etaMs(j.promptId));
            return;
        }
        QJsonObject o = jobJson(j);
        o.insert(u"event"_s, u"progress"_s);
        printJsonLine(o);
    });
    QObject::connect(session, &Session::jobFinished, qApp, [&](const Job &j) {
        if (j.promptId != promptId || finished)
            return;
        if (human) {
            if (j.state == Job::State::Succeeded)
                printProgressLine(j, 0);
            endProgressLine();
            out() << tr("%1 %2 after %3, %n output(s)", nullptr, int(j.outputs.size()))
                         .arg(promptId.left(8), jobStateName(j.state), formatMs(j.elapsedMs()))
                  << Qt::endl;
        } else {
            QJsonObject o = jobJson(j);
            o.insert(u"event"_s, u"finished"_s);
            printJsonLine(o);
        }
        const int code = j.state == Job::State::Succeeded ? ExitOk : ExitExecutionError;
        if (j.error)
            err() << tr("error: node %1 (%2) failed: %3")
                         .arg(j.error->nodeId, j.error->nodeType,
                              j.error->exceptionMessage.trimmed())
                  << Qt::endl;
        if (finalCode == ExitOk)
            finalCode = code;
        finished = true;
    });
    // The Session says when every output of the job has been fetched (or failed).
    QObject::connect(session, &Session::jobOutputsFetched, qApp, [&](const QString &id) {
        if (id == promptId && finished)
            QCoreApplication::exit(finalCode);
    });
    const int connectTimeout = int(p.value(u"connect-timeout"_s).toDouble() * 1000);
    QTimer::singleShot(connectTimeout, qApp, [&] {
        if (submitted)
            return;
        err() << tr("error: cannot reach %1: %2")
                     .arg(client->endpoint().displayString(), client->lastError().message)
              << Qt::endl;
        QCoreApplication::exit(ExitConnectionError);
    });
    client->open();
    return QCoreApplication::exec();
}

int runQueue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show the server's queue (running and pending prompts, in "
                                   "execution order), or change it."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({u"cancel"_s,
                 tr("Cancel a prompt: delete it if pending, interrupt it if running. A unique "
                    "prefix of its id is enough (e.g. ba82)."),
                 u"id"_s});
    p.addOption({u"clear"_s, tr("Delete every pending prompt (the running one goes on).")});
    p.addOption({u"json"_s, tr("Print JSON instead of a table.")});
    processArgs(p, args);
    Client *client = makeClient(p);

    if (p.isSet(u"clear"_s)) {
        Reply *r = client->clearQueue();
        QObject::connect(r, &Reply::finished, qApp, [r] {
            if (!r->isOk())
                QCoreApplication::exit(failReply(r));
            else {
                out() << tr("pending queue cleared") << Qt::endl;
                QCoreApplication::exit(ExitOk);
            }
        });
        return QCoreApplication::exec();
    }

    QueueReply *r = client->fetchQueue();
    const QString cancelId = p.value(u"cancel"_s);
    const bool json = p.isSet(u"json"_s);
    QObject::connect(r, &Reply::finished, qApp, [=] {
        if (!r->isOk()) {
            QCoreApplication::exit(failReply(r));
            return;
        }
        const QueueSnapshot q = r->queue();
        if (!cancelId.isEmpty()) {
            // A unique prefix names a prompt; more than one match is an error.
            QStringList matches;
            if (q.contains(cancelId)) {
                matches << cancelId;
            } else {
                for (const QList<QueueItem> *list : {&q.running, &q.pending})
                    for (const QueueItem &i : *list)
                        if (i.promptId.startsWith(cancelId, Qt::CaseInsensitive)
                            && !matches.contains(i.promptId))
                            matches << i.promptId;
            }
            if (matches.isEmpty()) {
                err() << tr("error: %1 is neither running nor pending").arg(cancelId) << Qt::endl;
                QCoreApplication::exit(ExitExecutionError);
                return;
            }
            if (matches.size() > 1) {
                err() << tr("error: %1 is ambiguous: it starts %2")
                             .arg(cancelId, matches.join(u", "_s))
                      << Qt::endl;
                QCoreApplication::exit(ExitUsage);
                return;
            }
            const QString cancelId = matches.first();
            const bool running = q.isRunning(cancelId);
            // POST /api/jobs/{id}/cancel where the server has it (v0.33+: no race between our
            // look at the queue and the cancel), else delete / interrupt by id.
            JsonReply *c = client->cancelPrompt(cancelId);
            QObject::connect(c, &Reply::finished, qApp, [=] {
                if (!c->isOk()) {
                    QCoreApplication::exit(failReply(c));
                    return;
                }
                if (!c->object().value("cancelled"_L1).toBool()) {
                    err() << tr("error: %1 is neither running nor pending").arg(cancelId)
                          << Qt::endl;
                    QCoreApplication::exit(ExitExecutionError);
                    return;
                }
                out() << (running ? tr("interrupted %1") : tr("deleted %1")).arg(cancelId)
                      << u" ("_s << c->object().value("via"_L1).toString() << u")"_s << Qt::endl;
                QCoreApplication::exit(ExitOk);
            });
            return;
        }
        if (json) {
            QJsonArray items;
            auto add = [&](const QueueItem &i, const QString &state) {
                items.append(QJsonObject{{u"prompt_id"_s, i.promptId},
                                         {u"state"_s, state},
                                         {u"number"_s, i.number},
                                         {u"client_id"_s, i.clientId()},
                                         {u"nodes"_s, i.prompt.size()}});
            };
            for (const auto &i : q.running)
                add(i, u"running"_s);
            for (const auto &i : q.pending)
                add(i, u"pending"_s);
            out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        } else {
            out() << tr("%1 running, %2 pending").arg(q.running.size()).arg(q.pending.size())
                  << '\n';
            auto line = [](const QueueItem &i, const QString &state) {
                out() << QStringLiteral("%1  %2  #%3  %4 nodes  client %5")
                             .arg(state, -8)
                             .arg(i.promptId)
                             .arg(i.number)
                             .arg(i.prompt.size())
                             .arg(i.clientId().isEmpty() ? u"-"_s : i.clientId())
                      << '\n';
            };
            for (const auto &i : q.running)
                line(i, tr("running"));
            for (const auto &i : q.pending)
                line(i, tr("pending"));
        }
        out().flush();
        QCoreApplication::exit(ExitOk);
    });
    return QCoreApplication::exec();
}

namespace {
void printHistory(const QList<HistoryEntry> &entries, const QHash<QString, QString> &jobStatus,
                  bool json);
} // namespace

int runHistory(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List finished prompts, newest last, with outcome, duration "
                                   "and outputs."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({u"max"_s, tr("At most N entries (default 20)."), u"n"_s, u"20"_s});
    p.addOption({u"offset"_s, tr("Start at entry K from the oldest (v0.3.60+)."), u"k"_s});
    p.addOption({u"prompt-id"_s, tr("Show one prompt."), u"id"_s});
    p.addOption({u"json"_s, tr("Print JSON lines instead of a table.")});
    processArgs(p, args);
    Client *client = makeClient(p);
    HistoryReply *r = p.isSet(u"prompt-id"_s)
                          ? client->fetchHistory(p.value(u"prompt-id"_s))
                          : client->fetchHistory(p.value(u"max"_s).toInt(),
                                                 p.isSet(u"offset"_s) ? p.value(u"offset"_s).toInt()
                                                                      : -1);
    const bool json = p.isSet(u"json"_s);
    QObject::connect(r, &Reply::finished, qApp, [=] {
        if (!r->isOk()) {
            QCoreApplication::exit(failReply(r));
            return;
        }
        // Where the server has /api/jobs (v0.6.0+), take each job's status from it: v0.33 says
        // `cancelled` where history only says "interrupted". Older servers: history alone.
        const QList<HistoryEntry> entries = r->entries();
        QUrlQuery jq;
        jq.addQueryItem(u"limit"_s, QString::number(entries.size() + 50));
        JobsReply *jr = client->fetchJobs(jq);
        QObject::connect(jr, &Reply::finished, qApp, [=] {
            QHash<QString, QString> jobStatus;
            if (jr->isOk())
                for (const JobInfo &ji : jr->jobs())
                    jobStatus.insert(ji.id, ji.status);
            printHistory(entries, jobStatus, json);
        });
    });
    return QCoreApplication::exec();
}

namespace {
void printHistory(const QList<HistoryEntry> &entries, const QHash<QString, QString> &jobStatus,
                  bool json)
{
    {
        static const char *outcomes[] = {"unknown", "success", "error", "interrupted"};
        for (const HistoryEntry &h : entries) {
            const qint64 dur = h.startTimestamp() > 0 && h.endTimestamp() > 0
                                   ? h.endTimestamp() - h.startTimestamp()
                                   : -1;
            QString outcome = QString::fromLatin1(outcomes[int(h.outcome())]);
            const QString status = jobStatus.value(h.promptId);
            if (jobStateFromJobsApi(status) == Job::State::Cancelled)
                outcome = u"cancelled"_s;
            if (json) {
                QJsonArray imgs;
                for (const auto &i : h.images())
                    imgs.append(i.toJson());
                QJsonObject o{{u"prompt_id"_s, h.promptId},
                              {u"outcome"_s, outcome},
                              {u"duration_ms"_s, dur},
                              {u"outputs"_s, imgs}};
                if (h.endTimestamp() > 0)
                    o.insert(u"finished_at"_s,
                             QDateTime::fromMSecsSinceEpoch(h.endTimestamp(), Qt::UTC)
                                 .toString(Qt::ISODateWithMs));
                if (auto e = h.error())
                    o.insert(u"error"_s, e->exceptionMessage.trimmed());
                if (!status.isEmpty())
                    o.insert(u"job_status"_s, status);
                printJsonLine(o);
            } else {
                // When it finished, local time: the first thing one looks for.
                const QString at = h.endTimestamp() > 0
                                       ? QDateTime::fromMSecsSinceEpoch(h.endTimestamp())
                                             .toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                       : QStringLiteral("%1").arg(QString(), 19);
                out() << QStringLiteral("%1  %2  %3  %4  %5 outputs")
                             .arg(at, h.promptId)
                             .arg(outcome, -11)
                             .arg(formatMs(dur), 10)
                             .arg(h.images().size())
                      << '\n';
                if (auto e = h.error())
                    out() << "    " << e->nodeType << ": " << e->exceptionMessage.trimmed() << '\n';
            }
        }
        if (entries.isEmpty() && !json)
            out() << tr("no history") << '\n';
        out().flush();
        QCoreApplication::exit(ExitOk);
    }
}
} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show server version, devices and memory (/system_stats) and "
                                   "its feature flags (/features)."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({u"json"_s, tr("Print the raw JSON.")});
    processArgs(p, args);
    Client *client = makeClient(p);
    JsonReply *r = client->fetchSystemStats();
    const bool json = p.isSet(u"json"_s);
    QObject::connect(r, &Reply::finished, qApp, [=] {
        if (!r->isOk()) {
            QCoreApplication::exit(failReply(r));
            return;
        }
        const QJsonObject stats = r->object();
        JsonReply *f = client->fetchFeatures();
        QObject::connect(f, &Reply::finished, qApp, [=] {
            const QJsonObject features = f->isOk() ? f->object() : QJsonObject();
            if (json) {
                out() << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{u"system_stats"_s, stats},
                                              {u"features"_s,
                                               f->isOk() ? QJsonValue(features) : QJsonValue()}})
                        .toJson());
            } else {
                const QJsonObject sys = stats.value("system"_L1).toObject();
                const QString version = sys.value("comfyui_version"_L1).toString();
                out() << tr("ComfyUI %1")
                             .arg(version.isEmpty() ? tr("(version not reported: "
                                                         "before v0.2.0)")
                                                    : version)
                      << '\n';
                out() << tr("OS %1, Python %2, PyTorch %3")
                             .arg(sys.value("os"_L1).toString(),
                                  sys.value("python_version"_L1).toString().section(u' ', 0, 0),
                                  sys.value("pytorch_version"_L1).toString())
                      << '\n';
                out() << tr("RAM %1 free of %2")
                             .arg(formatBytes(sys.value("ram_free"_L1).toDouble()),
                                  formatBytes(sys.value("ram_total"_L1).toDouble()))
                      << '\n';
                // Newer servers (v0.33): where it was installed from and the packages it needs.
                if (sys.contains("deploy_environment"_L1))
                    out() << tr("deployment: %1").arg(sys.value("deploy_environment"_L1).toString())
                          << '\n';
                if (sys.contains("required_frontend_version"_L1))
                    out() << tr("frontend required %1")
                                 .arg(sys.value("required_frontend_version"_L1).toString())
                          << '\n';
                for (const auto &pv : sys.value("comfy_package_versions"_L1).toArray()) {
                    const QJsonObject pk = pv.toObject();
                    const QString installed = pk.value("installed"_L1).toString();
                    out() << tr("package %1: installed %2, required %3")
                                 .arg(pk.value("name"_L1).toString(),
                                      installed.isEmpty() ? tr("none") : installed,
                                      pk.value("required"_L1).toString())
                          << '\n';
                }
                for (const auto &dv : stats.value("devices"_L1).toArray()) {
                    const QJsonObject dev = dv.toObject();
                    out() << tr("device %1 (%2): VRAM %3 free of %4")
                                 .arg(dev.value("index"_L1).isDouble()
                                          ? u"#%1 %2"_s.arg(dev.value("index"_L1).toInt())
                                                .arg(dev.value("name"_L1).toString())
                                          : dev.value("name"_L1).toString(),
                                      dev.value("type"_L1).toString(),
                                      formatBytes(dev.value("vram_free"_L1).toDouble()),
                                      formatBytes(dev.value("vram_total"_L1).toDouble()))
                          << '\n';
                }
                if (f->isOk())
                    out() << tr("features: %1")
                                 .arg(QString::fromUtf8(
                                     QJsonDocument(features).toJson(QJsonDocument::Compact)))
                          << '\n';
                else
                    out() << tr("features: none (/features answered HTTP %1: server before "
                                "v0.3.45)")
                                 .arg(f->httpStatus())
                          << '\n';
            }
            out().flush();
            QCoreApplication::exit(ExitOk);
        });
    });
    return QCoreApplication::exec();
}

int runInterrupt(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Interrupt the running prompt. With --prompt-id only that "
                                   "prompt is stopped (servers v0.3.57+; older ones stop "
                                   "whatever runs)."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({u"prompt-id"_s, tr("Only interrupt this prompt."), u"id"_s});
    processArgs(p, args);
    Client *client = makeClient(p);
    Reply *r = client->interrupt(p.value(u"prompt-id"_s));
    QObject::connect(r, &Reply::finished, qApp, [r] {
        if (!r->isOk()) {
            QCoreApplication::exit(failReply(r));
            return;
        }
        out() << tr("interrupt sent") << Qt::endl;
        QCoreApplication::exit(ExitOk);
    });
    return QCoreApplication::exec();
}

} // namespace ComfyScope::Cli
