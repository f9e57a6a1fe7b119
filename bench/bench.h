// SPDX-License-Identifier: MIT
// What the benchmark scenarios share (bench_main.cpp, benchmonitor.cpp).
#pragma once

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtGui/QImage>

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
/// An image encoded with QImageWriter (quality -1: the format's default).
QByteArray encodeImage(const QImage &img, const char *format, int quality = -1);
/// A deterministic, busy test picture of size × size.
QImage testPicture(int size, quint32 seed);
/// CPU seconds used by the calling thread.
double threadCpuSeconds();
/// Scenarios with the app's classes (benchapp.cpp): gallery under load, the station with N
/// servers (optionally with the job database), the job database.
void benchGallery(int frames, int streamSeconds);
void benchFleet(int servers, int seconds, bool withStore = false);
void benchJobStore(int chartJobs);
/// Scenarios with the real widgets (benchstation.cpp): the viewer's decoder against a
/// single-thread loop (`runs` times each), the station at N servers, the station soak (CSV and
/// PNG curve written to `outDir`), frame arrival to thumbnail painted in the gallery.
void benchDecode(int frames, int runs);
/// Where the widgets are painted: "offscreen (…)" or the platform and display, for the table.
QString platformNote();
void benchStation(int servers, int seconds);
void benchSoak(int servers, int seconds, int sampleS, const QString &outDir);
void benchFramePixels(int rate, int seconds);
/// The monitor scenario: `comfyscope-cli monitor` watching N simulated servers.
void benchMonitor(int servers, int seconds);

} // namespace Bench
