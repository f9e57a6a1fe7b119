// SPDX-License-Identifier: MIT
#include "fleetserver.h"

#include "common/imagedecoder.h"
#include "viewer/queuemodel.h"

#include <comfyscope/replies.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

double ServerHealth::maxVramUsedPercent() const
{
    double m = -1;
    for (const GpuHealth &g : gpus)
        m = qMax(m, g.vramUsedPercent());
    return m;
}

namespace {
void dropOlderThanHour(QList<QDateTime> &list)
{
    const QDateTime cut = QDateTime::currentDateTimeUtc().addSecs(-3600);
    while (!list.isEmpty() && list.constFirst() < cut)
        list.removeFirst();
}
} // namespace

FleetServer::FleetServer(const QString &name, const ServerProfile &profile, QObject *parent)
    : QObject(parent)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
    , m_name(name)
    , m_profile(profile)
    , m_client(new Client(this))
    , m_tracker(new JobTracker(m_client, this))
    , m_stateSince(QDateTime::currentDateTimeUtc())
    , m_downSince(m_stateSince)
{
    m_client->setDeploySocketMode(Client::DeploySocketMode::Auto);
    // A station watches many servers: keep fewer finished jobs per server than the viewer does.
    m_tracker->setFinishedLimit(100);
    m_statsTimer.setInterval(10000);
    connect(&m_statsTimer, &QTimer::timeout, this, &FleetServer::pollStats);
    m_thumbTimer.setSingleShot(true);
    connect(&m_thumbTimer, &QTimer::timeout, this, &FleetServer::decodeNextThumbnail);

    connect(m_client, &Client::stateChanged, this, &FleetServer::onState);
    connect(m_client, &Client::errorOccurred, this, [this](const Error &error) {
        m_lastError = error.message;
        Q_EMIT changed();
    });
    connect(m_client, &Client::sessionStarted, this, [this](const QString &, bool resumed) {
        pollStats();
        if (resumed || m_hadSession)
            checkRestartAfterResume();
        m_hadSession = true;
    });
    connect(m_client, &Client::statusReceived, this, [this](const StatusEvent &e) {
        if (e.queueRemaining != m_statusQueue) {
            m_statusQueue = e.queueRemaining;
            Q_EMIT changed();
        }
    });
    connect(m_client, &Client::progressReceived, this, [this] { touchProgress(); });
    connect(m_client, &Client::progressStateReceived, this, [this] { touchProgress(); });
    connect(m_client, &Client::executingReceived, this, [this] { touchProgress(); });
    connect(m_client, &Client::executionStartReceived, this, [this] { touchProgress(); });
    connect(m_client, &Client::imageReceived, this, &FleetServer::onImage);
    connect(m_client, &Client::unknownMessageReceived, this,
            [this](const QString &type, const QJsonValue &data) {
                if (type == "crystools.monitor"_L1)
                    onMonitor(data.toObject());
            });
    connect(m_client, &Client::protocolErrorOccurred, this, [this](const ProtocolError &e) {
        Q_EMIT logMessage(1, tr("Protocol: %1").arg(e.message));
    });
    connect(m_client, &Client::certificateRejected, this,
            [this](const QByteArray &sha256, const QStringList &errors) {
                m_lastError = tr("TLS certificate not trusted (SHA-256 %1): %2")
                                  .arg(QString::fromLatin1(sha256.toHex(':')),
                                       errors.join(u"; "_s));
                Q_EMIT logMessage(2, m_lastError);
                Q_EMIT changed();
            });

    connect(m_tracker, &JobTracker::jobAdded, this, [this](const Job &j) {
        noteJob(j);
        if (j.state == Job::State::Running)
            touchProgress();
        Q_EMIT changed();
    });
    connect(m_tracker, &JobTracker::jobChanged, this, [this](const Job &j) {
        noteJob(j);
        if (j.state == Job::State::Running && !m_lastProgressAt.isValid())
            touchProgress();
        Q_EMIT changed();
    });
    connect(m_tracker, &JobTracker::jobRemoved, this, [this](const QString &id) {
        m_pendingIds.remove(id);
        m_runningIds.remove(id);
        Q_EMIT changed();
    });
    connect(m_tracker, &JobTracker::jobFinished, this, [this](const Job &j) {
        noteJob(j);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        dropOlderThanHour(m_finishedAt);
        m_finishedAt.append(now);
        if (j.state == Job::State::Failed) {
            dropOlderThanHour(m_failedAt);
            m_failedAt.append(now);
            const QString why = QueueModel::errorText(j);
            Q_EMIT jobFailed(j, why.isEmpty() ? tr("Job %1 failed").arg(j.promptId.left(8)) : why);
        }
        if (j.state != Job::State::Lost && j.state != Job::State::Cancelled)
            m_newestHistoryId = j.promptId;
        // Stall detection restarts with the next job.
        m_lastProgressAt = runningJob() ? now : QDateTime();
        Q_EMIT jobFinished(j);
        Q_EMIT changed();
    });
}

