// SPDX-License-Identifier: MIT
#include "historybrowser.h"

#include "storedjobsmodel.h"
#include "common/uiutil.h"
#include "gallery/gallerymodel.h"
#include "gallery/lightbox.h"

#include <comfyscope/client.h>
#include <comfyscope/fleet/fleetio.h>
#include <comfyscope/fleet/fleetmodel.h>
#include <comfyscope/fleet/fleetserver.h>
#include <comfyscope/session.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSaveFile>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
// Every match of an export at most (a CSV of a million rows is ~200 MB).
constexpr int kExportLimit = 1000000;

qint64 periodSeconds(HistoryBrowser::Period p)
{
    switch (p) {
    case HistoryBrowser::LastHour:
        return 3600;
    case HistoryBrowser::LastDay:
        return 86400;
    case HistoryBrowser::LastWeek:
        return 7 * 86400;
    case HistoryBrowser::LastMonth:
        return 30 * 86400;
    case HistoryBrowser::AnyTime:
    case HistoryBrowser::CustomPeriod:
        break;
    }
    return 0;
}
} // namespace

HistoryBrowser::HistoryBrowser(JobStore *store, FleetModel *fleet, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_fleet(fleet)
    , m_model(new StoredJobsModel(this))
    , m_outputs(new GalleryModel(this))
    , m_server(new QComboBox)
    , m_outcome(new QComboBox)
    , m_period(new QComboBox)
    , m_from(new QDateTimeEdit)
    , m_to(new QDateTimeEdit)
    , m_client(new QLineEdit)
    , m_workflow(new QLineEdit)
    , m_error(new QLineEdit)
    , m_view(new QTableView)
    , m_count(new QLabel)
    , m_prev(new QPushButton(tr("&Newer")))
    , m_next(new QPushButton(tr("&Older")))
    , m_status(new QLabel)
    , m_details(new QTextBrowser)
    , m_nodes(new QTableWidget)
    , m_errorText(new QPlainTextEdit)
    , m_copyError(new QPushButton(tr("&Copy Error")))
    , m_outputView(new QListView)
    , m_openOutputs(new QPushButton(tr("Open O&utputs")))
    , m_queueAgain(new QPushButton(tr("&Queue Again")))
    , m_export(new QToolButton)
{
    setWindowTitle(tr("History"));
    setObjectName(u"historyBrowser"_s);

    // --- filters ---------------------------------------------------------------------------
    m_server->setObjectName(u"historyServer"_s);
    m_server->setMinimumContentsLength(12);
    m_outcome->setObjectName(u"historyOutcome"_s);
    m_outcome->addItem(tr("Any outcome"), QStringList());
    m_outcome->addItem(StoredJobsModel::outcomeLabel(u"succeeded"_s), QStringList{u"succeeded"_s});
    m_outcome->addItem(StoredJobsModel::outcomeLabel(u"failed"_s), QStringList{u"failed"_s});
    m_outcome->addItem(StoredJobsModel::outcomeLabel(u"interrupted"_s),
                       QStringList{u"interrupted"_s});
    m_outcome->addItem(StoredJobsModel::outcomeLabel(u"cancelled"_s), QStringList{u"cancelled"_s});
    m_outcome->addItem(StoredJobsModel::outcomeLabel(u"lost"_s), QStringList{u"lost"_s});
    m_outcome->addItem(tr("Not succeeded"),
                       QStringList{u"failed"_s, u"interrupted"_s, u"cancelled"_s, u"lost"_s});
    m_period->setObjectName(u"historyPeriod"_s);
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Last hour"), LastHour);
    m_period->addItem(tr("Last 24 hours"), LastDay);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("From – to"), CustomPeriod);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        e->setDateTime(QDateTime::currentDateTime());
    }
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_client->setObjectName(u"historyClient"_s);
    m_workflow->setObjectName(u"historyWorkflow"_s);
    m_error->setObjectName(u"historyErrorText"_s);
    m_client->setPlaceholderText(tr("client id"));
    m_workflow->setPlaceholderText(tr("name or hash"));
    m_error->setPlaceholderText(tr("text of the error"));
    for (QLineEdit *e : {m_client, m_workflow, m_error})
        e->setClearButtonEnabled(true);

    auto *filters = new QGridLayout;
    auto addFilter = [filters](int row, int col, const QString &label, QWidget *w) {
        auto *l = new QLabel(label);
        l->setBuddy(w);
        filters->addWidget(l, row, col * 2);
        filters->addWidget(w, row, col * 2 + 1);
    };
    addFilter(0, 0, tr("&Server:"), m_server);
    addFilter(0, 1, tr("Out&come:"), m_outcome);
    addFilter(0, 2, tr("&Period:"), m_period);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(u"–"_s));
    range->addWidget(m_to);
    filters->addLayout(range, 0, 6, 1, 2);
    addFilter(1, 0, tr("C&lient:"), m_client);
    addFilter(1, 1, tr("&Workflow:"), m_workflow);
    addFilter(1, 2, tr("E&rror:"), m_error);
    auto *searchBtn = new QPushButton(tr("&Search"));
    searchBtn->setDefault(true);
    filters->addWidget(searchBtn, 1, 6);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 2);

    // --- results ---------------------------------------------------------------------------
    m_view->setModel(m_model);
    m_view->setObjectName(u"historyResults"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    auto fit = [this](const QString &text, int extra = 24) {
        return fontMetrics().horizontalAdvance(text) + extra;
    };
    m_view->setColumnWidth(StoredJobsModel::FinishedColumn,
                           fit(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)),
                                                  QLocale::ShortFormat)));
    m_view->setColumnWidth(StoredJobsModel::ServerColumn, ch * 12);
    m_view->setColumnWidth(StoredJobsModel::WorkflowColumn, ch * 14);
    m_view->setColumnWidth(StoredJobsModel::OutcomeColumn,
                           fit(StoredJobsModel::outcomeLabel(u"interrupted"_s), 44));
    m_view->setColumnWidth(
        StoredJobsModel::RunTimeColumn,
        qMax(fit(m_model->headerData(StoredJobsModel::RunTimeColumn, Qt::Horizontal).toString()),
             ch * 8));
    m_view->setColumnWidth(StoredJobsModel::ClientColumn, ch * 12);
    m_view->setColumnWidth(StoredJobsModel::ErrorColumn, ch * 34);
    m_count->setObjectName(u"historyCount"_s);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Selected Jobs…"), this, [this] { exportDialog(false); });
    exportMenu->addAction(tr("All Matches…"), this, [this] { exportDialog(true); });
    m_export->setMenu(exportMenu);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_count, 1);
    pager->addWidget(m_prev);
    pager->addWidget(m_next);
    pager->addWidget(m_export);
    auto *left = new QWidget;
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_view, 1);
    ll->addLayout(pager);

    // --- detail pane -----------------------------------------------------------------------
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(fontMetrics().height() * 9);
    m_nodes->setColumnCount(3);
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Time"), tr("Share")});
    m_nodes->verticalHeader()->hide();
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nodes->setMinimumHeight(fontMetrics().height() * 6);
    m_errorText->setReadOnly(true);
    m_errorText->setObjectName(u"historyErrorView"_s);
    m_errorText->setMaximumHeight(fontMetrics().height() * 6);
    m_outputView->setModel(m_outputs);
    m_outputView->setViewMode(QListView::IconMode);
    m_outputView->setIconSize(QSize(112, 112));
    m_outputView->setGridSize(QSize(128, 140));
    m_outputView->setResizeMode(QListView::Adjust);
    m_outputView->setMovement(QListView::Static);
    m_outputView->setMinimumHeight(150);
    m_outputView->setToolTip(tr("Double-click an output to open it"));
    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_details, 2);
    rl->addWidget(new QLabel(tr("Time per node")));
    rl->addWidget(m_nodes, 2);
    auto *errRow = new QHBoxLayout;
    errRow->addWidget(new QLabel(tr("Error")), 1);
    errRow->addWidget(m_copyError);
    rl->addLayout(errRow);
    rl->addWidget(m_errorText, 1);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(new QLabel(tr("Outputs")), 1);
    outRow->addWidget(m_openOutputs);
    outRow->addWidget(m_queueAgain);
    rl->addLayout(outRow);
    rl->addWidget(m_outputView, 2);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status->setObjectName(u"historyStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(filters);
    lay->addWidget(split, 1);
    lay->addWidget(m_status);

    // --- behaviour -------------------------------------------------------------------------
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryBrowser::search);
    auto later = [this] {
        if (!m_filling)
            m_debounce.start();
    };
    for (QComboBox *c : {m_server, m_outcome})
        connect(c, &QComboBox::currentIndexChanged, this, later);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, later] {
        applyPeriod();
        later();
    });
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, later);
    for (QLineEdit *e : {m_client, m_workflow, m_error}) {
        connect(e, &QLineEdit::textEdited, this, later);
        connect(e, &QLineEdit::returnPressed, this, &HistoryBrowser::search);
    }
    connect(searchBtn, &QPushButton::clicked, this, &HistoryBrowser::search);
    connect(m_prev, &QPushButton::clicked, this, &HistoryBrowser::previousPage);
    connect(m_next, &QPushButton::clicked, this, &HistoryBrowser::nextPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showJob(cur.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryBrowser::updateButtons);
    connect(m_copyError, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_errorText->toPlainText());
        setMessage(tr("The error text is on the clipboard."));
    });
    connect(m_openOutputs, &QPushButton::clicked, this, [this] {
        QString why;
        if (!openOutputs(currentJob(), &why))
            setMessage(why, true);
    });
    connect(m_queueAgain, &QPushButton::clicked, this, [this] {
        QString why;
        if (!queueAgain(currentJob(), &why))
            setMessage(why, true);
    });
    auto openInLightbox = [this](quint64 id) {
        if (!m_lightbox) {
            m_lightbox = new Lightbox(m_outputs, m_outputs, this);
            m_lightbox->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_lightbox->showItem(id);
        m_lightbox->show();
        m_lightbox->raise();
    };
    connect(m_outputView, &QAbstractItemView::activated, this,
            [this, openInLightbox](const QModelIndex &idx) {
                openInLightbox(idx.data(GalleryModel::IdRole).toULongLong());
            });
    connect(m_outputs, &GalleryModel::itemAdded, this, [this, openInLightbox](quint64 id) {
        if (m_openWhenFetched) {
            m_openWhenFetched = false;
            openInLightbox(id);
        }
    });

    refreshServers();
    applyPeriod();
    updateButtons();
    resize(1500, 860);
}

