// SPDX-License-Identifier: MIT
#include "clicommon.h"

#include <unistd.h>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QCommandLineParser>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QSocketNotifier>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace ComfyScope::Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void processArgs(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args)) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(p.errorText()) << '\n'
              << QCoreApplication::translate("cli", "Run with --help for the options.") << Qt::endl;
        std::exit(ExitUsage);
    }
    if (p.isSet(u"help"_s)) {
        QString text = p.helpText();
        const QString command = args.value(0).section(u' ', -1);
        text.replace(QCoreApplication::arguments().value(0), u"comfyscope-cli "_s + command);
        out() << text;
        out().flush();
        std::exit(ExitOk);
    }
    const QStringList given = p.optionNames();
    for (const QString &name : {u"timeout"_s, u"count"_s, u"max"_s, u"offset"_s, u"timeout-ms"_s,
                                u"connect-timeout"_s, u"port"_s, u"load"_s, u"workload"_s,
                                u"workload-max-pending"_s, u"duration"_s, u"step-ms"_s}) {
        if (!given.contains(name))
            continue;
        bool ok = false;
        const double v = p.value(name).toDouble(&ok);
        if (!ok || v < 0) {
            err() << QCoreApplication::translate("cli", "error: --%1 needs a number, not '%2'")
                         .arg(name, p.value(name))
                  << Qt::endl;
            std::exit(ExitUsage);
        }
    }
}

void addServerOptions(QCommandLineParser &p)
{
    p.addOption(
        {{u"s"_s, u"server"_s},
         QCoreApplication::translate("cli", "Server address: host[:port], http(s):// or ws(s):// "
                                            "URL, with a path prefix for reverse proxies. "
                                            "Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188."),
         u"url"_s});
    p.addOption({u"user"_s,
                 QCoreApplication::translate("cli", "Comfy-User header (a user id, --multi-user "
                                                    "servers)."),
                 u"id"_s});
    p.addOption({u"bearer-env"_s,
                 QCoreApplication::translate("cli", "Send 'Authorization: Bearer' with the token "
                                                    "read from this environment variable."),
                 u"var"_s});
    p.addOption({u"basic-user"_s,
                 QCoreApplication::translate("cli", "HTTP Basic user; the password is read from "
                                                    "$COMFYSCOPE_PASSWORD."),
                 u"user"_s});
    p.addOption({u"token-env"_s,
                 QCoreApplication::translate("cli", "Add ?token= (ComfyUI-Login) read from this "
                                                    "environment variable to every request."),
                 u"var"_s});
    p.addOption({u"header"_s,
                 QCoreApplication::translate("cli", "Extra header 'Name: value' for every request "
                                                    "(repeatable)."),
                 u"header"_s});
    p.addOption({u"pin-sha256"_s,
                 QCoreApplication::translate("cli", "Trust the server's TLS certificate only if "
                                                    "its SHA-256 fingerprint is this (hex)."),
                 u"hex"_s});
    p.addOption({u"ca-file"_s,
                 QCoreApplication::translate("cli", "Also trust the CA certificates in this PEM "
                                                    "file (a private CA)."),
                 u"pem"_s});
    p.addOption({u"timeout-ms"_s,
                 QCoreApplication::translate("cli", "REST request timeout in milliseconds "
                                                    "(default 30000)."),
                 u"ms"_s, u"30000"_s});
}

ServerEndpoint endpointFromOptions(const QCommandLineParser &p)
{
    QString address = p.value(u"server"_s);
    if (address.isEmpty())
        address = qEnvironmentVariable("COMFYSCOPE_SERVER", u"127.0.0.1:8188"_s);
    QString error;
    ServerEndpoint e = ServerEndpoint::fromString(address, &error);
    if (!e.isValid()) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(error) << Qt::endl;
        std::exit(ExitUsage);
    }
    if (p.isSet(u"pin-sha256"_s))
        e.setPinnedCertificateSha256(p.value(u"pin-sha256"_s).toLatin1());
    if (p.isSet(u"ca-file"_s)) {
        const QString path = p.value(u"ca-file"_s);
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
        if (cas.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: no PEM certificate in %1").arg(path)
                  << Qt::endl;
            std::exit(ExitUsage);
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(conf);
    }
    if (p.isSet(u"user"_s))
        e.setUser(p.value(u"user"_s));
    if (p.isSet(u"bearer-env"_s))
        e.setBearerToken(qEnvironmentVariable(p.value(u"bearer-env"_s).toLocal8Bit().constData()));
    if (p.isSet(u"basic-user"_s))
        e.setBasicAuth(p.value(u"basic-user"_s), qEnvironmentVariable("COMFYSCOPE_PASSWORD"));
    if (p.isSet(u"token-env"_s))
        e.setQueryToken(qEnvironmentVariable(p.value(u"token-env"_s).toLocal8Bit().constData()));
    for (const QString &h : p.values(u"header"_s)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0) {
            err() << QCoreApplication::translate("cli", "error: bad --header '%1' (want 'Name: "
                                                        "value')")
                         .arg(h.left(colon > 0 ? colon : 20))
                  << Qt::endl;
            std::exit(ExitUsage);
        }
        e.addExtraHeader(h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8());
    }
    return e;
}

