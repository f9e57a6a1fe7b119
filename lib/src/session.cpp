// SPDX-License-Identifier: MIT
#include <comfyscope/replies.h>
#include <comfyscope/session.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QQueue>
#include <QtCore/QSet>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace ComfyScope {

double ServerHealth::maxVramUsedPercent() const
{
    double m = -1;
    for (const GpuHealth &g : gpus)
        m = qMax(m, g.vramUsedPercent());
    return m;
}

namespace {
QString jobSource(const QString &promptId)
{
    return QCoreApplication::translate("ComfyScope", "Job %1").arg(promptId.left(8));
}

QString seconds(qint64 ms)
{
    const qint64 s = (qMax<qint64>(0, ms) + 500) / 1000;
    if (s < 60)
        return QString::number(s) + u" s"_s;
    if (s < 3600)
        return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2:%3"_s.arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool isGalleryImage(const ImageRef &ref)
{
    const QString lower = ref.filename.toLower();
    for (const char *ext : {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"})
        if (lower.endsWith(QLatin1StringView(ext)))
            return true;
    return false; // audio, video, 3D files: not images
}

/// How long a crystools.monitor reading counts as fresh: it pushes about once a second.
constexpr int MonitorFreshSecs = 30;
/// Final outputs remembered as fetched (so each is fetched once); oldest forgotten first.
constexpr int FetchedMemory = 4096;
} // namespace

class Session::Private
{
public:
    Session *q;
    Client *client;
    JobTracker *tracker;
    bool open = false;

    Client::State state = Client::State::Disconnected;
    QDateTime stateSince = QDateTime::currentDateTimeUtc();
    QDateTime downSince = stateSince;
    Error lastError;
    QString lastLoggedError;
    int statusQueue = -1;
    QDateTime lastProgressAt;
    QSet<QString> pendingIds;
    QHash<QString, bool> runningIds; ///< prompt id → live detail

    Session::OutputFetch outputFetch = Session::OutputFetch::Images;
    struct Pending
    {
        int open = 0;
        int fetched = 0;
        int failed = 0;
    };
    QHash<QString, Pending> pendingFetches; ///< prompt id → fetches of its final outputs
    QSet<QString> fetched;
    QQueue<QString> fetchedOrder;
    quint64 images = 0;

    QTimer statsTimer;
    bool statsInFlight = false;
    ServerHealth health;
    QString statsFingerprint; ///< version + argv + total RAM: changes when the server restarts
    QString newestHistoryId;  ///< newest finished prompt the server had in its history
    int restarts = 0;
    QDateTime lastRestartAt;
    bool hadSession = false;

    Private(Session *qq)
        : q(qq)
        , client(new Client(qq))
        , tracker(new JobTracker(client, qq))
    {}

    bool isUp() const
    {
        return state == Client::State::Connected || state == Client::State::Polling;
    }

    void log(LogLevel level, const QString &source, const QString &text)
    {
        Q_EMIT q->logMessage(level, source, text);
    }

    void touchProgress() { lastProgressAt = QDateTime::currentDateTimeUtc(); }

    void noteJob(const Job &j)
    {
        if (j.state == Job::State::Queued)
            pendingIds.insert(j.promptId);
        else
            pendingIds.remove(j.promptId);
        if (j.state == Job::State::Running)
            runningIds.insert(j.promptId, j.liveDetail);
        else
            runningIds.remove(j.promptId);
    }

    void onState(Client::State s)
    {
        const bool wasUp = isUp();
        state = s;
        stateSince = QDateTime::currentDateTimeUtc();
        const bool up = isUp();
        if (up) {
            downSince = QDateTime();
            lastError = Error();
            lastLoggedError.clear();
        } else if (wasUp || !downSince.isValid()) {
            downSince = stateSince;
        }
        if (!up && !client->lastError().isOk())
            lastError = client->lastError();
        if (wasUp && !up) {
            // What the server counted is no longer known: drop it rather than show it stale.
            statusQueue = -1;
            log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Connection"),
                lastError.isOk() ? QCoreApplication::translate("ComfyScope", "Connection lost")
                                 : QCoreApplication::translate("ComfyScope", "Connection lost: %1")
                                       .arg(lastError.message));
            lastLoggedError = lastError.message;
        } else if (!wasUp && up) {
            log(LogLevel::Info, QCoreApplication::translate("ComfyScope", "Connection"),
                s == Client::State::Polling
                    ? QCoreApplication::translate("ComfyScope", "Reachable (polling REST)")
                    : QCoreApplication::translate("ComfyScope", "Connected"));
        }
        Q_EMIT q->stateChanged(s);
        Q_EMIT q->changed();
    }

    void onConnectionError(const Error &error)
    {
        lastError = error;
        // A live socket that fails is reported with the state change ("Connection lost: …");
        // a server that stays down fails every attempt the same way: say it once.
        if (!isUp() && error.message != lastLoggedError) {
            lastLoggedError = error.message;
            log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Connection"),
                error.message);
        }
        Q_EMIT q->changed();
    }

    void emitImage(const ImageFrame &frame)
    {
        SessionImage img;
        img.frame = frame;
        if (!frame.promptId.isEmpty()) {
            if (const auto j = tracker->job(frame.promptId)) {
                img.nodeLabel = frame.nodeId.isEmpty() ? QString() : j->nodeLabel(frame.nodeId);
                img.nodeClass = j->nodeClasses.value(frame.nodeId);
                img.jobName = j->displayName();
            }
        }
        ++images;
        Q_EMIT q->imageReceived(img);
    }

    void rememberFetched(const QString &key)
    {
        fetched.insert(key);
        fetchedOrder.enqueue(key);
        while (fetchedOrder.size() > FetchedMemory)
            fetched.remove(fetchedOrder.dequeue());
    }

    void download(const ImageRef &ref, const QString &promptId, bool forJob)
    {
        rememberFetched(ref.key());
        if (forJob)
            ++pendingFetches[promptId].open;
        DownloadReply *r = client->download(ref);
        QObject::connect(r, &Reply::finished, q, [this, r, promptId, forJob] {
            const bool ok = r->isOk();
            if (!ok) {
                log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Download"),
                    QCoreApplication::translate("ComfyScope", "%1: %2")
                        .arg(r->ref().filename, r->errorString()));
                Q_EMIT q->outputFetchFailed(r->ref(), promptId, r->error());
            } else {
                ImageFrame f = r->toImageFrame();
                f.promptId = promptId;
                if (const auto j = tracker->job(promptId))
                    f.nodeId = j->outputNode(f.ref);
                emitImage(f);
            }
            if (forJob)
                fetchDone(promptId, ok);
        });
    }

