// SPDX-License-Identifier: MIT
#include "apptestutil.h"
#include "gallery/autosaver.h"
#include <comfyscope/fleet/serverprofile.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

class TestAutoSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppTest::isolateSettings(); }

    void patternExpansion()
    {
        AutoSaver::Info info;
        info.kind = ImageKind::FinalOutput;
        info.promptId = u"3f2a9c1e-5b7d-4e2a"_s;
        info.nodeId = u"9"_s;
        info.extension = u"png"_s;
        info.serverFileName = u"ComfyUI_00001_.png"_s;
        info.time = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7));
        QCOMPARE(AutoSaver::fileNameFor(u"{date}_{prompt}_{node}_{seq}.{ext}"_s, info, 7),
                 u"2025-03-04_3f2a9c1e_9_0007.png"_s);
        QCOMPARE(AutoSaver::fileNameFor(u"{filename}"_s, info, 1), u"ComfyUI_00001_.png"_s);
        QCOMPARE(AutoSaver::fileNameFor(u"{kind}-{time}-{unknown}"_s, info, 1),
                 u"final_output-050607-{unknown}.png"_s);
        info.extension = u"jpeg"_s;
        QCOMPARE(AutoSaver::fileNameFor(u"x.{ext}"_s, info, 1), u"x.jpg"_s);
    }

    void hostileServerValues_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("serverFile");
        QTest::addColumn<QString>("ext");
        QTest::newRow("parent dirs")
            << u"../../.."_s << u"../../etc"_s << u"../../passwd"_s << u"png"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"/tmp/x"_s << u"/root/.bashrc"_s
                                  << u"png"_s;
        QTest::newRow("windows") << u"C:\\Windows\\x"_s << u"..\\..\\x"_s << u"C:\\evil.png"_s
                                 << u"png"_s;
        QTest::newRow("control") << u"a\nb\rc\td\u0000"_s << u"\u001b[31m"_s << u"x\u0000y"_s
                                 << u"png"_s;
        QTest::newRow("reserved") << u"con"_s << u"nul"_s << u"aux.png"_s << u"png"_s;
        QTest::newRow("dots only") << u"."_s << u".."_s << u"..."_s << u".."_s;
        QTest::newRow("unicode") << u"プロンプト"_s << u"ノード"_s << u"画像.png"_s << u"p/n/g"_s;
        QTest::newRow("long") << QString(5000, u'a') << QString(5000, u'/') << QString(5000, u'.')
                              << u"png"_s;
        QTest::newRow("braces") << u"{ext}{seq}"_s << u"{date}"_s << u"{filename}"_s << u"{ext}"_s;
    }
    void hostileServerValues()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, node);
        QFETCH(QString, serverFile);
        QFETCH(QString, ext);
        AutoSaver::Info info;
        info.promptId = prompt;
        info.nodeId = node;
        info.serverFileName = serverFile;
        info.extension = ext;
        info.server = u"../srv"_s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &pattern :
             {u"{date}_{prompt}_{node}_{seq}.{ext}"_s, u"{filename}"_s, u"{promptid}/{node}"_s,
              u"../{server}/{filename}.{ext}"_s, u"/abs/{prompt}"_s, u"{node}"_s}) {
            const QString name = AutoSaver::fileNameFor(pattern, info, 1);
            QVERIFY2(!name.isEmpty(), qPrintable(pattern));
            QVERIFY2(!name.contains(u'/') && !name.contains(u'\\'), qPrintable(name));
            QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
            QVERIFY2(!name.contains(u".."_s), qPrintable(name));
            QVERIFY2(name.size() <= 180, qPrintable(name));
            for (const QChar c : name)
                QVERIFY2(c.unicode() >= 0x20, qPrintable(name));
            static const QRegularExpression reserved(
                u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!reserved.match(name).hasMatch(), qPrintable(name));
            const QString path = AutoSaver::safeJoin(dir.path(), name);
            QVERIFY2(!path.isEmpty(), qPrintable(name));
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
            QString error;
            const QString written = AutoSaver::writeNewFile(dir.path(), name, "x", &error);
            QVERIFY2(!written.isEmpty(), qPrintable(error));
            QCOMPARE(QFileInfo(written).absolutePath(), QDir(dir.path()).absolutePath());
        }
        // Nothing appeared next to the folder.
        QDir parent(dir.path());
        parent.cdUp();
        QVERIFY(!QFileInfo::exists(parent.filePath(u"srv"_s)));
    }

    void safeJoinRejectsEscapes()
    {
        QCOMPARE(AutoSaver::safeJoin(u"/tmp/x"_s, u"../y"_s), QString());
        QCOMPARE(AutoSaver::safeJoin(u"/tmp/x"_s, u".."_s), QString());
        QCOMPARE(AutoSaver::safeJoin(u"/tmp/x"_s, u"a/b"_s), QString());
        QCOMPARE(AutoSaver::safeJoin(u"/tmp/x"_s, u"a\\b"_s), QString());
        QCOMPARE(AutoSaver::safeJoin(u"/tmp/x"_s, u"ok.png"_s), u"/tmp/x/ok.png"_s);
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        QString error;
        const QString a = AutoSaver::writeNewFile(dir.path(), u"img.png"_s, "first", &error);
        const QString b = AutoSaver::writeNewFile(dir.path(), u"img.png"_s, "second", &error);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b);
        QCOMPARE(QFileInfo(b).fileName(), u"img-1.png"_s);
        QFile fa(a);
        QVERIFY(fa.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), QByteArray("first"));
    }

    void savesInBackground()
    {
        QTemporaryDir dir;
        AutoSaver saver;
        AutoSaver::Info info;
        info.kind = ImageKind::WebSocketOutput;
        info.promptId = u"../../abc"_s;
        info.nodeId = u"5"_s;
        info.extension = u"png"_s;
        QVERIFY(!saver.save(1, "data", info)); // disabled by default
        saver.setEnabled(true);
        saver.setDirectory(dir.filePath(u"out"_s));
        saver.setPattern(u"{prompt}_{node}_{seq}.{ext}"_s);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        const QByteArray png = AppTest::solidPng(4, 4, Qt::red);
        QVERIFY(saver.save(42, png, info));
        QVERIFY(saver.save(43, png, info));
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).at(0).toULongLong(), 42u);
        const QString path = saved.at(0).at(1).toString();
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.filePath(u"out"_s)).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), png);
    }

    void saveableKinds()
    {
        QVERIFY(!AutoSaver::isSaveable(ImageKind::SamplerPreview, {}));
        QVERIFY(AutoSaver::isSaveable(ImageKind::WebSocketOutput, {}));
        QVERIFY(AutoSaver::isSaveable(ImageKind::DeployOutput, {}));
        QVERIFY(AutoSaver::isSaveable(ImageKind::FinalOutput, {u"a.png"_s, {}, u"output"_s}));
        QVERIFY(!AutoSaver::isSaveable(ImageKind::FinalOutput, {u"a.png"_s, {}, u"temp"_s}));
    }

    void serverProfileToEndpoint()
    {
        ServerProfile p;
        p.address = u"https://example.org:8443/comfy"_s;
        p.auth = ServerProfile::Auth::Bearer;
        p.bearerToken = u"tok"_s;
        p.queryToken = u"q"_s;
        p.headerName = u"X-Api-Key"_s;
        p.headerValue = u"k"_s;
        p.comfyUser = u"alice"_s;
        QString err;
        const ServerEndpoint ep = p.toEndpoint(&err);
        QVERIFY2(ep.isValid(), qPrintable(err));
        QCOMPARE(ep.pathPrefix(), u"/comfy"_s);
        QCOMPARE(ep.bearerToken(), u"tok"_s);
        QCOMPARE(ep.queryToken(), u"q"_s);
        QCOMPARE(ep.user(), u"alice"_s);
        QCOMPARE(ep.extraHeaders().size(), 1);
        QVERIFY(!p.displayName().contains(u"tok"_s));

        p.address = u"http://"_s;
        QVERIFY(!p.toEndpoint(&err).isValid());
        QVERIFY(!err.isEmpty());
    }

    void recentServersRemembered()
    {
        RecentServers::clear();
        ServerProfile a;
        a.address = u"127.0.0.1:8188"_s;
        a.auth = ServerProfile::Auth::Basic;
        a.basicUser = u"u"_s;
        a.basicPassword = u"secret"_s;
        ServerProfile b;
        b.address = u"http://other:8188"_s;
        b.rememberSecrets = false;
        b.bearerToken = u"dont-store"_s;
        b.auth = ServerProfile::Auth::Bearer;
        RecentServers::remember(a);
        RecentServers::remember(b);
        RecentServers::remember(a); // moves to the front, no duplicate
        const QList<ServerProfile> list = RecentServers::load();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).address, a.address);
        QCOMPARE(list.at(0).basicPassword, u"secret"_s);
        QCOMPARE(list.at(1).bearerToken, QString());
        RecentServers::clear();
        QVERIFY(RecentServers::load().isEmpty());
    }
};

QTEST_MAIN(TestAutoSaver)
#include "tst_autosaver.moc"
