// SPDX-License-Identifier: MIT
#pragma once
// Streams a steady load through a Simulator to every connected /ws client: per "step" a
// progress_state, a type 4 preview (JPEG) and a progress message, like a sampler with previews.
// Each preview's metadata carries "sent_ns" (steady clock) so a receiver in the same process can
// measure frame latency. Used by comfyscope-bench and `comfyscope-cli simulate --load`.

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace ComfyScope {
class Simulator;

class LoadGenerator : public QObject
{
public:
    LoadGenerator(Simulator *sim, int previewsPerSecond, int previewSize = 512,
                  QObject *parent = nullptr);
    void start();
    void stop();
    qint64 framesSent() const { return m_sent; }
    /// Nanoseconds on the same steady clock as the "sent_ns" stamps.
    static qint64 nowNs();

private:
    void tick();
    Simulator *m_sim;
    int m_rate;
    QByteArray m_jpeg;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
    int m_step = 0;
};

} // namespace ComfyScope
