// SPDX-License-Identifier: MIT
#include "apptestutil.h"
#include "viewer/nodelistmodel.h"
#include "viewer/queuefiltermodel.h"
#include "viewer/progressdelegate.h"
#include "viewer/progresspanel.h"
#include "viewer/queuemodel.h"
#include "viewer/queueview.h"
#include "common/uiutil.h"

#include <comfyscope/client.h>
#include <comfyscope/jobtracker.h>
#include <comfyscope/replies.h>
#include <comfyscope/simulator.h>

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtGui/QClipboard>
#include <QtGui/QFontInfo>
#include <QtGui/QMouseEvent>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestQueueModel : public QObject
{
    Q_OBJECT
    Simulator *sim = nullptr;
    Client *client = nullptr;
    JobTracker *tracker = nullptr;

    QString submit(int variant)
    {
        SubmitReply *r = tracker->submit(Simulator::demoWorkflow(variant));
        QSignalSpy done(r, &Reply::finished);
        if (!done.wait(5000))
            return {};
        return r->promptId();
    }

private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void init()
    {
        sim = new Simulator(this);
        sim->setStepDelay(25);
        QVERIFY(sim->listen());
        client = new Client(this);
        client->setEndpoint(ServerEndpoint::fromString(sim->httpUrl().toString()));
        tracker = new JobTracker(client, this);
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    }

    void cleanup()
    {
        delete tracker;
        delete client;
        delete sim;
    }

    void tracksJobsWithoutResets()
    {
        QueueModel m;
        m.setTickInterval(50);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilterModel proxy;
        proxy.setSourceModel(&m);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTracker(tracker);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        double maxRunningProgress = -1;
        bool sawRunning = false;
        connect(&m, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &tl, const QModelIndex &br) {
                    QVERIFY(tl.row() == br.row()); // one row per notification
                    const QModelIndex i = m.index(tl.row(), QueueModel::ProgressColumn);
                    if (i.data(QueueModel::StateRole).toInt() == int(Job::State::Running)) {
                        sawRunning = true;
                        maxRunningProgress = qMax(maxRunningProgress,
                                                  i.data(QueueModel::ProgressRole).toDouble());
                    }
                });

        const QString a = submit(0);
        const QString b = submit(5);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QTRY_COMPARE(m.rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m.index(m.rowOf(b), 0).data(QueueModel::StateRole).toInt(),
                                  int(Job::State::Succeeded), 15000);
        QTRY_COMPARE(m.index(m.rowOf(a), 0).data(QueueModel::StateRole).toInt(),
                     int(Job::State::Succeeded));
        QCOMPARE(resets.size(), 0);
        QVERIFY(changed.size() > 5);
        QVERIFY(sawRunning);
        QVERIFY(maxRunningProgress > 0 && maxRunningProgress <= 1.0);
        const QModelIndex done = m.index(m.rowOf(a), 0);
        QCOMPARE(done.data(QueueModel::ProgressRole).toDouble(), 1.0);
        QVERIFY(done.data(QueueModel::OwnRole).toBool());
        QVERIFY(done.data(QueueModel::OutputCountRole).toInt() >= 1);
        QVERIFY(!m.index(done.row(), QueueModel::ElapsedColumn).data().toString().isEmpty());
        QCOMPARE(m.index(done.row(), QueueModel::StateColumn).data().toString(),
                 jobStateLabel(Job::State::Succeeded));

        // Finished jobs can be hidden.
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setShowFinished(false);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setShowFinished(true);

        // The per-node list of the finished job.
        NodeListModel nodes;
        QAbstractItemModelTester nodeTester(&nodes,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        nodes.setJob(m.jobAt(done.row()));
        QVERIFY(nodes.rowCount() >= 5);
        bool sampler = false;
        for (int r = 0; r < nodes.rowCount(); ++r)
            sampler |= nodes.index(r).data().toString().contains(u"KSampler"_s);
        QVERIFY(sampler);
    }

    void otherClientsJobsHaveNoLiveDetail()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTracker(tracker);
        sim->setStepDelay(80);
        bool sawNoDetail = false;
        connect(&m, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &tl) {
            const QModelIndex i = m.index(tl.row(), QueueModel::ProgressColumn);
            if (i.data(QueueModel::StateRole).toInt() == int(Job::State::Running)
                && !i.data(QueueModel::OwnRole).toBool()) {
                sawNoDetail |= i.data(QueueModel::ProgressRole).toDouble() < 0
                               && i.data().toString() == QueueModel::tr("no live detail");
            }
        });
        const QString id = sim->queuePrompt(Simulator::demoWorkflow(0), u"someone-else"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m.rowOf(id) >= 0, 5000);
        QVERIFY(!m.index(m.rowOf(id), 0).data(QueueModel::OwnRole).toBool());
        QVERIFY(
            m.index(m.rowOf(id), QueueModel::PromptColumn).data().toString().contains(u"other"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m.index(m.rowOf(id), 0).data(QueueModel::StateRole).toInt()
                                     == int(Job::State::Succeeded),
                                 20000);
        QVERIFY(sawNoDetail);
    }

    void relayedJobsAreLiveAndSayWhoQueuedThem()
    {
        sim->setRelayEnabled(true);
        client->setRelayMode(Client::RelayMode::Auto);
        QTRY_COMPARE_WITH_TIMEOUT(client->relayState(), Client::RelayState::Connected, 5000);
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTracker(tracker);
        sim->setStepDelay(60);
        QString id;
        bool sawLiveBar = false;
        QString promptText;
        connect(&m, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &tl) {
            const QModelIndex i = m.index(tl.row(), QueueModel::ProgressColumn);
            if (i.data(QueueModel::StateRole).toInt() != int(Job::State::Running)
                || i.data(QueueModel::OwnRole).toBool())
                return;
            const double p = i.data(QueueModel::ProgressRole).toDouble();
            sawLiveBar |= p > 0 && p < 1 && i.data().toString().endsWith(u'%');
            promptText = m.index(tl.row(), QueueModel::PromptColumn).data().toString();
        });
        id = sim->queuePrompt(Simulator::demoWorkflow(0), u"someone-else"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            m.index(qMax(0, m.rowOf(id)), 0).data(QueueModel::StateRole).toInt()
                == int(Job::State::Succeeded),
            20000);
        QVERIFY(sawLiveBar);
        QVERIFY2(promptText.contains(sim->relayClientLabel(u"someone-else"_s)),
                 qPrintable(promptText));
        QVERIFY(!m.index(m.rowOf(id), 0).data(QueueModel::OwnRole).toBool());
    }

    void cancelPendingJob()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTracker(tracker);
        sim->setStepDelay(200);
        const QString running = submit(0);
        const QString pending = submit(0);
        QTRY_VERIFY(m.rowOf(pending) >= 0);
        QTRY_COMPARE(m.index(m.rowOf(running), 0).data(QueueModel::StateRole).toInt(),
                     int(Job::State::Running));
        std::optional<Job> cur = m.currentJob();
        QVERIFY(cur);
        QCOMPARE(cur->promptId, running);
        tracker->cancel(pending);
        QTRY_COMPARE_WITH_TIMEOUT(m.index(m.rowOf(pending), 0).data(QueueModel::StateRole).toInt(),
                                  int(Job::State::Cancelled), 5000);
        tracker->cancel(running);
        QTRY_COMPARE_WITH_TIMEOUT(m.index(m.rowOf(running), 0).data(QueueModel::StateRole).toInt(),
                                  int(Job::State::Interrupted), 10000);
        QVERIFY(!m.index(m.rowOf(running), 0).data(QueueModel::ErrorRole).toString().isEmpty());
    }

    void switchingTrackerResets()
    {
        QueueModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTracker(tracker);
        QVERIFY(!submit(5).isEmpty());
        QTRY_COMPARE(m.rowCount(), 1);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        m.setTracker(nullptr);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m.rowCount(), 0);
    }

    void rowsHoldStillUnderThePointer()
    {
        QueueModel m;
        m.setTickInterval(0);
        QueueView view(&m);
        m.setTracker(tracker);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString failed = submit(3); // variant 3 fails
        QTRY_VERIFY_WITH_TIMEOUT(tracker->job(failed) && tracker->job(failed)->isFinished(), 10000);
        QCOMPARE(tracker->job(failed)->state, Job::State::Failed);
        QAbstractItemModel *proxy = view.view()->model();
        auto rowOf = [&](const QString &id) {
            for (int r = 0; r < proxy->rowCount(); ++r)
                if (proxy->index(r, 0).data(QueueModel::PromptIdRole).toString() == id)
                    return r;
            return -1;
        };
        const int before = rowOf(failed);
        QVERIFY(before >= 0);

        // Failed rows look failed: a red bar, the state's words in the text, an icon.
        const QModelIndex prog = proxy->index(before, QueueModel::ProgressColumn);
        auto *delegate = qobject_cast<ProgressDelegate *>(
            view.view()->itemDelegateForColumn(QueueModel::ProgressColumn));
        QVERIFY(delegate);
        QCOMPARE(delegate->barColor(prog), jobStateAccent(Job::State::Failed));
        QVERIFY(prog.data().toString().contains(jobStateLabel(Job::State::Failed)));
        QVERIFY(!proxy->index(before, QueueModel::StateColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(proxy->index(before, QueueModel::ClientColumn).data().toString(),
                 QueueModel::tr("this viewer"));
        QVERIFY(!proxy->index(before, QueueModel::QueuedColumn).data().toString().isEmpty());

        // The pointer enters the list; new jobs arrive; the failed row stays where it was.
        QEvent enter(QEvent::Enter);
        QCoreApplication::sendEvent(view.view()->viewport(), &enter);
        sim->setStepDelay(200);
        const QString a = submit(0);
        const QString b = submit(0);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QTRY_COMPARE(m.heldCount(), 2);
        QTest::qWait(300);
        QCOMPARE(rowOf(failed), before);
        QCOMPARE(rowOf(a), -1);

        // It leaves: the new jobs show up, above the finished one.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(view.view()->viewport(), &leave);
        QCOMPARE(m.heldCount(), 0);
        QVERIFY(rowOf(a) >= 0 && rowOf(b) >= 0);
        QCOMPARE(rowOf(failed), before + 2);
        tracker->cancel(b);
        tracker->cancel(a);
    }

    void offlineFreezesElapsedAndEta()
    {
        QueueModel m;
        m.setTickInterval(0);
        m.setTracker(tracker);
        sim->setStepDelay(300);
        const QString a = submit(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m.rowOf(a) >= 0 && m.jobAt(m.rowOf(a)).state == Job::State::Running, 10000);
        auto cell = [&](int col) { return m.index(m.rowOf(a), col).data().toString(); };
        QTRY_VERIFY_WITH_TIMEOUT(!cell(QueueModel::ElapsedColumn).isEmpty(), 5000);
        m.setOffline(true);
        const QString frozen = cell(QueueModel::ElapsedColumn);
        QCOMPARE(cell(QueueModel::EtaColumn), QueueModel::tr("unknown"));
        QTest::qWait(1300);
        QCOMPARE(cell(QueueModel::ElapsedColumn), frozen);
        m.setOffline(false);
        QTRY_VERIFY(cell(QueueModel::EtaColumn) != QueueModel::tr("unknown"));
        tracker->cancel(a);
    }

    void rowsCatchUpWhenThePointerRests()
    {
        QueueModel m;
        m.setTickInterval(0);
        QueueView view(&m);
        view.setPointerRestMs(400);
        m.setTracker(tracker);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModel *proxy = view.view()->model();
        auto rowOf = [&](const QString &id) {
            for (int r = 0; r < proxy->rowCount(); ++r)
                if (proxy->index(r, 0).data(QueueModel::PromptIdRole).toString() == id)
                    return r;
            return -1;
        };
        // The pointer comes and stays (the user watches): the rows hold, then catch up.
        QEvent enter(QEvent::Enter);
        QCoreApplication::sendEvent(view.view()->viewport(), &enter);
        QVERIFY(m.isFrozen());
        QTRY_VERIFY_WITH_TIMEOUT(!m.isFrozen(), 3000);
        sim->setStepDelay(100);
        const QString a = submit(0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(a) >= 0, 10000);
        QCOMPARE(m.heldCount(), 0);
        // It moves again: held again.
        QMouseEvent move(QEvent::MouseMove, QPointF(20, 20), QPointF(20, 20), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.view()->viewport(), &move);
        QVERIFY(m.isFrozen());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(view.view()->viewport(), &leave);
        QVERIFY(!m.isFrozen());
        tracker->cancel(a);
    }

    void errorDialogIsReadableAndCopyable()
    {
        Job j;
        j.promptId = u"abcdef12-0000"_s;
        j.state = Job::State::Failed;
        j.nodeClasses = {{u"5"_s, u"KSampler"_s}};
        ExecutionErrorEvent e;
        e.nodeId = u"5"_s;
        e.nodeType = u"KSampler"_s;
        e.exceptionType = u"RuntimeError"_s;
        e.exceptionMessage = u"CUDA out of memory"_s;
        e.traceback = {u"Traceback (most recent call last):\n"_s,
                       u"  File \"nodes.py\", line 1, in sample\n"_s};
        j.error = e;
        std::unique_ptr<QDialog> dlg(QueueView::createErrorDialog(j, nullptr));
        auto *text = dlg->findChild<QPlainTextEdit *>(u"errorText"_s);
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(QFontInfo(text->font()).fixedPitch());
        QVERIFY(text->toPlainText().contains(u"nodes.py"_s));
        QVERIFY(text->toPlainText().contains(u"CUDA out of memory"_s));
        QVERIFY(dlg->isSizeGripEnabled());
        auto *copy = dlg->findChild<QPushButton *>(u"copyError"_s);
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
        // Long lines wrap (no sideways scrolling), and there is room for a traceback: about
        // 100 columns and 30 lines of the fixed font.
        QCOMPARE(text->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        const QFontMetrics fm(text->font());
        QVERIFY2(dlg->width() >= fm.horizontalAdvance(QString(90, u'x')),
                 qPrintable(QString::number(dlg->width())));
        QVERIFY2(dlg->height() >= fm.lineSpacing() * 25,
                 qPrintable(QString::number(dlg->height())));
    }

    void failedJobBarInTheProgressPanel()
    {
        ProgressPanel panel;
        Job j;
        j.promptId = u"abcdef12-0000"_s;
        j.state = Job::State::Running;
        j.workflow = QJsonObject{{u"1"_s, QJsonObject{{u"class_type"_s, u"KSampler"_s}}}};
        panel.showJob(j);
        const QColor running = panel.overallBarColor();
        QCOMPARE(running, QApplication::palette().color(QPalette::Highlight));
        j.state = Job::State::Failed;
        panel.showJob(j);
        QCOMPARE(panel.overallBarColor(), jobStateAccent(Job::State::Failed));
        j.state = Job::State::Interrupted;
        panel.showJob(j);
        QCOMPARE(panel.overallBarColor(), jobStateAccent(Job::State::Interrupted));
        j.state = Job::State::Succeeded;
        panel.showJob(j);
        QCOMPARE(panel.overallBarColor(), running);
        // After a failed job, another client's running job (no live detail, a busy bar) is not
        // red either.
        j.state = Job::State::Failed;
        panel.showJob(j);
        Job other;
        other.promptId = u"99999999-0000"_s;
        other.state = Job::State::Running;
        other.liveDetail = false;
        panel.showJob(other);
        QCOMPARE(panel.overallBarColor(), running);
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