    void fetchDone(const QString &promptId, bool ok)
    {
        auto it = pendingFetches.find(promptId);
        if (it == pendingFetches.end())
            return;
        --it->open;
        (ok ? it->fetched : it->failed)++;
        if (it->open > 0)
            return;
        const Pending done = *it;
        pendingFetches.erase(it);
        Q_EMIT q->jobOutputsFetched(promptId, done.fetched, done.failed);
    }

    void onJobFinished(const Job &j)
    {
        noteJob(j);
        const QString src = jobSource(j.promptId);
        switch (j.state) {
        case Job::State::Succeeded:
            log(LogLevel::Info, src,
                QCoreApplication::translate("ComfyScope", "Finished in %1; outputs: %2")
                    .arg(seconds(j.elapsedMs()))
                    .arg(j.outputs.size()));
            break;
        case Job::State::Failed: {
            const QString why = j.errorText();
            log(LogLevel::Error, src,
                QCoreApplication::translate("ComfyScope", "Failed: %1").arg(why));
            Q_EMIT q->jobFailed(j, why.isEmpty()
                                       ? QCoreApplication::translate("ComfyScope", "Job %1 failed")
                                             .arg(j.promptId.left(8))
                                       : why);
            break;
        }
        case Job::State::Interrupted:
            log(LogLevel::Warning, src, QCoreApplication::translate("ComfyScope", "Interrupted"));
            break;
        case Job::State::Cancelled:
            log(LogLevel::Info, src,
                QCoreApplication::translate("ComfyScope", "Removed from the queue"));
            break;
        case Job::State::Lost:
            log(LogLevel::Warning, src, j.errorText());
            break;
        default:
            break;
        }
        if (j.state != Job::State::Lost && j.state != Job::State::Cancelled)
            newestHistoryId = j.promptId;
        // Stall detection starts again with the next job.
        lastProgressAt = q->runningJob() ? QDateTime::currentDateTimeUtc() : QDateTime();
        Q_EMIT q->jobFinished(j);
        // Final files of other clients' jobs too: they are on the server all the same.
        pendingFetches[j.promptId].open += 1; // held until every fetch below has started
        if (outputFetch != Session::OutputFetch::None) {
            for (const ImageRef &ref : j.outputs)
                if ((outputFetch == Session::OutputFetch::All || isGalleryImage(ref))
                    && !fetched.contains(ref.key()))
                    download(ref, j.promptId, true);
        }
        auto held = pendingFetches.find(j.promptId);
        --held->open;
        if (held->open == 0) {
            const Pending done = *held;
            pendingFetches.erase(held);
            Q_EMIT q->jobOutputsFetched(j.promptId, done.fetched, done.failed);
        }
        Q_EMIT q->changed();
    }