bool humanOutput(const QCommandLineParser &p)
{
    return !p.isSet(u"json"_s) && ::isatty(STDOUT_FILENO);
}

namespace {
bool g_progressShown = false;
} // namespace

QString shortDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return s >= 60 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1 s").arg(s);
}

void printProgressLine(const Job &j, qint64 etaMs, const QString &label)
{
    const int width = 24;
    const double p = j.overallProgress();
    const int filled = qBound(0, int(p * width + 0.5), width);
    QString line = u"\r["_s + QString(filled, u'#') + QString(width - filled, u'-') + u"] "_s
                   + QStringLiteral("%1 %").arg(qRound(p * 100), 3);
    if (!label.isEmpty())
        line += u"  "_s + label;
    if (j.state == Job::State::Queued) {
        line += u"  "_s + QCoreApplication::translate("cli", "waiting in the queue");
    } else {
        if (!j.currentNode.isEmpty()) {
            line += u"  "_s + j.currentNodeLabel();
            if (j.nodeMax > 0)
                line += QStringLiteral(" %1/%2").arg(int(j.nodeValue)).arg(int(j.nodeMax));
        }
        line += u"  "_s + shortDuration(j.elapsedMs());
        line += u"  "_s
                + (etaMs >= 0
                       ? QCoreApplication::translate("cli", "ETA %1").arg(shortDuration(etaMs))
                       : QCoreApplication::translate("cli", "ETA unknown"));
    }
    line += u"\x1b[K"_s; // clear the rest of the line
    out() << line;
    out().flush();
    g_progressShown = true;
}

void endProgressLine()
{
    if (g_progressShown) {
        out() << '\n';
        out().flush();
        g_progressShown = false;
    }
}

void printHumanLine(const QString &line, QTextStream &stream)
{
    endProgressLine();
    stream << line << Qt::endl;
}

void printJsonLine(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

QString safeFileName(const QString &name)
{
    QString base = QFileInfo(name).fileName(); // drop any directory part, ../ included
    QString s;
    s.reserve(base.size());
    for (QChar c : base) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'-' || c == u'_')
            s.append(c);
        else
            s.append(u'_');
    }
    while (s.startsWith(u'.'))
        s.remove(0, 1);
    if (s.size() > 120)
        s = s.left(60) + s.right(60);
    if (s.isEmpty())
        s = u"image"_s;
    return s;
}

QString saveUnder(const QString &dir, const QString &name, const QByteArray &data, QString *error)
{
    QDir d(dir);
    if (!d.exists() && !d.mkpath(u"."_s)) {
        *error = QCoreApplication::translate("cli", "cannot create directory %1").arg(dir);
        return {};
    }
    const QString safe = safeFileName(name);
    const QFileInfo fi(safe);
    const QString stem = fi.completeBaseName();
    const QString suffix = fi.suffix().isEmpty() ? QString() : u"."_s + fi.suffix();
    QString path = d.absoluteFilePath(safe);
    for (int i = 1; QFileInfo::exists(path) && i < 100000; ++i)
        path = d.absoluteFilePath(stem + u'-' + QString::number(i) + suffix);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error =
            QCoreApplication::translate("cli", "cannot write %1: %2").arg(path, f.errorString());
        return {};
    }
    return path;
}

#ifdef Q_OS_UNIX
namespace {
int g_signalFd[2] = {-1, -1};
void onSignal(int sig)
{
    const char c = char(sig);
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}
} // namespace

struct SignalPipe::Private
{
    QSocketNotifier *notifier = nullptr;
    QList<int> signals;
};

SignalPipe::SignalPipe(const QList<int> &signals, std::function<void(int)> handler)
{
    if (g_signalFd[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return; // one pipe per process; without it the default actions stay
    d = new Private;
    d->signals = signals;
    d->notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(d->notifier, &QSocketNotifier::activated, qApp, [handler] {
        char c = 0;
        if (::read(g_signalFd[0], &c, 1) == 1)
            handler(int(c));
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : signals)
        ::sigaction(sig, &sa, nullptr);
}

SignalPipe::~SignalPipe()
{
    if (!d)
        return;
    for (int sig : std::as_const(d->signals))
        ::signal(sig, SIG_DFL);
    delete d->notifier;
    delete d;
    ::close(g_signalFd[0]);
    ::close(g_signalFd[1]);
    g_signalFd[0] = g_signalFd[1] = -1;
}
#else
SignalPipe::SignalPipe(const QList<int> &, std::function<void(int)>) {}
SignalPipe::~SignalPipe() = default;
#endif

} // namespace ComfyScope::Cli
