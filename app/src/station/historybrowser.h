// SPDX-License-Identifier: MIT
#pragma once

#include <comfyscope/fleet/jobstore.h>
#include "gallery/lightbox.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace ComfyScope {
class FleetModel;
class FleetServer;
} // namespace ComfyScope

namespace ComfyScope::App {

class GalleryModel;
class Lightbox;
class StoredJobsModel;

/*!
 * The fleet's History browser: every job the job database kept, searched by server, outcome,
 * period, client, workflow and error text (off the GUI thread, a page at a time, with the count
 * of all matches). The detail pane shows the job's per-node times, its error (copyable) and its
 * outputs; "Open Outputs" fetches them from the server when it still has them and shows them in
 * the lightbox; "Queue Again" sends a stored workflow to the same server (not while the station
 * is locked); the selection or every match exports as CSV or JSON.
 */
class HistoryBrowser : public QWidget
{
    Q_OBJECT
public:
    enum Period { AnyTime, LastHour, LastDay, LastWeek, LastMonth, CustomPeriod };

    HistoryBrowser(JobStore *store, FleetModel *fleet, QWidget *parent = nullptr);
    ~HistoryBrowser() override;

    /// Fill the filters from `query` (a period from its from/to) and search.
    void setQuery(const JobQuery &query);
    /// What the filters ask for now (limit and offset: the current page).
    JobQuery currentQuery() const;
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    int page() const { return m_page; }
    /// Matches of the last search (-1 before the first).
    qint64 totalMatches() const { return m_total; }
    bool isSearching() const { return m_searching > 0; }
    QString countText() const;
    StoredJobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<StoredJob> selectedJobs() const;
    /// The job the detail pane shows (invalid promptId when none).
    StoredJob currentJob() const;

    /// Write the selection (or every match of the search) to `path`: JSON when it ends in
    /// .json, else CSV. False with `error` set when it cannot.
    bool exportJobs(const QString &path, bool allMatches, QString *error = nullptr);

    /// Locked station: no Queue Again.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    /// Queue the job's stored workflow again on its server. False (and a readable reason)
    /// when it cannot: locked, workflow unknown, server gone or down.
    bool queueAgain(const StoredJob &job, QString *why = nullptr);
    /// Fetch the job's output files from its server into outputsModel() and show the first in
    /// the lightbox. False (and why) when nothing can be fetched.
    bool openOutputs(const StoredJob &job, QString *why = nullptr);
    GalleryModel *outputsModel() const { return m_outputs; }
    Lightbox *lightbox() const { return m_lightbox; }
    /// The last message of the status line (search errors, queue and fetch results).
    QString statusMessage() const;

public Q_SLOTS:
    /// Search from the first page.
    void search();
    void nextPage();
    void previousPage();

Q_SIGNALS:
    /// A search (or page) arrived; `total` is every match.
    void searchFinished(qint64 total);
    void queuedAgain(const QString &server, const QString &promptId);
    /// Every fetch started by openOutputs() ended.
    void outputsFetched(int fetched, int failed);

private:
    void runQuery(int page);
    void showJob(int row);
    void updateButtons();
    void setMessage(const QString &text, bool error = false);
    void refreshServers();
    void applyPeriod();
    FleetServer *serverNamed(const QString &name) const;
    QString nodeLabel(const QJsonObject &workflow, const QString &nodeId) const;
    void exportDialog(bool allMatches);

    QPointer<JobStore> m_store;
    QPointer<FleetModel> m_fleet;
    StoredJobsModel *m_model;
    GalleryModel *m_outputs;
    QPointer<Lightbox> m_lightbox;

    QComboBox *m_server;
    QComboBox *m_outcome;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_client;
    QLineEdit *m_workflow;
    QLineEdit *m_error;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_status;
    QTextBrowser *m_details;
    QTableWidget *m_nodes;
    QPlainTextEdit *m_errorText;
    QPushButton *m_copyError;
    QListView *m_outputView;
    QPushButton *m_openOutputs;
    QPushButton *m_queueAgain;
    QToolButton *m_export;
    QTimer m_debounce;

    int m_pageSize = 500;
    int m_page = 0;
    qint64 m_total = -1;
    int m_searching = 0;
    quint64 m_generation = 0;
    bool m_locked = false;
    bool m_filling = false; ///< setQuery() is filling the filters
    QString m_outputsOf;    ///< server + prompt of what outputsModel() holds
    int m_fetchPending = 0;
    int m_fetched = 0;
    int m_fetchFailed = 0;
    QString m_lastFetchError;
    bool m_openWhenFetched = false;
};

} // namespace ComfyScope::App
