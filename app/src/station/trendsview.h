// SPDX-License-Identifier: GPL-3.0-or-later
// (Qt Charts is GPL-3.0 for open source: the app that links it is GPL-3.0-or-later; the library
// and the CLI stay MIT — README, "Licence".)
#pragma once

#include <comfyscope/fleet/jobstore.h>

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;

namespace ComfyScope::App {

class TrendCharts;

/*!
 * Trends from the job database, per server and for the fleet, over 1 h / 24 h / 7 d / 30 d:
 * jobs per bucket by outcome (stacked bars), queue depth, run time p50/p95, failure rate and
 * VRAM/GPU load. Hovering shows the values; clicking a bar or point opens those jobs.
 */
class TrendsView : public QWidget
{
    Q_OBJECT
public:
    enum Range { Hour, Day, Week, Month };
    explicit TrendsView(JobStore *store, QWidget *parent = nullptr);
    ~TrendsView() override;

    void setServer(const QString &server); ///< empty: the whole fleet
    void setRange(Range range);
    /// Read the database again (also every minute while shown).
    void refresh();
    /// Milliseconds the last refresh took (query and charts).
    qint64 lastRefreshMs() const { return m_lastMs; }
    /// Bucket data on screen (for tests).
    QList<TrendBucket> buckets() const { return m_buckets; }
    QDateTime rangeEnd() const { return m_end; }

Q_SIGNALS:
    /// A bar or point was clicked (or "Jobs…"): show the jobs it stands for (the History
    /// browser, filtered to the server, the bucket's time and the bar's outcome).
    void jobsRequested(const ComfyScope::JobQuery &query);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openBucket(int index, const QString &outcome);
    /// Every job of the period on screen.
    void openRange();
    QPointer<JobStore> m_store;
    QComboBox *m_server;
    QComboBox *m_range;
    QLabel *m_summary;
    TrendCharts *m_charts;
    QList<TrendBucket> m_buckets;
    QDateTime m_end;
    int m_bucketSeconds = 3600;
    qint64 m_lastMs = 0;
};

} // namespace ComfyScope::App
