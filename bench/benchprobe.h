// SPDX-License-Identifier: MIT
// The GUI-thread stall probe and event-loop helpers the app scenarios share (benchapp.cpp,
// benchstation.cpp).
#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QTimer>

#include <algorithm>

namespace Bench {

/// Measures how late a 4 ms precise timer fires on the GUI thread: the lateness is the time the
/// thread could not respond (a "stall").
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(4);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_stalls.append(qMax<qint64>(0, now - m_last - 4'000'000));
            m_last = now;
        });
    }
    void start()
    {
        m_stalls.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentileMs(double q) const
    {
        if (m_stalls.isEmpty())
            return 0;
        QList<qint64> v = m_stalls;
        std::sort(v.begin(), v.end());
        return v.at(qMin<qsizetype>(v.size() - 1, qsizetype(q * v.size()))) / 1e6;
    }
    double maxMs() const
    {
        return m_stalls.isEmpty() ? 0 : *std::max_element(m_stalls.cbegin(), m_stalls.cend()) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_stalls;
};

/// Runs the event loop for `ms` milliseconds.
void runEventLoopFor(int ms);

/// Percentile `q` (0..1) of `v` (sorted here); 0 when empty.
template<typename T>
double percentile(QList<T> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return double(v.at(qMin<qsizetype>(v.size() - 1, qsizetype(q * v.size()))));
}

} // namespace Bench
