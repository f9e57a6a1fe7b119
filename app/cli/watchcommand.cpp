// SPDX-License-Identifier: MIT
// comfyscope-cli watch: one JSON object per line for every event of a server.
#include "clicommon.h"

#include <csignal>

#include <comfyscope/session.h>

#include <comfyscope/replies.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace ComfyScope::Cli {

namespace {
QString stateName(Client::State s)
{
    switch (s) {
    case Client::State::Disconnected:
        return u"disconnected"_s;
    case Client::State::Connecting:
        return u"connecting"_s;
    case Client::State::Connected:
        return u"connected"_s;
    case Client::State::Reconnecting:
        return u"reconnecting"_s;
    case Client::State::Polling:
        return u"polling"_s;
    }
    return u"unknown"_s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

int runWatch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Watch a ComfyUI server. On a terminal: a progress line for the running job (bar, job, "
        "node, step, ETA), a line per finished job and connection change. Piped or with --json: "
        "one JSON object per line for every event: server messages, binary frames (kind, format, "
        "size, prompt and node), connection changes and protocol errors.\n\nExit status: 0 at "
        "the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be "
        "reached at start."));
    p.addHelpOption();
    addServerOptions(p);
    p.addOption({u"client-id"_s,
                 QCoreApplication::translate("cli", "Listen as this client id: prompts queued by "
                                                    "another tool with this client_id are seen in "
                                                    "full. Default: a new UUID."),
                 u"id"_s});
    p.addOption(
        {u"count"_s, QCoreApplication::translate("cli", "Stop after N server events."), u"n"_s});
    p.addOption(
        {u"timeout"_s, QCoreApplication::translate("cli", "Stop after S seconds."), u"s"_s});
    p.addOption({u"save-dir"_s,
                 QCoreApplication::translate("cli", "Save every received image into DIR and print "
                                                    "the file name."),
                 u"dir"_s});
    p.addOption({u"legacy"_s,
                 QCoreApplication::translate("cli", "Do not send feature_flags: previews come as "
                                                    "anonymous type 1 frames.")});
    p.addOption({u"deploy"_s,
                 QCoreApplication::translate("cli", "ComfyDeploy socket: auto (default), on or "
                                                    "off."),
                 u"mode"_s, u"auto"_s});
    p.addOption({u"relay"_s,
                 QCoreApplication::translate(
                     "cli", "Follow every client's prompts through the ComfyScope relay when the "
                            "server has it (installer/comfyui-relay); the token is read from "
                            "$COMFYSCOPE_RELAY_TOKEN. Relayed events carry \"relayed\": true and "
                            "the submitting \"client\".")});
    p.addOption({u"connect-timeout"_s,
                 QCoreApplication::translate("cli", "Give up with exit status 3 if no connection "
                                                    "is made within S seconds (default 10)."),
                 u"s"_s, u"10"_s});
    p.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON lines also on a "
                                                               "terminal (the default when the "
                                                               "output is piped).")});
    processArgs(p, args);
    const bool human = humanOutput(p);

    // A Session: frames come out attributed and labelled (node title, job name).
    auto *session = new Session(qApp);
    session->setOutputFetch(Session::OutputFetch::None);
    session->setStatsInterval(0);
    Client *client = session->client();
    client->setEndpoint(endpointFromOptions(p));
    client->setRequestTimeout(p.value(u"timeout-ms"_s).toInt());
    if (p.isSet(u"client-id"_s))
        client->setClientId(p.value(u"client-id"_s));
    client->setRequestPreviewMetadata(!p.isSet(u"legacy"_s));
    const QString deploy = p.value(u"deploy"_s);
    client->setDeploySocketMode(deploy == "on"_L1    ? Client::DeploySocketMode::On
                                : deploy == "off"_L1 ? Client::DeploySocketMode::Off
                                                     : Client::DeploySocketMode::Auto);
    if (p.isSet(u"relay"_s)) {
        client->setRelayMode(Client::RelayMode::Auto);
        client->setRelayToken(qEnvironmentVariable("COMFYSCOPE_RELAY_TOKEN"));
    }
    const QString saveDir = p.value(u"save-dir"_s);
    const qint64 maxCount = p.isSet(u"count"_s) ? p.value(u"count"_s).toLongLong() : -1;
    qint64 count = 0;
    bool everConnected = false;

    auto countEvent = [&] {
        ++count;
        if (maxCount > 0 && count >= maxCount)
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(ExitOk); });
    };
    auto emitLine = [&](const QString &event, QJsonObject o) {
        if (human)
            return; // people get the lines below
        o.insert(u"t"_s, now());
        if (const RelayEnvelope r = client->currentRelay(); r.relayed) {
            o.insert(u"relayed"_s, true);
            o.insert(u"client"_s, r.client.isEmpty() ? QJsonValue() : QJsonValue(r.client));
        }
        o.insert(u"event"_s, event);
        printJsonLine(o);
    };

    QObject::connect(client, &Client::stateChanged, client, [&](Client::State s) {
        if (s == Client::State::Connected)
            everConnected = true;
        if (human) {
            const QString where = client->endpoint().displayString();
            const QString why = client->lastError().isOk() ? QString()
                                                           : client->lastError().message;
            switch (s) {
            case Client::State::Connected:
                printHumanLine(QCoreApplication::translate("cli", "connected to %1").arg(where),
                               out());
                break;
            case Client::State::Polling:
                printHumanLine(
                    QCoreApplication::translate("cli", "connected to %1 without WebSocket: polling")
                        .arg(where),
                    out());
                break;
            case Client::State::Reconnecting:
                if (everConnected)
                    printHumanLine(QCoreApplication::translate("cli", "lost %1 (%2), reconnecting")
                                       .arg(where, why.isEmpty() ? QCoreApplication::translate(
                                                       "cli", "no answer")
                                                                 : why),
                                   out());
                break;
            case Client::State::Connecting:
            case Client::State::Disconnected:
                break;
            }
        }
        QJsonObject o{{u"state"_s, stateName(s)}};
        if (!client->lastError().isOk() && s != Client::State::Connected)
            o.insert(u"error"_s, client->lastError().message);
        emitLine(u"connection"_s, o);
    });
    QObject::connect(client, &Client::sessionStarted, client,
                     [&](const QString &sid, bool resumed) {
                         emitLine(u"session"_s, {{u"sid"_s, sid}, {u"resumed"_s, resumed}});
                     });
    QObject::connect(client, &Client::messageReceived, client,
                     [&](const QString &type, const QJsonObject &data) {
                         emitLine(u"message"_s, {{u"type"_s, type}, {u"data"_s, data}});
                         countEvent();
                     });
    QObject::connect(client, &Client::relayedMessageReceived, client,
                     [&](const RelayEnvelope &, const QString &type, const QJsonObject &data) {
                         if (type == "progress_text"_L1)
                             return; // printed as a progress_text line
                         emitLine(u"message"_s, {{u"type"_s, type}, {u"data"_s, data}});
                         countEvent();
                     });
    QObject::connect(client, &Client::relayStateChanged, client, [&](Client::RelayState s) {
        emitLine(u"relay"_s,
                 {{u"state"_s,
                   QString::fromLatin1(QMetaEnum::fromType<Client::RelayState>().valueToKey(int(s)))
                       .toLower()}});
    });
    QObject::connect(
        client, &Client::relayConnected, client, [&](const QList<RelayEnvelope> &running) {
            QJsonArray a;
            for (const RelayEnvelope &r : running)
                a.append(QJsonObject{{u"prompt_id"_s, r.promptId}, {u"client"_s, r.client}});
            emitLine(u"relay"_s, {{u"state"_s, u"subscribed"_s}, {u"running"_s, a}});
        });
    QObject::connect(client, &Client::relayErrorOccurred, client, [&](const Error &e) {
        emitLine(u"relay_error"_s, {{u"code"_s, Error::codeName(e.code)},
                                    {u"http_status"_s, e.httpStatus},
                                    {u"message"_s, e.message}});
        err() << QCoreApplication::translate("cli", "relay: %1").arg(e.message) << Qt::endl;
    });
    QObject::connect(client, &Client::unknownMessageReceived, client,
                     [&](const QString &type, const QJsonValue &data) {
                         if (data.isObject())
                             return; // already printed by (relayed)messageReceived
                         emitLine(u"message"_s, {{u"type"_s, type}, {u"data"_s, data}});
                         countEvent();
                     });
    QObject::connect(client, &Client::deployEventReceived, client, [&](const DeployEvent &e) {
        emitLine(u"deploy_message"_s, {{u"type"_s, e.event}, {u"data"_s, e.data}});
        countEvent();
    });
    QObject::connect(client, &Client::progressTextReceived, client,
                     [&](const ProgressTextEvent &e) {
                         QJsonObject o{{u"node_id"_s, e.nodeId}, {u"text"_s, e.text}};
                         if (!e.promptId.isEmpty())
                             o.insert(u"prompt_id"_s, e.promptId);
                         emitLine(u"progress_text"_s, o);
                         countEvent();
                     });
    QObject::connect(session, &Session::imageReceived, client, [&](const SessionImage &img) {
        const ImageFrame &f = img.frame;
        QJsonObject o{{u"kind"_s, imageKindName(f.kind)},
                      {u"frame_type"_s, f.frameType},
                      {u"format"_s, imageFormatName(f.format)},
                      {u"declared_format"_s, imageFormatName(f.declaredFormat)},
                      {u"bytes"_s, qint64(f.imageSize())},
                      {u"prompt_id"_s, f.promptId},
                      {u"node_id"_s, f.nodeId},
                      {u"attributed"_s, f.attributed},
                      {u"sequence"_s, qint64(f.sequence)}};
        if (!f.displayNodeId.isEmpty() && f.displayNodeId != f.nodeId)
            o.insert(u"display_node_id"_s, f.displayNodeId);
        if (f.relayed) { // also when Session hands the frame on later
            o.insert(u"relayed"_s, true);
            o.insert(u"client"_s,
                     f.relayClient.isEmpty() ? QJsonValue() : QJsonValue(f.relayClient));
        }
        if (!f.outputId.isEmpty())
            o.insert(u"output_id"_s, f.outputId);
        if (!img.nodeLabel.isEmpty())
            o.insert(u"node_label"_s, img.nodeLabel);
        if (!img.jobName.isEmpty())
            o.insert(u"job"_s, img.jobName);
        // Frames from `comfyscope-cli simulate --load` carry their send time (same machine,
        // same monotonic clock): report the latency.
        if (const qint64 sent = f.metadata.value("sent_ns"_L1).toString().toLongLong(); sent > 0) {
            const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
            o.insert(u"latency_us"_s, (now - sent) / 1000);
        }
        if (!saveDir.isEmpty()) {
            const QString name =
                u"%1_%2_%3_%4.%5"_s.arg(f.sequence, 6, 10, QLatin1Char('0'))
                    .arg(imageKindName(f.kind),
                         f.promptId.left(8).isEmpty() ? u"noprompt"_s : f.promptId.left(8),
                         f.outputId.isEmpty() ? f.nodeId : f.outputId,
                         f.format == ImageFormat::Jpeg ? u"jpg"_s : imageFormatName(f.format));
            QString error;
            const QString path = saveUnder(saveDir, name, f.imageBytes(), &error);
            if (path.isEmpty())
                o.insert(u"save_error"_s, error);
            else
                o.insert(u"file"_s, path);
            if (human)
                printHumanLine(path.isEmpty()
                                   ? QCoreApplication::translate("cli", "error: %1").arg(error)
                                   : QCoreApplication::translate("cli", "saved %1").arg(path),
                               path.isEmpty() ? err() : out());
        }
        emitLine(u"image"_s, o);
        countEvent();
    });
    QObject::connect(client, &Client::protocolErrorOccurred, client, [&](const ProtocolError &e) {
        emitLine(u"protocol_error"_s, {{u"code"_s, protocolErrorCodeName(e.code)},
                                       {u"message"_s, e.message},
                                       {u"deploy_socket"_s, e.deploySocket}});
    });

    // On a terminal: the running job as a progress line, a line when it ends.
    JobTracker *tracker = session->tracker();
    qint64 lastPrint = 0;
    QString lastJob;
    QObject::connect(tracker, &JobTracker::jobChanged, client, [&](const Job &j) {
        if (!human || j.state != Job::State::Running)
            return;
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        if (j.promptId == lastJob && t - lastPrint < 200)
            return;
        lastPrint = t;
        lastJob = j.promptId;
        printProgressLine(j, tracker->etaMs(j.promptId), session->jobName(j.promptId));
    });
    QObject::connect(session, &Session::jobFinished, client, [&](const Job &j) {
        if (!human)
            return;
        if (j.state == Job::State::Succeeded && j.promptId == lastJob)
            printProgressLine(j, 0, session->jobName(j.promptId));
        lastJob.clear();
        // Same words as `submit --wait`.
        printHumanLine(QCoreApplication::translate("ComfyScope::Cli",
                                                   "%1 %2 after %3, %n output(s)", nullptr,
                                                   int(j.outputs.size()))
                           .arg(session->jobName(j.promptId), jobStateName(j.state),
                                shortDuration(qMax<qint64>(0, j.elapsedMs()))),
                       out());
        if (const QString why = j.errorText(); !why.isEmpty())
            printHumanLine(u"  "_s + why, out());
    });

    auto failUnreachable = [&] {
        endProgressLine();
        err() << QCoreApplication::translate("cli", "error: cannot reach %1: %2")
                     .arg(client->endpoint().displayString(),
                          client->lastError().isOk()
                              ? QCoreApplication::translate("cli", "no answer")
                              : client->lastError().message)
              << Qt::endl;
        QCoreApplication::exit(ExitConnectionError);
    };
    if (p.isSet(u"timeout"_s))
        QTimer::singleShot(int(p.value(u"timeout"_s).toDouble() * 1000), qApp, [&] {
            if (everConnected || client->state() == Client::State::Polling) {
                QCoreApplication::exit(ExitOk);
                return;
            }
            failUnreachable();
        });
    const int connectTimeout = int(p.value(u"connect-timeout"_s).toDouble() * 1000);
    QTimer::singleShot(connectTimeout, qApp, [&] {
        if (everConnected || client->state() == Client::State::Polling)
            return;
        failUnreachable();
    });
    session->open();
    // Ctrl+C or SIGTERM: end the progress line, close, exit 0.
    const SignalPipe stop({SIGINT, SIGTERM}, [](int) { QCoreApplication::exit(ExitOk); });
    const int rc = QCoreApplication::exec();
    endProgressLine();
    session->close();
    return rc;
}

} // namespace ComfyScope::Cli
