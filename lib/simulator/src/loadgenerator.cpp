// SPDX-License-Identifier: MIT
#include <comfyscope/loadgenerator.h>

#include <comfyscope/protocol.h>
#include <comfyscope/simulator.h>

#include <QtCore/QBuffer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <chrono>

using namespace Qt::StringLiterals;

namespace ComfyScope {

LoadGenerator::LoadGenerator(Simulator *sim, int previewsPerSecond, int previewSize,
                             QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_rate(qMax(1, previewsPerSecond))
{
    QImage img(previewSize, previewSize, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, previewSize, previewSize);
    g.setColorAt(0, QColor(40, 90, 200));
    g.setColorAt(1, QColor(230, 120, 40));
    p.fillRect(img.rect(), g);
    p.end();
    QBuffer buf(&m_jpeg);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPEG", 95); // latent previews are JPEG q95 (§5.1)
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LoadGenerator::tick);
}

qint64 LoadGenerator::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void LoadGenerator::start()
{
    m_clock.start();
    m_timer.start(qMax(1, 1000 / m_rate));
}

void LoadGenerator::stop()
{
    m_timer.stop();
}

void LoadGenerator::tick()
{
    // Catch up with the wall clock so the rate holds even when timers are late.
    const qint64 due = m_clock.elapsed() * m_rate / 1000;
    const QString prompt = u"load-prompt"_s;
    for (const QString &sid : m_sim->connectedSids()) {
        for (qint64 i = m_sent; i < due; ++i) {
            const int step = int(i % 20) + 1;
            const QJsonObject node{{u"value"_s, step},
                                   {u"max"_s, 20},
                                   {u"state"_s, u"running"_s},
                                   {u"node_id"_s, u"3"_s},
                                   {u"prompt_id"_s, prompt},
                                   {u"display_node_id"_s, u"3"_s},
                                   {u"parent_node_id"_s, QJsonValue()},
                                   {u"real_node_id"_s, u"3"_s}};
            m_sim->sendText(
                sid,
                QJsonDocument(QJsonObject{{u"type"_s, u"progress_state"_s},
                                          {u"data"_s,
                                           QJsonObject{{u"prompt_id"_s, prompt},
                                                       {u"nodes"_s, QJsonObject{{u"3"_s, node}}}}}})
                    .toJson(QJsonDocument::Compact));
            const QJsonObject meta{{u"node_id"_s, u"3"_s},
                                   {u"prompt_id"_s, prompt},
                                   {u"display_node_id"_s, u"3"_s},
                                   {u"parent_node_id"_s, QJsonValue()},
                                   {u"real_node_id"_s, u"3"_s},
                                   {u"image_type"_s, u"image/jpeg"_s},
                                   {u"sent_ns"_s, QString::number(nowNs())}};
            m_sim->sendBinary(sid, Protocol::makeMetadataPreviewFrame(meta, m_jpeg));
            m_sim->sendText(
                sid, QJsonDocument(QJsonObject{{u"type"_s, u"progress"_s},
                                               {u"data"_s, QJsonObject{{u"value"_s, step},
                                                                       {u"max"_s, 20},
                                                                       {u"prompt_id"_s, prompt},
                                                                       {u"node"_s, u"3"_s}}}})
                         .toJson(QJsonDocument::Compact));
        }
    }
    m_sent = qMax(m_sent, due);
}

} // namespace ComfyScope
