// SPDX-License-Identifier: MIT
#include "stationsettings.h"

#include <QtCore/QSettings>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

StationSettings StationSettings::load()
{
    StationSettings st;
    st.rules = AlertRules::load();
    QSettings s;
    s.beginGroup(u"station"_s);
    st.statusFile = s.value(u"statusFile"_s).toString();
    st.httpEnabled = s.value(u"httpEnabled"_s, false).toBool();
    st.httpPort = s.value(u"httpPort"_s, st.httpPort).toInt();
    st.wallCycleSeconds = s.value(u"wallCycleSeconds"_s, st.wallCycleSeconds).toInt();
    st.statsIntervalSeconds = s.value(u"statsIntervalSeconds"_s, st.statsIntervalSeconds).toInt();
    st.historyDays = qMax(0, s.value(u"historyDays"_s, st.historyDays).toInt());
    st.historyMegabytes = qMax(0, s.value(u"historyMegabytes"_s, st.historyMegabytes).toInt());
    const QString size = s.value(u"tileSize"_s).toString();
    st.tileSize = size == u"small"_s ? 0 : size == u"medium"_s ? 1 : 2;
    st.tableView = s.value(u"view"_s).toString() == u"table"_s;
    return st;
}

void StationSettings::save() const
{
    rules.save();
    QSettings s;
    s.beginGroup(u"station"_s);
    s.setValue(u"statusFile"_s, statusFile);
    s.setValue(u"httpEnabled"_s, httpEnabled);
    s.setValue(u"httpPort"_s, httpPort);
    s.setValue(u"wallCycleSeconds"_s, wallCycleSeconds);
    s.setValue(u"statsIntervalSeconds"_s, statsIntervalSeconds);
    s.setValue(u"historyDays"_s, historyDays);
    s.setValue(u"historyMegabytes"_s, historyMegabytes);
    s.setValue(u"tileSize"_s, tileSize == 0   ? u"small"_s
                              : tileSize == 1 ? u"medium"_s
                                              : u"large"_s);
    s.setValue(u"view"_s, tableView ? u"table"_s : u"tiles"_s);
}