FleetServer::~FleetServer()
{
    if (m_decodeWatcher) {
        m_decodeWatcher->disconnect(this);
        m_decodeWatcher->waitForFinished();
    }
}

void FleetServer::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT changed();
}

void FleetServer::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
}

QString FleetServer::address() const
{
    return m_profile.displayName();
}

void FleetServer::start()
{
    QString error;
    const ServerEndpoint ep = m_profile.toEndpoint(&error);
    if (!ep.isValid()) {
        m_lastError = error;
        Q_EMIT logMessage(2, tr("Cannot connect to \"%1\": %2").arg(m_profile.address, error));
        Q_EMIT changed();
        return;
    }
    m_profile.applyTo(m_client); // endpoint and the profile's proxy
    if (m_proxy)
        m_client->setProxy(*m_proxy); // a fleet file's proxy overrides it
    m_started = true;
    m_client->open();
    if (m_statsTimer.interval() > 0)
        m_statsTimer.start();
}

void FleetServer::stop()
{
    m_started = false;
    m_statsTimer.stop();
    m_client->close();
}

void FleetServer::setStatsInterval(int ms)
{
    m_statsTimer.setInterval(qMax(0, ms));
    if (ms <= 0)
        m_statsTimer.stop();
    else if (m_started)
        m_statsTimer.start();
}

int FleetServer::rttMs() const
{
    return isUp() ? m_client->lastPingMs() : -1;
}

int FleetServer::queueDepth() const
{
    if (m_statusQueue >= 0)
        return m_statusQueue;
    return m_tracker->queueRemaining();
}

void FleetServer::noteJob(const Job &j)
{
    if (j.state == Job::State::Queued)
        m_pendingIds.insert(j.promptId);
    else
        m_pendingIds.remove(j.promptId);
    if (j.state == Job::State::Running)
        m_runningIds.insert(j.promptId, j.liveDetail);
    else
        m_runningIds.remove(j.promptId);
}

std::optional<Job> FleetServer::runningJob() const
{
    if (m_runningIds.isEmpty())
        return std::nullopt;
    QString pick;
    for (auto it = m_runningIds.cbegin(); it != m_runningIds.cend(); ++it) {
        if (it.value() && (pick.isEmpty() || !m_runningIds.value(pick)))
            pick = it.key();
        else if (pick.isEmpty())
            pick = it.key();
    }
    return m_tracker->job(pick);
}

qint64 FleetServer::runningEtaMs() const
{
    const auto j = runningJob();
    return j ? m_tracker->etaMs(j->promptId) : -1;
}

int FleetServer::failedLastHour() const
{
    const QDateTime cut = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return int(std::count_if(m_failedAt.cbegin(), m_failedAt.cend(),
                             [&](const QDateTime &t) { return t >= cut; }));
}

int FleetServer::finishedLastHour() const
{
    const QDateTime cut = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return int(std::count_if(m_finishedAt.cbegin(), m_finishedAt.cend(),
                             [&](const QDateTime &t) { return t >= cut; }));
}

