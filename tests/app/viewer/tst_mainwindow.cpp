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
#include "common/uiutil.h"
#include "viewer/mainwindow.h"
#include "viewer/nodelistmodel.h"
#include "viewer/progresspanel.h"
#include "viewer/queuemodel.h"
#include "common/connectionindicator.h"

#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QMimeData>
#include <QtGui/QDropEvent>
#include <QtGui/QImageWriter>
#include <QtNetwork/QTcpServer>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        AppTest::isolateSettings();
        QSettings s;
        s.setValue(u"confirm/interrupt"_s, false);
        s.setValue(u"confirm/clearPending"_s, false);
    }

    void themes()
    {
        const QColor before = QApplication::palette().color(QPalette::Window);
        applyTheme(u"dark"_s);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        applyTheme(u"light"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        applyTheme(QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
    }

    void destructiveActionsAsk()
    {
        QSettings().setValue(u"confirm/clearPending"_s, true);
        MainWindow w;
        QString seen;
        int shown = 0;
        auto answer = [&](bool tickDontAsk) {
            QTimer::singleShot(200, [&, tickDontAsk] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                ++shown;
                seen = box->objectName();
                if (tickDontAsk) {
                    box->checkBox()->setChecked(true);
                    for (QAbstractButton *b : box->buttons())
                        if (box->buttonRole(b) == QMessageBox::AcceptRole)
                            b->click();
                } else {
                    box->reject();
                }
            });
        };
        Simulator sim;
        QVERIFY(sim.listen());
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        w.connectTo(p, false);
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        answer(false);
        w.clearQueue();
        QCOMPARE(shown, 1);
        QCOMPARE(seen, u"confirm_clearPending"_s);
        answer(true); // confirmed, and never again
        w.clearQueue();
        QCOMPARE(shown, 2);
        QVERIFY(!QSettings().value(u"confirm/clearPending"_s).toBool());
        answer(false); // would dismiss a dialog, if one came
        w.clearQueue();
        QTest::qWait(300);
        QCOMPARE(shown, 2);
        w.client()->close();
    }

    void scriptedRunAgainstSimulator()
    {
        // Clear pending and interrupt below go straight through.
        QSettings().setValue(u"confirm/interrupt"_s, false);
        QSettings().setValue(u"confirm/clearPending"_s, false);
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
        {
            // The title names the node and the job.
            const auto item = g->item(g->idAt(0));
            QVERIFY(item);
            if (!item->promptId.isEmpty())
                QVERIFY2(w.lightbox()->windowTitle().contains(shortId(item->promptId)),
                         qPrintable(w.lightbox()->windowTitle()));
            if (!item->nodeLabel.isEmpty() && !item->nodeId.isEmpty())
                QVERIFY(w.lightbox()->windowTitle().contains(u"#"_s + item->nodeId));
        }
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
        // Search and the client column.
        const int all = h->visibleRows();
        h->setSearchText(h->model()->entryAt(0).promptId);
        QCOMPARE(h->visibleRows(), 1);
        h->setSearchText(u"no-such-thing-xyz"_s);
        QCOMPARE(h->visibleRows(), 0);
        h->setSearchText(QString());
        QCOMPARE(h->visibleRows(), all);
        QCOMPARE(h->model()->index(0, HistoryModel::ClientColumn).data().toString(),
                 HistoryModel::tr("this viewer"));
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

    void geometryFromALargerScreenFits()
    {
        // A window saved on a larger screen (or at a smaller scale) opens on this one whole.
        QWidget big;
        big.setGeometry(0, 0, 5000, 3000);
        QSettings().setValue(u"window/geometry"_s, big.saveGeometry());
        MainWindow w;
        const QRect avail = w.screen()->availableGeometry();
        QVERIFY2(w.width() <= avail.width() && w.height() <= avail.height(),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(w.width())
                                .arg(w.height())
                                .arg(avail.width())
                                .arg(avail.height())));
        QSettings().remove(u"window/geometry"_s);
    }

    void offlineStateIsPlain()
    {
        // An address that never answers: not remembered, a banner says so.
        {
            QTcpServer probe; // a free port with nobody listening
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 deadPort = probe.serverPort();
            probe.close();
            MainWindow w;
            w.show();
            ServerProfile dead;
            dead.address = u"http://127.0.0.1:%1"_s.arg(deadPort);
            const int recentBefore = int(RecentServers::load().size());
            w.connectTo(dead, true);
            QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Reconnecting, 5000);
            QTRY_VERIFY(!w.offlineBanner()->isHidden());
            QVERIFY2(w.offlineBannerText().contains(u"127.0.0.1:%1"_s.arg(deadPort)),
                     qPrintable(w.offlineBannerText()));
            QVERIFY(w.offlineBanner()->findChild<QPushButton *>(u"bannerEdit"_s));
            QCOMPARE(int(RecentServers::load().size()), recentBefore);
            w.client()->close();
        }

        Simulator sim;
        sim.setStepDelay(100);
        QVERIFY(sim.listen());
        MainWindow w;
        w.show();
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        w.connectTo(p, true);
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        QVERIFY(w.offlineBanner()->isHidden());
        bool remembered = false;
        for (const ServerProfile &r : RecentServers::load())
            remembered |= r.address == p.address;
        QVERIFY(remembered); // remembered once it answered

        // A long job runs and one more waits: the status bar shows a queue.
        SubmitReply *r = w.tracker()->submit(Simulator::demoWorkflow(0));
        QSignalSpy done(r, &Reply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(r->isOk());
        SubmitReply *r2 = w.tracker()->submit(Simulator::demoWorkflow(1));
        QSignalSpy done2(r2, &Reply::finished);
        QVERIFY(done2.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(w.progressPanel()->stepValue() >= 1, 10000);
        QTRY_VERIFY(!w.queueLabelText().isEmpty());

        sim.kill();
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Reconnecting, 5000);
        QTRY_VERIFY(!w.offlineBanner()->isHidden());
        QVERIFY(w.offlineBannerText().contains(u"not reachable"_s));
        QVERIFY(w.queueLabelText().isEmpty()); // no stale count
        QVERIFY(w.progressPanel()->isOffline());
        QVERIFY2(w.progressPanel()->summaryText().contains(u"server unreachable"_s),
                 qPrintable(w.progressPanel()->summaryText()));
        // The clock stands still.
        const QString before = w.progressPanel()->summaryText();
        QTest::qWait(2200);
        QCOMPARE(w.progressPanel()->summaryText(), before);
        w.client()->close();
    }

    void stoppedNodeIsNotDone()
    {
        Job j;
        j.state = Job::State::Lost;
        j.nodeClasses = {{u"1"_s, u"Loader"_s}, {u"2"_s, u"KSampler"_s}};
        j.nodeOrder = {u"1"_s, u"2"_s};
        j.executedNodes = {u"1"_s};
        j.nodeValue = 7;
        j.nodeMax = 30;
        NodeListModel m;
        m.setJob(j);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 0).data(NodeListModel::NodeStateRole).toInt(),
                 int(NodeListModel::NodeState::Done));
        QCOMPARE(m.index(1, 0).data(NodeListModel::NodeStateRole).toInt(),
                 int(NodeListModel::NodeState::Stopped));
        QVERIFY(m.index(1, 0).data().toString().contains(u"7 / 30"_s));
    }

    void queueAgainAndDroppedFiles()
    {
        QTemporaryDir dir;
        const QJsonObject wf = Simulator::demoWorkflow(0);
        // A ComfyUI PNG carries the API workflow in its `prompt` text chunk.
        const QString png = dir.filePath(u"out.png"_s);
        {
            QImage img(8, 8, QImage::Format_RGB32);
            img.fill(Qt::red);
            QImageWriter writer(png, "png");
            writer.setText(u"prompt"_s,
                           QString::fromUtf8(QJsonDocument(wf).toJson(QJsonDocument::Compact)));
            QVERIFY(writer.write(img));
        }
        QString error;
        QCOMPARE(MainWindow::readWorkflowFile(png, &error), wf);
        const QString plain = dir.filePath(u"plain.png"_s);
        QImage(4, 4, QImage::Format_RGB32).save(plain);
        QVERIFY(MainWindow::readWorkflowFile(plain, &error).isEmpty());
        QVERIFY(error.contains(u"no workflow"_s));
        const QString json = dir.filePath(u"wf.json"_s);
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{u"prompt"_s, wf}}).toJson());
        }
        QCOMPARE(MainWindow::readWorkflowFile(json, &error), wf);

        // New seeds: the seed inputs change, nothing else.
        const QJsonObject reseeded = MainWindow::withNewSeeds(wf);
        QVERIFY(reseeded != wf);
        QCOMPARE(workflowHash(reseeded), workflowHash(wf));

        Simulator sim;
        QVERIFY(sim.listen());
        MainWindow w;
        ServerProfile p;
        p.address = sim.httpUrl().toString();
        w.connectTo(p, false);
        QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
        // A dropped PNG is queued.
        QVERIFY(w.acceptDrops());
        QVERIFY(!w.queueDroppedUrls({QUrl(u"https://example.org/a.png"_s)}));
        QVERIFY(w.queueDroppedUrls({QUrl::fromLocalFile(png)}));
        auto logText = [&] {
            QStringList l;
            for (int r = 0; r < w.eventLog()->rowCount(); ++r)
                l << w.eventLog()->entry(r).message;
            return l.join(u" | "_s);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(w.tracker()->jobs().size() == 1, qPrintable(logText()), 5000);
        const QString first = w.tracker()->jobs().first().promptId;
        QTRY_VERIFY_WITH_TIMEOUT(w.tracker()->job(first)->isFinished(), 10000);
        QCOMPARE(w.tracker()->job(first)->workflow, wf);

        QVERIFY(w.queueAgain(first, true));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker()->jobs().size(), 2, 5000);
        QVERIFY(w.queueAgain(first, false));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker()->jobs().size(), 3, 5000);
        QList<QJsonObject> workflows;
        for (const Job &j : w.tracker()->jobs())
            if (j.promptId != first)
                workflows << j.workflow;
        QTRY_VERIFY(workflows.contains(wf));
        bool reseededSeen = false;
        for (const QJsonObject &o : workflows)
            reseededSeen |= o != wf && workflowHash(o) == workflowHash(wf);
        QVERIFY(reseededSeen);
        QVERIFY(!w.queueAgain(u"no-such-job"_s, false));
        w.client()->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
