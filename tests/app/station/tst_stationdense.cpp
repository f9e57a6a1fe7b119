// SPDX-License-Identifier: MIT
// The station at real sizes (issue #17): alert grouping, the dense table, tiles that fill the
// width and survive larger fonts, per-second tile text, the wall filling its screen.
#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include "common/eventlogmodel.h"
#include "station/alertgroupmodel.h"
#include "station/fleettablemodel.h"
#include "station/fleettiledelegate.h"
#include "station/stationwindow.h"
#include "station/tilegridview.h"
#include "station/wallview.h"
#include "gallery/gallerymodel.h"

#include "apptestutil.h"

#include <comfyscope/simulator.h>

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;
using TileSize = FleetTileDelegate::TileSize;

namespace {
FleetServer *idleServer(FleetModel &fleet, const QString &name, int port = 1)
{
    ServerProfile p;
    p.address = u"http://127.0.0.1:%1"_s.arg(port);
    auto *s = new FleetServer(name, p);
    fleet.addServer(s); // not started: no network
    return s;
}

void fail(FleetServer *s, const QString &message, int times = 1)
{
    for (int i = 0; i < times; ++i)
        Q_EMIT s->jobFailed(Job(), message);
}

const QList<TileSize> kSizes = {TileSize::Small, TileSize::Medium, TileSize::Large};

/// The tiles in the view's first row: their right edge (the grid must reach the viewport's).
int firstRowRight(const TileGridView &view)
{
    const QAbstractItemModel *m = view.model();
    const int top = view.visualRect(m->index(0, 0)).top();
    int right = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QRect rect = view.visualRect(m->index(r, 0));
        if (rect.top() != top)
            break;
        right = qMax(right, rect.right());
    }
    return right;
}
} // namespace

