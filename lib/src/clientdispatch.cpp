// SPDX-License-Identifier: MIT
// Frames from both sockets to typed signals; FrameAttribution says which prompt and node an
// image belongs to.
#include "client_p.h"

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMetaMethod>

using namespace Qt::StringLiterals;

namespace ComfyScope {

void Client::Private::handleText(const QString &text)
{
    // The raw `data` object is built only for a receiver of messageReceived(); the common
    // messages otherwise become typed payloads without a QJsonDocument, and a sampler step's
    // progress / progress_state, which repeat the step before but for one number, without
    // parsing at all.
    static const QMetaMethod rawSignal = QMetaMethod::fromSignal(&Client::messageReceived);
    const bool typedOnly = !q->isSignalConnected(rawSignal);
    if (typedOnly) {
        if (const Protocol::ParsedMessage *repeat = deltaParser.match(text, maxFrameSize)) {
            // A copy: a receiver that runs an event loop may see the next message change the
            // kept payload, and this one must stay as it was.
            const Protocol::ParsedMessage pm = *repeat;
            dispatch(pm);
            return;
        }
    }
    // One conversion to UTF-8, into the parser's reused buffer.
    const QByteArrayView utf8 = fastParser.setText(text);
    if (qint64(utf8.size()) > maxFrameSize) {
        ProtocolError e;
        e.code = ProtocolError::Code::OversizedMessage;
        e.message = QCoreApplication::translate("ComfyScope",
                                                "text message of %1 bytes exceeds the cap")
                        .arg(utf8.size());
        e.excerpt = utf8.first(qMin<qsizetype>(utf8.size(), 64)).toByteArray();
        Q_EMIT q->protocolErrorOccurred(e);
        return;
    }
    if (typedOnly) {
        Protocol::ParsedMessage pm;
        if (fastParser.parse(pm)) {
            deltaParser.remember(text, utf8.size(), pm);
            dispatch(pm);
            return;
        }
    }
    const Protocol::ParsedMessage pm = Protocol::parseMessage(utf8);
    if (typedOnly && !pm.isError())
        deltaParser.remember(text, utf8.size(), pm);
    dispatch(pm);
}

void Client::Private::dispatch(const Protocol::ParsedMessage &pm, const RelayEnvelope &relayed)
{
    using T = Protocol::Event::Type;
    const Protocol::Event &m = pm.message;
    // Relayed events are another client's: they neither move /ws's current prompt nor change
    // this connection's state (status, feature flags).
    if (relayed.relayed
        && (m.type() == T::Status || m.type() == T::FeatureFlags || m.type() == T::Logs))
        return;
    if (!relayed.relayed)
        attribution.observe(m); // the current prompt and node, for frames that name none
    currentRelay = relayed;
    bool ok = true;
    switch (m.type()) {
    case T::ProtocolError: {
        const auto &e = *m.get<ProtocolError>();
        ok = false;
        qCWarning(COMFYSCOPE_WS) << "protocol error:" << e.message;
        Q_EMIT q->protocolErrorOccurred(e);
        break;
    }
    case T::Unknown: {
        const auto &u = *m.get<Protocol::UnknownMessage>();
        ok = u.rawData.isObject(); // messageReceived carries objects only
        if (u.type.startsWith("assets.seed."_L1))
            Q_EMIT q->assetsSeedReceived(
                AssetsSeedEvent::fromMessage(u.type, u.rawData.toObject()));
        else
            Q_EMIT q->unknownMessageReceived(u.type, u.rawData);
        break;
    }
    case T::Status: {
        const auto &e = *m.get<StatusEvent>();
        registrationTimer.stop();
        ++statusCount;
        if (!e.sid.isEmpty() && !sessionSeen) {
            sessionSeen = true;
            sid = e.sid;
            const bool resumed = hadSession;
            hadSession = true;
            // Right after a reconnect with the same id the old socket's late cleanup may still
            // unregister us (§10.2): take the probe's first look soon, then keep looking.
            resumedSession = resumed;
            startDeafProbe(0); // the baseline
            Q_EMIT q->sessionStarted(sid, resumed);
        }
        Q_EMIT q->statusReceived(e);
        break;
    }
    case T::ExecutionStart: {
        const auto &e = *m.get<ExecutionStartEvent>();
        learnClasses(e.promptId);
        Q_EMIT q->executionStartReceived(e);
        break;
    }
    case T::ExecutionCached:
        Q_EMIT q->executionCachedReceived(*m.get<ExecutionCachedEvent>());
        break;
    case T::Executing: {
        const auto &e = *m.get<ExecutingEvent>();
        Q_EMIT q->executingReceived(e);
        if (e.isFinished() && !e.promptId.isEmpty())
            Q_EMIT q->promptFinished(e.promptId);
        break;
    }
    case T::Progress:
        Q_EMIT q->progressReceived(*m.get<ProgressEvent>());
        break;
    case T::ProgressState:
        Q_EMIT q->progressStateReceived(*m.get<ProgressStateEvent>());
        break;
    case T::Executed:
        Q_EMIT q->executedReceived(*m.get<ExecutedEvent>());
        break;
    case T::ExecutionSuccess:
        Q_EMIT q->executionSuccessReceived(*m.get<ExecutionSuccessEvent>());
        break;
    case T::ExecutionError:
        Q_EMIT q->executionErrorReceived(*m.get<ExecutionErrorEvent>());
        break;
    case T::ExecutionInterrupted:
        Q_EMIT q->executionInterruptedReceived(*m.get<ExecutionInterruptedEvent>());
        break;
    case T::FeatureFlags:
        features = *m.get<FeatureFlags>();
        featuresAnswered = true;
        Q_EMIT q->featureFlagsReceived(features);
        break;
    case T::Logs:
        Q_EMIT q->logsReceived(*m.get<LogsEvent>());
        break;
    case T::Deploy:
        Q_EMIT q->deployEventReceived(*m.get<DeployEvent>());
        break;
    case T::Image:
    case T::ProgressText:
        break; // binary payloads never come out of a text message
    }
    if (ok) {
        if (relayed.relayed)
            Q_EMIT q->relayedMessageReceived(relayed, pm.type, pm.data);
        else
            Q_EMIT q->messageReceived(pm.type, pm.data);
    }
    currentRelay = {};
}

void Client::Private::learnClasses(const QString &promptId)
{
    // Watching prompts queued by another tool under our id: read the graph from /queue once
    // so SaveImageWebsocket frames can be told from previews.
    if (promptId.isEmpty() || attribution.hasNodeClasses(promptId)
        || classLookups.contains(promptId))
        return;
    classLookups.insert(promptId);
    QueueReply *r = q->fetchQueue();
    QObject::connect(r, &Reply::finished, q, [this, r, promptId] {
        classLookups.remove(promptId);
        if (!r->isOk())
            return;
        const QueueSnapshot s = r->queue();
        for (const auto &list : {s.running, s.pending})
            for (const QueueItem &item : list)
                if (!attribution.hasNodeClasses(item.promptId))
                    attribution.setPromptNodeClasses(item.promptId,
                                                     FrameAttribution::classesOf(item.prompt));
    });
}

void Client::Private::handleBinary(const QByteArray &frame)
{
    Protocol::FrameOptions opt;
    opt.maxFrameSize = maxFrameSize;
    // The extended TEXT layout (PR #12540) applies only if we asked for it, and we do not.
    opt.progressTextMetadata = false;
    const Protocol::Frame parsed = Protocol::parseFrame(frame, opt);
    if (const auto *e = parsed.get<ProtocolError>()) {
        qCWarning(COMFYSCOPE_WS) << "binary frame refused:" << e->message;
        Q_EMIT q->protocolErrorOccurred(*e);
    } else if (const auto *image = parsed.get<ImageFrame>()) {
        ImageFrame f = *image;
        attribution.attribute(f);
        emitImage(f);
    } else if (const auto *t = parsed.get<ProgressTextEvent>()) {
        Q_EMIT q->progressTextReceived(*t);
    }
}

void Client::Private::handleDeployText(const QString &text)
{
    const Protocol::ParsedMessage pm = Protocol::parseDeployMessage(text.toUtf8());
    if (const auto *e = pm.message.get<ProtocolError>()) {
        Q_EMIT q->protocolErrorOccurred(*e);
        return;
    }
    // Core messages are copied here too; /ws already delivered them.
    if (const auto *de = pm.message.get<DeployEvent>())
        Q_EMIT q->deployEventReceived(*de);
}

void Client::Private::handleDeployBinary(const QByteArray &frame)
{
    Protocol::FrameOptions opt;
    opt.maxFrameSize = maxFrameSize;
    const Protocol::Frame parsed = Protocol::parseDeployFrame(frame, opt);
    if (const auto *e = parsed.get<ProtocolError>()) {
        Q_EMIT q->protocolErrorOccurred(*e);
        return;
    }
    if (const auto *image = parsed.get<ImageFrame>()) {
        ImageFrame f = *image;
        attribution.attributeDeployFrame(f);
        emitImage(f);
    }
}

void Client::Private::handleRelayText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    const QJsonObject o = doc.object();
    const QString type = o.value("type"_L1).toString();
    const QJsonObject data = o.value("data"_L1).toObject();
    if (type == "relay_hello"_L1) {
        QList<RelayEnvelope> running;
        for (const QJsonValue &v : data.value("running"_L1).toArray()) {
            RelayEnvelope e = RelayEnvelope::fromJson(v.toObject());
            if (!e.promptId.isEmpty())
                running.append(e);
        }
        qCInfo(COMFYSCOPE_WS) << "relay: subscribed;" << running.size() << "prompt(s) running";
        Q_EMIT q->relayConnected(running);
        return;
    }
    if (!doc.isObject() || type.isEmpty() || !o.value("relay"_L1).isObject()) {
        ProtocolError e;
        e.code = doc.isObject() ? ProtocolError::Code::MissingField
                                : ProtocolError::Code::MalformedJson;
        e.message = QCoreApplication::translate("ComfyScope",
                                                "relayed message without type or relay envelope");
        e.messageType = type;
        e.excerpt = utf8.left(64);
        Q_EMIT q->protocolErrorOccurred(e);
        return;
    }
    const RelayEnvelope env = RelayEnvelope::fromJson(o.value("relay"_L1).toObject());
    if (env.broadcast)
        return; // /ws delivered it already
    if (type == "progress_text"_L1) {
        // ComfyUI's binary TEXT frame, turned into text by the relay.
        ProgressTextEvent e;
        e.nodeId = data.value("node_id"_L1).toString();
        e.text = data.value("text"_L1).toString();
        e.promptId = data.value("prompt_id"_L1).toString(env.promptId);
        currentRelay = env;
        Q_EMIT q->progressTextReceived(e);
        Q_EMIT q->relayedMessageReceived(env, type, data);
        currentRelay = {};
        return;
    }
    Protocol::ParsedMessage pm;
    pm.type = type;
    pm.data = data;
    pm.message = Protocol::parseMessageData(type, data);
    dispatch(pm, env);
}

