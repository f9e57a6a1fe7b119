// SPDX-License-Identifier: MIT
// comfyscope-cli monitor: the station's fleet watching, headless — alert rules, one log line per
// event, Prometheus /metrics and webhooks; SIGHUP reloads the fleet file, SIGTERM/SIGINT stop.
#include "clicommon.h"

#include <comfyscope/fleet/jobstore.h>

#include <comfyscope/fleet/alertengine.h>
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/fleet/metrics.h>
#include <comfyscope/fleet/secretstore.h>
#include <comfyscope/fleet/webhook.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ComfyScope::Cli {

namespace {

/// One line per event on stdout: colour only on a terminal; under systemd (JOURNAL_STREAM set)
/// no timestamp (journald adds one) and a `<N>` syslog priority prefix.
class MonitorLog
{
public:
    enum Level { Error = 3, Warning = 4, Notice = 5, Info = 6 };
    MonitorLog()
    {
        m_journal = !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
#ifdef Q_OS_UNIX
        m_colour = !m_journal && ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR")
                   && qgetenv("TERM") != "dumb";
#endif
    }
    void line(Level level, const QString &text)
    {
        QByteArray l;
        if (m_journal) {
            l = '<' + QByteArray::number(int(level)) + '>';
        } else {
            l = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ';
        }
        const QByteArray t = text.toUtf8();
        if (m_colour && level != Info) {
            const char *c = level == Error     ? "\033[31m"
                            : level == Warning ? "\033[33m"
                                               : "\033[32m";
            l += c + t + "\033[0m";
        } else {
            l += t;
        }
        l += '\n';
        std::fwrite(l.constData(), 1, size_t(l.size()), stdout);
        std::fflush(stdout);
    }

private:
    bool m_journal = false;
    bool m_colour = false;
};

QString rulesSummary(const AlertRules &r)
{
    QStringList parts;
    for (int i = 0; i < AlertRules::RuleCount; ++i) {
        const auto rule = AlertRules::Rule(i);
        if (!r.enabled[i])
            parts << AlertRules::key(rule) + u"=off"_s;
        else if (AlertRules::hasThreshold(rule))
            parts << AlertRules::key(rule) + u'=' + QString::number(r.threshold[i]);
        else
            parts << AlertRules::key(rule) + u"=on"_s;
    }
    return parts.join(u' ');
}

class Monitor : public QObject
{
public:
    Monitor(const QString &fleetPath, const AlertRules &baseRules, const QStringList &ruleFlags,
            int statsIntervalS)
        : m_path(fleetPath)
        , m_baseRules(baseRules)
        , m_ruleFlags(ruleFlags)
        , m_statsMs(statsIntervalS * 1000)
    {
        m_fleet.setAlertEngine(&m_alerts);
        m_fleet.setRefreshInterval(1000);
        connect(&m_alerts, &AlertEngine::alertRaised, this, [this](const Alert &a) {
            const bool event = a.rule == AlertRules::ExecutionError
                               || a.rule == AlertRules::Restarted;
            m_log.line(event && a.rule == AlertRules::Restarted ? MonitorLog::Warning
                                                                : MonitorLog::Error,
                       u"%1 alert %2 %3: %4"_s.arg(a.serverName, AlertRules::key(a.rule),
                                                   event ? u"event"_s : u"raised"_s, a.message));
        });
        connect(&m_alerts, &AlertEngine::alertResolved, this, [this](const Alert &a) {
            m_log.line(MonitorLog::Notice, u"%1 alert %2 resolved: %3"_s.arg(
                                               a.serverName, AlertRules::key(a.rule), a.message));
        });
    }

    MonitorLog &log() { return m_log; }
    FleetModel *fleet() { return &m_fleet; }
    AlertEngine *alerts() { return &m_alerts; }

