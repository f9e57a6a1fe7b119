// SPDX-License-Identifier: MIT
#include <comfyscope/fleet/secretstore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSettings>
#include <QtCore/QTimer>

#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "comfyscope.secrets", QtInfoMsg)

namespace ComfyScope {

namespace {

struct State
{
    std::optional<bool> available;
    QString reason;
    int timeoutMs = 2000;
    QHash<QString, QString> values; ///< known values (written or read)
    QHash<QString, bool> missing;   ///< known to have no entry
};

State &state()
{
    static State s;
    return s;
}

QString tr(const char *text)
{
    return SecretStore::tr(text);
}

#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
QString service()
{
    const QString app = QCoreApplication::applicationName();
    return app.isEmpty() ? u"ComfyScope"_s : app;
}

enum class Outcome { Done, TimedOut };

/// Runs `job` in a local event loop bounded by the timeout. On time-out the job is left to
/// finish (and delete itself) in the background and the keychain counts as unavailable.
Outcome run(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(state().timeoutMs);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (done)
        return Outcome::Done;
    QObject::disconnect(job, nullptr, &loop, nullptr);
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    State &st = state();
    st.available = false;
    st.reason = tr("the keychain did not answer within %1 s").arg(st.timeoutMs / 1000.0);
    qCWarning(lcSecrets, "keychain did not answer within %d ms; not using it this session",
              st.timeoutMs);
    return Outcome::TimedOut;
}

bool sessionBusLikely()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    // Secret Service and KWallet are D-Bus services. Without a session bus, libdbus may try
    // to autolaunch one (or block); do not even try.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
#else
    return true;
#endif
}

bool probe(QString *reason)
{
    if (!QCoreApplication::instance()) {
        *reason = tr("no application object");
        return false;
    }
    if (!sessionBusLikely()) {
        *reason = tr("no D-Bus session bus for a secret service");
        return false;
    }
    const QString key = u"comfyscope-probe"_s;
    const QString value = QString::number(QRandomGenerator::global()->generate64(), 36);
    {
        auto *w = new QKeychain::WritePasswordJob(service());
        w->setKey(key);
        w->setTextData(value);
        if (run(w) == Outcome::TimedOut) {
            *reason = state().reason;
            return false;
        }
        const bool ok = w->error() == QKeychain::NoError;
        if (!ok)
            *reason = w->errorString();
        delete w;
        if (!ok)
            return false;
    }
    {
        auto *r = new QKeychain::ReadPasswordJob(service());
        r->setKey(key);
        if (run(r) == Outcome::TimedOut) {
            *reason = state().reason;
            return false;
        }
        const bool ok = r->error() == QKeychain::NoError && r->textData() == value;
        if (!ok)
            *reason = r->error() == QKeychain::NoError ? tr("the keychain returned another value")
                                                       : r->errorString();
        delete r;
        if (!ok)
            return false;
    }
    {
        auto *d = new QKeychain::DeletePasswordJob(service());
        d->setKey(key);
        if (run(d) == Outcome::TimedOut) {
            *reason = state().reason;
            return false;
        }
        const bool ok = d->error() == QKeychain::NoError || d->error() == QKeychain::EntryNotFound;
        if (!ok)
            *reason = d->errorString();
        delete d;
        return ok;
    }
}
#endif

} // namespace