class TestStationDense : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void alertsGroupRepeats()
    {
        FleetModel fleet;
        AlertEngine alerts;
        AlertRules rules;
        rules.trayNotifications = false;
        alerts.setRules(rules);
        fleet.setAlertEngine(&alerts);
        FleetServer *a = idleServer(fleet, u"gpu-a"_s, 1);
        FleetServer *b = idleServer(fleet, u"gpu-b"_s, 2);
        AlertGroupModel groups(&alerts);
        QAbstractItemModelTester tester(&groups,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        fail(a, u"Node 3: RuntimeError: simulated failure"_s, 14);
        fail(b, u"Node 3: RuntimeError: simulated failure"_s); // same text, other server
        fail(a, u"Node 5: out of memory"_s);                   // same server, other text
        QCOMPARE(alerts.rowCount(), 16);
        QCOMPARE(groups.rowCount(), 3);
        // Newest first: the out-of-memory one, then b's, then a's 14 repeats.
        QCOMPARE(groups.index(0, AlertEngine::MessageColumn).data().toString(),
                 u"Node 5: out of memory"_s);
        QCOMPARE(groups.index(1, AlertEngine::ServerColumn).data().toString(), u"gpu-b"_s);
        const QModelIndex repeats = groups.index(2, AlertGroupModel::CountColumn);
        QCOMPARE(repeats.data().toString(), u"×14"_s);
        QCOMPARE(repeats.data(AlertGroupModel::CountRole).toInt(), 14);
        QCOMPARE(groups.index(2, AlertEngine::ServerColumn).data().toString(), u"gpu-a"_s);
        QVERIFY(groups.index(0, AlertGroupModel::CountColumn).data().toString().isEmpty());
        QVERIFY(groups.index(2, 0).data(AlertEngine::NeedsAttentionRole).toBool());
        // The time shown is the last one seen: the newest of the 14.
        const Alert newestOfA = [&] {
            for (const Alert &x : alerts.alerts())
                if (x.serverKey == a->key() && x.message.startsWith(u"Node 3"_s))
                    return x;
            return Alert();
        }();
        QCOMPARE(groups.index(2, AlertEngine::TimeColumn).data().toString(),
                 AlertGroupModel::timeText(newestOfA.raisedAt));
        QCOMPARE(AlertGroupModel::timeText(newestOfA.raisedAt),
                 newestOfA.raisedAt.toLocalTime().toString(u"HH:mm:ss"_s));

        // Acknowledging the group acknowledges all 14, nothing else.
        QCOMPARE(alerts.attentionCount(a->key()), 15);
        groups.acknowledge(2);
        QCOMPARE(alerts.attentionCount(a->key()), 1);
        QCOMPARE(alerts.attentionCount(b->key()), 1);
        QVERIFY(!groups.index(2, 0).data(AlertEngine::NeedsAttentionRole).toBool());
        QVERIFY(groups.index(0, 0).data(AlertEngine::NeedsAttentionRole).toBool());

        // It happens again: the group moves to the top, needs attention again, counts 15.
        fail(a, u"Node 3: RuntimeError: simulated failure"_s);
        QCOMPARE(groups.rowCount(), 3);
        QCOMPARE(groups.index(0, AlertGroupModel::CountColumn).data().toString(), u"×15"_s);
        QVERIFY(groups.index(0, 0).data(AlertEngine::NeedsAttentionRole).toBool());

        // 1 000 identical alerts are one row; the engine's cap trims them, the model follows.
        alerts.setMaxAlerts(50);
        fail(b, u"Node 3: RuntimeError: simulated failure"_s, 1000);
        QCOMPARE(alerts.rowCount(), 50);
        QCOMPARE(groups.index(0, AlertEngine::ServerColumn).data().toString(), u"gpu-b"_s);
        int total = 0;
        for (int r = 0; r < groups.rowCount(); ++r)
            total += groups.index(r, 0).data(AlertGroupModel::CountRole).toInt();
        QCOMPARE(total, 50);
        fleet.removeServer(b);
        QVERIFY(groups.rowCount() >= 1);
    }

    void alertDockAcknowledgesGroup()
    {
        StationWindow w;
        FleetEntry e;
        e.name = u"gpu-a"_s;
        e.profile.address = u"http://127.0.0.1:1"_s;
        FleetServer *a = w.addServer(e, false);
        e.name = QString();
        e.profile.address = u"http://127.0.0.1:2"_s;
        FleetServer *b = w.addServer(e, false);
        // No name given: host and port, not "http://…", so two servers never read alike.
        QCOMPARE(b->name(), u"127.0.0.1:2"_s);
        fail(a, u"boom"_s, 5);
        fail(b, u"boom"_s, 2);
        QCOMPARE(w.alertGroups()->rowCount(), 2);
        auto *view = w.findChild<QTableView *>();
        QTableView *alertView = nullptr;
        for (QTableView *t : w.findChildren<QTableView *>())
            if (t->model()->columnCount() == AlertGroupModel::CountColumn + 1)
                alertView = t;
        QVERIFY(view && alertView);
        alertView->selectRow(1); // a's five
        QCOMPARE(alertView->model()->index(1, AlertGroupModel::CountColumn).data().toString(),
                 u"×5"_s);
        QPushButton *ack = nullptr;
        for (QPushButton *p : w.findChildren<QPushButton *>())
            if (p->text() == StationWindow::tr("&Acknowledge"))
                ack = p;
        QVERIFY(ack);
        ack->click();
        QCOMPARE(w.alerts()->attentionCount(a->key()), 0);
        QCOMPARE(w.alerts()->attentionCount(b->key()), 2);

        // The combined event log names the server in its own column.
        EventLogModel *log = w.eventLog();
        QVERIFY(log->hasServers());
        bool found = false;
        for (int r = 0; r < log->rowCount(); ++r)
            found = found
                    || (log->index(r, EventLogModel::ServerColumn).data().toString() == u"gpu-a"_s
                        && log->index(r, EventLogModel::MessageColumn)
                               .data()
                               .toString()
                               .contains(u"boom"_s));
        QVERIFY(found);
    }

    void denseTableRowsAndSorting()
    {
        FleetModel fleet;
        AlertEngine alerts;
        AlertRules rules;
        rules.trayNotifications = false;
        alerts.setRules(rules);
        fleet.setAlertEngine(&alerts);
        FleetTableModel table(&fleet);
        FleetTableSortModel sorted;
        sorted.setSourceModel(&table);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int n = 150;
        QList<FleetServer *> servers;
        for (int i = 0; i < n; ++i) {
            // Added out of name order.
            const int k = (i * 37) % n;
            servers.append(idleServer(fleet, u"srv-%1"_s.arg(k, 3, 10, QChar(u'0')), 1));
        }
        QCOMPARE(table.rowCount(), n);
        QCOMPARE(sorted.rowCount(), n);
        QCOMPARE(table.columnCount(), int(FleetTableModel::ColumnCount));
        for (int c = 0; c < table.columnCount(); ++c)
            QVERIFY(!table.headerData(c, Qt::Horizontal).toString().isEmpty());

        sorted.sort(FleetTableModel::ServerColumn, Qt::AscendingOrder);
        for (int r = 0; r < n; ++r)
            QCOMPARE(sorted.index(r, FleetTableModel::ServerColumn).data().toString(),
                     u"srv-%1"_s.arg(r, 3, 10, QChar(u'0')));
        sorted.sort(FleetTableModel::ServerColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 0).data().toString(), u"srv-149"_s);

        // Alerts as numbers: 10 before 9 before 2 (not as text).
        FleetServer *ten = servers.at(3), *nine = servers.at(70), *two = servers.at(120);
        fail(ten, u"x"_s, 10);
        fail(nine, u"y"_s, 9);
        fail(two, u"z"_s, 2);
        sorted.sort(FleetTableModel::AlertsColumn, Qt::DescendingOrder);
        QTRY_COMPARE(sorted.index(0, FleetTableModel::AlertsColumn).data().toInt(), 10);
        QCOMPARE(sorted.index(0, FleetTableModel::ServerColumn).data().toString(), ten->name());
        QCOMPARE(sorted.index(1, FleetTableModel::ServerColumn).data().toString(), nine->name());
        QCOMPARE(sorted.index(2, FleetTableModel::ServerColumn).data().toString(), two->name());
        QVERIFY(sorted.index(3, FleetTableModel::AlertsColumn).data().toString().isEmpty());
        // The state column: not watched servers say so.
        QCOMPARE(sorted.index(5, FleetTableModel::StateColumn).data().toString(),
                 FleetTileDelegate::tr("Not watched"));

        fleet.removeServer(nine);
        QCOMPARE(sorted.rowCount(), n - 1);
        QTRY_COMPARE(sorted.index(1, FleetTableModel::ServerColumn).data().toString(), two->name());
    }

    void hiddenTableSortsOnlyWhenShown()
    {
        // A hidden table does not re-sort on every refresh (it cost the GUI thread 6.5 % at 200
        // servers); shown, it sorts by the values of now and keeps sorting while shown.
        StationWindow w;
        QVERIFY(!w.isTableView());
        auto *view = w.findChild<QTableView *>(u"fleetTable"_s);
        QVERIFY(view);
        auto *sorted = qobject_cast<FleetTableSortModel *>(view->model());
        QVERIFY(sorted);
        QList<FleetServer *> servers;
        for (int i = 0; i < 6; ++i)
            servers << idleServer(*w.fleet(), u"srv-%1"_s.arg(i));
        view->sortByColumn(FleetTableModel::AlertsColumn, Qt::DescendingOrder);
        auto top = [&] {
            return sorted->index(0, FleetTableModel::ServerColumn).data().toString();
        };
        const QString before = top();
        FleetServer *late = servers.at(4);
        QVERIFY(late->name() != before);
        fail(late, u"x"_s, 3);
        QTRY_COMPARE(sorted
                         ->index(sorted->mapFromSource(sorted->sourceModel()->index(4, 0)).row(),
                                 FleetTableModel::AlertsColumn)
                         .data()
                         .toInt(),
                     3);
        QTest::qWait(300);       // a refresh or two
        QCOMPARE(top(), before); // hidden: the rows stayed where they were

        w.setTableView(true);
        QCOMPARE(top(), late->name()); // shown: sorted now
        fail(servers.at(1), u"y"_s, 5);
        QTRY_COMPARE(top(), servers.at(1)->name()); // and while shown, as values change
        w.setTableView(false);
        fail(servers.at(2), u"z"_s, 9);
        QTest::qWait(300);
        QCOMPARE(top(), servers.at(1)->name());
    }

    void denseTableFromARealServer()
    {
        // The running job's progress, step and VRAM come from the server.
        Simulator sim;
        sim.setStepDelay(150);
        sim.setGpuCount(1);
        QVERIFY(sim.listen());
        FleetModel fleet;
        FleetTableModel table(&fleet);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *s = new FleetServer(u"gpu-real"_s, p);
        fleet.addServer(s);
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(s->health().isKnown(), 8000);
        s->tracker()->submit(Simulator::demoWorkflow(0));
        QTRY_VERIFY_WITH_TIMEOUT(
            !table.index(0, FleetTableModel::StepColumn).data().toString().isEmpty(), 8000);
        QVERIFY(table.index(0, FleetTableModel::StepColumn).data().toString().contains(u'/'));
        const QVariant progress =
            table.index(0, FleetTableModel::ProgressColumn).data(FleetTableModel::ProgressRole);
        QVERIFY(progress.isValid());
        QVERIFY(progress.toDouble() >= 0 && progress.toDouble() <= 1);
        QVERIFY(table.index(0, FleetTableModel::ProgressColumn).data().toString().endsWith(u'%'));
        QVERIFY(table.index(0, FleetTableModel::VramColumn).data().toString().endsWith(u'%'));
        QVERIFY(table.index(0, FleetTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(FleetTileDelegate::tr("%1 for %2").section(u'%', 0, 0)));
        s->stop();
    }

    void viewChoicesArePersisted()
    {
        {
            StationWindow w;
            QVERIFY(!w.isTableView());
            w.setTableView(true);
            w.setTileSize(TileSize::Small);
        }
        QVERIFY(StationSettings::load().tableView);
        QCOMPARE(StationSettings::load().tileSize, 0);
        {
            StationWindow w;
            QVERIFY(w.isTableView());
            QCOMPARE(w.tileSize(), TileSize::Small);
            w.setTableView(false);
            w.setTileSize(TileSize::Large);
        }
        QVERIFY(!StationSettings::load().tableView);
        QCOMPARE(StationSettings::load().tileSize, 2);
    }

    void tilesFillTheWidth()
    {
        StationWindow w;
        for (int i = 0; i < 40; ++i) {
            FleetEntry e;
            e.name = u"gpu-%1"_s.arg(i, 2, 10, QChar(u'0'));
            e.profile.address = u"http://127.0.0.1:%1"_s.arg(1 + i);
            w.addServer(e, false);
        }
        w.resize(1700, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TileGridView *view = w.tileView();
        for (const TileSize size : kSizes) {
            w.setTileSize(size);
            QCoreApplication::processEvents();
            const int vw = view->viewport()->width();
            const QSize cell = view->gridSize();
            const int cols = view->columns();
            QVERIFY2(cols >= 2, qPrintable(QString::number(cols)));
            // The delegate's tiles fit the cell; the cells fill the row.
            const QSize min = view->tileDelegate()->tileSize(view->font());
            QVERIFY(cell.width() >= min.width());
            QCOMPARE(
                view->tileDelegate()->sizeHint(QStyleOptionViewItem(), view->model()->index(0, 0)),
                cell);
            QVERIFY2(cols * cell.width() <= vw,
                     qPrintable(u"%1×%2 > %3"_s.arg(cols).arg(cell.width()).arg(vw)));
            // No empty third: the first row ends within a few pixels of the right edge.
            const int right = firstRowRight(*view);
            QVERIFY2(
                right >= vw - cols - 2,
                qPrintable(u"size %1: row ends at %2 of %3"_s.arg(int(size)).arg(right).arg(vw)));
        }
        // Small tiles are dense: at least 8 columns on this window.
        w.setTileSize(TileSize::Small);
        QCoreApplication::processEvents();
        QVERIFY(view->columns() >= 8);
        // Wider window, more or wider tiles: still filled.
        w.resize(1200, 800);
        QCoreApplication::processEvents();
        QVERIFY(firstRowRight(*view) >= view->viewport()->width() - view->columns() - 2);
    }

    void largerFontsDoNotOverlap_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<double>("points");
        for (const TileSize s : kSizes)
            for (double pt : {9.0, 12.0, 16.0, 18.0})
                QTest::addRow("%s %g pt", qPrintable(FleetTileDelegate::sizeName(s)), pt)
                    << int(s) << pt;
    }

    void largerFontsDoNotOverlap()
    {
        QFETCH(int, size);
        QFETCH(double, points);
        FleetTileDelegate d;
        d.setTileSize(TileSize(size));
        QFont font = QApplication::font();
        font.setPointSizeF(points);
        const QFontMetrics fm(font);
        const QSize tile = d.tileSize(font);
        // A larger font makes a larger tile (not a crowded one).
        QFont nine = font;
        nine.setPointSizeF(9);
        if (points > 9) {
            QVERIFY(tile.width() > d.tileSize(nine).width());
            QVERIFY(tile.height() > d.tileSize(nine).height());
        }
        // At the smallest size and stretched as the grid stretches it.
        for (const double stretch : {1.0, 1.3, 2.0}) {
            const QRect rect(0, 0, qRound(tile.width() * stretch), tile.height());
            const auto l = d.layout(rect, font, 12, u"v0.3.18"_s);
            const QList<QRect> parts = l.textRects();
            for (int i = 0; i < parts.size(); ++i) {
                QVERIFY2(l.inner.contains(parts.at(i)),
                         qPrintable(u"part %1 outside the tile"_s.arg(i)));
                for (int j = i + 1; j < parts.size(); ++j)
                    QVERIFY2(!parts.at(i).intersects(parts.at(j)),
                             qPrintable(u"parts %1 and %2 overlap"_s.arg(i).arg(j)));
            }
            QVERIFY(l.inner.contains(l.state));
            // Text lines are as tall as the font; bars are bars, not dots.
            QVERIFY(l.name.height() >= fm.height());
            QVERIFY(l.state.height() >= fm.height());
            QVERIFY2(l.bar.width() >= 4 * fm.averageCharWidth(),
                     qPrintable(QString::number(l.bar.width())));
            const int wantRows = TileSize(size) == TileSize::Large    ? 3
                                 : TileSize(size) == TileSize::Medium ? 2
                                                                      : 0;
            QCOMPARE(l.rows.size(), wantRows);
            for (const auto &row : l.rows) {
                QVERIFY2(row.bar.width() >= 3 * QFontMetrics(font).averageCharWidth(),
                         qPrintable(QString::number(row.bar.width())));
                QVERIFY(row.bar.height() >= 3);
                QVERIFY(row.label.height() >= QFontMetrics(font).height() * 8 / 10);
                QVERIFY(row.label.width()
                        >= QFontMetrics(font).horizontalAdvance(u"VRAM 100"_s) * 8 / 10);
            }
            if (TileSize(size) == TileSize::Large)
                QVERIFY(l.thumb.width() >= 2 * fm.height());
        }
    }

    void largerFontsInTheStation()
    {
        // The application font at 17 pt: the grid's cells hold the larger tiles.
        const QFont before = QApplication::font();
        QFont big = before;
        big.setPointSizeF(17);
        QApplication::setFont(big);
        {
            StationWindow w;
            for (int i = 0; i < 6; ++i) {
                FleetEntry e;
                e.name = u"gpu-%1"_s.arg(i);
                e.profile.address = u"http://127.0.0.1:%1"_s.arg(1 + i);
                w.addServer(e, false);
            }
            w.resize(1600, 1000);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            for (const TileSize size : kSizes) {
                w.setTileSize(size);
                QCoreApplication::processEvents();
                const QSize need = w.tileView()->tileDelegate()->tileSize(w.tileView()->font());
                QVERIFY(w.tileView()->gridSize().width() >= need.width());
                QVERIFY(w.tileView()->gridSize().height() >= need.height());
                QFont nine = big;
                nine.setPointSizeF(9);
                QVERIFY(need.height() > w.tileView()->tileDelegate()->tileSize(nine).height());
            }
        }
        QApplication::setFont(before);
    }

    void tileTextRefreshesEverySecond()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        StationWindow w;
        const int n = 24;
        for (int i = 0; i < n; ++i) {
            FleetEntry e;
            e.name = u"gpu-%1"_s.arg(i, 2, 10, QChar(u'0'));
            e.profile.address = sim.httpUrl().toString();
            FleetServer *s = w.addServer(e);
            s->client()->setReconnectDelays(50, 200);
        }
        w.setTileSize(TileSize::Large);
        w.resize(900, 700); // a few tiles on screen, most scrolled away
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (FleetServer *s : w.fleet()->servers())
                    if (!s->isUp())
                        return false;
                return true;
            }(),
            10000);
        QTest::qWait(500); // the first stats and paints settle
        TileGridView *view = w.tileView();
        FleetTileDelegate *d = view->tileDelegate();
        QSet<QString> visible, hidden;
        const QRect area = view->viewport()->rect();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex idx = view->model()->index(r, 0);
            const QString name = idx.data(FleetModel::NameRole).toString();
            (view->visualRect(idx).intersects(area) ? visible : hidden).insert(name);
        }
        QVERIFY(!visible.isEmpty());
        QVERIFY2(hidden.size() >= n / 2, qPrintable(QString::number(hidden.size())));
        d->resetPaintCounts();
        QTest::qWait(3300);
        const auto counts = d->paintCounts();
        // Idle servers change nothing, yet "Connected for N s" must tick: each visible tile is
        // painted about once a second; the ones scrolled away are not painted at all.
        for (const QString &name : std::as_const(visible))
            QVERIFY2(counts.value(name) >= 2 && counts.value(name) <= 8,
                     qPrintable(u"%1 painted %2 times"_s.arg(name).arg(counts.value(name))));
        for (const QString &name : std::as_const(hidden))
            QVERIFY2(
                counts.value(name) == 0,
                qPrintable(u"%1 (hidden) painted %2 times"_s.arg(name).arg(counts.value(name))));
        const QString text = FleetTileDelegate::stateText(w.fleet()->servers().constFirst());
        QVERIFY2(!text.endsWith(u" 0 s"_s), qPrintable(text));
        for (FleetServer *s : w.fleet()->servers())
            s->stop();
    }

    void wallFillsTheScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("points");
        for (const QSize s : {QSize(1920, 1080), QSize(1280, 720)})
            for (int n : {4, 12, 50})
                for (double pt : {9.0, 16.0})
                    QTest::addRow("%dx%d %d servers %g pt", s.width(), s.height(), n, pt)
                        << s << n << pt;
    }

    void wallFillsTheScreen()
    {
        QFETCH(QSize, screen);
        QFETCH(int, servers);
        QFETCH(double, points);
        FleetModel fleet;
        FleetSortModel sorted;
        sorted.setSourceModel(&fleet);
        GalleryModel gallery;
        for (int i = 0; i < servers; ++i)
            idleServer(fleet, u"gpu-%1"_s.arg(i), 1 + i);
        WallView wall(&fleet, &sorted, &gallery);
        QFont f = wall.font();
        f.setPointSizeF(points);
        wall.setFont(f);
        wall.resize(screen);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCoreApplication::processEvents();
        TileGridView *m = wall.mosaic();
        m->relayout();
        const QSize area = m->viewport()->size();
        const QSize cell = m->gridSize();
        const int cols = m->columns();
        const int rows = (servers + cols - 1) / cols;
        // Every tile fits its cell at the font's size (no clipping)…
        const QSize need = m->tileDelegate()->tileSize(m->font());
        QVERIFY2(cell.width() >= need.width() && cell.height() >= need.height(),
                 qPrintable(u"cell %1×%2, tile %3×%4"_s.arg(cell.width())
                                .arg(cell.height())
                                .arg(need.width())
                                .arg(need.height())));
        const QRect last = m->visualRect(m->model()->index(servers - 1, 0));
        // The header leaves the screen to the tiles (the title gives way before the totals wrap).
        const int top = m->mapTo(&wall, QPoint(0, 0)).y();
        QVERIFY2(top <= screen.height() * 15 / 100,
                 qPrintable(u"the mosaic starts at %1"_s.arg(top)));
        if (servers <= 12) // a smaller tile size before scrolling
            QVERIFY2(
                last.bottom() < area.height(),
                qPrintable(u"last tile ends at %1 of %2"_s.arg(last.bottom()).arg(area.height())));
        if (rows * need.height() <= area.height()) {
            // …all of them show, and the grid fills the page in both directions.
            QVERIFY2(last.bottom() < area.height(), qPrintable(QString::number(last.bottom())));
            QVERIFY2(rows * cell.height() >= area.height() - rows - 1,
                     qPrintable(
                         u"%1 rows of %2 in %3"_s.arg(rows).arg(cell.height()).arg(area.height())));
            QVERIFY(cols * cell.width() >= area.width() - cols - 2);
        }
    }
};

QTEST_MAIN(TestStationDense)
#include "tst_stationdense.moc"
