// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendsview.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtGui/QCursor>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

/// The four charts of the view.
class TrendCharts : public QWidget
{
public:
    explicit TrendCharts(QWidget *parent)
        : QWidget(parent)
    {
        auto *grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < 4; ++i) {
            charts[i] = new QChart;
            charts[i]->legend()->setAlignment(Qt::AlignBottom);
            charts[i]->setMargins(QMargins(4, 4, 4, 4));
            views[i] = new QChartView(charts[i]);
            views[i]->setRenderHint(QPainter::Antialiasing);
            views[i]->setMinimumSize(320, 220);
            grid->addWidget(views[i], i / 2, i % 2);
        }
    }
    QChart *charts[4] = {};
    QChartView *views[4] = {};
};

namespace {
int bucketSecondsFor(TrendsView::Range r)
{
    switch (r) {
    case TrendsView::Hour:
        return 300;
    case TrendsView::Day:
        return 3600;
    case TrendsView::Week:
        return 3600;
    case TrendsView::Month:
        return 86400;
    }
    return 3600;
}
qint64 rangeSecondsFor(TrendsView::Range r)
{
    switch (r) {
    case TrendsView::Hour:
        return 3600;
    case TrendsView::Day:
        return 86400;
    case TrendsView::Week:
        return 7 * 86400;
    case TrendsView::Month:
        return 30 * 86400;
    }
    return 86400;
}

void clear(QChart *c)
{
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
}

} // namespace

TrendsView::TrendsView(JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_server(new QComboBox)
    , m_range(new QComboBox)
    , m_summary(new QLabel)
    , m_charts(new TrendCharts(this))
{
    setWindowTitle(tr("Trends"));
    m_range->addItem(tr("Last hour"), Hour);
    m_range->addItem(tr("Last 24 hours"), Day);
    m_range->addItem(tr("Last 7 days"), Week);
    m_range->addItem(tr("Last 30 days"), Month);
    m_range->setCurrentIndex(1);
    auto *refreshBtn = new QPushButton(tr("&Refresh"));
    auto *jobsBtn = new QPushButton(tr("&Jobs…"));
    jobsBtn->setToolTip(tr("Open these jobs in the History browser (or click a bar or point)"));
    connect(jobsBtn, &QPushButton::clicked, this, &TrendsView::openRange);
    auto *bar = new QHBoxLayout;
    auto *serverLabel = new QLabel(tr("&Server:"));
    serverLabel->setBuddy(m_server);
    bar->addWidget(serverLabel);
    bar->addWidget(m_server);
    auto *rangeLabel = new QLabel(tr("&Period:"));
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(refreshBtn);
    bar->addWidget(jobsBtn);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(bar);
    lay->addWidget(m_charts, 1);
    auto reload = [this] { refresh(); };
    connect(m_server, &QComboBox::activated, this, reload);
    connect(m_range, &QComboBox::activated, this, reload);
    connect(refreshBtn, &QPushButton::clicked, this, reload);
    auto *timer = new QTimer(this);
    timer->setInterval(60000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    timer->start();
}

TrendsView::~TrendsView() = default;

void TrendsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TrendsView::setServer(const QString &server)
{
    if (m_server->findData(server) < 0)
        m_server->addItem(server, server);
    m_server->setCurrentIndex(m_server->findData(server));
    refresh();
}

void TrendsView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(range));
    refresh();
}

