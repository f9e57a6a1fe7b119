// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QDockWidget>

class QTableView;

namespace ComfyScope::App {

class EventLogModel;
class EventLogFilterModel;

/// The event log: filterable by level and text, rows copyable.
class EventLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit EventLogDock(EventLogModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void copySelection();

private:
    EventLogModel *m_model;
    EventLogFilterModel *m_filter;
    QTableView *m_view;
};

} // namespace ComfyScope::App
