// SPDX-License-Identifier: MIT
// JobStore's writer thread (see jobstore.cpp). Not installed.
#pragma once

#include "jobstore_p.h"

#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/client.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/session.h>
#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLockFile>
#include <QtCore/QMutex>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtCore/QWaitCondition>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <algorithm>
#include <deque>
#include <functional>

namespace ComfyScope {

using namespace JobStoreSql;
using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Writer: a thread with its own connection, writing queued operations in batched transactions.

class JobStore::Writer
{
public:
    using Op = std::function<bool(QSqlDatabase &, QString *)>;

    explicit Writer(const QString &path)
        : path(path)
        , conn(u"comfyscope-jobstore-w-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~Writer()
    {
        stop();
        if (QSqlDatabase::contains(conn))
            closeConnection();
    }

    bool openConnection(QString *error)
    {
        // A connection belongs to the thread that made it: one on the opening thread for the
        // checks and migrations (closed again), then the worker's own.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        return true;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(conn, false); }
    void closeConnection()
    {
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }

    void start(JobStore *store)
    {
        owner = store;
        thread.reset(QThread::create([this] { run(); }));
        thread->setObjectName(u"JobStore writer"_s);
        thread->start(QThread::LowPriority);
    }
    void stop()
    {
        if (!thread)
            return;
        {
            QMutexLocker l(&mutex);
            stopping = true;
            wake.wakeAll();
        }
        thread->wait();
        thread.reset();
    }
    void enqueue(Op op)
    {
        QMutexLocker l(&mutex);
        queue.push_back(std::move(op));
        ++queued;
        if (queue.size() >= 500)
            wake.wakeAll();
    }
    void flush()
    {
        QMutexLocker l(&mutex);
        const quint64 target = queued;
        wake.wakeAll();
        while (written < target && thread)
            done.wait(&mutex, 100);
    }

    void run()
    {
        QString openError;
        if (!openConnection(&openError))
            QMetaObject::invokeMethod(
                owner, [o = owner, openError] { Q_EMIT o->writeError(openError); },
                Qt::QueuedConnection);
        QSqlDatabase d = db();
        for (;;) {
            std::deque<Op> batch;
            bool last = false;
            {
                QMutexLocker l(&mutex);
                if (queue.empty() && !stopping)
                    wake.wait(&mutex, 250);
                // At most 5000 operations per transaction, so readers see progress.
                while (!queue.empty() && batch.size() < 5000) {
                    batch.push_back(std::move(queue.front()));
                    queue.pop_front();
                }
                last = stopping;
            }
            if (!batch.empty()) {
                QString error;
                bool ok = exec(d, u"BEGIN IMMEDIATE"_s, &error);
                for (Op &op : batch)
                    if (ok && !op(d, &error))
                        ok = false;
                ok = ok && d.commit();
                if (!ok) {
                    if (error.isEmpty())
                        error = d.lastError().text();
                    d.rollback();
                    QMetaObject::invokeMethod(
                        owner, [o = owner, error] { Q_EMIT o->writeError(error); },
                        Qt::QueuedConnection);
                }
                QMutexLocker l(&mutex);
                written += batch.size();
                done.wakeAll();
            }
            if (last && batch.empty()) {
                QMutexLocker l(&mutex);
                if (queue.empty())
                    break;
            }
        }
        clearPrepared();
        d = QSqlDatabase();
        closeConnection();
    }

    QString path;
    QString conn;
    JobStore *owner = nullptr;
    std::unique_ptr<QThread> thread;
    QMutex mutex;
    QWaitCondition wake;
    QWaitCondition done;
    std::deque<Op> queue;
    quint64 queued = 0;
    quint64 written = 0;
    bool stopping = false;
};

} // namespace ComfyScope
