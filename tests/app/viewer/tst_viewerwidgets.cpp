// SPDX-License-Identifier: MIT
// Widgets that need no server: connection light, progress delegate, image canvas, lightbox.
#include "apptestutil.h"
#include "common/connectionindicator.h"
#include "gallery/gallerymodel.h"
#include "gallery/imagecanvas.h"
#include "gallery/lightbox.h"
#include "viewer/progressdelegate.h"

#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtTest/QTest>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestViewerWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void indicatorHidesShortDrops()
    {
        ConnectionIndicator ind;
        ind.setGracePeriod(300);
        ind.setState(Client::State::Connecting);
        QCOMPARE(ind.shownState(), Client::State::Connecting);
        ind.setState(Client::State::Connected);
        QCOMPARE(ind.shownState(), Client::State::Connected);
        // A blip: reconnecting then connected within the grace period is never shown.
        ind.setState(Client::State::Reconnecting);
        QCOMPARE(ind.shownState(), Client::State::Connected);
        QTest::qWait(100);
        ind.setState(Client::State::Connected);
        QTest::qWait(400);
        QCOMPARE(ind.shownState(), Client::State::Connected);
        // A real drop shows after the grace period.
        ind.setState(Client::State::Reconnecting);
        QCOMPARE(ind.shownState(), Client::State::Connected);
        QTRY_COMPARE(ind.shownState(), Client::State::Reconnecting);
        QVERIFY(ind.text().contains(connectionStateLabel(Client::State::Reconnecting)));
        ind.setLastError(u"Connection refused"_s);
        QVERIFY(ind.toolTip().contains(u"Connection refused"_s));
        ind.setState(Client::State::Disconnected);
        QCOMPARE(ind.shownState(), Client::State::Disconnected);
    }

    void progressDelegatePaintsBar()
    {
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), u"50 %"_s, Qt::DisplayRole);
        model.setData(model.index(0, 0), 0.5, Qt::UserRole + 7);
        model.setData(model.index(1, 0), u"no live detail"_s, Qt::DisplayRole);
        model.setData(model.index(1, 0), -1.0, Qt::UserRole + 7);
        QTreeView view;
        view.setModel(&model);
        ProgressDelegate d(Qt::UserRole + 7);
        QStyleOptionViewItem opt;
        opt.initFrom(&view);
        opt.widget = &view;
        opt.rect = QRect(0, 0, 200, 24);
        opt.state &= ~QStyle::State_Selected;

        QImage bar(200, 24, QImage::Format_ARGB32_Premultiplied);
        bar.fill(Qt::white);
        {
            QPainter p(&bar);
            d.paint(&p, opt, model.index(0, 0));
        }
        // The filled part (left) and the empty part (right) differ.
        const QColor left = bar.pixelColor(20, 12);
        const QColor right = bar.pixelColor(185, 12);
        QVERIFY2(left != right, qPrintable(left.name() + u' ' + right.name()));

        QImage text(200, 24, QImage::Format_ARGB32_Premultiplied);
        text.fill(Qt::white);
        {
            QPainter p(&text);
            d.paint(&p, opt, model.index(1, 0));
        }
        // Unknown progress: no bar, only a little text on the left.
        QCOMPARE(text.pixelColor(185, 12), text.pixelColor(195, 3));
        bool ink = false;
        for (int x = 0; x < 100 && !ink; ++x)
            for (int y = 0; y < 24 && !ink; ++y)
                ink = text.pixelColor(x, y) != text.pixelColor(195, 3);
        QVERIFY(ink);
    }

    void canvasZoom()
    {
        ImageCanvas c;
        c.resize(400, 300);
        QImage img(800, 600, QImage::Format_RGB32);
        img.fill(Qt::red);
        c.setImage(img);
        QVERIFY(c.isFitMode());
        QVERIFY(qAbs(c.zoom() - 0.5 * c.devicePixelRatioF()) < 0.01);
        c.actualSize();
        QCOMPARE(c.zoom(), 1.0);
        QVERIFY(!c.isFitMode());
        c.zoomIn();
        QVERIFY(c.zoom() > 1.0);
        c.fitToWindow();
        QVERIFY(c.isFitMode());
        QImage shot(c.size(), QImage::Format_ARGB32_Premultiplied);
        c.render(&shot);
        QCOMPARE(shot.pixelColor(200, 150), QColor(Qt::red));
    }

    void lightboxShowsImageAndMetadata()
    {
        GalleryModel m;
        const QMap<QString, QString> text{
            {u"prompt"_s, u"{\"3\":{\"class_type\":\"KSampler\"}}"_s}};
        for (int i = 0; i < 3; ++i)
            m.addFrame(AppTest::frame(ImageKind::FinalOutput,
                                      AppTest::solidPng(320, 240, QColor(80 * i, 0, 0), text),
                                      u"prompt-%1"_s.arg(i), u"9"_s),
                       u"server"_s, u"SaveImage"_s);
        QTRY_COMPARE(m.rowCount(), 3);
        Lightbox box(&m, &m);
        box.show();
        const quint64 newest = m.idAt(0);
        box.showItem(newest);
        QCOMPARE(box.currentId(), newest);
        QCOMPARE(box.canvas()->image().size(), QSize(320, 240));
        QVERIFY(box.infoText().contains(u"KSampler"_s));
        // Decodes finish in any order; the newest row is whichever finished last.
        QVERIFY(box.infoText().contains(m.item(newest)->promptId));
        box.showNext();
        QCOMPARE(box.currentId(), m.idAt(1));
        box.showNext();
        box.showNext(); // stays on the last
        QCOMPARE(box.currentId(), m.idAt(2));
        box.showPrevious();
        QCOMPARE(box.currentId(), m.idAt(1));

        // An evicted image is decoded again when shown.
        m.setMemoryBudget(0);
        box.showItem(m.idAt(2));
        QTRY_COMPARE(box.canvas()->image().size(), QSize(320, 240));
        QCOMPARE(decodeCallsOnGuiThread(), 0);
    }
};

QTEST_MAIN(TestViewerWidgets)
#include "tst_viewerwidgets.moc"