    void pollStats()
    {
        if (statsInFlight || !open)
            return;
        statsInFlight = true;
        JsonReply *r = client->fetchSystemStats();
        QObject::connect(r, &Reply::finished, q, [this, r] {
            statsInFlight = false;
            if (r->isOk())
                onStats(r->object());
        });
        // The newest history entry: after a reconnect, its absence means the server restarted.
        HistoryReply *h = client->fetchHistory(1);
        QObject::connect(h, &Reply::finished, q, [this, h] {
            if (h->isOk() && !h->entries().isEmpty())
                newestHistoryId = h->entries().constLast().promptId;
        });
    }

    bool monitorFresh() const
    {
        return health.monitorAt.isValid()
               && health.monitorAt.secsTo(QDateTime::currentDateTimeUtc()) <= MonitorFreshSecs;
    }

    void onStats(const QJsonObject &o)
    {
        const QJsonObject sys = o.value("system"_L1).toObject();
        health.version = sys.value("comfyui_version"_L1).toString();
        health.pythonVersion = sys.value("python_version"_L1).toString();
        health.os = sys.value("os"_L1).toString();
        health.deployEnvironment = sys.value("deploy_environment"_L1).toString();
        health.requiredFrontendVersion = sys.value("required_frontend_version"_L1).toString();
        health.packageVersions.clear();
        for (const QJsonValue &v : sys.value("comfy_package_versions"_L1).toArray()) {
            const QJsonObject pk = v.toObject();
            const QString installed = pk.value("installed"_L1).toString();
            health.packageVersions.append(u"%1 %2/%3"_s.arg(
                pk.value("name"_L1).toString(), installed.isEmpty() ? u"-"_s : installed,
                pk.value("required"_L1).toString()));
        }
        if (!monitorFresh()) {
            // One source per figure: the monitor, fresher and richer, wins while it reports.
            health.ramTotal = qint64(sys.value("ram_total"_L1).toDouble(-1));
            const qint64 ramFree = qint64(sys.value("ram_free"_L1).toDouble(-1));
            health.ramUsed = health.ramTotal >= 0 && ramFree >= 0 ? health.ramTotal - ramFree : -1;
            health.gpus.clear();
            for (const QJsonValue &v : o.value("devices"_L1).toArray()) {
                const QJsonObject dev = v.toObject();
                if (dev.value("type"_L1).toString() == "cpu"_L1)
                    continue;
                GpuHealth g;
                g.name = dev.value("name"_L1).toString();
                g.index = dev.value("index"_L1).toInt(int(health.gpus.size()));
                g.vramTotal = qint64(dev.value("vram_total"_L1).toDouble(-1));
                const qint64 free = qint64(dev.value("vram_free"_L1).toDouble(-1));
                g.vramUsed = g.vramTotal >= 0 && free >= 0 ? g.vramTotal - free : -1;
                health.gpus.append(g);
            }
        }
        health.statsAt = QDateTime::currentDateTimeUtc();
        QStringList argv;
        for (const QJsonValue &v : sys.value("argv"_L1).toArray())
            argv.append(v.toString());
        const QString fp = health.version + u'|' + argv.join(u' ') + u'|'
                           + QString::number(qint64(sys.value("ram_total"_L1).toDouble()));
        if (!statsFingerprint.isEmpty() && fp != statsFingerprint)
            markRestarted(QCoreApplication::translate(
                "ComfyScope", "the server reports a different version or command line"));
        statsFingerprint = fp;
        Q_EMIT q->healthChanged();
        Q_EMIT q->changed();
    }