HistoryBrowser::~HistoryBrowser() = default;

void HistoryBrowser::refreshServers()
{
    const QString current = m_server->currentData().toString();
    QStringList names = m_store ? m_store->serverNames() : QStringList();
    if (m_fleet)
        for (FleetServer *s : m_fleet->servers())
            if (!names.contains(s->name()))
                names << s->name();
    names.sort(Qt::CaseInsensitive);
    const bool was = m_filling;
    m_filling = true;
    m_server->clear();
    m_server->addItem(tr("All servers"), QString());
    for (const QString &n : std::as_const(names))
        m_server->addItem(n, n);
    m_server->setCurrentIndex(qMax(0, m_server->findData(current)));
    m_filling = was;
}

void HistoryBrowser::applyPeriod()
{
    const bool custom = m_period->currentData().toInt() == CustomPeriod;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void HistoryBrowser::setQuery(const JobQuery &q)
{
    m_filling = true;
    refreshServers();
    const QString server = q.servers.value(0);
    if (!server.isEmpty() && m_server->findData(server) < 0)
        m_server->addItem(server, server);
    m_server->setCurrentIndex(qMax(0, m_server->findData(server)));
    int outcome = 0;
    for (int i = 0; i < m_outcome->count(); ++i)
        if (m_outcome->itemData(i).toStringList() == q.outcomes)
            outcome = i;
    m_outcome->setCurrentIndex(outcome);
    if (q.from.isValid() || q.to.isValid()) {
        m_period->setCurrentIndex(m_period->findData(CustomPeriod));
        m_from->setDateTime(q.from.isValid() ? q.from.toLocalTime()
                                             : QDateTime::currentDateTime().addYears(-10));
        m_to->setDateTime(q.to.isValid() ? q.to.toLocalTime()
                                         : QDateTime::currentDateTime().addDays(1));
    } else {
        m_period->setCurrentIndex(m_period->findData(AnyTime));
    }
    applyPeriod();
    m_client->setText(q.client);
    m_workflow->setText(q.workflow);
    m_error->setText(q.errorText);
    m_filling = false;
    search();
}

JobQuery HistoryBrowser::currentQuery() const
{
    JobQuery q;
    if (const QString s = m_server->currentData().toString(); !s.isEmpty())
        q.servers = {s};
    q.outcomes = m_outcome->currentData().toStringList();
    const auto period = Period(m_period->currentData().toInt());
    if (period == CustomPeriod) {
        q.from = m_from->dateTime().toUTC();
        q.to = m_to->dateTime().toUTC();
    } else if (const qint64 secs = periodSeconds(period)) {
        q.from = QDateTime::currentDateTimeUtc().addSecs(-secs);
    }
    q.client = m_client->text().trimmed();
    q.workflow = m_workflow->text().trimmed();
    q.errorText = m_error->text().trimmed();
    q.limit = m_pageSize;
    q.offset = m_page * m_pageSize;
    return q;
}

void HistoryBrowser::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void HistoryBrowser::search()
{
    m_debounce.stop();
    runQuery(0);
}

void HistoryBrowser::nextPage()
{
    if (m_total < 0 || qint64(m_page + 1) * m_pageSize >= m_total)
        return;
    runQuery(m_page + 1);
}

void HistoryBrowser::previousPage()
{
    if (m_page > 0)
        runQuery(m_page - 1);
}

void HistoryBrowser::runQuery(int page)
{
    if (!m_store) {
        setMessage(tr("No job database is open."), true);
        return;
    }
    m_page = page;
    const JobQuery q = currentQuery();
    const quint64 generation = ++m_generation;
    ++m_searching;
    m_count->setText(tr("Searching…"));
    updateButtons();
    // The search runs on a worker with its own read-only connection: a slow LIKE over a big
    // file never stalls the station. Only the newest search's answer is shown.
    auto *watcher = new QFutureWatcher<JobPage>(this);
    connect(watcher, &QFutureWatcher<JobPage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_searching;
        if (generation != m_generation) {
            updateButtons();
            return;
        }
        const JobPage result = watcher->result();
        if (!result.error.isEmpty())
            setMessage(tr("The search failed: %1").arg(result.error), true);
        m_model->setJobs(result.jobs);
        m_total = result.total;
        m_count->setText(countText());
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        else
            showJob(-1);
        updateButtons();
        Q_EMIT searchFinished(m_total);
    });
    watcher->setFuture(QtConcurrent::run(&JobStore::readPage, m_store->path(), q, true));
}