void Client::Private::handleRelayBinary(const QByteArray &frame)
{
    Protocol::FrameOptions opt;
    opt.maxFrameSize = maxFrameSize;
    const Protocol::Frame parsed = Protocol::parseFrame(frame, opt);
    if (const auto *e = parsed.get<ProtocolError>()) {
        qCWarning(COMFYSCOPE_WS) << "relayed frame refused:" << e->message;
        Q_EMIT q->protocolErrorOccurred(*e);
        return;
    }
    const auto *image = parsed.get<ImageFrame>();
    if (!image)
        return;
    ImageFrame f = *image;
    const RelayEnvelope env = RelayEnvelope::fromJson(f.metadata.value("relay"_L1).toObject());
    if (env.broadcast)
        return;
    f.relayed = true;
    f.relayClient = env.client;
    if (f.promptId.isEmpty())
        f.promptId = env.promptId;
    f.attributed = !f.promptId.isEmpty();
    if (f.displayNodeId.isEmpty())
        f.displayNodeId = f.nodeId;
    attribution.attribute(f); // the kind, from the node's class when known
    currentRelay = env;
    currentRelay.relayed = true;
    emitImage(f);
    currentRelay = {};
}

RelayEnvelope RelayEnvelope::fromJson(const QJsonObject &relay)
{
    RelayEnvelope e;
    e.relayed = true;
    e.client = relay.value("client"_L1).toString();
    e.promptId = relay.value("prompt_id"_L1).toString();
    e.broadcast = relay.value("broadcast"_L1).toBool();
    return e;
}

void Client::Private::emitImage(ImageFrame &frame)
{
    frame.receivedAt = QDateTime::currentDateTimeUtc();
    frame.sequence = ++frameSeq;
    Q_EMIT q->imageReceived(frame);
}

} // namespace ComfyScope