    void onMonitor(const QJsonObject &o)
    {
        health.monitorAt = QDateTime::currentDateTimeUtc();
        if (o.contains("cpu_utilization"_L1))
            health.cpuUtilization = o.value("cpu_utilization"_L1).toDouble(-1);
        if (o.contains("ram_total"_L1)) {
            health.ramTotal = qint64(o.value("ram_total"_L1).toDouble(-1));
            health.ramUsed = qint64(o.value("ram_used"_L1).toDouble(-1));
        }
        const QJsonArray gpus = o.value("gpus"_L1).toArray();
        if (!gpus.isEmpty()) {
            const QList<GpuHealth> old = health.gpus;
            health.gpus.clear();
            for (qsizetype i = 0; i < gpus.size(); ++i) {
                const QJsonObject g = gpus.at(i).toObject();
                GpuHealth h;
                h.index = int(i);
                h.name = i < old.size() ? old.at(i).name : QString();
                h.utilization = g.value("gpu_utilization"_L1).toDouble(-1);
                h.temperature = g.value("gpu_temperature"_L1).toDouble(-1);
                h.vramTotal = qint64(g.value("vram_total"_L1).toDouble(-1));
                h.vramUsed = qint64(g.value("vram_used"_L1).toDouble(-1));
                if (h.vramTotal <= 0 && g.contains("vram_used_percent"_L1)) {
                    h.vramTotal = 1000;
                    h.vramUsed = qint64(g.value("vram_used_percent"_L1).toDouble() * 10);
                }
                health.gpus.append(h);
            }
        }
        Q_EMIT q->healthChanged();
        Q_EMIT q->changed();
    }

    void checkRestartAfterResume()
    {
        if (newestHistoryId.isEmpty())
            return;
        const QString id = newestHistoryId;
        HistoryReply *h = client->fetchHistory(id);
        QObject::connect(h, &Reply::finished, q, [this, h, id] {
            if (h->isOk() && !h->entry(id) && newestHistoryId == id)
                markRestarted(
                    QCoreApplication::translate("ComfyScope", "its history no longer has prompt %1")
                        .arg(id.left(8)));
        });
    }

    void markRestarted(const QString &why)
    {
        ++restarts;
        lastRestartAt = QDateTime::currentDateTimeUtc();
        newestHistoryId.clear();
        log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Connection"),
            QCoreApplication::translate("ComfyScope", "Server restarted (%1)").arg(why));
        Q_EMIT q->restarted(why);
        Q_EMIT q->changed();
    }
};

