// SPDX-License-Identifier: MIT
// Secrets (issue #6), per-server proxy (issue #7) and the language choice (issue #8).
// Runs with COMFYSCOPE_NO_KEYCHAIN=1: the settings-file fallback, as on headless CI.
#include "apptestutil.h"
#include "common/appsettings.h"
#include "common/connectdialog.h"
#include "common/eventlogmodel.h"
#include "i18n.h"
#include "viewer/preferencesdialog.h"
#include <comfyscope/fleet/secretstore.h>
#include <comfyscope/fleet/serverprofile.h>

#ifdef COMFYSCOPE_HAVE_SIMULATOR
#include "viewer/mainwindow.h"
#include <comfyscope/simulator.h>
#endif

#include <comfyscope/client.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>

using namespace Qt::StringLiterals;
using namespace ComfyScope;
using namespace ComfyScope::App;

namespace {

const QString kCanary = u"CANARY-7f3e9b21-secret"_s;

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_messages << QString::fromUtf8(ctx.category ? ctx.category : "") + u": "_s + msg;
}

/// Every secret field set to a variant of the canary.
ServerProfile canaryProfile(const QString &address)
{
    ServerProfile p;
    p.address = address;
    p.auth = ServerProfile::Auth::Bearer;
    p.bearerToken = kCanary + u"-bearer"_s;
    p.basicUser = u"alice"_s;
    p.basicPassword = kCanary + u"-basic"_s;
    p.queryToken = kCanary + u"-query"_s;
    p.headerName = u"X-Api-Key"_s;
    p.headerValue = kCanary + u"-header"_s;
    p.proxyMode = ServerProfile::ProxyMode::None;
    p.proxyUser = u"proxyuser"_s;
    p.proxyPassword = kCanary + u"-proxy"_s;
    return p;
}

