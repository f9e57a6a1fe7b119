// SPDX-License-Identifier: MIT
// The station's images: every frame is decoded once (by the gallery; the tile shows the
// gallery's thumbnail) and the combined gallery receives the final /view outputs.
#include "common/imagedecoder.h"
#include "gallery/gallerymodel.h"
#include "station/stationwindow.h"

#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/simulator.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestStationImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesAreDecodedOnceAndFinalOutputsArrive()
    {
        Simulator sim;
        sim.setPreviewMethod(u"auto"_s);
        sim.setStepDelay(60); // previews spaced out: few are coalesced
        QVERIFY(sim.listen());
        StationWindow w;
        FleetEntry e;
        e.name = u"gpu-a"_s;
        e.profile.address = sim.httpUrl().toString();
        FleetServer *s = w.addServer(e);
        QTRY_VERIFY_WITH_TIMEOUT(s->isUp(), 5000);
        GalleryModel *g = w.gallery();
        QVERIFY(g);
        QVERIFY(g->sourceThumbnail(s->key()).isNull());

        const int decodesBefore = decodeCallsTotal();
        const int galleryBefore = g->framesDecoded();
        QSignalSpy finished(s, &FleetServer::jobFinished);
        QSignalSpy outputs(s->session(), &Session::jobOutputsFetched);
        s->session()->submit(Simulator::demoWorkflow(0), u"txt2img"_s);
        QTRY_COMPARE_WITH_TIMEOUT(outputs.size(), 1, 15000);
        QCOMPARE(finished.size(), 1);
        const Job job = finished.at(0).at(0).value<Job>();
        QCOMPARE(job.state, Job::State::Succeeded);
        QVERIFY(!job.outputs.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!g->isBusy(), 5000);

        // The final outputs from /view are in the station's gallery, with their node.
        int finals = 0;
        for (int r = 0; r < g->rowCount(); ++r) {
            const auto it = g->item(g->idAt(r));
            QVERIFY(it);
            if (it->kind != ImageKind::FinalOutput)
                continue;
            ++finals;
            QCOMPARE(it->promptId, job.promptId);
            QCOMPARE(it->nodeId, u"9"_s);
            QCOMPARE(it->server, u"gpu-a"_s);
            QVERIFY(job.outputs.contains(it->ref));
        }
        QCOMPARE(finals, int(job.outputs.size()));

        // Every decode was the gallery's: the tile did not decode the previews again.
        const int decodes = decodeCallsTotal() - decodesBefore;
        const int galleryDecodes = g->framesDecoded() - galleryBefore;
        QVERIFY(galleryDecodes > int(job.outputs.size())); // previews too
        QCOMPARE(decodes, galleryDecodes);
        QCOMPARE(decodeCallsOnGuiThread(), 0);
        // …and the tile has the gallery's newest thumbnail of this server.
        QVERIFY(!g->sourceThumbnail(s->key()).isNull());
    }
};

QTEST_MAIN(TestStationImages)
#include "tst_stationimages.moc"
