// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/fleetserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QUuid>

#include <algorithm>

namespace ComfyScope {

namespace {
constexpr qint64 HourMs = 3600 * 1000;

/// `list` holds times in ms since the epoch, ascending (appended now or later; a clock set back
/// does not reorder it), so a cut is a binary search: the tiles and totals ask every 250 ms, for
/// every server, with up to an hour of jobs each.
void appendNow(QList<qint64> &list)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 cut = now - HourMs;
    list.erase(list.begin(), std::lower_bound(list.begin(), list.end(), cut));
    list.append(list.isEmpty() ? now : qMax(now, list.constLast()));
}

int countLastHour(const QList<qint64> &list)
{
    const qint64 cut = QDateTime::currentMSecsSinceEpoch() - HourMs;
    return int(list.cend() - std::lower_bound(list.cbegin(), list.cend(), cut));
}
} // namespace

FleetServer::FleetServer(const QString &name, const ServerProfile &profile, QObject *parent)
    : QObject(parent)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
    , m_name(name)
    , m_profile(profile)
    , m_session(new Session(this))
{
    client()->setDeploySocketMode(Client::DeploySocketMode::Auto);
    // A station watches many servers: keep fewer finished jobs per server than the viewer does.
    tracker()->setFinishedLimit(100);

    connect(m_session, &Session::changed, this, &FleetServer::changed);
    connect(m_session, &Session::stateChanged, this, &FleetServer::stateChanged);
    connect(m_session, &Session::restarted, this, &FleetServer::restarted);
    connect(m_session, &Session::imageReceived, this, &FleetServer::imageReceived);
    connect(m_session, &Session::logMessage, this, &FleetServer::logMessage);
    connect(m_session, &Session::jobFailed, this, &FleetServer::jobFailed);
    connect(m_session, &Session::jobFinished, this, [this](const Job &j) {
        appendNow(m_finishedAt);
        if (j.state == Job::State::Failed)
            appendNow(m_failedAt);
        Q_EMIT jobFinished(j);
    });
}

FleetServer::~FleetServer() = default;

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

QString FleetServer::lastError() const
{
    return m_startError.isEmpty() ? m_session->lastError().message : m_startError;
}

void FleetServer::start()
{
    QString error;
    const ServerEndpoint ep = m_profile.toEndpoint(&error);
    if (!ep.isValid()) {
        m_startError = error;
        Q_EMIT logMessage(LogLevel::Error, QCoreApplication::translate("ComfyScope", "Connection"),
                          QCoreApplication::translate("ComfyScope", "Cannot connect to \"%1\": %2")
                              .arg(m_profile.address, error));
        Q_EMIT changed();
        return;
    }
    m_startError.clear();
    m_profile.applyTo(client()); // endpoint and the profile's proxy
    if (m_proxy)
        client()->setProxy(*m_proxy); // a fleet file's proxy overrides it
    m_started = true;
    m_session->open();
}

void FleetServer::stop()
{
    m_started = false;
    m_session->close();
}

int FleetServer::failedLastHour() const
{
    return countLastHour(m_failedAt);
}

int FleetServer::finishedLastHour() const
{
    return countLastHour(m_finishedAt);
}

} // namespace ComfyScope
