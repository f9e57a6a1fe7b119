// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QThreadPool>

namespace ComfyScope::App {

/*!
 * Saves final, WebSocket and ComfyDeploy outputs to a folder as they arrive, under a file name
 * made from a pattern. Every value that comes from the server is reduced to safe characters, and
 * the finished name is checked once more, so no server answer (`../`, absolute paths, drive
 * letters, control characters, reserved names) can put a file outside the folder.
 * Files are written in a worker thread and never overwrite an existing file.
 */
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    struct Info
    {
        ImageKind kind = ImageKind::FinalOutput;
        QString server;
        QString promptId;
        QString nodeId;
        QString extension;      ///< "png", "jpeg", …
        QString serverFileName; ///< the name the server gave the file, if any
        QDateTime time;
    };

    explicit AutoSaver(QObject *parent = nullptr);
    ~AutoSaver() override;

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    void setDirectory(const QString &dir) { m_dir = dir; }
    QString directory() const { return m_dir; }
    void setPattern(const QString &pattern) { m_pattern = pattern; }
    QString pattern() const { return m_pattern; }

    /// Whether a frame of this kind is saved (previews and temp files are not).
    static bool isSaveable(ImageKind kind, const ImageRef &ref);
    /// One path component made safe: only letters, digits, '-', '_' and '.' (not leading).
    static QString sanitizeComponent(const QString &value, int maxLength = 64);
    /// The file name (no directory) for `info` and sequence number `seq`.
    static QString fileNameFor(const QString &pattern, const Info &info, int seq);
    /// `dir` joined with `fileName`, or empty if the result would not be directly inside `dir`.
    static QString safeJoin(const QString &dir, const QString &fileName);
    /// Write `bytes` to a new file in `dir` (adding -1, -2, … when the name is taken).
    /// Returns the path, or empty and sets `error`. Blocking; used by the worker.
    static QString writeNewFile(const QString &dir, const QString &fileName,
                                const QByteArray &bytes, QString *error);

    /// Save in the background when enabled and the kind is saveable; saved()/failed() follow.
    /// Returns false when nothing will be written.
    bool save(quint64 itemId, const QByteArray &bytes, const Info &info);
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void saved(quint64 itemId, const QString &path);
    void failed(quint64 itemId, const QString &message);

private:
    QThreadPool m_pool;
    bool m_enabled = false;
    QString m_dir;
    QString m_pattern;
    int m_seq = 0;
};

} // namespace ComfyScope::App
