// SPDX-License-Identifier: MIT
// Renders the icon set from the SVG sources with Qt's own SVG renderer (see generate.sh):
// png/comfyscope-<N>.png, comfyscope.ico (PNG-compressed entries, 16..256) and comfyscope.icns.
#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QtEndian>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

#include <cstdio>

static QByteArray png(const QImage &img)
{
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return b;
}

static QImage render(QSvgRenderer &svg, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p, QRectF(0, 0, size, size));
    return img.convertToFormat(QImage::Format_ARGB32);
}

static bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QSvgRenderer svg(dir + QStringLiteral("/comfyscope.svg"));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read comfyscope.svg in %s\n", qPrintable(dir));
        return 1;
    }
    QDir(dir).mkpath(QStringLiteral("png"));
    QMap<int, QByteArray> pngs;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
        pngs[size] = png(render(svg, size));
        if (size <= 512
            && !write(dir + QStringLiteral("/png/comfyscope-%1.png").arg(size), pngs[size]))
            return 1;
    }
    // ICO: ICONDIR, one ICONDIRENTRY per size, PNG payloads (Windows Vista and later).
    const QList<int> icoSizes{16, 24, 32, 48, 64, 128, 256};
    QByteArray ico;
    auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    auto u32 = [](QByteArray &b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    u16(ico, 0);
    u16(ico, 1);
    u16(ico, quint16(icoSizes.size()));
    quint32 offset = 6 + 16 * quint32(icoSizes.size());
    for (int s : icoSizes) {
        ico.append(char(s >= 256 ? 0 : s)).append(char(s >= 256 ? 0 : s)).append('\0').append('\0');
        u16(ico, 1);
        u16(ico, 32);
        u32(ico, quint32(pngs[s].size()));
        u32(ico, offset);
        offset += quint32(pngs[s].size());
    }
    for (int s : icoSizes)
        ico += pngs[s];
    // ICNS: 'icns' + length, then PNG chunks ic07 128, ic08 256, ic09 512, ic10 1024 (@2x 512).
    QByteArray body;
    const QList<QPair<const char *, int>> chunks{
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}};
    for (const auto &[type, s] : chunks) {
        body.append(type, 4);
        QByteArray len(4, '\0');
        qToBigEndian<quint32>(quint32(8 + pngs[s].size()), len.data());
        body += len + pngs[s];
    }
    QByteArray icns("icns");
    QByteArray len(4, '\0');
    qToBigEndian<quint32>(quint32(8 + body.size()), len.data());
    icns += len + body;
    if (!write(dir + QStringLiteral("/comfyscope.ico"), ico)
        || !write(dir + QStringLiteral("/comfyscope.icns"), icns))
        return 1;
    std::printf("written png/, comfyscope.ico (%lld bytes), comfyscope.icns (%lld bytes)\n",
                qlonglong(ico.size()), qlonglong(icns.size()));
    return 0;
}
