// SPDX-License-Identifier: MIT
#pragma once

#include <QtWidgets/QWidget>

class QTreeView;
class QAction;

namespace ComfyScope::App {

class QueueModel;
class QueueFilterModel;

/// The queue panel: jobs with a painted progress column, a toolbar and a context menu.
class QueueView : public QWidget
{
    Q_OBJECT
public:
    explicit QueueView(QueueModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QueueFilterModel *filterModel() const { return m_filter; }
    /// The prompt id of the selected job (empty when none).
    QString selectedPromptId() const;
    /// Put the global queue actions (interrupt, clear pending) into the panel's toolbar.
    void addToolBarActions(const QList<QAction *> &actions);
    QAction *cancelAction() const { return m_cancel; }

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void cancelRequested(const QString &promptId);
    void showOutputsRequested(const QString &promptId);
    void jobActivated(const QString &promptId);

private:
    void showContextMenu(const QPoint &pos);
    void showError(const QString &promptId);

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QTreeView *m_view;
    QWidget *m_toolbar;
    QAction *m_cancel;
    QAction *m_showFinished;
};

} // namespace ComfyScope::App