QString HistoryBrowser::countText() const
{
    if (m_total < 0)
        return {};
    if (m_total == 0)
        return tr("No job matches.");
    const qint64 first = qint64(m_page) * m_pageSize + 1;
    const qint64 last = first + m_model->rowCount() - 1;
    return tr("Jobs %1–%2 of %3")
        .arg(QLocale().toString(first), QLocale().toString(last), QLocale().toString(m_total));
}

QList<StoredJob> HistoryBrowser::selectedJobs() const
{
    QList<StoredJob> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        out << m_model->jobAt(i.row());
    return out;
}

StoredJob HistoryBrowser::currentJob() const
{
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() ? m_model->jobAt(cur.row()) : StoredJob();
}

void HistoryBrowser::setMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #d63a3a;"_s : QString());
}

QString HistoryBrowser::statusMessage() const
{
    return m_status->text();
}

void HistoryBrowser::setLocked(bool locked)
{
    m_locked = locked;
    updateButtons();
}

void HistoryBrowser::updateButtons()
{
    const StoredJob j = currentJob();
    const bool has = !j.promptId.isEmpty();
    m_prev->setEnabled(m_page > 0 && !isSearching());
    m_next->setEnabled(m_total >= 0 && qint64(m_page + 1) * m_pageSize < m_total && !isSearching());
    m_openOutputs->setEnabled(has && !j.outputs.isEmpty());
    m_queueAgain->setVisible(!m_locked);
    m_queueAgain->setEnabled(has && !m_locked && !j.workflowHash.isEmpty());
    m_queueAgain->setToolTip(has && j.workflowHash.isEmpty()
                                 ? tr("The workflow of this job is not known")
                                 : tr("Queue the stored workflow again on %1").arg(j.server));
    m_copyError->setEnabled(!j.errorText.isEmpty());
    m_export->setEnabled(m_total > 0);
}