    /// Load (or reload) the fleet file and its rules. Returns false (nothing changed) on error.
    bool load(QString *error)
    {
        const QList<FleetEntry> entries = FleetFile::load(m_path, error);
        if (entries.isEmpty()) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("cli", "%1: no servers").arg(m_path);
            return false;
        }
        AlertRules rules = m_baseRules;
        if (!FleetFile::loadRules(m_path, &rules, error))
            return false;
        for (const QString &flag : m_ruleFlags) {
            const int eq = flag.indexOf(u'=');
            if (!FleetFile::applyRule(&rules, flag.left(eq), eq < 0 ? u"on"_s : flag.mid(eq + 1),
                                      error))
                return false;
        }
        QHash<QString, FleetEntry> wanted;
        for (const FleetEntry &e : entries) {
            if (!e.enabled)
                continue;
            QString name = e.name.trimmed();
            if (name.isEmpty())
                name = e.profile.address;
            if (wanted.contains(name)) {
                if (error)
                    *error = QCoreApplication::translate("cli", "%1: the name \"%2\" is used twice")
                                 .arg(m_path, name);
                return false;
            }
            wanted.insert(name, e);
        }
        const bool first = m_fleet.servers().isEmpty() && !m_loaded;
        m_loaded = true;
        const bool rulesChanged = rulesSummary(rules) != rulesSummary(m_alerts.rules());
        m_alerts.setRules(rules);
        int added = 0, removed = 0, changed = 0, kept = 0;
        for (FleetServer *s : m_fleet.servers()) {
            const auto it = wanted.constFind(s->name());
            if (it == wanted.constEnd()) {
                m_log.line(MonitorLog::Notice, u"%1 removed from the fleet"_s.arg(s->name()));
                m_fleet.removeServer(s);
                ++removed;
            } else if (!(it->profile == s->profile()) || it->proxy != s->proxy()) {
                m_log.line(MonitorLog::Notice, u"%1 changed: reconnecting"_s.arg(s->name()));
                m_fleet.removeServer(s);
                ++changed;
            } else {
                wanted.remove(s->name());
                ++kept;
            }
        }
        QStringList names = wanted.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            addServer(name, wanted.value(name));
            ++added;
        }
        added -= changed;
        if (!first)
            m_log.line(MonitorLog::Notice,
                       u"reloaded %1: %2 added, %3 removed, %4 changed, %5 unchanged%6"_s
                           .arg(QFileInfo(m_path).fileName())
                           .arg(added)
                           .arg(removed)
                           .arg(changed)
                           .arg(kept)
                           .arg(rulesChanged ? u"; rules: "_s + rulesSummary(rules) : QString()));
        return true;
    }

    void stopAll()
    {
        for (FleetServer *s : m_fleet.servers()) {
            s->disconnect(this); // a deliberate stop is not "down"
            s->stop();
        }
    }

private:
    void addServer(const QString &name, const FleetEntry &e)
    {
        auto *s = new FleetServer(name, e.profile);
        if (e.proxy)
            s->setProxy(*e.proxy);
        s->setStatsInterval(m_statsMs);
        // Headless: no images are shown, so none are downloaded.
        s->session()->setOutputFetch(Session::OutputFetch::None);
        connect(s, &FleetServer::stateChanged, this, [this, s] {
            const bool up = s->isUp();
            const QVariant was = s->property("monitorUp");
            if (was.isValid() && was.toBool() == up)
                return;
            if (!was.isValid() && !up && s->lastError().isEmpty())
                return; // still connecting for the first time
            s->setProperty("monitorUp", up);
            if (up)
                m_log.line(MonitorLog::Notice, u"%1 up (%2)"_s.arg(s->name(), s->address()));
            else
                m_log.line(MonitorLog::Warning,
                           u"%1 down: %2"_s.arg(s->name(), s->lastError().isEmpty()
                                                               ? u"connection lost"_s
                                                               : s->lastError()));
        });
        connect(s, &FleetServer::jobFinished, this, [this, s](const Job &j) {
            QString line = u"%1 job %2 %3"_s.arg(s->name(), j.promptId.left(8),
                                                 jobStateName(j.state));
            if (j.startedAt.isValid() && j.finishedAt.isValid())
                line += u" in %1 s"_s.arg(j.startedAt.msecsTo(j.finishedAt) / 1000.0, 0, 'f', 1);
            if (j.own || j.liveDetail)
                line += u" (live)"_s;
            m_log.line(j.state == Job::State::Succeeded ? MonitorLog::Info : MonitorLog::Warning,
                       line);
        });
        m_fleet.addServer(s);
        s->start();
    }

    QString m_path;
    AlertRules m_baseRules;
    QStringList m_ruleFlags;
    int m_statsMs;
    bool m_loaded = false;
    MonitorLog m_log;
    AlertEngine m_alerts;
    FleetModel m_fleet;
};

} // namespace

