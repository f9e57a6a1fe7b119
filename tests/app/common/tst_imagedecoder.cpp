// SPDX-License-Identifier: MIT
#include "apptestutil.h"
#include "common/imagedecoder.h"
#include "common/uiutil.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFile>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ComfyScope::App;

class TestImageDecoder : public QObject
{
    Q_OBJECT
private:
    // The decoder must run off the GUI thread; so do the tests.
    static DecodeResult decode(const QByteArray &bytes, const DecodeLimits &limits = {})
    {
        // Not result(): a blocking wait may run a task that has not started on the waiting
        // (GUI) thread itself.
        QFuture<DecodeResult> f = QtConcurrent::run(&decodeImage, bytes, limits);
        while (!f.isFinished())
            QThread::msleep(1);
        return f.result();
    }

private Q_SLOTS:
    void decodesPngWithThumbnail()
    {
        const DecodeResult r = decode(AppTest::solidPng(1024, 512, Qt::red));
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QCOMPARE(r.format, u"png"_s);
        QCOMPARE(r.size, QSize(1024, 512));
        QCOMPARE(r.image.size(), QSize(1024, 512));
        QCOMPARE(r.thumbnail.size(), QSize(256, 128));
        QCOMPARE(QColor(r.thumbnail.pixel(10, 10)), QColor(Qt::red));
    }

    void thumbnailOnlyUsesScaledDecode()
    {
        DecodeLimits l;
        l.wantFullImage = false;
        l.thumbnailSize = QSize(64, 64);
        const DecodeResult r = decode(AppTest::solidPng(640, 320, Qt::blue), l);
        QVERIFY(r.ok);
        QVERIFY(r.image.isNull());
        QCOMPARE(r.thumbnail.size(), QSize(64, 32));
        QCOMPARE(r.size, QSize(640, 320));
    }

