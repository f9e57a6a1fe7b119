// SPDX-License-Identifier: MIT
// Session: one watched server — labels, final outputs fetched once with their node, health,
// the log — against the simulator.
#include <comfyscope/replies.h>
#include <comfyscope/session.h>
#include <comfyscope/simulator.h>

#include <QtCore/QJsonArray>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

class TestSession : public QObject
{
    Q_OBJECT
private:
    static void point(Session &s, const Simulator &sim)
    {
        const ServerEndpoint ep = ServerEndpoint::fromString(sim.httpUrl().toString());
        s.client()->setEndpoint(ep);
        s.client()->setReconnectDelays(50, 200);
    }

private Q_SLOTS:
    void finalOutputsComeOnceWithTheirNode()
    {
        Simulator sim;
        sim.setStepDelay(5);
        sim.setPreviewMethod(u"auto"_s);
        QVERIFY(sim.listen());
        Session s;
        point(s, sim);
        QList<SessionImage> images;
        connect(&s, &Session::imageReceived, this,
                [&](const SessionImage &i) { images.append(i); });
        QSignalSpy fetched(&s, &Session::jobOutputsFetched);
        s.open();
        QTRY_VERIFY_WITH_TIMEOUT(s.isUp(), 5000);

        QJsonObject wf = Simulator::demoWorkflow(0);
        // A title on the SaveImage node: the label must come from _meta.title.
        QJsonObject save = wf.value(u"9"_s).toObject();
        QVERIFY2(save.value(u"class_type"_s).toString() == u"SaveImage"_s,
                 "demo workflow 0 saves with node 9");
        save.insert(u"_meta"_s, QJsonObject{{u"title"_s, u"Final save"_s}});
        wf.insert(u"9"_s, save);
        SubmitReply *r = s.submit(wf, u"portrait.json"_s);
        QSignalSpy submitted(r, &Reply::finished);
        QVERIFY(submitted.wait(5000));
        const QString id = r->promptId();
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
        QCOMPARE(fetched.at(0).at(0).toString(), id);
        QVERIFY(fetched.at(0).at(1).toInt() >= 1); // files fetched
        QCOMPARE(fetched.at(0).at(2).toInt(), 0);  // none failed

        const std::optional<Job> job = s.tracker()->job(id);
        QVERIFY(job);
        QCOMPARE(job->name, u"portrait.json"_s);
        QCOMPARE(job->displayName(), u"portrait.json"_s);
        QVERIFY(job->nodeOutputs.contains(u"9"_s));
        QCOMPARE(job->nodeOutputs.value(u"9"_s).size(), job->outputs.size());

        QList<SessionImage> finals;
        for (const SessionImage &i : std::as_const(images))
            if (i.frame.kind == ImageKind::FinalOutput)
                finals.append(i);
        QCOMPARE(finals.size(), job->outputs.size());
        for (const SessionImage &i : std::as_const(finals)) {
            QCOMPARE(i.frame.promptId, id);
            QCOMPARE(i.frame.nodeId, u"9"_s);
            QCOMPARE(i.nodeLabel, u"Final save"_s);
            QCOMPARE(i.nodeClass, u"SaveImage"_s);
            QCOMPARE(i.jobName, u"portrait.json"_s);
            QVERIFY(i.frame.imageSize() > 0);
        }
        // Previews of the same run were labelled with the sampler's class.
        bool sawPreview = false;
        for (const SessionImage &i : std::as_const(images))
            if (i.frame.kind == ImageKind::SamplerPreview && i.frame.promptId == id) {
                sawPreview = true;
                QCOMPARE(i.nodeClass, u"KSampler"_s);
            }
        QVERIFY(sawPreview);

        // A reconnect and a resync see the job again in /history: no output is fetched twice.
        const int before = int(finals.size());
        s.client()->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(s.isUp(), 5000);
        s.tracker()->resync();
        QTest::qWait(500);
        int after = 0;
        for (const SessionImage &i : std::as_const(images))
            after += i.frame.kind == ImageKind::FinalOutput ? 1 : 0;
        QCOMPARE(after, before);
    }

    void jobNameFallsBackToTheOutputPrefix()
    {
        Job j;
        j.promptId = u"0123456789abcdef"_s;
        QCOMPARE(j.displayName(), u"01234567"_s);
        j.workflow = QJsonObject{
            {u"12"_s, QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                                  {u"inputs"_s, QJsonObject{{u"filename_prefix"_s, u"late"_s}}}}},
            {u"3"_s, QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                                 {u"inputs"_s, QJsonObject{{u"filename_prefix"_s, u"hero"_s}}}}},
            {u"4"_s, QJsonObject{{u"class_type"_s, u"KSampler"_s}, {u"inputs"_s, QJsonObject{}}}}};
        // Lowest node id with a prefix, numerically; a prefix is shared by many jobs: the short id.
        QCOMPARE(j.displayName(), u"hero (01234567)"_s);
        QCOMPARE(j.workflowName(), u"hero"_s);
        Job other = j;
        other.promptId = u"89abcdef01234567"_s;
        QCOMPARE(other.displayName(), u"hero (89abcdef)"_s);
        // Queued again under its prefix: still told apart.
        other.name = other.workflowName();
        QCOMPARE(other.displayName(), u"hero (89abcdef)"_s);
        j.name = u"given.json"_s;
        QCOMPARE(j.displayName(), u"given.json"_s);
        QCOMPARE(j.workflowName(), u"given.json"_s);
    }

    void healthAndLogFromTheServer()
    {
        Simulator sim;
        QVERIFY(sim.listen());
        Session s;
        point(s, sim);
        QList<QString> log;
        connect(&s, &Session::logMessage, this,
                [&](LogLevel, const QString &source, const QString &text) {
                    log.append(source + u": "_s + text);
                });
        QSignalSpy health(&s, &Session::healthChanged);
        s.open();
        QTRY_VERIFY_WITH_TIMEOUT(s.isUp(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!health.isEmpty(), 5000);
        QVERIFY(!s.version().isEmpty());
        QVERIFY(s.health().statsAt.isValid());
        QVERIFY(!s.downSince().isValid());
        QVERIFY(s.lastError().isOk());

        // The server goes away: down since then, the error kept, the lost connection logged once.
        sim.close();
        QTRY_VERIFY_WITH_TIMEOUT(!s.isUp(), 5000);
        QVERIFY(s.downSince().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!s.lastError().isOk(), 5000);
        QTest::qWait(800); // several failed attempts
        int lost = 0, repeats = 0;
        const QString err = s.lastError().message;
        for (const QString &l : std::as_const(log)) {
            lost += l.contains(u"Connection lost"_s) ? 1 : 0;
            repeats += l == u"Connection: "_s + err ? 1 : 0;
        }
        QCOMPARE(lost, 1);
        QVERIFY(!log.contains(u"Connection: The remote host closed the connection"_s)
                || !log.contains(u"Connection: Connection lost: The remote host closed the "
                                 "connection"_s));
        QVERIFY2(repeats <= 1, qPrintable(u"the same connection error is logged once, not per "
                                          "attempt:\n"_s
                                          + log.join(u'\n')));
        QCOMPARE(s.queueDepth(), 0);
        s.close();
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