int runMonitor(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Watch every server of a fleet file with the monitoring station's alert rules, without a "
        "window: one log line per event (connections, alerts raised and resolved, jobs), "
        "Prometheus metrics on /metrics, alerts and job completions as webhooks.\n"
        "\n"
        "Alert thresholds: the built-in defaults (server_down=30 stall=120 execution_error=on "
        "queue_depth=off vram_high=off restarted=on), then the station's saved settings with "
        "--station-settings, then the fleet file's \"rules\" object (JSON) or [rules] group "
        "(INI), then each --rule.\n"
        "Signals: SIGHUP reloads the fleet file (unchanged servers keep their state); SIGTERM and "
        "SIGINT stop cleanly with exit status 0.\n"
        "--db FILE keeps every finished job, a health sample per server every 10 s and the alerts "
        "in the station's SQLite job database (one writer at a time).\n"
        "\n"
        "Exit status: 0 after SIGTERM/SIGINT or --duration, 64 usage error, 66 the fleet file "
        "cannot be read, 3 the metrics address cannot be listened on."));
    p.addHelpOption();
    p.addOption({u"fleet"_s,
                 QCoreApplication::translate(
                     "cli", "The fleet file (JSON or INI) with the servers to watch."),
                 u"file"_s});
    p.addOption(
        {u"rule"_s,
         QCoreApplication::translate(
             "cli", "Override one alert rule: KEY=VALUE with KEY server_down, stall, "
                    "execution_error, queue_depth, vram_high or restarted and VALUE a threshold "
                    "(seconds, jobs, percent), on or off. Repeatable."),
         u"key=value"_s});
    p.addOption({u"station-settings"_s,
                 QCoreApplication::translate(
                     "cli", "Start from the alert rules saved by the monitoring station (Station "
                            "Settings) of this user.")});
    p.addOption(
        {u"metrics"_s,
         QCoreApplication::translate(
             "cli", "Serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; a "
                    "bare port binds 127.0.0.1)."),
         u"addr"_s});
    p.addOption(
        {u"metrics-token"_s,
         QCoreApplication::translate(
             "cli", "Require 'Authorization: Bearer TOKEN' on /metrics (visible in the process "
                    "list: prefer --metrics-token-env)."),
         u"token"_s});
    p.addOption({u"metrics-token-env"_s,
                 QCoreApplication::translate(
                     "cli", "Read the /metrics bearer token from this environment variable."),
                 u"var"_s});
    p.addOption(
        {u"webhook"_s,
         QCoreApplication::translate(
             "cli", "POST alerts (and with --notify-jobs job completions) as JSON to URL. "
                    "Repeatable; FORMAT+URL (e.g. slack+https://…) picks the format of one URL."),
         u"url"_s});
    p.addOption(
        {u"webhook-env"_s,
         QCoreApplication::translate(
             "cli", "A webhook URL read from this environment variable (for URLs with tokens). "
                    "Repeatable."),
         u"var"_s});
    p.addOption({u"webhook-keychain"_s,
                 QCoreApplication::translate(
                     "cli", "A webhook URL read from the system keychain entry KEY. Repeatable."),
                 u"key"_s});
    p.addOption(
        {u"webhook-format"_s,
         QCoreApplication::translate(
             "cli", "Body format of the webhooks: generic (default), slack, discord or ntfy."),
         u"format"_s, u"generic"_s});
    p.addOption({u"notify-jobs"_s, QCoreApplication::translate(
                                       "cli", "Also send every job completion to the webhooks.")});
    p.addOption({u"stats-interval"_s,
                 QCoreApplication::translate(
                     "cli", "Poll /system_stats every S seconds (default 10; 0 only on connect)."),
                 u"s"_s, u"10"_s});
    p.addOption(
        {u"duration"_s, QCoreApplication::translate("cli", "Stop after S seconds."), u"s"_s});
    p.addOption(
        {u"db"_s,
         QCoreApplication::translate("cli", "Record jobs, server samples and alerts in this SQLite "
                                            "job database (the station's format)."),
         u"file"_s});
    processArgs(p, args);

    auto usageError = [](const QString &m) {
        err() << m << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.isSet(u"fleet"_s))
        return usageError(QCoreApplication::translate("cli", "error: --fleet FILE is required"));
    const auto format = WebhookSender::parseFormat(p.value(u"webhook-format"_s));
    if (!format)
        return usageError(
            QCoreApplication::translate(
                "cli",
                "error: --webhook-format must be generic, slack, discord or ntfy, not \"%1\"")
                .arg(p.value(u"webhook-format"_s)));
    bool ok = false;
    const int statsS = p.value(u"stats-interval"_s).toInt(&ok);
    if (!ok || statsS < 0)
        return usageError(QCoreApplication::translate(
                              "cli", "error: --stats-interval: not a number of seconds: %1")
                              .arg(p.value(u"stats-interval"_s)));

    // Webhook URLs: on the command line, from the environment, from the keychain.
    QList<QPair<QString, QString>> hooks; // (url, where it came from, for errors)
    for (const QString &u : p.values(u"webhook"_s))
        hooks.append({u, u"--webhook"_s});
    for (const QString &var : p.values(u"webhook-env"_s)) {
        const QString v = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (v.isEmpty())
            return usageError(
                QCoreApplication::translate(
                    "cli", "error: --webhook-env: the environment variable %1 is not set")
                    .arg(var));
        hooks.append({v, u"$"_s + var});
    }
    for (const QString &key : p.values(u"webhook-keychain"_s)) {
        const auto v = SecretStore::read(key);
        if (!v || v->isEmpty())
            return usageError(QCoreApplication::translate(
                                  "cli", "error: --webhook-keychain: no keychain entry \"%1\" (%2)")
                                  .arg(key, SecretStore::keychainAvailable()
                                                ? QCoreApplication::translate("cli", "not found")
                                                : SecretStore::unavailableReason()));
        hooks.append({*v, u"keychain:"_s + key});
    }

    QByteArray token;
    if (p.isSet(u"metrics-token-env"_s)) {
        token = qgetenv(p.value(u"metrics-token-env"_s).toLocal8Bit().constData());
        if (token.isEmpty())
            return usageError(QCoreApplication::translate(
                                  "cli",
                                  "error: --metrics-token-env: the environment variable %1 is "
                                  "not set")
                                  .arg(p.value(u"metrics-token-env"_s)));
    } else if (p.isSet(u"metrics-token"_s)) {
        token = p.value(u"metrics-token"_s).toUtf8();
    }
    QHostAddress metricsHost;
    quint16 metricsPort = 0;
    if (p.isSet(u"metrics"_s)) {
        QString e;
        if (!MetricsServer::parseAddress(p.value(u"metrics"_s), &metricsHost, &metricsPort, &e))
            return usageError(u"error: --metrics: "_s + e);
    } else if (!token.isEmpty()) {
        return usageError(
            QCoreApplication::translate("cli", "error: a metrics token needs --metrics ADDR"));
    }

    AlertRules base; // built-in defaults
    if (p.isSet(u"station-settings"_s)) {
        // The station (the "ComfyScope" application) keeps them in its own settings file.
        QSettings station(QSettings::IniFormat == QSettings::defaultFormat()
                              ? QSettings::IniFormat
                              : QSettings::NativeFormat,
                          QSettings::UserScope, u"ComfyScope"_s, u"ComfyScope"_s);
        for (int i = 0; i < AlertRules::RuleCount; ++i) {
            const QString k = u"alerts/"_s + AlertRules::key(AlertRules::Rule(i));
            base.enabled[i] = station.value(k + u"/enabled"_s, base.enabled[i]).toBool();
            base.threshold[i] = qMax(0,
                                     station.value(k + u"/threshold"_s, base.threshold[i]).toInt());
        }
    }

    Monitor monitor(p.value(u"fleet"_s), base, p.values(u"rule"_s), statsS);
    {
        QString e;
        if (!monitor.load(&e)) {
            err() << QCoreApplication::translate("cli", "error: %1").arg(e) << Qt::endl;
            return e.contains(u"rule"_s) ? int(ExitUsage) : 66;
        }
    }

    WebhookSender webhooks;
    QObject::connect(&webhooks, &WebhookSender::logMessage, &monitor,
                     [&monitor](WebhookSender::Level level, const QString &text) {
                         monitor.log().line(level == WebhookSender::Level::Error ? MonitorLog::Error
                                            : level == WebhookSender::Level::Warning
                                                ? MonitorLog::Warning
                                                : MonitorLog::Notice,
                                            u"webhook: "_s + text);
                     });
    for (const auto &[raw, from] : std::as_const(hooks)) {
        QString url = raw.trimmed();
        WebhookSender::Format f = *format;
        const int plus = url.indexOf(u"+http"_s);
        if (plus > 0) {
            const auto pf = WebhookSender::parseFormat(url.left(plus));
            if (!pf)
                return usageError(
                    QCoreApplication::translate("cli", "error: %1: unknown webhook format \"%2\"")
                        .arg(from, url.left(plus)));
            f = *pf;
            url = url.mid(plus + 1);
        }
        QString e;
        if (webhooks.addTarget(QUrl(url), f, &e) < 0)
            return usageError(u"error: %1: %2"_s.arg(from, e));
    }
    if (webhooks.targetCount() > 0) {
        webhooks.watchAlerts(monitor.alerts());
        if (p.isSet(u"notify-jobs"_s))
            webhooks.watchJobs(monitor.fleet());
    }

    MetricsCollector collector(monitor.fleet(), monitor.alerts());
    if (webhooks.targetCount() > 0)
        collector.addSection(u"webhooks"_s, [&webhooks] { return webhooks.metrics(); });
    MetricsServer metrics(&collector);
    metrics.setBearerToken(token);
    if (p.isSet(u"metrics"_s) && !metrics.listen(metricsHost, metricsPort)) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(metrics.errorString())
              << Qt::endl;
        return ExitConnectionError;
    }

    // The job database: the same store, writer thread and schema as the station's.
    std::unique_ptr<JobStore> store;
    if (p.isSet(u"db"_s)) {
        QString dbError;
        store = JobStore::open(p.value(u"db"_s), &dbError);
        if (!store) {
            err() << QCoreApplication::translate("cli", "error: %1").arg(dbError) << Qt::endl;
            return ExitUsage;
        }
        if (!store->notice().isEmpty())
            monitor.log().line(MonitorLog::Warning, store->notice());
        store->attach(monitor.fleet());
    }

    [[maybe_unused]] int stopSignal = 0;