    void jpegAndWebp_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("jpeg") << QByteArray("JPEG") << u"jpeg"_s;
        QTest::newRow("webp") << QByteArray("WEBP") << u"webp"_s;
    }
    void jpegAndWebp()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, expected);
        QImage img(100, 80, QImage::Format_RGB32);
        img.fill(Qt::green);
        const DecodeResult r = decode(AppTest::encode(img, format.constData()));
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QCOMPARE(r.format, expected);
        QCOMPARE(r.size, QSize(100, 80));
    }

    void pngTextMetadata()
    {
        const QMap<QString, QString> text{{u"prompt"_s, u"{\"3\":{\"class_type\":\"KSampler\"}}"_s},
                                          {u"workflow"_s, u"{}"_s}};
        const DecodeResult r = decode(AppTest::solidPng(32, 32, Qt::white, text));
        QVERIFY(r.ok);
        QCOMPARE(r.text.value(u"prompt"_s), text.value(u"prompt"_s));
        QVERIFY(r.text.contains(u"workflow"_s));
    }

    void refusesDecompressionBomb()
    {
        const QByteArray bomb = AppTest::pngBomb(30000, 30000);
        QVERIFY(bomb.size() < 200);
        const DecodeResult r = decode(bomb);
        QVERIFY(!r.ok);
        QVERIFY(r.refusedAsTooLarge);
        QCOMPARE(r.size, QSize(30000, 30000));
        QVERIFY2(r.errorString.contains(u"30000"_s), qPrintable(r.errorString));
        QVERIFY(r.image.isNull());
    }

    void refusesOverByteLimitWithinDimensions()
    {
        DecodeLimits l;
        l.maxDecodedBytes = 1024 * 1024; // 1 MB: 1024×1024×4 is 4 MB
        const DecodeResult r = decode(AppTest::pngBomb(1024, 1024), l);
        QVERIFY(!r.ok);
        QVERIFY(r.refusedAsTooLarge);
    }

    void refusesGarbageAndOtherFormats()
    {
        QVERIFY(!decode(QByteArray()).ok);
        QVERIFY(!decode(QByteArray("not an image at all")).ok);
        const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>";
        const DecodeResult r = decode(svg);
        QVERIFY(!r.ok);
        QVERIFY(!r.errorString.isEmpty());
        // Truncated PNG: header fine, data missing.
        const QByteArray png = AppTest::solidPng(64, 64, Qt::red);
        QVERIFY(!decode(png.left(60)).ok);
    }

    void whenFinishedCallsOnceLaterAndNotAfterTheContext()
    {
        // 5 000 futures on a 2-thread pool, many finishing while their callback is attached:
        // each callback runs exactly once, on this thread, never inside whenFinished(), and not
        // at all for the ones whose context is destroyed first.
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QObject context;
        auto *doomed = new QObject;
        const int n = 5000;
        std::vector<int> calls(n);
        bool inside = false;
        bool synchronous = false, otherThread = false;
        for (int i = 0; i < n; ++i) {
            const QFuture<int> f = QtConcurrent::run(&pool, [i] { return i; });
            inside = true;
            whenFinished(f, i % 10 == 0 ? doomed : &context, [&, i](int v) {
                synchronous |= inside;
                otherThread |= QThread::currentThread() != thread();
                ++calls[size_t(i)];
                QCOMPARE(v, i);
            });
            inside = false;
        }
        delete doomed; // before any event ran: its callbacks never come
        pool.waitForDone();
        QTRY_VERIFY(std::count(calls.begin(), calls.end(), 1) == n - n / 10);
        QTest::qWait(50);
        QVERIFY(!synchronous);
        QVERIFY(!otherThread);
        for (int i = 0; i < n; ++i)
            QCOMPARE(calls[size_t(i)], i % 10 == 0 ? 0 : 1);
        QCOMPARE(context.children().size(), 0); // the watchers are gone
    }

    void trimHeapGivesFreedPagesBack()
    {
#if !defined(__GLIBC__) || !defined(Q_OS_LINUX)
        QSKIP("glibc's malloc_trim only");
#else
        auto rssMb = [] {
            QFile f(u"/proc/self/status"_s);
            if (!f.open(QIODevice::ReadOnly))
                return -1.0;
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
            return -1.0;
        };
        // 128 MB in 64 KiB blocks (heap, not mapped), all freed but the last, which pins the
        // top of the heap: free() alone gives nothing back, trimHeap() the pages in between.
        std::vector<char *> blocks;
        for (int i = 0; i < 2048; ++i) {
            blocks.push_back(static_cast<char *>(std::malloc(64 * 1024)));
            std::memset(blocks.back(), i & 0xff, 64 * 1024);
        }
        const double full = rssMb();
        for (size_t i = 0; i + 1 < blocks.size(); ++i)
            std::free(blocks[i]);
        const double freed = rssMb();
        const double ms = trimHeap();
        const double trimmed = rssMb();
        std::free(blocks.back());
        qInfo("RSS %.0f MB full, %.0f MB freed, %.0f MB trimmed (%.1f ms)", full, freed, trimmed,
              ms);
        QVERIFY2(freed > full - 32, "free() alone already gave the memory back: nothing to test");
        QVERIFY2(trimmed < freed - 96, qPrintable(u"%1 → %2 MB"_s.arg(freed).arg(trimmed)));
#endif
    }

    void largeImagesAreFreedOffThisThread()
    {
        // Where an image's memory goes back: its cleanup function runs where its data is freed.
        struct Freed
        {
            std::atomic<QThread *> thread{nullptr};
            std::atomic<int> count{0};
        };
        auto wrap = [](int w, int h, Freed *freed) {
            auto *pixels = new uchar[size_t(w) * h * 4]();
            return QImage(
                pixels, w, h, w * 4, QImage::Format_ARGB32,
                [](void *info) {
                    auto *f = static_cast<std::pair<Freed *, uchar *> *>(info);
                    f->first->thread = QThread::currentThread();
                    delete[] f->second;
                    ++f->first->count;
                    delete f;
                },
                new std::pair<Freed *, uchar *>(freed, pixels));
        };
        // 1 MB: freed on a worker thread.
        Freed large;
        releaseImageLater(wrap(512, 512, &large));
        QTRY_COMPARE(large.count.load(), 1);
        QVERIFY(large.thread.load() != QThread::currentThread());
        // 64 KB: freed here, now.
        Freed small;
        releaseImageLater(wrap(128, 128, &small));
        QCOMPARE(small.count.load(), 1);
        QCOMPARE(small.thread.load(), QThread::currentThread());
        // Large but still held elsewhere: only the reference goes; the holder frees it here.
        Freed shared;
        QImage held = wrap(512, 512, &shared);
        releaseImageLater(QImage(held));
        QCOMPARE(shared.count.load(), 0);
        held = QImage();
        QCOMPARE(shared.count.load(), 1);
        QCOMPARE(shared.thread.load(), QThread::currentThread());
    }

    void countsGuiThreadCalls()
    {
        const int before = decodeCallsOnGuiThread();
        decode(AppTest::solidPng(8, 8, Qt::red));
        QCOMPARE(decodeCallsOnGuiThread(), before);
        decodeImage(AppTest::solidPng(8, 8, Qt::red), {}); // on purpose, on the GUI thread
        QCOMPARE(decodeCallsOnGuiThread(), before + 1);
    }
};

QTEST_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
