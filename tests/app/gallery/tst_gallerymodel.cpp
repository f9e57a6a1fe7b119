// SPDX-License-Identifier: MIT
#include "apptestutil.h"
#include "gallery/gallerydelegate.h"
#include "gallery/galleryfiltermodel.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtGui/QPainter>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QListView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestGalleryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newPromptsDoNotReLayOutTheView()
    {
        // Each new prompt adds an entry to the view's job filter. Sized to its entries, the box
        // measured all of them again and asked its parent for a new layout on every new prompt
        // (the station's longest GUI-thread stalls at 200 servers); its width is fixed instead.
        GalleryModel model;
        GalleryView view(&model);
        view.resize(900, 600);
        view.show();
        auto *box = view.findChild<QComboBox *>();
        QVERIFY(box);
        QWidget *parent = box->parentWidget();
        struct LayoutRequests : QObject
        {
            int count = 0;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::LayoutRequest)
                    ++count;
                return false;
            }
        } requests;
        QCoreApplication::processEvents();
        parent->installEventFilter(&requests);
        const int width = box->sizeHint().width();
        for (int i = 0; i < 250; ++i) {
            Q_EMIT model.promptSeen(u"%1-4fc8-a778-f6be5bdf6d82"_s.arg(i, 3, 10, QChar(u'0')));
            QCoreApplication::processEvents();
        }
        QCOMPARE(box->count(), 200);                   // "All jobs" and the 199 newest
        QVERIFY(box->itemText(1).contains(u"249-"_s)); // newest first
        QCOMPARE(box->sizeHint().width(), width);
        QVERIFY2(requests.count < 5, qPrintable(QString::number(requests.count)));
    }

    void initTestCase() { AppTest::isolateSettings(); }

    void addsDecodedImagesNewestFirst()
    {
        GalleryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addFrame(AppTest::frame(ImageKind::FinalOutput, AppTest::solidPng(300, 200, Qt::red),
                                  u"p1"_s, u"9"_s),
                   u"server"_s, u"SaveImage"_s);
        QTRY_COMPARE(m.rowCount(), 1);
        m.addFrame(AppTest::frame(ImageKind::WebSocketOutput, AppTest::solidPng(64, 64, Qt::blue),
                                  u"p2"_s, u"5"_s),
                   u"server"_s);
        QTRY_COMPARE(m.rowCount(), 2);
        const QModelIndex top = m.index(0, 0);
        QCOMPARE(top.data(GalleryModel::KindRole).toInt(), int(ImageKind::WebSocketOutput));
        QCOMPARE(top.data(GalleryModel::PromptIdRole).toString(), u"p2"_s);
        const QModelIndex second = m.index(1, 0);
        QCOMPARE(second.data(GalleryModel::ImageSizeRole).toSize(), QSize(300, 200));
        QCOMPARE(second.data(GalleryModel::FormatRole).toString(), u"png"_s);
        QCOMPARE(second.data(GalleryModel::NodeLabelRole).toString(), u"SaveImage"_s);
        QVERIFY(!second.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(second.data(Qt::ToolTipRole).toString().contains(u"p1"_s));
        QVERIFY(second.data(GalleryModel::HasFullImageRole).toBool());
        QCOMPARE(m.promptIds(), (QStringList{u"p2"_s, u"p1"_s}));
        QCOMPARE(decodeCallsOnGuiThread(), 0);
        QVERIFY(decodeCallsTotal() >= 2);
    }

    void decodesOffTheGuiThread()
    {
        GalleryModel m;
        const int before = decodeCallsTotal();
        for (int i = 0; i < 8; ++i)
            m.addFrame(AppTest::frame(ImageKind::WebSocketOutput,
                                      AppTest::solidPng(400, 400, QColor(i * 30, 0, 0)), u"p"_s,
                                      QString::number(i)),
                       u"s"_s);
        QTRY_COMPARE(m.rowCount(), 8);
        QVERIFY(decodeCallsTotal() >= before + 8);
        QCOMPARE(decodeCallsOnGuiThread(), 0);
        QVERIFY(m.threadPool()->maxThreadCount() <= 2);
    }

    void previewsOfOneNodeReplaceEachOther()
    {
        GalleryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int n = 25;
        for (int i = 0; i < n; ++i)
            m.addFrame(AppTest::frame(ImageKind::SamplerPreview,
                                      AppTest::solidPng(64, 64, QColor(i * 10, 255 - i * 10, 0)),
                                      u"p"_s, u"3"_s),
                       u"s"_s);
        // Another node's previews get their own tile.
        m.addFrame(AppTest::frame(ImageKind::SamplerPreview, AppTest::solidPng(64, 64, Qt::white),
                                  u"p"_s, u"7"_s),
                   u"s"_s);
        QTRY_VERIFY(!m.isBusy());
        QCOMPARE(m.rowCount(), 2);
        int row3 = m.index(0, 0).data(GalleryModel::NodeIdRole).toString() == u"3"_s ? 0 : 1;
        const QModelIndex idx = m.index(row3, 0);
        QCOMPARE(idx.data(GalleryModel::FrameCountRole).toInt(), n);
        QVERIFY(idx.data(GalleryModel::BadgeRole).toString().contains(QString::number(n)));
        // The newest frame is the one shown.
        const QImage thumb = idx.data(GalleryModel::ThumbnailRole).value<QImage>();
        QCOMPARE(QColor(thumb.pixel(1, 1)), QColor((n - 1) * 10, 255 - (n - 1) * 10, 0));
        // Coalesced: frames that arrived while one was decoding were not all decoded.
        QVERIFY2(m.framesSkipped() > 0, "expected coalescing of a burst");
        QVERIFY(m.framesDecoded() < n + 1);
        QCOMPARE(m.framesReceived(), n + 1);
    }

    void finalOutputsAreNotDuplicated()
    {
        GalleryModel m;
        ImageFrame f = AppTest::frame(ImageKind::FinalOutput, AppTest::solidPng(16, 16, Qt::red),
                                      u"p"_s, u"9"_s);
        f.ref = ImageRef{u"a.png"_s, QString(), u"output"_s};
        m.addFrame(f, u"s"_s);
        m.addFrame(f, u"s"_s);
        QTRY_VERIFY(!m.isBusy());
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.containsRef(f.ref));
    }

    void memoryBudgetEvictsFullImagesKeepsThumbnails()
    {
        GalleryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 one = 512 * 512 * 4; // one decoded 512×512 RGB32 image
        m.setMemoryBudget(3 * one);
        QList<quint64> ids;
        connect(&m, &GalleryModel::itemAdded, this, [&ids](quint64 id) { ids.append(id); });
        for (int i = 0; i < 6; ++i) {
            m.addFrame(AppTest::frame(ImageKind::FinalOutput,
                                      AppTest::solidPng(512, 512, QColor(0, 0, 40 * i)), u"p"_s,
                                      QString::number(i)),
                       u"s"_s);
            QTRY_COMPARE(m.rowCount(), i + 1); // one at a time: a defined age order
        }
        QCOMPARE(ids.size(), 6);
        QVERIFY2(m.fullImageBytes() <= 3 * one, qPrintable(QString::number(m.fullImageBytes())));
        QVERIFY(m.fullImageBytes() > 0);
        for (int r = 0; r < m.rowCount(); ++r)
            QVERIFY(!m.index(r, 0).data(GalleryModel::ThumbnailRole).value<QImage>().isNull());
        // The oldest lost its full image, the newest kept it.
        QVERIFY(m.item(ids.first())->full.isNull());
        QVERIFY(!m.item(ids.last())->full.isNull());

        // Asking for an evicted image decodes it again (off the GUI thread).
        QSignalSpy ready(&m, &GalleryModel::fullImageReady);
        QVERIFY(m.fullImage(ids.first()).isNull());
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(0).toULongLong(), ids.first());
        const QImage again = m.fullImage(ids.first());
        QCOMPARE(again.size(), QSize(512, 512));
        QVERIFY(m.fullImageBytes() <= 3 * one);
        QCOMPARE(decodeCallsOnGuiThread(), 0);

        // A pinned image (the one on screen) is never evicted.
        m.setPinned(ids.first());
        m.setMemoryBudget(0);
        QVERIFY(!m.item(ids.first())->full.isNull());
        QCOMPARE(m.fullImageBytes(), again.sizeInBytes());
        m.setPinned(0);
        // The budget covers thumbnails and encoded bytes too: with none at all, only the newest
        // item survives (without its full image).
        m.setMemoryBudget(0);
        QCOMPARE(m.fullImageBytes(), 0);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.itemsEvictedForBudget(), 5);
        QCOMPARE(m.index(0, 0).data(GalleryModel::IdRole).toULongLong(), ids.last());
        QVERIFY(m.bytesHeld() > 0);
    }

    void maxItemsDropsOldestRows()
    {
        GalleryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMaxItems(3);
        for (int i = 0; i < 5; ++i) {
            m.addFrame(AppTest::frame(ImageKind::WebSocketOutput, AppTest::solidPng(8, 8, Qt::red),
                                      u"p"_s, QString::number(i)),
                       u"s"_s);
            QTRY_COMPARE(m.framesDecoded(), i + 1);
        }
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, 0).data(GalleryModel::NodeIdRole).toString(), u"4"_s);
        QCOMPARE(m.index(2, 0).data(GalleryModel::NodeIdRole).toString(), u"2"_s);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void refusesBombWithReadableMessage()
    {
        GalleryModel m;
        QSignalSpy failed(&m, &GalleryModel::decodeFailed);
        m.addFrame(AppTest::frame(ImageKind::WebSocketOutput, AppTest::pngBomb(30000, 30000),
                                  u"p"_s, u"5"_s),
                   u"s"_s);
        QVERIFY(failed.wait(5000));
        const QString msg = failed.at(0).at(0).toString();
        QVERIFY2(msg.contains(u"30000"_s), qPrintable(msg));
        QTRY_COMPARE(m.rowCount(), 1);
        const QModelIndex idx = m.index(0, 0);
        QVERIFY(!idx.data(GalleryModel::ErrorRole).toString().isEmpty());
        QVERIFY(idx.data(GalleryModel::ThumbnailRole).value<QImage>().isNull());
        QVERIFY(m.item(m.idAt(0))->encoded.isEmpty()); // nothing kept that could be re-decoded
    }

    void filterByKindAndPrompt()
    {
        GalleryModel m;
        GalleryFilterModel f;
        f.setSourceModel(&m);
        QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addFrame(AppTest::frame(ImageKind::SamplerPreview, AppTest::solidPng(8, 8, Qt::red),
                                  u"a"_s, u"3"_s),
                   u"s"_s);
        m.addFrame(AppTest::frame(ImageKind::FinalOutput, AppTest::solidPng(8, 8, Qt::red), u"a"_s,
                                  u"9"_s),
                   u"s"_s);
        m.addFrame(AppTest::frame(ImageKind::DeployOutput, AppTest::solidPng(8, 8, Qt::red), u"b"_s,
                                  u"10"_s),
                   u"s"_s);
        QTRY_COMPARE(m.rowCount(), 3);
        QCOMPARE(f.rowCount(), 3);
        f.setKindVisible(ImageKind::SamplerPreview, false);
        QCOMPARE(f.rowCount(), 2);
        f.setPromptFilter(u"a"_s);
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.index(0, 0).data(GalleryModel::KindRole).toInt(), int(ImageKind::FinalOutput));
        f.setKindVisible(ImageKind::SamplerPreview, true);
        f.setPromptFilter(QString());
        QCOMPARE(f.rowCount(), 3);
    }

    void delegatePaintsThumbnailAndBadge()
    {
        GalleryModel m;
        m.addFrame(AppTest::frame(ImageKind::FinalOutput, AppTest::solidPng(200, 200, Qt::red),
                                  u"p1234567"_s, u"9"_s),
                   u"s"_s, u"SaveImage"_s);
        m.addFrame(AppTest::frame(ImageKind::WebSocketOutput, AppTest::pngBomb(30000, 30000),
                                  u"p"_s, u"5"_s),
                   u"s"_s);
        QTRY_COMPARE(m.rowCount(), 2);
        QListView view;
        view.setModel(&m);
        GalleryDelegate d;
        d.setThumbnailSize(128);
        for (int row = 0; row < 2; ++row) {
            QStyleOptionViewItem opt;
            opt.initFrom(&view);
            opt.widget = &view;
            const QModelIndex idx = m.index(row, 0);
            const QSize hint = d.sizeHint(opt, idx);
            QVERIFY(hint.width() >= 128 && hint.height() > 128);
            QImage canvas(hint, QImage::Format_ARGB32_Premultiplied);
            canvas.fill(Qt::transparent);
            opt.rect = QRect(QPoint(), hint);
            {
                QPainter p(&canvas);
                d.paint(&p, opt, idx);
            }
            if (idx.data(GalleryModel::ErrorRole).toString().isEmpty()) {
                // The red thumbnail fills the thumbnail area, the badge sits on top of it.
                QCOMPARE(QColor(canvas.pixel(6 + 64, 6 + 90)), QColor(Qt::red));
                QVERIFY(QColor(canvas.pixel(20, 16)) != QColor(Qt::red));
            }
            QVERIFY(canvas.pixel(20, 16) != 0);
        }
    }
};

QTEST_MAIN(TestGalleryModel)
#include "tst_gallerymodel.moc"