#ifdef Q_OS_UNIX
    const SignalPipe signalPipe({SIGHUP, SIGTERM, SIGINT}, [&](int sig) {
        if (sig == SIGHUP) {
            QString e;
            if (!monitor.load(&e))
                monitor.log().line(MonitorLog::Error,
                                   u"reload failed, keeping the current fleet: %1"_s.arg(e));
            return;
        }
        stopSignal = sig;
        QCoreApplication::exit(ExitOk);
    });
    if (!signalPipe.ok()) {
        err() << "error: socketpair failed" << Qt::endl;
        return ExitConnectionError;
    }
#endif
    if (p.isSet(u"duration"_s))
        QTimer::singleShot(int(p.value(u"duration"_s).toDouble() * 1000), qApp,
                           [] { QCoreApplication::exit(ExitOk); });

    monitor.log().line(
        MonitorLog::Notice,
        u"monitor started: %1 servers from %2; rules: %3%4%5"_s
            .arg(monitor.fleet()->servers().size())
            .arg(QFileInfo(p.value(u"fleet"_s)).fileName(), rulesSummary(monitor.alerts()->rules()))
            .arg(metrics.isListening()
                     ? u"; metrics on http://%1:%2/metrics%3"_s
                           .arg(metrics.address().protocol() == QAbstractSocket::IPv6Protocol
                                    ? u'[' + metrics.address().toString() + u']'
                                    : metrics.address().toString())
                           .arg(metrics.port())
                           .arg(token.isEmpty() ? QString() : u" (bearer token)"_s)
                     : QString())
            .arg(webhooks.targetCount() > 0
                     ? u"; %1 webhook(s): %2"_s.arg(webhooks.targetCount()).arg([&] {
                           QStringList n;
                           for (int i = 0; i < webhooks.targetCount(); ++i)
                               n << WebhookSender::formatName(webhooks.targetFormat(i)) + u' '
                                        + webhooks.targetName(i);
                           return n.join(u", "_s);
                       }())
                     : QString()));

    const int rc = QCoreApplication::exec();

#ifdef Q_OS_UNIX
    monitor.log().line(MonitorLog::Notice, stopSignal ? u"stopping (%1)"_s.arg(
                                               stopSignal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s)
                                                      : u"stopping"_s);
#endif
    // Stopping is not an event: no "down" or "resolved" from here on, in the log or the webhooks.
    QObject::disconnect(monitor.alerts(), nullptr, nullptr, nullptr);
    metrics.close();
    monitor.stopAll();
    if (store)
        store->flush();
    // Give queued webhooks (e.g. the alerts of the last seconds) a moment to go out.
    if (webhooks.pending() > 0) {
        QEventLoop loop;
        QObject::connect(&webhooks, &WebhookSender::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return rc;
}

} // namespace ComfyScope::Cli
