// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/alertengine.h>

#include <QtWidgets/QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ComfyScope::App {

/// Settings of the monitoring station (QSettings group "station" plus the alert rules).
struct StationSettings
{
    AlertRules rules;
    QString statusFile;       ///< empty: off
    bool httpEnabled = false; ///< local status endpoint on 127.0.0.1, off by default
    int httpPort = 8190;
    int wallCycleSeconds = 20;
    int statsIntervalSeconds = 10;
    int historyDays = 90;        ///< job database retention, 0 = forever
    int historyMegabytes = 1024; ///< job database size cap, 0 = none
    int tileSize = 2;            ///< FleetTileDelegate::TileSize: 0 small, 1 medium, 2 large
    bool tableView = false;      ///< the dense table instead of the tiles

    static StationSettings load();
    void save() const;
};

class StationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StationSettingsDialog(const StationSettings &settings, QWidget *parent = nullptr);
    StationSettings settings() const;

private:
    QCheckBox *m_enabled[AlertRules::RuleCount] = {};
    QSpinBox *m_threshold[AlertRules::RuleCount] = {};
    QCheckBox *m_tray;
    QCheckBox *m_sound;
    QLineEdit *m_statusFile;
    QCheckBox *m_http;
    QSpinBox *m_httpPort;
    QSpinBox *m_cycle;
    QSpinBox *m_statsInterval;
    QSpinBox *m_historyDays;
    QSpinBox *m_historyMegabytes;
    StationSettings m_base;
};

} // namespace ComfyScope::App