QString HistoryBrowser::nodeLabel(const QJsonObject &workflow, const QString &nodeId) const
{
    const QJsonObject n = workflow.value(nodeId).toObject();
    QString name = n.value(u"_meta"_s).toObject().value(u"title"_s).toString();
    if (name.isEmpty())
        name = n.value(u"class_type"_s).toString();
    return name.isEmpty() ? nodeId : u"%1 · %2"_s.arg(nodeId, name);
}

void HistoryBrowser::showJob(int row)
{
    const StoredJob j = m_model->jobAt(row);
    m_nodes->setRowCount(0);
    m_errorText->clear();
    if (row < 0 || j.promptId.isEmpty()) {
        m_details->clear();
        updateButtons();
        return;
    }
    auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat)
                           : tr("unknown");
    };
    auto line = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString source = j.own       ? tr("queued by this station")
                     : j.relayed ? tr("another client's, followed live through the relay")
                                 : tr("another client's (from the server's history)");
    QString html = u"<table>"_s;
    html += line(tr("Prompt"), j.promptId);
    html += line(tr("Server"), j.server);
    html += line(tr("Outcome"), StoredJobsModel::outcomeLabel(j.outcome));
    html += line(tr("Workflow"), j.workflowHash.isEmpty()
                                     ? j.workflowName
                                     : u"%1 (%2)"_s.arg(j.workflowName, j.workflowHash));
    html += line(tr("Client"), j.clientId.isEmpty() ? tr("unknown") : j.clientId);
    html += line(tr("Source"), source);
    html += line(tr("Queued"), when(j.queuedAt));
    html += line(tr("Started"), when(j.startedAt));
    html += line(tr("Finished"), when(j.finishedAt));
    if (j.durationMs() >= 0)
        html += line(tr("Run time"), formatDuration(j.durationMs()));
    if (j.queuedAt.isValid() && j.startedAt.isValid())
        html += line(tr("Waited"), formatDuration(j.queuedAt.msecsTo(j.startedAt)));
    html += u"</table>"_s;
    m_details->setHtml(html);

    // Per-node times, longest first, named from the stored workflow when it is known.
    const QJsonObject wf = m_store && !j.workflowHash.isEmpty() ? m_store->workflow(j.workflowHash)
                                                                : QJsonObject();
    QList<QPair<QString, qint64>> nodes;
    qint64 sum = 0;
    for (auto it = j.nodeDurations.constBegin(); it != j.nodeDurations.constEnd(); ++it) {
        nodes.append({it.key(), it->toInteger()});
        sum += it->toInteger();
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    m_nodes->setRowCount(int(nodes.size()));
    for (int r = 0; r < nodes.size(); ++r) {
        m_nodes->setItem(r, 0, new QTableWidgetItem(nodeLabel(wf, nodes[r].first)));
        auto *t = new QTableWidgetItem(formatDuration(nodes[r].second));
        t->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_nodes->setItem(r, 1, t);
        auto *share = new QTableWidgetItem(
            sum > 0 ? QLocale().toString(100.0 * double(nodes[r].second) / double(sum), 'f', 0)
                          + u" %"_s
                    : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_nodes->setItem(r, 2, share);
    }
    if (nodes.isEmpty()) {
        m_nodes->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("Not recorded (the job was not followed live)"));
        none->setForeground(palette().color(QPalette::PlaceholderText));
        m_nodes->setItem(0, 0, none);
    }
    m_nodes->resizeColumnToContents(1);
    m_nodes->resizeColumnToContents(2);
    m_errorText->setPlainText(j.errorText);

    // Outputs: the names now; the images when asked for (Open Outputs).
    const QString key = j.server + u'\x1f' + j.promptId;
    if (key != m_outputsOf) {
        m_outputs->clear();
        m_outputsOf.clear();
        m_openWhenFetched = false;
    }
    QStringList names;
    for (const QJsonValue &v : j.outputs) {
        const QJsonObject o = v.toObject();
        const QString sub = o.value(u"subfolder"_s).toString();
        names << (sub.isEmpty() ? QString() : sub + u'/') + o.value(u"filename"_s).toString();
    }
    m_outputView->setToolTip(names.isEmpty() ? tr("No outputs") : names.join(u'\n'));
    m_openOutputs->setText(names.isEmpty() ? tr("No Outputs")
                                           : tr("Open O&utputs (%1)").arg(names.size()));
    updateButtons();
}

