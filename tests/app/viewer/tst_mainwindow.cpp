// SPDX-License-Identifier: MIT
// A scripted run of the whole viewer against the in-process simulator (offscreen).
#include "apptestutil.h"
#include "gallery/autosaver.h"
#include "common/eventlogmodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "viewer/historydialog.h"
#include "viewer/historymodel.h"
#include "gallery/lightbox.h"
#include "gallery/imagecanvas.h"
#include "viewer/mainwindow.h"
#include "viewer/progresspanel.h"
#include "viewer/queuemodel.h"
#include "common/connectionindicator.h"

#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void scriptedRunAgainstSimulator()
    {
        Simulator sim;
        sim.setPreviewMethod(u"auto"_s);
        sim.setStepDelay(30);
        QVERIFY(sim.listen());
        QTemporaryDir saveDir;

        MainWindow w;
        w.setSessionSaveDirectory(saveDir.path());
        w.show();
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        w.connectTo(p, false);
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        QTRY_COMPARE(w.connectionIndicator()->shownState(), Client::State::Connected);

        // Progress panel values seen while the sampler runs.
        int maxOverall = 0, maxSteps = 0;
        QString nodeSeen;
        connect(w.tracker(), &JobTracker::jobChanged, this, [&] {
            maxOverall = qMax(maxOverall, w.progressPanel()->overallValue());
            maxSteps = qMax(maxSteps, w.progressPanel()->stepValue());
            if (w.progressPanel()->nodeText().contains(u"KSampler"_s))
                nodeSeen = w.progressPanel()->nodeText();
        });

        QStringList ids;
        for (int variant : {0, 2}) {
            SubmitReply *r = w.tracker()->submit(
                Simulator::demoWorkflow(variant),
                QJsonObject{{u"extra_data"_s, QJsonObject{{u"preview_method"_s, u"auto"_s}}}});
            QSignalSpy done(r, &Reply::finished);
            QVERIFY(done.wait(5000));
            QVERIFY2(r->isOk(), qPrintable(r->errorString()));
            ids << r->promptId();
        }
        QueueModel *q = w.queueModel();
        QTRY_COMPARE(q->rowCount(), 2);
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(q->index(q->rowOf(id), 0).data(QueueModel::StateRole).toInt(),
                                      int(Job::State::Succeeded), 20000);
        QVERIFY2(maxOverall > 0, "overall progress bar never moved");
        QVERIFY2(maxSteps > 0, "step bar never moved");
        QVERIFY(!nodeSeen.isEmpty());

        // The gallery got real decoded images of every kind the workflows produce.
        GalleryModel *g = w.galleryModel();
        auto kinds = [g] {
            QSet<int> k;
            for (int r = 0; r < g->rowCount(); ++r)
                if (!g->index(r, 0).data(GalleryModel::ThumbnailRole).value<QImage>().isNull())
                    k.insert(g->index(r, 0).data(GalleryModel::KindRole).toInt());
            return k;
        };
        QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(int(ImageKind::FinalOutput)), 10000);
        QTRY_VERIFY(kinds().contains(int(ImageKind::SamplerPreview)));
        QTRY_VERIFY(kinds().contains(int(ImageKind::WebSocketOutput)));
        QTRY_VERIFY(!g->isBusy());
        for (int r = 0; r < g->rowCount(); ++r) {
            const QModelIndex i = g->index(r, 0);
            QVERIFY(i.data(GalleryModel::ImageSizeRole).toSize().isValid());
            QVERIFY(!i.data(GalleryModel::ServerRole).toString().isEmpty());
        }
        QCOMPARE(decodeCallsOnGuiThread(), 0);

        // Previews of the sampler were folded into one tile per node.
        int previewTiles = 0;
        for (int r = 0; r < g->rowCount(); ++r)
            if (g->index(r, 0).data(GalleryModel::KindRole).toInt()
                    == int(ImageKind::SamplerPreview)
                && g->index(r, 0).data(GalleryModel::PromptIdRole).toString() == ids.first())
                ++previewTiles;
        QCOMPARE(previewTiles, 1);

        // Auto-save wrote the outputs (not the previews) inside the folder.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(saveDir.path()).entryList(QDir::Files).size() >= 2, 5000);
        for (const QString &f : QDir(saveDir.path()).entryList(QDir::Files))
            QVERIFY2(f.endsWith(u".png"_s) || f.endsWith(u".jpg"_s) || f.endsWith(u".webp"_s),
                     qPrintable(f));

        // The lightbox opens the newest image at full size.
        w.openImage(g->idAt(0));
        QVERIFY(w.lightbox());
        QTRY_VERIFY(!w.lightbox()->canvas()->image().isNull());
        w.lightbox()->close();

        // The history browser lists both jobs and fetches thumbnails lazily.
        w.showHistory();
        HistoryDialog *h = w.historyDialog();
        QVERIFY(h);
        QTRY_VERIFY_WITH_TIMEOUT(h->model()->rowCount() >= 2, 5000);
        QVERIFY(!h->model()->entryAt(0).images().isEmpty());
        h->model()->index(0, 0).data(Qt::DecorationRole); // as a view painting the row would
        QTRY_VERIFY_WITH_TIMEOUT(h->model()->hasThumbnail(h->model()->entryAt(0).images().first()),
                                 5000);
        h->close();

        // The event log has the story.
        bool finished = false;
        for (int r = 0; r < w.eventLog()->rowCount(); ++r)
            finished |= w.eventLog()->entry(r).message.contains(u"Finished"_s);
        QVERIFY(finished);

        // Interrupt and clear-queue reach the server.
        sim.setStepDelay(300);
        SubmitReply *r1 = w.tracker()->submit(Simulator::demoWorkflow(0));
        SubmitReply *r2 = w.tracker()->submit(Simulator::demoWorkflow(0));
        QSignalSpy d1(r1, &Reply::finished), d2(r2, &Reply::finished);
        QVERIFY(d2.wait(5000) || d2.size() == 1);
        QTRY_VERIFY(!sim.runningPromptId().isEmpty());
        QTRY_COMPARE(sim.pendingPromptIds().size(), 1);
        // (The replies delete themselves once finished: the ids come from the server.)
        const QString running = sim.runningPromptId();
        const QString pending = sim.pendingPromptIds().value(0);
        QVERIFY(w.tracker()->job(running).has_value());
        QVERIFY(w.tracker()->job(pending).has_value());
        w.clearQueue();
        QTRY_COMPARE(sim.pendingPromptIds().size(), 0);
        // Still mid-run: the interrupt, not the end of the job, stops it.
        QCOMPARE(sim.runningPromptId(), running);
        QCOMPARE(w.tracker()->job(running)->state, Job::State::Running);
        w.interrupt();
        QTRY_VERIFY_WITH_TIMEOUT(sim.runningPromptId().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.tracker()->job(running)->isFinished(), 5000);
        QCOMPARE(w.tracker()->job(running)->state, Job::State::Interrupted);
        QVERIFY(w.tracker()->job(running)->interruption.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(w.tracker()->job(pending)->isFinished(), 5000);
        QCOMPARE(w.tracker()->job(pending)->state, Job::State::Cancelled);
    }

    void demoModeStartsItsOwnServer()
    {
        MainWindow w;
        QVERIFY(MainWindow::hasDemo());
        QVERIFY(w.startDemo(500));
        QVERIFY(w.simulator());
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.queueModel()->rowCount() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.galleryModel()->rowCount() > 0, 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
