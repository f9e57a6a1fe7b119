// SPDX-License-Identifier: MIT
#include "demo.h"

#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/session.h>
#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include <comfyscope/simulator.h>
#endif

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace ComfyScope::App::Demo {

QJsonObject workflow(int variant, qint64 seed)
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    QJsonObject wf = Simulator::demoWorkflow(variant);
    QJsonObject sampler = wf.value(u"3"_s).toObject();
    QJsonObject inputs = sampler.value(u"inputs"_s).toObject();
    inputs.insert(u"seed"_s, seed);
    sampler.insert(u"inputs"_s, inputs);
    wf.insert(u"3"_s, sampler);
    return wf;
#else
    Q_UNUSED(variant);
    Q_UNUSED(seed);
    return {};
#endif
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{}

DemoServer::~DemoServer() = default;

QUrl DemoServer::url() const
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    return m_sim ? m_sim->httpUrl() : QUrl();
#else
    return {};
#endif
}

bool DemoServer::start(int workloadIntervalMs, QString *error)
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    if (!m_sim) {
        m_sim = new Simulator(this);
        m_sim->setPreviewMethod(u"auto"_s);
        m_sim->setStepDelay(250);
        m_sim->setComfyDeployEnabled(true);
        if (!m_sim->listen()) {
            delete m_sim;
            m_sim = nullptr;
            if (error)
                *error = tr("The demo server could not listen on a local port.");
            return false;
        }
    }
    m_sim->startAutoWorkload(workloadIntervalMs);
    if (!m_timer) {
        auto *t = new QTimer(this);
        connect(t, &QTimer::timeout, this, &DemoServer::tick);
        m_timer = t;
    }
    static_cast<QTimer *>(m_timer)->start(workloadIntervalMs * 5 / 2);
    return true;
#else
    Q_UNUSED(workloadIntervalMs);
    if (error)
        *error = tr("This build has no demo server.");
    return false;
#endif
}

void DemoServer::tick()
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    if (!m_sim)
        return;
    const int n = m_ticks++;
    QJsonObject wf = workflow(0, 1000 + n);
    if (n % 2 == 0) {
        // A job of "another client": shown without live detail, honestly.
        m_sim->queuePrompt(wf, u"another-demo-client"_s,
                           QJsonObject{{u"preview_method"_s, u"auto"_s}});
    } else if (m_session) {
        wf.insert(u"10"_s,
                  QJsonObject{{u"class_type"_s, u"ComfyDeployWebscoketImageOutput"_s},
                              {u"inputs"_s,
                               QJsonObject{{u"output_id"_s, u"demo"_s},
                                           {u"images"_s, QJsonArray{u"8"_s, 0}},
                                           {u"file_type"_s, u"WEBP"_s},
                                           {u"quality"_s, 80},
                                           {u"client_id"_s, m_session->client()->clientId()}}}});
        m_session->submit(
            wf, tr("Demo with a ComfyDeploy output"),
            QJsonObject{{u"extra_data"_s, QJsonObject{{u"preview_method"_s, u"auto"_s}}}});
    }
#endif
}

DemoFleet::DemoFleet(QObject *parent)
    : QObject(parent)
{}

DemoFleet::~DemoFleet()
{
    qDeleteAll(m_sims);
}

bool DemoFleet::start(int count, int workloadMs, const AddServer &add, QString *error)
{
#ifdef COMFYSCOPE_HAVE_SIMULATOR
    count = qBound(1, count, 200);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        auto *sim = new Simulator;
        const int kind = i % 8; // 0-4 running, 5 idle, 6 failing, 7 down
        sim->setVersion(i % 3 == 2 ? Simulator::Version::V0_3_18 : Simulator::Version::V0_8_0);
        sim->setPreviewMethod(u"auto"_s);
        sim->setStepDelay(300 + 60 * (i % 5));
        if (!sim->listen()) {
            delete sim;
            if (error)
                *error = tr("A demo server could not listen on a local port.");
            return false;
        }
        FleetEntry e;
        e.name = tr("gpu-%1").arg(i + 1, 2, 10, QChar(u'0'));
        e.profile.address = sim->httpUrl().toString();
        if (kind == 7) {
            // A server that went away: nothing listens on its port any more.
            sim->close();
            delete sim;
            e.name += tr(" (offline)");
            add(e);
            continue;
        }
        m_sims.append(sim);
        FleetServer *s = add(e);
        if (kind <= 4) {
            // A steady stream of txt2img runs (sometimes with a SaveImageWebsocket output),
            // queued as this station's client so every preview and step reaches it.
            auto *t = new QTimer(sim);
            auto n = std::make_shared<int>(0);
            connect(t, &QTimer::timeout, sim, [sim, s, n, i] {
                if (sim->queueRemaining() > 1 || !s->client()->isConnected())
                    return;
                const int run = (*n)++;
                sim->queuePrompt(workflow(run % 3 == 2 ? 2 : 0, 1000 * i + run),
                                 s->client()->clientId(),
                                 QJsonObject{{u"preview_method"_s, u"auto"_s}});
            });
            t->start(workloadMs / 2);
        }
        if (kind == 6) {
            // A server whose workflow keeps failing (execution errors).
            auto *t = new QTimer(sim);
            connect(t, &QTimer::timeout, sim, [sim, s] {
                if (s->client()->isConnected())
                    sim->queuePrompt(Simulator::demoWorkflow(3), s->client()->clientId());
            });
            t->start(workloadMs * 3);
        }
        // Imitate the ComfyUI-Crystools extension: GPU, VRAM, RAM and CPU every 2 s.
        auto *mon = new QTimer(sim);
        const double vramBase = kind == 3 ? 88 : 25 + 8 * (i % 6);
        connect(mon, &QTimer::timeout, sim, [sim, rng, vramBase, kind, i] {
            const bool busy = kind <= 4 || kind == 6;
            const double util = busy ? 70 + rng->bounded(30) : rng->bounded(4);
            const double vram = qMin(99.0, vramBase + (busy ? rng->bounded(8) : 0));
            const qint64 vramTotal = (i % 2 ? 24LL : 48LL) * 1024 * 1024 * 1024;
            const qint64 ramTotal = 128LL * 1024 * 1024 * 1024;
            const QJsonObject data{
                {u"cpu_utilization"_s, 5 + rng->bounded(20)},
                {u"ram_total"_s, double(ramTotal)},
                {u"ram_used"_s, double(ramTotal) * (0.3 + 0.02 * (i % 10))},
                {u"ram_used_percent"_s, 30 + 2 * (i % 10)},
                {u"device_type"_s, u"cuda"_s},
                {u"gpus"_s, QJsonArray{QJsonObject{{u"gpu_utilization"_s, util},
                                                   {u"gpu_temperature"_s, 45 + util / 3},
                                                   {u"vram_total"_s, double(vramTotal)},
                                                   {u"vram_used"_s, double(vramTotal) * vram / 100},
                                                   {u"vram_used_percent"_s, vram}}}}};
            sim->sendText(QString(), QJsonDocument(QJsonObject{{u"type"_s, u"crystools.monitor"_s},
                                                               {u"data"_s, data}})
                                         .toJson(QJsonDocument::Compact));
        });
        mon->start(2000);
    }
    return true;
#else
    Q_UNUSED(count);
    Q_UNUSED(workloadMs);
    Q_UNUSED(add);
    if (error)
        *error = tr("This build has no demo server.");
    return false;
#endif
}

} // namespace ComfyScope::App::Demo
