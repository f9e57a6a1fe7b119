// SPDX-License-Identifier: MIT
// A multi-GPU v0.33 server in the station: one VRAM bar per device on the tile, the new
// /system_stats `system` fields kept in ServerHealth and shown in the tile's tooltip.
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include "station/fleettiledelegate.h"

#include "apptestutil.h"

#include <comfyscope/simulator.h>

#include <QtGui/QPainter>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestMultiGpu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void oneBarPerDevice_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::addColumn<bool>("newest");
        QTest::newRow("three GPUs, v0.33") << 3 << true;
        QTest::newRow("one GPU, v0.8.0") << 1 << false;
        QTest::newRow("CPU only") << 0 << false;
    }
    void oneBarPerDevice()
    {
        QFETCH(int, gpus);
        QFETCH(bool, newest);
        Simulator sim;
        sim.setGpuCount(gpus);
        sim.setNewestFeaturesEnabled(newest);
        QVERIFY(sim.listen());
        FleetModel fleet;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        auto *s = new FleetServer(u"gpu-box"_s, p);
        fleet.addServer(s);
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(s->health().statsAt.isValid(), 8000);
        const ServerHealth h = s->health();
        QCOMPARE(h.gpus.size(), gpus);
        for (int i = 0; i < gpus; ++i) {
            QCOMPARE(h.gpus.at(i).index, i);
            QVERIFY(h.gpus.at(i).vramUsedPercent() > 0);
        }
        QCOMPARE(h.deployEnvironment, newest ? u"local-git"_s : QString());
        QCOMPARE(h.version, newest ? u"0.33.0"_s : u"0.8.0"_s);
        QCOMPARE(h.packageVersions.size(), newest ? 2 : 0);

        FleetTileDelegate d;
        QSize size = d.tileSize();
        size.setHeight(size.height() * 2); // room for every row
        QImage img(size, QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter painter(&img);
        d.paintTile(&painter, img.rect(), s, 0, false, QApplication::palette());
        painter.end();
        const QStringList rows = d.lastHealthRows();
        QStringList expected;
        if (gpus > 1) {
            for (int i = 0; i < gpus; ++i)
                expected << u"GPU%1"_s.arg(i);
        } else if (gpus == 1) {
            expected << u"VRAM"_s;
        }
        expected << u"RAM"_s;
        QCOMPARE(rows, expected);

        const QString tip = fleet.data(fleet.index(0, 0), Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(sim.httpUrl().toString()));
        for (int i = 0; i < gpus; ++i)
            QVERIFY2(tip.contains(u"GPU%1 cuda:%1"_s.arg(i)), qPrintable(tip));
        QCOMPARE(tip.contains(u"local-git"_s), newest);
        QCOMPARE(tip.contains(u"comfy-kitchen 0.2.31/0.2.31"_s), newest);
    }
};

QTEST_MAIN(TestMultiGpu)
#include "tst_multigpu.moc"