bool SecretStore::isCompiledIn()
{
#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

bool SecretStore::keychainAvailable()
{
    State &st = state();
    if (st.available)
        return *st.available;
    const QByteArray off = qgetenv("COMFYSCOPE_NO_KEYCHAIN");
    if (!off.isEmpty() && off != "0") {
        st.available = false;
        st.reason = tr("turned off by COMFYSCOPE_NO_KEYCHAIN");
        return false;
    }
#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
    QString reason;
    const bool ok = probe(&reason);
    if (!st.available) // run() may have decided already (time-out)
        st.available = ok;
    if (!*st.available) {
        if (st.reason.isEmpty())
            st.reason = reason.isEmpty() ? tr("no keychain service") : reason;
        qCInfo(lcSecrets, "keychain not available (%s); secrets stay in the settings file",
               qUtf8Printable(st.reason));
    } else {
        qCDebug(lcSecrets, "keychain available");
    }
#else
    st.available = false;
    st.reason = tr("this build has no keychain support");
#endif
    return *st.available;
}

bool SecretStore::isProbed()
{
    return state().available.has_value();
}

QString SecretStore::unavailableReason()
{
    return keychainAvailable() ? QString() : state().reason;
}

QString SecretStore::settingsFileName()
{
    return QDir::toNativeSeparators(QSettings().fileName());
}

QString SecretStore::storageDescription()
{
    if (keychainAvailable())
        return tr("Remembered passwords and tokens are stored in the system keychain.");
    return tr("Remembered passwords and tokens are stored in plain text in the settings file "
              "%1 (no keychain: %2).")
        .arg(settingsFileName(), state().reason);
}

QString SecretStore::shortStorageDescription()
{
    if (keychainAvailable())
        return tr("Stored in the system keychain.");
    return tr("No keychain: stored in plain text in %1").arg(settingsFileName());
}

std::optional<QString> SecretStore::read(const QString &key)
{
    State &st = state();
    if (const auto it = st.values.constFind(key); it != st.values.cend())
        return *it;
    if (st.missing.contains(key))
        return std::nullopt;
    if (!keychainAvailable())
        return std::nullopt;
#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
    auto *r = new QKeychain::ReadPasswordJob(service());
    r->setKey(key);
    if (run(r) == Outcome::TimedOut)
        return std::nullopt;
    std::optional<QString> out;
    if (r->error() == QKeychain::NoError) {
        out = r->textData();
        st.values.insert(key, *out);
    } else if (r->error() == QKeychain::EntryNotFound) {
        st.missing.insert(key, true);
    } else {
        // The key holds the address as typed, which may carry credentials: never log it.
        qCWarning(lcSecrets, "could not read a keychain entry: %s",
                  qUtf8Printable(r->errorString()));
    }
    delete r;
    return out;
#else
    return std::nullopt;
#endif
}

bool SecretStore::write(const QString &key, const QString &value)
{
    State &st = state();
    if (const auto it = st.values.constFind(key); it != st.values.cend() && *it == value)
        return keychainAvailable();
    st.missing.remove(key);
    if (!keychainAvailable())
        return false;
#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
    auto *w = new QKeychain::WritePasswordJob(service());
    w->setKey(key);
    w->setTextData(value);
    if (run(w) == Outcome::TimedOut)
        return false;
    const bool ok = w->error() == QKeychain::NoError;
    if (ok) {
        st.values.insert(key, value);
    } else {
        st.values.remove(key); // unknown what the keychain holds now; read again next time
        qCWarning(lcSecrets, "could not store a keychain entry: %s",
                  qUtf8Printable(w->errorString()));
    }
    delete w;
    return ok;
#else
    return false;
#endif
}

bool SecretStore::remove(const QString &key)
{
    State &st = state();
    if (st.missing.contains(key))
        return true;
    st.values.remove(key);
    if (!keychainAvailable())
        return false;
#ifdef COMFYSCOPE_HAVE_QTKEYCHAIN
    auto *d = new QKeychain::DeletePasswordJob(service());
    d->setKey(key);
    if (run(d) == Outcome::TimedOut)
        return false;
    const bool ok = d->error() == QKeychain::NoError || d->error() == QKeychain::EntryNotFound;
    if (ok)
        st.missing.insert(key, true);
    else
        qCWarning(lcSecrets, "could not delete a keychain entry: %s",
                  qUtf8Printable(d->errorString()));
    delete d;
    return ok;
#else
    return false;
#endif
}

int SecretStore::timeout()
{
    return state().timeoutMs;
}

void SecretStore::setTimeout(int ms)
{
    state().timeoutMs = qMax(1, ms);
}

void SecretStore::resetForTesting()
{
    State &st = state();
    const int t = st.timeoutMs;
    st = State();
    st.timeoutMs = t;
}

} // namespace ComfyScope
