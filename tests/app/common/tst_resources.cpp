// SPDX-License-Identifier: MIT
// The icon set (issue #8): every icon the app uses is embedded and renders; the generated
// PNG sizes, .ico and .icns are valid images.
#include "common/eventlogmodel.h"
#include "common/uiutil.h"

#include <QtCore/QDirIterator>
#include <QtGui/QIcon>
#include <QtGui/QImageReader>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embeddedIconsRender_data()
    {
        QTest::addColumn<QString>("path");
        QStringList expected{u":/icons/comfyscope.svg"_s};
        for (const char *t : {"idle", "busy", "attention", "offline"})
            expected << u":/icons/tray/tray-%1.svg"_s.arg(QLatin1String(t));
        for (const char *u : {"state-connected", "state-connecting", "state-disconnected",
                              "state-error", "job-pending", "job-running", "job-done", "job-failed",
                              "job-interrupted", "kind-preview", "kind-output",
                              "kind-websocket-output", "kind-deploy-output", "alert"})
            expected << u":/icons/ui/%1.svg"_s.arg(QLatin1String(u));
        for (int s : {16, 24, 32, 48, 64, 128, 256, 512})
            expected << u":/icons/png/comfyscope-%1.png"_s.arg(s);
        for (const QString &p : expected)
            QTest::newRow(qPrintable(p)) << p;
    }
    void embeddedIconsRender()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(path), qPrintable(path + u" is not embedded"_s));
        const QIcon icon(path);
        for (int s : {16, 22, 64}) {
            const QImage img = icon.pixmap(s, s).toImage();
            QVERIFY(!img.isNull());
            // Something is drawn: not fully transparent.
            bool opaque = false;
            for (int y = 0; y < img.height() && !opaque; ++y)
                for (int x = 0; x < img.width() && !opaque; ++x)
                    opaque = qAlpha(img.pixel(x, y)) > 0;
            QVERIFY2(opaque, qPrintable(path));
        }
    }

    void helpersUseTheIconSet()
    {
        QVERIFY(!ComfyScope::App::appIcon().isNull());
        QVERIFY(!ComfyScope::App::jobStateIcon(ComfyScope::Job::State::Failed).isNull());
        QVERIFY(!ComfyScope::App::imageKindIcon(ComfyScope::ImageKind::DeployOutput).isNull());
        QVERIFY(!ComfyScope::App::alertIcon().isNull());
    }

    void iconsAreMadeOnce()
    {
        // The same QIcon on every call: a new one per table cell and paint is a new entry in
        // QPixmapCache each time it is drawn (the soak's slow memory growth).
        using namespace ComfyScope;
        using namespace ComfyScope::App;
        QCOMPARE(jobStateIcon(Job::State::Running).cacheKey(),
                 jobStateIcon(Job::State::Running).cacheKey());
        QVERIFY(jobStateIcon(Job::State::Running).cacheKey()
                != jobStateIcon(Job::State::Failed).cacheKey());
        QCOMPARE(alertIcon().cacheKey(), alertIcon().cacheKey());
        QCOMPARE(dotIcon(Qt::red).cacheKey(), dotIcon(QColor(255, 0, 0)).cacheKey());
        QVERIFY(dotIcon(Qt::red).cacheKey() != dotIcon(Qt::green).cacheKey());
        EventLogModel log;
        log.add(EventLogModel::Level::Warning, u"test"_s, u"one"_s);
        log.add(EventLogModel::Level::Warning, u"test"_s, u"two"_s);
        const auto icon = [&](int row) {
            return log.index(row, EventLogModel::LevelColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>();
        };
        QVERIFY(!icon(0).isNull());
        QCOMPARE(icon(0).cacheKey(), icon(0).cacheKey());
        QCOMPARE(icon(0).cacheKey(), icon(1).cacheKey());
    }

    void generatedPlatformIcons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<int>("images");
        QTest::newRow("ico") << u"comfyscope.ico"_s << QByteArray("ico") << 7;
        QTest::newRow("icns") << u"comfyscope.icns"_s << QByteArray("icns") << 0;
    }
    void generatedPlatformIcons()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, format);
        QFETCH(int, images);
        if (!QImageReader::supportedImageFormats().contains(format))
            QSKIP("no Qt image plugin for this format here");
        QImageReader r(QStringLiteral(COMFYSCOPE_SOURCE_DIR "/resources/icons/") + file, format);
        const QImage img = r.read();
        QVERIFY2(!img.isNull(), qPrintable(r.errorString()));
        if (images > 0)
            QCOMPARE(r.imageCount(), images);
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
