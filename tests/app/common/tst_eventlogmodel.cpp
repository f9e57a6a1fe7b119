// SPDX-License-Identifier: MIT
#include "apptestutil.h"
#include "common/eventlogdock.h"
#include "common/eventlogmodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QTest>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace ComfyScope::App;

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndCap()
    {
        EventLogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxEntries(5);
        for (int i = 0; i < 8; ++i)
            m.info(u"src"_s, u"message %1"_s.arg(i));
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.index(0, EventLogModel::MessageColumn).data().toString(), u"message 3"_s);
        QCOMPARE(m.index(4, EventLogModel::MessageColumn).data().toString(), u"message 7"_s);
        m.error(u"net"_s, u"boom"_s);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.index(4, EventLogModel::LevelColumn).data(EventLogModel::LevelRole).toInt(),
                 int(EventLogModel::Level::Error));
        QVERIFY(!m.index(4, EventLogModel::TimeColumn).data().toString().isEmpty());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void filterByLevelAndText()
    {
        EventLogModel m;
        EventLogFilterModel f;
        f.setSourceModel(&m);
        QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.info(u"Connection"_s, u"Connected"_s);
        m.warning(u"Connection"_s, u"Reconnecting"_s);
        m.error(u"Job 1234"_s, u"Node 3 failed"_s);
        QCOMPARE(f.rowCount(), 3);
        f.setMinimumLevel(EventLogModel::Level::Warning);
        QCOMPARE(f.rowCount(), 2);
        f.setText(u"job"_s);
        QCOMPARE(f.rowCount(), 1);
        f.setMinimumLevel(EventLogModel::Level::Info);
        f.setText(u"CONNECT"_s);
        QCOMPARE(f.rowCount(), 2);
    }

    void serverColumn()
    {
        // The station's combined log names the server; the viewer's (one server) hides it.
        EventLogModel m;
        EventLogDock dock(&m);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.info(u"Connection"_s, u"Connected"_s);
        QVERIFY(!m.hasServers());
        QVERIFY(dock.view()->isColumnHidden(EventLogModel::ServerColumn));
        m.addForServer(EventLogModel::Level::Error, u"gpu-07"_s, u"Alerts"_s, u"Node 3 failed"_s);
        QVERIFY(m.hasServers());
        QVERIFY(!dock.view()->isColumnHidden(EventLogModel::ServerColumn));
        QCOMPARE(m.headerData(EventLogModel::ServerColumn, Qt::Horizontal).toString(),
                 EventLogModel::tr("Server"));
        QCOMPARE(m.index(1, EventLogModel::ServerColumn).data().toString(), u"gpu-07"_s);
        QCOMPARE(m.index(1, EventLogModel::SourceColumn).data().toString(), u"Alerts"_s);
        QVERIFY(m.index(0, EventLogModel::ServerColumn).data().toString().isEmpty());
        QVERIFY(EventLogModel::toText(m.entry(1)).contains(u"\tgpu-07\tAlerts\t"_s));
        QCOMPARE(m.exportRows().at(1).server, u"gpu-07"_s);
        EventLogFilterModel f;
        f.setSourceModel(&m);
        f.setText(u"GPU-07"_s);
        QCOMPARE(f.rowCount(), 1);
    }

    void dockCopiesRows()
    {
        EventLogModel m;
        EventLogDock dock(&m);
        m.info(u"a"_s, u"first"_s);
        m.error(u"b"_s, u"second"_s);
        // A sentinel first, so a copy that produced nothing (or was never made) fails.
        const QString sentinel = u"sentinel-before-copy"_s;
        QGuiApplication::clipboard()->setText(sentinel);
        QCOMPARE(QGuiApplication::clipboard()->text(), sentinel); // the platform has a clipboard
        dock.copySelection(); // nothing selected: everything shown
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(!text.isEmpty() && text != sentinel, "copying the event log produced nothing");
        QCOMPARE(text.count(u'\n'), 1);
        QVERIFY(text.contains(u"first"_s));
        QVERIFY(text.contains(u"\tb\tsecond"_s));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