Session::Session(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<SessionImage>();
    d->statsTimer.setInterval(10000);
    connect(&d->statsTimer, &QTimer::timeout, this, [this] { d->pollStats(); });

    Client *c = d->client;
    connect(c, &Client::stateChanged, this, [this](Client::State s) { d->onState(s); });
    connect(c, &Client::errorOccurred, this, [this](const Error &e) { d->onConnectionError(e); });
    connect(
        c, &Client::certificateRejected, this,
        [this](const QByteArray &sha256, const QStringList &errors) {
            const QString fp = QString::fromLatin1(sha256.toHex(':'));
            const QString text = QCoreApplication::translate(
                                     "ComfyScope", "TLS certificate not trusted (SHA-256 %1): %2")
                                     .arg(fp, errors.join(u"; "_s));
            d->lastError = Error(Error::Code::TlsRejected, text, fp);
            d->log(LogLevel::Error, QCoreApplication::translate("ComfyScope", "Connection"), text);
            Q_EMIT changed();
        });
    connect(c, &Client::sessionStarted, this, [this](const QString &sid, bool resumed) {
        d->log(LogLevel::Info, QCoreApplication::translate("ComfyScope", "Connection"),
               resumed
                   ? QCoreApplication::translate("ComfyScope", "Session resumed (%1)").arg(sid)
                   : QCoreApplication::translate("ComfyScope", "Session started (%1)").arg(sid));
        d->pollStats();
        if (resumed || d->hadSession)
            d->checkRestartAfterResume();
        d->hadSession = true;
    });
    connect(c, &Client::statusReceived, this, [this](const StatusEvent &e) {
        if (e.queueRemaining != d->statusQueue) {
            d->statusQueue = e.queueRemaining;
            Q_EMIT changed();
        }
    });
    connect(c, &Client::progressReceived, this, [this] { d->touchProgress(); });
    connect(c, &Client::progressStateReceived, this, [this] { d->touchProgress(); });
    connect(c, &Client::executingReceived, this, [this] { d->touchProgress(); });
    connect(c, &Client::executionStartReceived, this, [this] { d->touchProgress(); });
    connect(c, &Client::imageReceived, this, [this](const ImageFrame &f) {
        d->touchProgress();
        d->emitImage(f);
    });
    connect(c, &Client::unknownMessageReceived, this,
            [this](const QString &type, const QJsonValue &data) {
                if (type == "crystools.monitor"_L1)
                    d->onMonitor(data.toObject());
            });
    connect(c, &Client::assetsSeedReceived, this, [this](const AssetsSeedEvent &e) {
        if (e.phase != "progress"_L1) // progress comes about every second: the signal only
            d->log(e.isError() ? LogLevel::Warning : LogLevel::Info,
                   QCoreApplication::translate("ComfyScope", "Assets"),
                   e.isError() ? QCoreApplication::translate("ComfyScope", "Asset scan failed: %1")
                                     .arg(e.message)
                   : e.total >= 0
                       ? QCoreApplication::translate("ComfyScope", "Asset scan %1 (%2 files)")
                             .arg(e.phase)
                             .arg(e.total)
                       : QCoreApplication::translate("ComfyScope", "Asset scan %1").arg(e.phase));
        Q_EMIT assetsSeedReceived(e);
    });
    connect(c, &Client::protocolErrorOccurred, this, [this](const ProtocolError &e) {
        d->log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Protocol"), e.message);
    });
    connect(c, &Client::relayErrorOccurred, this, [this](const Error &e) {
        d->log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Relay"), e.message);
        Q_EMIT changed();
    });
    connect(c, &Client::relayConnected, this, [this] {
        d->log(LogLevel::Info, QCoreApplication::translate("ComfyScope", "Relay"),
               QCoreApplication::translate("ComfyScope",
                                           "Following every client's jobs through the relay"));
        Q_EMIT changed();
    });

    JobTracker *t = d->tracker;
    connect(t, &JobTracker::jobAdded, this, [this](const Job &j) {
        d->noteJob(j);
        if (j.state == Job::State::Running)
            d->touchProgress();
        d->log(
            LogLevel::Info, jobSource(j.promptId),
            j.own ? QCoreApplication::translate("ComfyScope", "Queued")
            : j.relayed
                ? QCoreApplication::translate("ComfyScope", "Running for client %1 (relayed)")
                      .arg(j.relayClient)
                : QCoreApplication::translate("ComfyScope", "Seen in the queue (another client)"));
        Q_EMIT changed();
    });
    connect(t, &JobTracker::jobChanged, this, [this](const Job &j) {
        d->noteJob(j);
        if (j.state == Job::State::Running && !d->lastProgressAt.isValid())
            d->touchProgress();
        Q_EMIT changed();
    });
    connect(t, &JobTracker::jobRemoved, this, [this](const QString &id) {
        d->pendingIds.remove(id);
        d->runningIds.remove(id);
        Q_EMIT changed();
    });
    connect(t, &JobTracker::jobFinished, this, [this](const Job &j) { d->onJobFinished(j); });
    connect(t, &JobTracker::syncError, this, [this](const QString &msg) {
        d->log(LogLevel::Warning, QCoreApplication::translate("ComfyScope", "Sync"), msg);
    });
}

