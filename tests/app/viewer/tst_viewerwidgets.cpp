// SPDX-License-Identifier: MIT
// Widgets that need no server: connection light, progress delegate, image canvas, lightbox.
#include "apptestutil.h"
#include "common/connectionindicator.h"
#include "gallery/gallerymodel.h"
#include "gallery/imagecanvas.h"
#include "gallery/lightbox.h"
#include "common/uiutil.h"
#include "viewer/historydialog.h"
#include "viewer/historymodel.h"
#include "viewer/progressdelegate.h"
#include "viewer/queuemodel.h"
#include "viewer/queueview.h"

#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

namespace {
/// Alpha-weighted mean colour of an icon's visible pixels.
QColor meanColor(const QPixmap &pm)
{
    const QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, w = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb px = img.pixel(x, y);
            const double a = qAlpha(px) / 255.0;
            r += qRed(px) * a;
            g += qGreen(px) * a;
            b += qBlue(px) * a;
            w += a;
        }
    return w > 0 ? QColor(int(r / w), int(g / w), int(b / w)) : QColor();
}

QStringList cutSections(const QHeaderView *h)
{
    QStringList cut;
    for (int i = 0; i < h->count(); ++i) {
        if (h->isSectionHidden(i) || h->sectionResizeMode(i) == QHeaderView::Stretch)
            continue;
        const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
        // The title's width plus the style's margins (what the header needs to show it whole).
        if (h->sectionSize(i) < h->sectionSizeHint(i)
            || h->sectionSize(i) < h->fontMetrics().horizontalAdvance(title))
            cut << u"%1 (%2 < %3)"_s.arg(title).arg(h->sectionSize(i)).arg(h->sectionSizeHint(i));
    }
    return cut;
}
} // namespace

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

    void stateColoursReadableInBothThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    void stateColoursReadableInBothThemes()
    {
        QFETCH(QString, theme);
        applyTheme(theme);
        const QPalette p = QApplication::palette();
        for (const QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor bg = p.color(row);
            for (Job::State s : {Job::State::Queued, Job::State::Running, Job::State::Succeeded,
                                 Job::State::Failed, Job::State::Interrupted, Job::State::Cancelled,
                                 Job::State::Lost}) {
                const double c = contrastRatio(jobStateAccent(s), bg);
                QVERIFY2(c >= 3.0,
                         qPrintable(u"%1 on %2: %3"_s.arg(jobStateLabel(s), bg.name()).arg(c)));
            }
            for (ImageKind k : {ImageKind::SamplerPreview, ImageKind::WebSocketOutput,
                                ImageKind::DeployOutput, ImageKind::FinalOutput}) {
                const double c = contrastRatio(kindAccent(k), bg);
                QVERIFY2(c >= 3.0,
                         qPrintable(u"%1 on %2: %3"_s.arg(imageKindLabel(k), bg.name()).arg(c)));
            }
        }
        // Accents that already contrast stay as they are (hue and all).
        const QColor ok = readableOn(QColor(0x20, 0x60, 0xc0), {Qt::white}, 3.0);
        QCOMPARE(ok, QColor(0x20, 0x60, 0xc0));
        const QColor fixed = readableOn(QColor(0xe0, 0x8a, 0x1e), {Qt::white}, 3.0);
        QVERIFY(contrastRatio(fixed, Qt::white) >= 3.0);
        QCOMPARE(fixed.hslHue(), QColor(0xe0, 0x8a, 0x1e).hslHue());
        applyTheme(QString());
    }

    void toolbarIconsVisibleOnTheDarkTheme()
    {
        applyTheme(u"dark"_s);
        const QColor window = QApplication::palette().color(QPalette::Window);
        // Fusion's own stop icon is a dark glyph: invisible on the dark theme.
        const QColor raw = meanColor(
            QApplication::style()->standardIcon(QStyle::SP_MediaStop).pixmap(24, 24));
        QVERIFY2(contrastRatio(raw, window) < 3.0, qPrintable(raw.name()));
        for (QStyle::StandardPixmap sp :
             {QStyle::SP_MediaStop, QStyle::SP_BrowserReload, QStyle::SP_DialogOpenButton,
              QStyle::SP_DialogDiscardButton, QStyle::SP_ArrowBack, QStyle::SP_ArrowForward}) {
            const QColor c = meanColor(paletteIcon(sp).pixmap(24, 24));
            QVERIFY2(c.isValid() && contrastRatio(c, window) >= 3.0,
                     qPrintable(u"icon %1: %2 on %3"_s.arg(int(sp)).arg(c.name(), window.name())));
        }
        // Detail survives (no one-colour blob): as many colours as the style's own icon.
        auto colours = [](const QPixmap &pm) {
            QSet<QRgb> set;
            const QImage img = pm.toImage();
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    if (qAlpha(img.pixel(x, y)) > 0)
                        set.insert(img.pixel(x, y));
            return set.size();
        };
        for (QStyle::StandardPixmap sp :
             {QStyle::SP_MediaStop, QStyle::SP_DriveNetIcon, QStyle::SP_FileDialogDetailedView}) {
            const QPixmap own = QApplication::style()->standardIcon(sp).pixmap(24, 24);
            QVERIFY2(colours(paletteIcon(sp).pixmap(24, 24)) * 10 >= colours(own) * 8,
                     qPrintable(u"icon %1: %2 colours of %3"_s.arg(int(sp))
                                    .arg(colours(paletteIcon(sp).pixmap(24, 24)))
                                    .arg(colours(own))));
        }
        // Back to light: the same icons are the style's own, untouched.
        applyTheme(u"light"_s);
        for (QStyle::StandardPixmap sp :
             {QStyle::SP_MediaStop, QStyle::SP_DriveNetIcon, QStyle::SP_DialogOpenButton,
              QStyle::SP_FileDialogDetailedView}) {
            const QImage own = QApplication::style()->standardIcon(sp).pixmap(24, 24).toImage();
            QCOMPARE(paletteIcon(sp).pixmap(24, 24).toImage().convertToFormat(own.format()), own);
        }
        applyTheme(QString());
    }

    void headersNotCutAtLargerFonts()
    {
        QueueModel model;
        QueueView view(&model);
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *tree = view.findChild<QTreeView *>();
        QVERIFY(tree);
        QTRY_VERIFY2(cutSections(tree->header()).isEmpty(),
                     qPrintable(cutSections(tree->header()).join(u", "_s)));
        // A much larger font while the view is open (Preferences, or the desktop's setting).
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        view.setFont(big);
        QTRY_VERIFY2(cutSections(tree->header()).isEmpty(),
                     qPrintable(cutSections(tree->header()).join(u", "_s)));

        HistoryDialog history;
        history.setFont(big);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        auto *hv = history.findChild<QTreeView *>();
        QVERIFY(hv);
        QTRY_VERIFY2(cutSections(hv->header()).isEmpty(),
                     qPrintable(cutSections(hv->header()).join(u", "_s)));
    }

    void historyOutputsPaneShowsEveryThumbnail()
    {
        // A job with a SaveImage output and a PreviewImage output in temp/: the row shows the
        // first; the outputs pane must show the temp one too once its thumbnail arrives.
        HistoryModel history;
        HistoryOutputsModel outputs(&history);
        HistoryEntry e;
        e.promptId = u"p1"_s;
        const ImageRef saved{u"landscape_00001_.png"_s, QString(), u"output"_s};
        const ImageRef temp{u"ComfyUI_temp_abcde_00001_.png"_s, QString(), u"temp"_s};
        e.outputs = {NodeOutput{u"4"_s, {}, {saved}}, NodeOutput{u"5"_s, {}, {temp}}};
        outputs.setEntry(e);
        QCOMPARE(outputs.rowCount(), 2);
        QSignalSpy changed(&outputs, &QAbstractItemModel::dataChanged);
        QImage img(32, 24, QImage::Format_RGB32);
        img.fill(Qt::blue);
        history.setThumbnail(temp, img);
        QVERIFY(!changed.isEmpty());
        bool tempRowChanged = false;
        for (const QList<QVariant> &args : changed)
            tempRowChanged |= args.at(0).toModelIndex().row() <= 1
                              && args.at(1).toModelIndex().row() >= 1;
        QVERIFY(tempRowChanged);
        const QPixmap pm = outputs.index(1).data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!pm.isNull());
        const QImage shown = pm.toImage();
        QCOMPARE(QColor(shown.pixel(shown.width() / 2, shown.height() / 2)), QColor(Qt::blue));
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