FleetServer *HistoryBrowser::serverNamed(const QString &name) const
{
    if (!m_fleet)
        return nullptr;
    for (FleetServer *s : m_fleet->servers())
        if (s->name() == name)
            return s;
    return nullptr;
}

bool HistoryBrowser::openOutputs(const StoredJob &job, QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (job.outputs.isEmpty()) {
        *why = tr("This job has no outputs.");
        return false;
    }
    FleetServer *s = serverNamed(job.server);
    if (!s) {
        *why = tr("%1 is no longer in the fleet: its outputs cannot be fetched.").arg(job.server);
        return false;
    }
    if (!s->isStarted() || !s->isUp()) {
        *why = tr("%1 is not reachable now: its outputs cannot be fetched.").arg(job.server);
        return false;
    }
    m_outputs->clear();
    m_outputsOf = job.server + u'\x1f' + job.promptId;
    m_openWhenFetched = true;
    m_fetchPending = int(job.outputs.size());
    m_fetched = 0;
    m_fetchFailed = 0;
    setMessage(tr("Fetching %n output(s) from %1…", nullptr, m_fetchPending).arg(job.server));
    const QString key = m_outputsOf;
    QStringList gone;
    for (const QJsonValue &v : job.outputs) {
        const ImageRef ref = ImageRef::fromJson(v.toObject());
        const QString node = v.toObject().value(u"node"_s).toString();
        DownloadReply *r = s->client()->download(ref);
        connect(r, &Reply::finished, this, [this, r, ref, node, key, server = job.server] {
            r->deleteLater();
            if (key != m_outputsOf)
                return; // another job was opened meanwhile
            --m_fetchPending;
            if (r->isOk()) {
                ++m_fetched;
                ImageFrame f = r->toImageFrame();
                f.nodeId = node;
                f.promptId = key.section(u'\x1f', 1);
                m_outputs->addFrame(f, server);
            } else {
                ++m_fetchFailed;
                m_lastFetchError = r->httpStatus() == 404
                                       ? tr("%1 is no longer on %2.").arg(ref.filename, server)
                                       : tr("%1 could not be fetched from %2: %3")
                                             .arg(ref.filename, server, r->errorString());
            }
            if (m_fetchPending == 0) {
                if (m_fetchFailed == 0)
                    setMessage(tr("%n output(s) fetched from %1.", nullptr, m_fetched).arg(server));
                else if (m_fetched == 0)
                    setMessage(m_fetchFailed == 1
                                   ? m_lastFetchError
                                   : tr("None of the %n output(s) is on %1 any more (%2)", nullptr,
                                        m_fetchFailed)
                                         .arg(server, m_lastFetchError),
                               true);
                else
                    setMessage(tr("%1 of %2 outputs fetched; %3")
                                   .arg(m_fetched)
                                   .arg(m_fetched + m_fetchFailed)
                                   .arg(m_lastFetchError),
                               true);
                Q_EMIT outputsFetched(m_fetched, m_fetchFailed);
            }
        });
    }
    return true;
}