void FleetServer::onState(Client::State s)
{
    const bool wasUp = isUp();
    m_state = s;
    m_stateSince = QDateTime::currentDateTimeUtc();
    const bool up = isUp();
    if (up) {
        m_downSince = QDateTime();
        m_lastError.clear();
    } else if (wasUp || !m_downSince.isValid()) {
        m_downSince = m_stateSince;
    }
    if (wasUp && !up)
        Q_EMIT logMessage(1, m_client->lastError().message.isEmpty()
                                 ? tr("Connection lost")
                                 : tr("Connection lost: %1").arg(m_client->lastError().message));
    else if (!wasUp && up)
        Q_EMIT logMessage(0, s == Client::State::Polling ? tr("Reachable (polling REST)")
                                                         : tr("Connected"));
    if (!up && !m_client->lastError().message.isEmpty())
        m_lastError = m_client->lastError().message;
    Q_EMIT stateChanged(s);
    Q_EMIT changed();
}

void FleetServer::onImage(const ImageFrame &frame)
{
    touchProgress();
    ++m_previewFrames;
    Q_EMIT imageReceived(frame);
    // Only the newest frame matters for the tile; older ones waiting are dropped (counted).
    m_pendingFrame = frame;
    if (!m_decodeWatcher && !m_thumbTimer.isActive()) {
        const qint64 since = m_thumbnailAt.isValid()
                                 ? m_thumbnailAt.msecsTo(QDateTime::currentDateTimeUtc())
                                 : m_thumbInterval;
        m_thumbTimer.start(
            int(qBound(qint64(0), qint64(m_thumbInterval) - since, qint64(m_thumbInterval))));
    }
}

void FleetServer::decodeNextThumbnail()
{
    if (!m_pendingFrame || m_decodeWatcher)
        return;
    const QByteArray bytes = m_pendingFrame->imageBytes();
    m_pendingFrame.reset();
    DecodeLimits limits;
    limits.wantFullImage = false;
    limits.thumbnailSize = QSize(m_thumbSize, m_thumbSize);
    m_decodeWatcher = new QFutureWatcher<DecodeResult>(this);
    connect(m_decodeWatcher, &QFutureWatcher<DecodeResult>::finished, this,
            &FleetServer::onThumbnailDecoded);
    m_decodeWatcher->setFuture(
        QtConcurrent::run([bytes, limits] { return decodeImage(bytes, limits); }));
}

void FleetServer::onThumbnailDecoded()
{
    const DecodeResult r = m_decodeWatcher->result();
    m_decodeWatcher->deleteLater();
    m_decodeWatcher = nullptr;
    m_thumbnailAt = QDateTime::currentDateTimeUtc();
    if (r.ok) {
        ++m_previewsDecoded;
        m_thumbnail = r.thumbnail;
        Q_EMIT changed();
    } else {
        Q_EMIT logMessage(1, tr("Preview not shown: %1").arg(r.errorString));
    }
    if (m_pendingFrame)
        m_thumbTimer.start(m_thumbInterval);
}

void FleetServer::pollStats()
{
    if (m_statsInFlight || !m_started)
        return;
    m_statsInFlight = true;
    JsonReply *r = m_client->fetchSystemStats();
    connect(r, &Reply::finished, this, [this, r] {
        m_statsInFlight = false;
        if (r->isOk())
            onStats(r->object());
    });
    // The newest history entry: after a reconnect, its absence means the server restarted.
    HistoryReply *h = m_client->fetchHistory(1);
    connect(h, &Reply::finished, this, [this, h] {
        if (!h->isOk() || h->entries().isEmpty())
            return;
        m_newestHistoryId = h->entries().constLast().promptId;
    });
}

