// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/jobtracker.h>

#include <QtCore/QTimer>
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
    /// Rows hold still while the pointer moves or clicks over the list, and catch up once it
    /// has rested this long (default 3000 ms) or left: a pointer left over the list does not
    /// hide new jobs for good.
    void setPointerRestMs(int ms) { m_rest.setInterval(ms); }

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
    QTimer m_rest;
};

} // namespace ComfyScope::App