void TrendsView::refresh()
{
    if (!m_store)
        return;
    QElapsedTimer timer;
    timer.start();
    // Servers known to the database, the fleet first.
    const QString current = m_server->currentData().toString();
    const QStringList names = m_store->serverNames();
    m_server->blockSignals(true);
    m_server->clear();
    m_server->addItem(tr("Whole fleet"), QString());
    for (const QString &n : names)
        m_server->addItem(n, n);
    m_server->setCurrentIndex(qMax(0, m_server->findData(current)));
    m_server->blockSignals(false);

    const auto range = Range(m_range->currentData().toInt());
    m_bucketSeconds = bucketSecondsFor(range);
    // Buckets on whole multiples (an hour starts on the hour).
    const qint64 b = m_bucketSeconds;
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    m_end = QDateTime::fromSecsSinceEpoch((nowS / b + 1) * b, Qt::UTC);
    const QDateTime from = m_end.addSecs(-rangeSecondsFor(range));
    const QString server = m_server->currentData().toString();
    m_buckets = m_store->trend(server, from, m_end, m_bucketSeconds);

    const QString unit = m_bucketSeconds == 300    ? tr("5 minutes")
                         : m_bucketSeconds == 3600 ? tr("hour")
                                                   : tr("day");
    const QString timeFmt = m_bucketSeconds >= 86400 ? u"MM-dd"_s
                            : range == Week          ? u"MM-dd"_s
                                                     : u"HH:mm"_s;

    // 1. Jobs per bucket by outcome.
    QChart *jobs = m_charts->charts[0];
    clear(jobs);
    jobs->setTitle(tr("Jobs per %1 by outcome").arg(unit));
    auto *stack = new QStackedBarSeries;
    const QList<QPair<QString, QColor>> sets = {{tr("succeeded"), QColor(0x3c, 0xa0, 0x5a)},
                                                {tr("failed"), QColor(0xd0, 0x3c, 0x3c)},
                                                {tr("interrupted"), QColor(0xe0, 0xa0, 0x30)},
                                                {tr("other"), QColor(0x90, 0x90, 0x90)}};
    static const char *const outcomeKeys[] = {"succeeded", "failed", "interrupted", ""};
    QStringList cats;
    for (int s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets[s].first);
        set->setColor(sets[s].second);
        set->setBorderColor(sets[s].second);
        for (const TrendBucket &x : std::as_const(m_buckets))
            *set << (s == 0 ? x.succeeded : s == 1 ? x.failed : s == 2 ? x.interrupted : x.other);
        const QString key = QString::fromLatin1(outcomeKeys[s]);
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int i) {
            if (!on || i < 0 || i >= m_buckets.size()) {
                QToolTip::hideText();
                return;
            }
            const TrendBucket &x = m_buckets.at(i);
            QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3\nall: %4 (failed %5)")
                                                   .arg(QLocale().toString(x.start.toLocalTime(),
                                                                           QLocale::ShortFormat),
                                                        set->label())
                                                   .arg(int(set->at(i)))
                                                   .arg(x.total())
                                                   .arg(x.failed));
        });
        connect(set, &QBarSet::clicked, this, [this, key](int i) { openBucket(i, key); });
        stack->append(set);
    }
    for (const TrendBucket &x : std::as_const(m_buckets))
        cats << x.start.toLocalTime().toString(range == Week ? u"MM-dd HH:mm"_s : timeFmt);
    stack->setBarWidth(0.9);
    jobs->addSeries(stack);
    auto *catAxis = new QBarCategoryAxis;
    catAxis->append(cats);
    catAxis->setLabelsAngle(-60);
    // Too many labels make a black band: show the axis labels only when they fit.
    catAxis->setLabelsVisible(cats.size() <= 48);
    jobs->addAxis(catAxis, Qt::AlignBottom);
    stack->attachAxis(catAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    jobs->addAxis(countAxis, Qt::AlignLeft);
    stack->attachAxis(countAxis);
    countAxis->setMin(0);

    // Line charts share a time axis.
    auto lineChart = [&](QChart *c, const QString &title, const QString &yTitle) {
        clear(c);
        c->setTitle(title);
        auto *x = new QDateTimeAxis;
        x->setFormat(timeFmt);
        x->setRange(from.toLocalTime(), m_end.toLocalTime());
        x->setTickCount(7);
        c->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        y->setTitleText(yTitle);
        y->setMin(0);
        c->addAxis(y, Qt::AlignLeft);
        return std::pair{x, y};
    };
    auto addLine = [&](QChart *c, const QString &name, QAbstractAxis *x, QValueAxis *y,
                       const std::function<double(const TrendBucket &)> &value,
                       const QString &suffix) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPointsVisible(m_buckets.size() <= 48);
        double maxV = 0;
        for (const TrendBucket &b : std::as_const(m_buckets)) {
            const double v = value(b);
            if (v < 0)
                continue;
            // The bucket's middle.
            s->append(double(b.start.toMSecsSinceEpoch() + m_bucketSeconds * 500), v);
            maxV = qMax(maxV, v);
        }
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        y->setMax(qMax(y->max(), maxV * 1.1 + 0.001));
        connect(s, &QLineSeries::hovered, this, [name, suffix](const QPointF &p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               u"%1\n%2: %3%4"_s.arg(
                                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(p.x())),
                                                      QLocale::ShortFormat),
                                   name, QString::number(p.y(), 'f', 1), suffix));
        });
        connect(s, &QLineSeries::clicked, this, [this](const QPointF &p) {
            const qint64 f = m_buckets.isEmpty() ? 0 : m_buckets.first().start.toMSecsSinceEpoch();
            openBucket(int((qint64(p.x()) - f) / (m_bucketSeconds * 1000LL)), {});
        });
        return s;
    };

    auto [qx, qy] = lineChart(m_charts->charts[1], tr("Queue depth"), tr("jobs"));
    addLine(m_charts->charts[1], tr("queue depth (mean)"), qx, qy,
            [](const TrendBucket &b) { return b.queueDepth; }, {});

    auto [dx, dy] = lineChart(m_charts->charts[2], tr("Run time"), tr("seconds"));
    addLine(
        m_charts->charts[2], tr("p50"), dx, dy,
        [](const TrendBucket &b) { return b.p50Ms < 0 ? -1 : b.p50Ms / 1000; }, tr(" s"));
    addLine(
        m_charts->charts[2], tr("p95"), dx, dy,
        [](const TrendBucket &b) { return b.p95Ms < 0 ? -1 : b.p95Ms / 1000; }, tr(" s"));

    auto [px, py] = lineChart(m_charts->charts[3], tr("Failure rate, VRAM and GPU load"), tr("%"));
    addLine(
        m_charts->charts[3], tr("failure rate"), px, py,
        [](const TrendBucket &b) { return b.failureRate() < 0 ? -1 : 100 * b.failureRate(); },
        u" %"_s)
        ->setColor(QColor(0xd0, 0x3c, 0x3c));
    addLine(
        m_charts->charts[3], tr("VRAM (highest)"), px, py,
        [](const TrendBucket &b) { return b.vramPercent; }, u" %"_s);
    addLine(
        m_charts->charts[3], tr("GPU load"), px, py, [](const TrendBucket &b) { return b.gpuLoad; },
        u" %"_s);
    py->setRange(0, 100);

    int total = 0, failed = 0;
    for (const TrendBucket &x : std::as_const(m_buckets)) {
        total += x.total();
        failed += x.failed;
    }
    m_summary->setText(tr("%n job(s), %1 failed (%2 %)", nullptr, total)
                           .arg(failed)
                           .arg(total ? QString::number(100.0 * failed / total, 'f', 1) : u"0"_s));
    m_lastMs = timer.elapsed();
}

void TrendsView::openBucket(int index, const QString &outcome)
{
    if (index < 0 || index >= m_buckets.size())
        return;
    JobQuery q;
    const QString server = m_server->currentData().toString();
    if (!server.isEmpty())
        q.servers = {server};
    if (!outcome.isEmpty())
        q.outcomes = {outcome};
    q.from = m_buckets.at(index).start;
    q.to = q.from.addSecs(m_bucketSeconds);
    Q_EMIT jobsRequested(q);
}

void TrendsView::openRange()
{
    if (m_buckets.isEmpty())
        return;
    JobQuery q;
    if (const QString server = m_server->currentData().toString(); !server.isEmpty())
        q.servers = {server};
    q.from = m_buckets.first().start;
    q.to = m_end;
    Q_EMIT jobsRequested(q);
}

} // namespace ComfyScope::App