void FleetServer::onStats(const QJsonObject &o)
{
    const QJsonObject sys = o.value("system"_L1).toObject();
    const QString version = sys.value("comfyui_version"_L1).toString();
    m_version = version;
    m_health.ramTotal = qint64(sys.value("ram_total"_L1).toDouble(-1));
    const qint64 ramFree = qint64(sys.value("ram_free"_L1).toDouble(-1));
    m_health.ramUsed = m_health.ramTotal >= 0 && ramFree >= 0 ? m_health.ramTotal - ramFree : -1;
    if (!m_health.monitorAt.isValid()
        || m_health.monitorAt.secsTo(QDateTime::currentDateTimeUtc()) > 30) {
        // The crystools monitor is fresher and knows utilisation; use stats only without it.
        m_health.gpus.clear();
        for (const QJsonValue &v : o.value("devices"_L1).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value("type"_L1).toString() == "cpu"_L1)
                continue;
            GpuHealth g;
            g.name = d.value("name"_L1).toString();
            g.vramTotal = qint64(d.value("vram_total"_L1).toDouble(-1));
            const qint64 free = qint64(d.value("vram_free"_L1).toDouble(-1));
            g.vramUsed = g.vramTotal >= 0 && free >= 0 ? g.vramTotal - free : -1;
            m_health.gpus.append(g);
        }
    }
    m_health.statsAt = QDateTime::currentDateTimeUtc();
    QStringList argv;
    for (const QJsonValue &v : sys.value("argv"_L1).toArray())
        argv.append(v.toString());
    const QString fp = version + u'|' + argv.join(u' ') + u'|'
                       + QString::number(qint64(sys.value("ram_total"_L1).toDouble()));
    if (!m_statsFingerprint.isEmpty() && fp != m_statsFingerprint)
        markRestarted(tr("the server reports a different version or command line"));
    m_statsFingerprint = fp;
    Q_EMIT changed();
}

void FleetServer::onMonitor(const QJsonObject &o)
{
    m_health.monitorAt = QDateTime::currentDateTimeUtc();
    if (o.contains("cpu_utilization"_L1))
        m_health.cpuUtilization = o.value("cpu_utilization"_L1).toDouble(-1);
    if (o.contains("ram_total"_L1)) {
        m_health.ramTotal = qint64(o.value("ram_total"_L1).toDouble(-1));
        m_health.ramUsed = qint64(o.value("ram_used"_L1).toDouble(-1));
    }
    const QJsonArray gpus = o.value("gpus"_L1).toArray();
    if (!gpus.isEmpty()) {
        const QList<GpuHealth> old = m_health.gpus;
        m_health.gpus.clear();
        for (qsizetype i = 0; i < gpus.size(); ++i) {
            const QJsonObject g = gpus.at(i).toObject();
            GpuHealth h;
            h.name = i < old.size() ? old.at(i).name : QString();
            h.utilization = g.value("gpu_utilization"_L1).toDouble(-1);
            h.temperature = g.value("gpu_temperature"_L1).toDouble(-1);
            h.vramTotal = qint64(g.value("vram_total"_L1).toDouble(-1));
            h.vramUsed = qint64(g.value("vram_used"_L1).toDouble(-1));
            if (h.vramTotal <= 0 && g.contains("vram_used_percent"_L1)) {
                h.vramTotal = 1000;
                h.vramUsed = qint64(g.value("vram_used_percent"_L1).toDouble() * 10);
            }
            m_health.gpus.append(h);
        }
    }
    Q_EMIT changed();
}

void FleetServer::checkRestartAfterResume()
{
    if (m_newestHistoryId.isEmpty())
        return;
    const QString id = m_newestHistoryId;
    HistoryReply *h = m_client->fetchHistory(id);
    connect(h, &Reply::finished, this, [this, h, id] {
        if (h->isOk() && !h->entry(id) && m_newestHistoryId == id)
            markRestarted(tr("its history no longer has prompt %1").arg(id.left(8)));
    });
}

void FleetServer::markRestarted(const QString &why)
{
    ++m_restarts;
    m_lastRestartAt = QDateTime::currentDateTimeUtc();
    m_newestHistoryId.clear();
    Q_EMIT logMessage(1, tr("Server restarted (%1)").arg(why));
    Q_EMIT restarted(why);
    Q_EMIT changed();
}

} // namespace ComfyScope::App
