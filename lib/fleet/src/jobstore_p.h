// SPDX-License-Identifier: MIT
// Small SQL helpers shared by the job database's writer (jobstore.cpp) and readers
// (jobstorequery.cpp). Not installed.
#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace ComfyScope::JobStoreSql {
qint64 ms(const QDateTime &t);
QVariant msOrNull(const QDateTime &t);
QDateTime fromMs(const QVariant &v);
QVariant textOrNull(const QString &s);
QString compact(const QJsonObject &o);
QString compact(const QJsonArray &a);
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr);
QSqlQuery &prepared(QSqlDatabase &db, const QString &sql);
void clearPrepared();
} // namespace ComfyScope::JobStoreSql
