// SPDX-License-Identifier: MIT
// The simulator's node-behaviour table against its node catalog: every class the catalog offers
// (in each server version) can run, the table names no class the catalog lacks, and a class
// outside the catalog is still refused by the validator.
#include "nodecatalog_p.h"

#include <comfyscope/simulator.h>

#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace ComfyScope;

class TestNodeBehaviours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCatalogClassHasABehaviour_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<bool>("deploy");
        QTest::newRow("v0.8.0") << false << false;
        QTest::newRow("v0.8.0 + ComfyDeploy") << false << true;
        QTest::newRow("v0.3.18") << true << false;
        QTest::newRow("v0.3.18 + ComfyDeploy") << true << true;
    }
    void everyCatalogClassHasABehaviour()
    {
        QFETCH(bool, legacy);
        QFETCH(bool, deploy);
        const Sim::NodeCatalog catalog(legacy, deploy);
        QVERIFY(catalog.classNames().size() >= 15);
        for (const QString &name : catalog.classNames()) {
            const Sim::NodeClass *cls = catalog.find(name);
            QVERIFY2(cls, qPrintable(name));
            QVERIFY2(cls->behaviour, qPrintable(name + u" has no behaviour"_s));
            QVERIFY(cls->behaviour == Sim::nodeBehaviour(name));
        }
    }

    void tableNamesOnlyCatalogClasses()
    {
        const Sim::NodeCatalog full(false, true);
        const QSet<QString> catalogNames(full.classNames().cbegin(), full.classNames().cend());
        const QStringList tableNames = Sim::nodeBehaviourClassNames();
        QCOMPARE(QSet<QString>(tableNames.cbegin(), tableNames.cend()), catalogNames);
        QVERIFY(!Sim::nodeBehaviour(u"NoSuchNode"_s));
        QVERIFY(!Sim::nodeBehaviour(u"ksampler"_s)); // class names are case-sensitive
    }

    void classesOutsideTheCatalogAreRefused()
    {
        Simulator sim;
        const QJsonObject save{{u"class_type"_s, u"PreviewAny"_s},
                               {u"inputs"_s, QJsonObject{{u"source"_s, u"x"_s}}}};
        QVERIFY(!sim.queuePrompt(QJsonObject{{u"1"_s, save}}).isEmpty());

        const QJsonObject unknown{{u"class_type"_s, u"NoSuchNode"_s}, {u"inputs"_s, QJsonObject{}}};
        QVERIFY(sim.queuePrompt(QJsonObject{{u"1"_s, save}, {u"2"_s, unknown}}).isEmpty());

        // The table has a behaviour for PreviewAny, but v0.3.18's catalog has no such class.
        sim.setVersion(Simulator::Version::V0_3_18);
        QVERIFY(sim.queuePrompt(QJsonObject{{u"1"_s, save}}).isEmpty());
        // ComfyDeploy's node exists only with the pack.
        const QJsonObject deployNode{{u"class_type"_s, u"ComfyDeployWebscoketImageOutput"_s},
                                     {u"inputs"_s, QJsonObject{}}};
        sim.setVersion(Simulator::Version::V0_8_0);
        QVERIFY(sim.queuePrompt(QJsonObject{{u"1"_s, deployNode}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNodeBehaviours)
#include "tst_nodebehaviours.moc"