StationSettingsDialog::StationSettingsDialog(const StationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_tray(new QCheckBox(tr("Show alerts as system tray &notifications")))
    , m_sound(new QCheckBox(tr("Play a &sound with each new alert")))
    , m_statusFile(new QLineEdit)
    , m_http(new QCheckBox(tr("Serve the fleet status on &127.0.0.1, port")))
    , m_httpPort(new QSpinBox)
    , m_cycle(new QSpinBox)
    , m_statsInterval(new QSpinBox)
    , m_historyDays(new QSpinBox)
    , m_historyMegabytes(new QSpinBox)
    , m_base(settings)
{
    setWindowTitle(tr("Monitoring Station Settings"));

    auto *rulesBox = new QGroupBox(tr("Alert rules"));
    auto *grid = new QGridLayout(rulesBox);
    for (int i = 0; i < AlertRules::RuleCount; ++i) {
        const auto r = AlertRules::Rule(i);
        m_enabled[i] = new QCheckBox(AlertRules::name(r));
        m_enabled[i]->setChecked(settings.rules.enabled[i]);
        grid->addWidget(m_enabled[i], i, 0);
        if (AlertRules::hasThreshold(r)) {
            m_threshold[i] = new QSpinBox;
            m_threshold[i]->setRange(r == AlertRules::VramHigh ? 1 : 0,
                                     r == AlertRules::VramHigh ? 100 : 86400);
            m_threshold[i]->setSuffix(AlertRules::thresholdUnit(r));
            m_threshold[i]->setValue(settings.rules.threshold[i]);
            m_threshold[i]->setEnabled(settings.rules.enabled[i]);
            connect(m_enabled[i], &QCheckBox::toggled, m_threshold[i], &QWidget::setEnabled);
            QString when;
            switch (r) {
            case AlertRules::ServerDown:
                when = tr("when unreachable for more than");
                break;
            case AlertRules::Stall:
                when = tr("when a job shows no progress for");
                break;
            case AlertRules::QueueDepth:
                when = tr("when more jobs wait than");
                break;
            case AlertRules::VramHigh:
                when = tr("when VRAM use is above");
                break;
            default:
                break;
            }
            grid->addWidget(new QLabel(when), i, 1);
            grid->addWidget(m_threshold[i], i, 2);
        } else {
            grid->addWidget(new QLabel(r == AlertRules::ExecutionError
                                           ? tr("when a job fails (any client)")
                                           : tr("when the server lost its history or "
                                                "changed version")),
                            i, 1, 1, 2);
        }
    }
    m_tray->setChecked(settings.rules.trayNotifications);
    m_sound->setChecked(settings.rules.sound);
    grid->addWidget(m_tray, AlertRules::RuleCount, 0, 1, 3);
    grid->addWidget(m_sound, AlertRules::RuleCount + 1, 0, 1, 3);

    auto *exportBox = new QGroupBox(tr("Status export (for other tools)"));
    auto *form = new QFormLayout(exportBox);
    auto *fileRow = new QHBoxLayout;
    m_statusFile->setText(settings.statusFile);
    m_statusFile->setPlaceholderText(tr("Off"));
    m_statusFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Status File"),
                                                       m_statusFile->text(), tr("JSON (*.json)"));
        if (!f.isEmpty())
            m_statusFile->setText(f);
    });
    fileRow->addWidget(m_statusFile, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Status &file:"), fileRow);
    auto *httpRow = new QHBoxLayout;
    m_http->setChecked(settings.httpEnabled);
    m_httpPort->setRange(1, 65535);
    m_httpPort->setValue(settings.httpPort);
    m_httpPort->setEnabled(settings.httpEnabled);
    connect(m_http, &QCheckBox::toggled, m_httpPort, &QWidget::setEnabled);
    httpRow->addWidget(m_http);
    httpRow->addWidget(m_httpPort);
    httpRow->addStretch(1);
    form->addRow(httpRow);
    form->addRow(new QLabel(tr("GET /status.json answers the same JSON as the file. Only this "
                               "computer can reach it.")));

    auto *otherBox = new QGroupBox(tr("Dashboard and wall mode"));
    auto *oform = new QFormLayout(otherBox);
    m_statsInterval->setRange(2, 3600);
    m_statsInterval->setSuffix(tr(" s"));
    m_statsInterval->setValue(settings.statsIntervalSeconds);
    oform->addRow(tr("Read GPU/RAM &stats every:"), m_statsInterval);
    m_cycle->setRange(0, 3600);
    m_cycle->setSuffix(tr(" s"));
    m_cycle->setSpecialValueText(tr("Never"));
    m_cycle->setValue(settings.wallCycleSeconds);
    oform->addRow(tr("Wall mode &changes page every:"), m_cycle);
    m_historyDays->setRange(0, 3650);
    m_historyDays->setSuffix(tr(" days"));
    m_historyDays->setSpecialValueText(tr("Forever"));
    m_historyDays->setValue(settings.historyDays);
    oform->addRow(tr("Keep job &history for:"), m_historyDays);
    m_historyMegabytes->setRange(0, 1024 * 1024);
    m_historyMegabytes->setSuffix(tr(" MB"));
    m_historyMegabytes->setSpecialValueText(tr("No limit"));
    m_historyMegabytes->setValue(settings.historyMegabytes);
    oform->addRow(tr("Job history at &most:"), m_historyMegabytes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(rulesBox);
    lay->addWidget(exportBox);
    lay->addWidget(otherBox);
    lay->addWidget(buttons);
}

StationSettings StationSettingsDialog::settings() const
{
    StationSettings s = m_base;
    for (int i = 0; i < AlertRules::RuleCount; ++i) {
        s.rules.enabled[i] = m_enabled[i]->isChecked();
        if (m_threshold[i])
            s.rules.threshold[i] = m_threshold[i]->value();
    }
    s.rules.trayNotifications = m_tray->isChecked();
    s.rules.sound = m_sound->isChecked();
    s.statusFile = m_statusFile->text().trimmed();
    s.httpEnabled = m_http->isChecked();
    s.httpPort = m_httpPort->value();
    s.wallCycleSeconds = m_cycle->value();
    s.statsIntervalSeconds = m_statsInterval->value();
    s.historyDays = m_historyDays->value();
    s.historyMegabytes = m_historyMegabytes->value();
    return s;
}

} // namespace ComfyScope::App
