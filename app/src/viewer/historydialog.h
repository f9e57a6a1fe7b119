// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/events.h>

#include <QtCore/QPointer>
#include <QtCore/QQueue>
#include <QtWidgets/QDialog>

class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ComfyScope {
class Client;
class JobStore;
} // namespace ComfyScope

namespace ComfyScope::App {

class HistoryModel;
class HistoryOutputsModel;

/// Past jobs of the server with status, duration and outputs; thumbnails load as rows show.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void setClient(Client *client);
    /// Also list the jobs the job database kept for `serverName` (earlier runs; marked in the
    /// Source column, searchable as "Job database"). nullptr: the server's history only.
    void setJobStore(JobStore *store, const QString &serverName);
    /// Show only entries whose prompt id, status, time or client contains `text`.
    void setSearchText(const QString &text);
    int visibleRows() const;
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int n) { m_pageSize = qMax(1, n); }

public Q_SLOTS:
    void refresh();
    void loadMore();

Q_SIGNALS:
    /// The user asked to open an output (double click): the main window fetches it.
    void openOutputRequested(const ComfyScope::ImageRef &ref, const QString &promptId);
    void loaded(int entries);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fetch(int maxItems);
    /// Merge up to `maxItems` stored jobs of the server; returns how many rows are stored.
    int mergeStored(int maxItems);
    void requestThumbnail(const ImageRef &ref);
    void pumpThumbnails();
    void showEntry(int row);

    QPointer<Client> m_client;
    QPointer<JobStore> m_store;
    QString m_storeServer;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    HistoryModel *m_model;
    HistoryOutputsModel *m_outputs;
    QTreeView *m_view;
    QListView *m_outputView;
    QTextBrowser *m_details;
    QLabel *m_status;
    QPushButton *m_more;
    QQueue<ImageRef> m_thumbQueue;
    int m_thumbsInFlight = 0;
    int m_window = 0;
    int m_pageSize = 50;
    bool m_loading = false;
};

} // namespace ComfyScope::App
