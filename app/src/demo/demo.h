// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/session.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

#include <functional>

namespace ComfyScope {
class FleetServer;
class Simulator;
} // namespace ComfyScope

/*!
 * The built-in demo: simulated ComfyUI servers (lib/simulator) on 127.0.0.1 with a workload, for
 * the viewer (one server) and the station (a fleet). Only in builds with the simulator
 * (COMFYSCOPE_HAVE_SIMULATOR); elsewhere start() fails with a message.
 */
namespace ComfyScope::App::Demo {

/// Simulator::demoWorkflow(variant) with its sampler's seed set to `seed`.
QJsonObject workflow(int variant, qint64 seed);

/// One simulated server with a steady workload for the viewer: the simulator's own runs, and
/// now and then a job of "another client" and one with a ComfyDeploy WebSocket output queued
/// as `session` (set before start()) so everything reaches the viewer.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;
    bool start(int workloadIntervalMs, QString *error);
    void setSession(Session *session) { m_session = session; }
    QUrl url() const;
    Simulator *simulator() const { return m_sim; }

private:
    void tick();
    Simulator *m_sim = nullptr;
    QPointer<Session> m_session;
    QObject *m_timer = nullptr;
    int m_ticks = 0;
};

/*!
 * A fleet of simulated servers for the station: most run steady txt2img jobs, one is idle, one
 * keeps failing, one is down (nothing listens on its port); each imitates the ComfyUI-Crystools
 * monitor (GPU load, VRAM, RAM). `add` puts a server into the station and returns it.
 */
class DemoFleet : public QObject
{
    Q_OBJECT
public:
    using AddServer = std::function<FleetServer *(const FleetEntry &entry)>;
    explicit DemoFleet(QObject *parent = nullptr);
    ~DemoFleet() override;
    bool start(int count, int workloadMs, const AddServer &add, QString *error);
    int size() const { return int(m_sims.size()); }

private:
    QList<Simulator *> m_sims;
};

} // namespace ComfyScope::App::Demo