bool HistoryBrowser::queueAgain(const StoredJob &job, QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (m_locked) {
        *why = tr("The station is locked: nothing can be queued.");
        return false;
    }
    if (job.promptId.isEmpty()) {
        *why = tr("Choose a job first.");
        return false;
    }
    const QJsonObject wf = m_store && !job.workflowHash.isEmpty()
                               ? m_store->workflow(job.workflowHash)
                               : QJsonObject();
    if (wf.isEmpty()) {
        *why = tr("The workflow of %1 is not stored; it cannot be queued again.")
                   .arg(shortId(job.promptId));
        return false;
    }
    FleetServer *s = serverNamed(job.server);
    if (!s) {
        *why = tr("%1 is no longer in the fleet.").arg(job.server);
        return false;
    }
    if (!s->isStarted() || !s->isUp()) {
        *why = tr("%1 is not reachable now.").arg(job.server);
        return false;
    }
    const QString name = job.workflowName.isEmpty() ? shortId(job.promptId) : job.workflowName;
    SubmitReply *r = s->session()->submit(wf, name);
    setMessage(tr("Queueing %1 on %2…").arg(name, job.server));
    connect(r, &Reply::finished, this, [this, r, name, server = job.server] {
        r->deleteLater();
        if (r->isOk()) {
            setMessage(tr("Queued %1 on %2 as %3").arg(name, server, r->promptId()));
            Q_EMIT queuedAgain(server, r->promptId());
        } else {
            setMessage(tr("%1 refused %2: %3").arg(server, name, r->errorString()), true);
        }
    });
    return true;
}

