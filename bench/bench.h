// SPDX-License-Identifier: MIT
// What the benchmark scenarios share (bench_main.cpp, benchmonitor.cpp).
#pragma once

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace Bench {

/// One figure of the results table.
struct Row
{
    QString scenario;
    QString metric;
    double value = 0;
    QString unit;
    QString baseline; // what the ratio is against
    double ratio = 0; // value / baseline value (0 = none)
    QString goal;
    bool met = true;
};
extern QList<Row> g_rows;
/// Print a figure and keep it for --json.
void report(const Row &r);
/// This process's RSS and peak RSS in MB.
QPair<double, double> rssMb();
/// The monitor scenario: `comfyscope-cli monitor` watching N simulated servers.
void benchMonitor(int servers, int seconds);

} // namespace Bench