Session::~Session() = default;

Client *Session::client() const
{
    return d->client;
}

JobTracker *Session::tracker() const
{
    return d->tracker;
}

void Session::open()
{
    d->open = true;
    d->client->open();
    if (d->statsTimer.interval() > 0)
        d->statsTimer.start();
}

void Session::close()
{
    d->open = false;
    d->statsTimer.stop();
    d->client->close();
}

bool Session::isOpen() const
{
    return d->open;
}

Client::State Session::state() const
{
    return d->state;
}

bool Session::isUp() const
{
    return d->isUp();
}

QDateTime Session::stateSince() const
{
    return d->stateSince;
}

QDateTime Session::downSince() const
{
    return d->downSince;
}

Error Session::lastError() const
{
    return d->lastError;
}

int Session::rttMs() const
{
    return d->isUp() ? d->client->lastPingMs() : -1;
}

int Session::queueDepth() const
{
    if (d->statusQueue >= 0)
        return d->statusQueue;
    return d->isUp() ? d->tracker->queueRemaining() : 0;
}

int Session::pendingCount() const
{
    return int(d->pendingIds.size());
}

int Session::runningCount() const
{
    return int(d->runningIds.size());
}

std::optional<Job> Session::runningJob() const
{
    if (d->runningIds.isEmpty())
        return std::nullopt;
    QString pick;
    for (auto it = d->runningIds.cbegin(); it != d->runningIds.cend(); ++it) {
        if (it.value() && (pick.isEmpty() || !d->runningIds.value(pick)))
            pick = it.key();
        else if (pick.isEmpty())
            pick = it.key();
    }
    return d->tracker->job(pick);
}

qint64 Session::runningEtaMs() const
{
    const auto j = runningJob();
    return j ? d->tracker->etaMs(j->promptId) : -1;
}

QDateTime Session::lastProgressAt() const
{
    return d->lastProgressAt;
}

SubmitReply *Session::submit(const QJsonObject &workflow, const QString &name,
                             const QJsonObject &options)
{
    return d->tracker->submit(workflow, options, name);
}

QString Session::nodeLabel(const QString &promptId, const QString &nodeId) const
{
    if (promptId.isEmpty() || nodeId.isEmpty())
        return {};
    const auto j = d->tracker->job(promptId);
    return j ? j->nodeLabel(nodeId) : QString();
}

QString Session::jobName(const QString &promptId) const
{
    const auto j = d->tracker->job(promptId);
    return j ? j->displayName() : promptId.left(8);
}

void Session::setOutputFetch(OutputFetch mode)
{
    d->outputFetch = mode;
}

Session::OutputFetch Session::outputFetch() const
{
    return d->outputFetch;
}

void Session::fetchOutput(const ImageRef &ref, const QString &promptId, bool force)
{
    if (!ref.isValid() || (!force && d->fetched.contains(ref.key())))
        return;
    d->download(ref, promptId, false);
}

quint64 Session::imageCount() const
{
    return d->images;
}

ServerHealth Session::health() const
{
    return d->health;
}

QString Session::version() const
{
    return d->health.version;
}

void Session::setStatsInterval(int ms)
{
    d->statsTimer.setInterval(qMax(0, ms));
    if (ms <= 0)
        d->statsTimer.stop();
    else if (d->open)
        d->statsTimer.start();
}

int Session::restarts() const
{
    return d->restarts;
}

QDateTime Session::lastRestartAt() const
{
    return d->lastRestartAt;
}

} // namespace ComfyScope
