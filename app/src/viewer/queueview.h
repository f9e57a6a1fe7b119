// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtWidgets/QWidget>

class QTreeView;
class QAction;

class QDialog;

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
    /// Hold rows in place (done while the pointer is over the list).
    void setRowsFrozen(bool frozen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    /// A resizable dialog with the job's error: the message, and the node, exception and
    /// traceback in a monospace, selectable text area with a Copy button (object names
    /// "errorText" and "copyError").
    static QDialog *createErrorDialog(const Job &job, QWidget *parent);
    /// Everything the error dialog shows, as plain text.
    static QString errorReport(const Job &job);

Q_SIGNALS:
    void cancelRequested(const QString &promptId);
    void showOutputsRequested(const QString &promptId);
    void jobActivated(const QString &promptId);
    /// Queue the job's workflow again (`newSeed`: with new random seeds).
    void queueAgainRequested(const QString &promptId, bool newSeed);

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