QByteArray settingsFileBytes()
{
    QSettings().sync();
    QFile f(QSettings().fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList eventLogTexts(const EventLogModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->index(r, c).data().toString();
    return out;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        AppTest::isolateSettings();
        QSettings().clear();
        // CTest sets it; set it here too so a hand-run binary never touches a real keychain.
        qputenv("COMFYSCOPE_NO_KEYCHAIN", "1");
        SecretStore::resetForTesting();
    }

    void cleanup() { RecentServers::clear(); }

    /// The real probe (COMFYSCOPE_NO_KEYCHAIN not set) on a machine without a D-Bus session
    /// bus, as on a headless server: it must give up at once, not wait for a secret service, and
    /// say why secrets go to the settings file.
    void fallbackWithoutSessionBusIsFast()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS) || defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
        QSKIP("the keychain is not a D-Bus service on this platform");
#else
        const QByteArray noKeychain = qgetenv("COMFYSCOPE_NO_KEYCHAIN");
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray display = qgetenv("DISPLAY");
        auto restore = qScopeGuard([&] {
            const auto put = [](const char *name, const QByteArray &value) {
                if (value.isNull())
                    qunsetenv(name);
                else
                    qputenv(name, value);
            };
            put("COMFYSCOPE_NO_KEYCHAIN", noKeychain);
            put("DBUS_SESSION_BUS_ADDRESS", bus);
            put("XDG_RUNTIME_DIR", runtime);
            put("DISPLAY", display);
            SecretStore::resetForTesting();
        });
        QTemporaryDir emptyRuntime; // no "bus" socket in it
        QVERIFY(emptyRuntime.isValid());
        qunsetenv("COMFYSCOPE_NO_KEYCHAIN");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY"); // libdbus would try to autolaunch a bus on an X display
        qputenv("XDG_RUNTIME_DIR", emptyRuntime.path().toLocal8Bit());
        SecretStore::resetForTesting();
        QVERIFY(!SecretStore::isProbed());

        QElapsedTimer t;
        t.start();
        QVERIFY(!SecretStore::keychainAvailable());
        const qint64 ms = t.elapsed();
        qInfo("keychain probe without a session bus: %lld ms", ms);
        QVERIFY2(ms < 500, qPrintable(u"the fallback waited %1 ms for a keychain"_s.arg(ms)));
        QVERIFY(SecretStore::isProbed());
        QVERIFY(SecretStore::storesInPlainText());
        QCOMPARE(SecretStore::backend(), SecretStore::Backend::SettingsFile);
        const QString expected = SecretStore::isCompiledIn()
                                     ? u"no D-Bus session bus for a secret service"_s
                                     : u"this build has no keychain support"_s;
        QCOMPARE(SecretStore::unavailableReason(), expected);
        const QString file = QDir::toNativeSeparators(QSettings().fileName());
        QVERIFY(SecretStore::storageDescription().contains(file));
        QVERIFY(SecretStore::storageDescription().contains(u"plain text"_s));
        QVERIFY(SecretStore::storageDescription().contains(expected));
        QVERIFY(SecretStore::shortStorageDescription().contains(file));
        // Decided once: later calls do not probe again.
        t.restart();
        QVERIFY(!SecretStore::write(u"k"_s, kCanary));
        QVERIFY(!SecretStore::read(u"k"_s).has_value());
        QVERIFY(t.elapsed() < 100);
        // The connect dialog says so.
        ConnectDialog dlg;
        auto *note = dlg.findChild<QLabel *>(u"secretStorageNote"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(file), qPrintable(note->text()));
#endif
    }

    /// The real probe on a session bus that has no Secret Service (nor KWallet): the keychain
    /// answers "not there" and the fallback is reported, well within the probe's time limit.
    /// The ctest test tst_secrets_nosecretservice runs it under dbus-run-session with
    /// tests/app/common/bus-without-services.conf.
    void fallbackWithoutSecretService()
    {
        if (qEnvironmentVariable("COMFYSCOPE_TEST_NO_SECRET_SERVICE") != "1"_L1)
            QSKIP("set COMFYSCOPE_TEST_NO_SECRET_SERVICE=1 on a session bus without services");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no session bus");
        qunsetenv("COMFYSCOPE_NO_KEYCHAIN");
        SecretStore::resetForTesting();
        auto restore = qScopeGuard([] {
            qputenv("COMFYSCOPE_NO_KEYCHAIN", "1");
            SecretStore::resetForTesting();
        });
        QElapsedTimer t;
        t.start();
        QVERIFY(!SecretStore::keychainAvailable());
        const qint64 ms = t.elapsed();
        qInfo("keychain probe on a bus without a secret service: %lld ms (%s)", ms,
              qUtf8Printable(SecretStore::unavailableReason()));
        QVERIFY2(ms < SecretStore::timeout(),
                 qPrintable(u"the probe took %1 ms, the time limit is %2 ms"_s.arg(ms).arg(
                     SecretStore::timeout())));
        QCOMPARE(SecretStore::backend(), SecretStore::Backend::SettingsFile);
        const QString reason = SecretStore::unavailableReason();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!reason.contains(u"COMFYSCOPE_NO_KEYCHAIN"_s));
        QVERIFY(!reason.contains(u"did not answer"_s)); // an answer, not a time-out
        QVERIFY(SecretStore::storageDescription().contains(u"plain text"_s));
        QVERIFY(SecretStore::storageDescription().contains(reason));
        QVERIFY(!SecretStore::write(u"k"_s, kCanary));
    }

    void fallbackIsReportedPlainly()
    {
        QElapsedTimer t;
        t.start();
        QVERIFY(!SecretStore::keychainAvailable());
        QVERIFY2(t.elapsed() < 500, "the fallback must not wait for a keychain");
        QVERIFY(SecretStore::storesInPlainText());
        QCOMPARE(SecretStore::backend(), SecretStore::Backend::SettingsFile);
        const QString file = QDir::toNativeSeparators(QSettings().fileName());
        QVERIFY(SecretStore::storageDescription().contains(file));
        QVERIFY(SecretStore::storageDescription().contains(u"plain text"_s));
        QVERIFY(SecretStore::shortStorageDescription().contains(file));
        QVERIFY(SecretStore::unavailableReason().contains(u"COMFYSCOPE_NO_KEYCHAIN"_s));
        // Keychain calls are refused, nothing is kept.
        QVERIFY(!SecretStore::write(u"k"_s, kCanary));
        QVERIFY(!SecretStore::read(u"k"_s).has_value());
    }

    void canaryStoredOnlyWhenRemembered()
    {
        ServerProfile p = canaryProfile(u"http://127.0.0.1:8188"_s);
        p.rememberSecrets = false;
        RecentServers::remember(p);
        QVERIFY(!settingsFileBytes().contains(kCanary.toUtf8()));
        ServerProfile back = RecentServers::load().value(0);
        QCOMPARE(back.address, p.address);
        QVERIFY(!back.hasSecrets());
        QCOMPARE(back.proxyUser, u"proxyuser"_s);

        p.rememberSecrets = true;
        RecentServers::remember(p);
        QVERIFY(settingsFileBytes().contains(kCanary.toUtf8())); // the fallback, as announced
        back = RecentServers::load().value(0);
        QCOMPARE(back.bearerToken, p.bearerToken);
        QCOMPARE(back.basicPassword, p.basicPassword);
        QCOMPARE(back.queryToken, p.queryToken);
        QCOMPARE(back.headerValue, p.headerValue);
        QCOMPARE(back.proxyPassword, p.proxyPassword);
        QVERIFY(back == p);

        // Unticking "remember" removes them from the file again.
        p.rememberSecrets = false;
        RecentServers::remember(p);
        QVERIFY(!settingsFileBytes().contains(kCanary.toUtf8()));

        p.rememberSecrets = true;
        RecentServers::remember(p);
        RecentServers::clear();
        QVERIFY(!settingsFileBytes().contains(kCanary.toUtf8()));
    }

    void oldPlainSecretsNotToBeKeptAreDropped()
    {
        // An entry written by an older version: remember off, yet a token in the file.
        {
            QSettings s;
            s.beginWriteArray(u"recentServers"_s, 1);
            s.setArrayIndex(0);
            s.setValue(u"address"_s, u"old:8188"_s);
            s.setValue(u"rememberSecrets"_s, false);
            s.setValue(u"bearerToken"_s, kCanary);
            s.endArray();
        }
        QVERIFY(settingsFileBytes().contains(kCanary.toUtf8()));
        const QList<ServerProfile> list = RecentServers::load();
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().bearerToken.isEmpty());
        QVERIFY(!settingsFileBytes().contains(kCanary.toUtf8()));
    }

    void displayNameNeverShowsSecrets()
    {
        for (const QString &address : QStringList{
                 u"http://127.0.0.1:8188"_s,
                 u"https://bob:"_s + kCanary + u"@example.org/comfy?token="_s + kCanary,
                 u"bob:"_s + kCanary + u"@host:8188"_s, u"not an address ?token="_s + kCanary,
                 u"weird://x:"_s + kCanary + u"@"_s}) {
            const ServerProfile p = canaryProfile(address);
            QVERIFY2(!p.displayName().contains(kCanary), qPrintable(p.displayName()));
        }
    }

    void proxy()
    {
        ServerProfile p;
        p.address = u"127.0.0.1:8188"_s;
        QCOMPARE(p.networkProxy().type(), QNetworkProxy::DefaultProxy);
        p.proxyMode = ServerProfile::ProxyMode::None;
        QCOMPARE(p.networkProxy().type(), QNetworkProxy::NoProxy);
        p.proxyMode = ServerProfile::ProxyMode::Http;
        p.proxyHost = u"proxy.example.org"_s;
        QCOMPARE(p.networkProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.networkProxy().port(), quint16(8080));
        p.proxyMode = ServerProfile::ProxyMode::Socks5;
        QCOMPARE(p.networkProxy().port(), quint16(1080));
        p.proxyPort = 9050;
        p.proxyUser = u"u"_s;
        p.proxyPassword = u"pw"_s;
        const QNetworkProxy np = p.networkProxy();
        QCOMPARE(np.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(np.hostName(), u"proxy.example.org"_s);
        QCOMPARE(np.port(), quint16(9050));
        QCOMPARE(np.user(), u"u"_s);
        QCOMPARE(np.password(), u"pw"_s);

        // Saved and loaded (the password like every secret).
        RecentServers::remember(p);
        const ServerProfile back = RecentServers::load().value(0);
        QCOMPARE(back.proxyMode, ServerProfile::ProxyMode::Socks5);
        QCOMPARE(back.proxyHost, p.proxyHost);
        QCOMPARE(back.proxyPort, p.proxyPort);
        QCOMPARE(back.proxyUser, p.proxyUser);
        QCOMPARE(back.proxyPassword, p.proxyPassword);

        // applyTo: endpoint and proxy; System leaves (or restores) the client's default.
        Client c;
        ServerProfile sys;
        sys.address = u"http://127.0.0.1:8199"_s;
        sys.applyTo(&c);
        QCOMPARE(c.endpoint().displayString(), sys.toEndpoint().displayString());
        QCOMPARE(c.proxy().type(), QNetworkProxy::DefaultProxy);
        p.applyTo(&c);
        QCOMPARE(c.proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(c.proxy().port(), quint16(9050));
        sys.applyTo(&c);
        QCOMPARE(c.proxy().type(), QNetworkProxy::DefaultProxy);
    }

    void connectDialog()
    {
        ServerProfile p = canaryProfile(u"http://127.0.0.1:8188"_s);
        p.proxyMode = ServerProfile::ProxyMode::Http;
        p.proxyHost = u"proxy.lan"_s;
        p.proxyPort = 3128;
        RecentServers::remember(p);

        ConnectDialog dlg;
        auto *note = dlg.findChild<QLabel *>(u"secretStorageNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(QDir::toNativeSeparators(QSettings().fileName())));
        QVERIFY(!dlg.windowTitle().contains(kCanary));
        // The most recent server is filled in, proxy included.
        const ServerProfile shown = dlg.profile();
        QCOMPARE(shown.proxyMode, ServerProfile::ProxyMode::Http);
        QCOMPARE(shown.proxyHost, u"proxy.lan"_s);
        QCOMPARE(shown.proxyPort, quint16(3128));
        QCOMPARE(shown.proxyPassword, p.proxyPassword);
        QVERIFY(shown == p);

        // A manual proxy needs a host.
        dlg.findChild<QLineEdit *>(u"proxyHost"_s)->clear();
        dlg.accept();
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(dlg.findChild<QWidget *>(u"proxySection"_s)->isVisibleTo(&dlg));
        auto *mode = dlg.findChild<QComboBox *>(u"proxyMode"_s);
        mode->setCurrentIndex(mode->findData(int(ServerProfile::ProxyMode::System)));
        QCOMPARE(dlg.profile().proxyMode, ServerProfile::ProxyMode::System);
        QVERIFY(dlg.profile().proxyHost.isEmpty());
        dlg.accept();
        QCOMPARE(dlg.result(), int(QDialog::Accepted));

        // Secrets go to a plain file here: "Remember" starts unticked for a server without
        // secrets (a new profile), ticked for one whose secrets were remembered.
        QVERIFY(SecretStore::storesInPlainText());
        auto *remember = dlg.findChild<QCheckBox *>(u"rememberSecrets"_s);
        QVERIFY(remember);
        QVERIFY(remember->isChecked());
        ServerProfile fresh;
        fresh.address = u"http://127.0.0.1:8189"_s;
        QVERIFY(fresh.rememberSecrets); // the struct's default
        dlg.setProfile(fresh);
        QVERIFY(!remember->isChecked());
        RecentServers::clear();
        ConnectDialog empty;
        QVERIFY(!empty.findChild<QCheckBox *>(u"rememberSecrets"_s)->isChecked());
    }

    void preferences()
    {
        ViewerSettings vs = ViewerSettings::load();
        vs.language.clear();
        PreferencesDialog dlg(vs);
        auto *note = dlg.findChild<QLabel *>(u"secretStorageNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(QDir::toNativeSeparators(QSettings().fileName())));

        auto *lang = dlg.findChild<QComboBox *>(u"language"_s);
        QVERIFY(lang);
        QCOMPARE(lang->itemData(0).toString(), QString());
        QCOMPARE(lang->currentIndex(), 0);
        QStringList names;
        for (int i = 0; i < lang->count(); ++i)
            names << lang->itemText(i);
        const QStringList codes = ComfyScope::I18n::availableLanguages();
        QCOMPARE(lang->count(), codes.size() + 1);
        const QHash<QString, QString> expected{{u"de"_s, u"Deutsch"_s},
                                               {u"ja"_s, u"日本語"_s},
                                               {u"zh_CN"_s, u"简体中文"_s},
                                               {u"fr"_s, u"Français"_s},
                                               {u"en"_s, u"English"_s}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (codes.contains(it.key()))
                QVERIFY2(names.contains(it.value()), qPrintable(names.join(u", "_s)));

        const int de = lang->findData(u"de"_s);
        if (de >= 0) {
            lang->setCurrentIndex(de);
            dlg.settings().save();
            QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
            QCOMPARE(ViewerSettings::load().language, u"de"_s);
            lang->setCurrentIndex(0);
            dlg.settings().save();
            QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());
        }
    }

    void canaryNeverInLogsTitlesOrEventLog()
    {
        QLoggingCategory::setFilterRules(u"comfyscope.*.debug=true"_s);
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        qDebug("capture works");

        ServerProfile p = canaryProfile(u"http://127.0.0.1:1"_s);
        {
            QSettings s;
            s.beginGroup(u"single"_s);
            p.save(s);
            const ServerProfile back = ServerProfile::load(s);
            s.endGroup();
            QVERIFY(back == p);
            s.remove(u"single"_s);
        }
        RecentServers::remember(p);
        QCOMPARE(RecentServers::load().size(), 1);
        {
            ConnectDialog dlg;
            QVERIFY(!dlg.windowTitle().contains(kCanary));
        }
        QStringList shown; // window titles, event log

#ifdef COMFYSCOPE_HAVE_SIMULATOR
        Simulator sim;
        QVERIFY(sim.listen());
        {
            MainWindow w;
            w.show();
            p.address = sim.httpUrl().toString();
            p.proxyMode = ServerProfile::ProxyMode::None;
            w.connectTo(p, true);
            QTRY_COMPARE_WITH_TIMEOUT(w.client()->state(), Client::State::Connected, 5000);
            shown << w.windowTitle() << w.serverName();
            // Through a SOCKS5 proxy that is not there: a failing attempt.
            ServerProfile viaProxy = p;
            viaProxy.proxyMode = ServerProfile::ProxyMode::Socks5;
            viaProxy.proxyHost = u"127.0.0.1"_s;
            viaProxy.proxyPort = 1;
            w.connectTo(viaProxy, true);
            QTest::qWait(1500);
            shown << w.windowTitle() << w.serverName() << eventLogTexts(w.eventLog());
            w.disconnectFromServer();
        }
#else
        {
            Client c;
            p.applyTo(&c);
            c.open();
            QTest::qWait(1500);
            c.close();
        }
#endif
        const QStringList menuNames = [] {
            QStringList n;
            for (const ServerProfile &r : RecentServers::load())
                n << r.displayName();
            return n;
        }();
        shown << menuNames;

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(g_messages.contains(u"default: capture works"_s));
        for (const QString &m : std::as_const(g_messages))
            QVERIFY2(!m.contains(u"CANARY"_s), qPrintable(u"secret in a log message: "_s + m));
        for (const QString &s : std::as_const(shown))
            QVERIFY2(!s.contains(u"CANARY"_s), qPrintable(u"secret shown: "_s + s));
        qInfo("%d log messages checked, %d shown texts", int(g_messages.size()), int(shown.size()));
    }

    /// The keychain path, when one is there: run with COMFYSCOPE_TEST_KEYCHAIN=1 inside a
    /// session with a secret service. The ctest test tst_secrets_keychain does so under
    /// tests/app/common/with-keyring.sh (a private D-Bus session with an unlocked gnome-keyring):
    ///   COMFYSCOPE_TEST_KEYCHAIN=1 tests/app/common/with-keyring.sh ./tst_secrets keychainPath
    /// Asked for and not working is a failure, never a skip.
    void keychainPath()
    {
        if (qEnvironmentVariable("COMFYSCOPE_TEST_KEYCHAIN") != "1"_L1)
            QSKIP("no keychain here (set COMFYSCOPE_TEST_KEYCHAIN=1 in a session that has one)");
        QVERIFY2(SecretStore::isCompiledIn(),
                 "COMFYSCOPE_TEST_KEYCHAIN=1 but built without QtKeychain");
        qunsetenv("COMFYSCOPE_NO_KEYCHAIN");
        SecretStore::resetForTesting();
        auto restore = qScopeGuard([] {
            qputenv("COMFYSCOPE_NO_KEYCHAIN", "1");
            SecretStore::resetForTesting();
        });
        QElapsedTimer probeTime;
        probeTime.start();
        QVERIFY2(SecretStore::keychainAvailable(), qPrintable(SecretStore::unavailableReason()));
        qInfo("keychain probe with a secret service: %lld ms", probeTime.elapsed());
        QCOMPARE(SecretStore::backend(), SecretStore::Backend::Keychain);
        QVERIFY(SecretStore::unavailableReason().isEmpty());
        QVERIFY(!SecretStore::storesInPlainText());
        QVERIFY(SecretStore::storageDescription().contains(u"keychain"_s));

        // Migration: plain secrets of an older version move into the keychain.
        const ServerProfile p = canaryProfile(u"http://migrate.example:8188"_s);
        {
            QSettings s;
            s.beginWriteArray(u"recentServers"_s, 1);
            s.setArrayIndex(0);
            s.setValue(u"address"_s, p.address);
            s.setValue(u"auth"_s, int(p.auth));
            s.setValue(u"bearerToken"_s, p.bearerToken);
            s.setValue(u"basicPassword"_s, p.basicPassword);
            s.setValue(u"rememberSecrets"_s, true);
            s.endArray();
        }
        QVERIFY(settingsFileBytes().contains(kCanary.toUtf8()));
        QCOMPARE(RecentServers::load().value(0).bearerToken, p.bearerToken);
        QVERIFY2(!settingsFileBytes().contains(kCanary.toUtf8()), "plain secrets left in the file");
        SecretStore::resetForTesting(); // no cache: read the keychain itself
        ServerProfile back = RecentServers::load().value(0);
        QCOMPARE(back.bearerToken, p.bearerToken);
        QCOMPARE(back.basicPassword, p.basicPassword);

        // Saving with the keychain never writes secrets to the file.
        RecentServers::remember(p);
        QVERIFY(!settingsFileBytes().contains(kCanary.toUtf8()));
        SecretStore::resetForTesting();
        back = RecentServers::load().value(0);
        QVERIFY(back == p);

        // Remember off: the keychain entry goes too.
        ServerProfile off = p;
        off.rememberSecrets = false;
        RecentServers::remember(off);
        SecretStore::resetForTesting();
        QVERIFY(!SecretStore::read(ServerProfile::secretKey(p.address)).has_value());
        QVERIFY(!RecentServers::load().value(0).hasSecrets());

        // Clearing the list deletes the entries.
        RecentServers::remember(p);
        SecretStore::resetForTesting();
        QVERIFY(SecretStore::read(ServerProfile::secretKey(p.address)).has_value());
        RecentServers::clear();
        SecretStore::resetForTesting();
        QVERIFY(!SecretStore::read(ServerProfile::secretKey(p.address)).has_value());
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