bool HistoryBrowser::exportJobs(const QString &path, bool allMatches, QString *error)
{
    QList<StoredJob> jobs;
    if (allMatches) {
        if (!m_store) {
            if (error)
                *error = tr("No job database is open.");
            return false;
        }
        JobQuery q = currentQuery();
        q.offset = 0;
        q.limit = kExportLimit;
        const JobPage page = JobStore::readPage(m_store->path(), q, false);
        if (!page.error.isEmpty()) {
            if (error)
                *error = page.error;
            return false;
        }
        jobs = page.jobs;
    } else {
        jobs = selectedJobs();
    }
    if (jobs.isEmpty()) {
        if (error)
            *error = tr("Nothing to export: no job is selected.");
        return false;
    }
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(json ? FleetExport::storedJobsJson(jobs) : FleetExport::storedJobsCsv(jobs));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    setMessage(tr("%n job(s) written to %1", nullptr, int(jobs.size()))
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryBrowser::exportDialog(bool allMatches)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, allMatches ? tr("Export All Matching Jobs") : tr("Export Selected Jobs"),
        u"jobs.csv"_s, tr("CSV (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(u"json"_s) ? u".json"_s : u".csv"_s;
    QString error;
    if (!exportJobs(file, allMatches, &error))
        setMessage(tr("Export failed: %1").arg(error), true);
}

} // namespace ComfyScope::App
