// SPDX-License-Identifier: MIT
#include "historydialog.h"

#include "historymodel.h"
#include "common/imagedecoder.h"
#include "common/uiutil.h"

#include <comfyscope/client.h>
#include <comfyscope/fleet/jobstore.h>
#include <comfyscope/replies.h>

#include <QtCore/QFuture>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTextBrowser>
#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_model(new HistoryModel(this))
    , m_outputs(new HistoryOutputsModel(m_model, this))
    , m_view(new QTreeView)
    , m_outputView(new QListView)
    , m_details(new QTextBrowser)
    , m_status(new QLabel)
    , m_more(new QPushButton(tr("Load More")))
{
    setWindowTitle(tr("History"));
    setObjectName(u"historyDialog"_s);

    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    bar->addWidget(refresh);
    bar->addWidget(m_more);
    bar->addWidget(m_status, 1);
    m_search = new QLineEdit;
    m_search->setObjectName(u"historySearch"_s);
    m_search->setPlaceholderText(tr("Search prompt, status, date, client…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    bar->addWidget(m_search);
    l->addLayout(bar);

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(0);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(HistoryModel::SearchRole);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryDialog::setSearchText);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(HistoryModel::rowThumbnailSize());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The finished time fits whole (date and time); every title fits (keepHeadersReadable()).
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(
        HistoryModel::FinishedColumn,
        fontMetrics().horizontalAdvance(QLocale().toString(
            QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat))
            + fontMetrics().horizontalAdvance(u"MM"_s));
    m_view->setColumnWidth(HistoryModel::PromptColumn, 190);
    m_view->setColumnWidth(HistoryModel::StatusColumn, 110);
    m_view->setColumnWidth(HistoryModel::DurationColumn, 80);
    m_view->setColumnWidth(HistoryModel::OutputsColumn, 70);
    m_view->setColumnWidth(HistoryModel::SourceColumn, 110);
    keepHeadersReadable(m_view->header());

    m_outputView->setModel(m_outputs);
    m_outputView->setViewMode(QListView::IconMode);
    m_outputView->setIconSize(HistoryModel::outputThumbnailSize());
    m_outputView->setGridSize(QSize(150, 160));
    m_outputView->setResizeMode(QListView::Adjust);
    m_outputView->setMovement(QListView::Static);
    m_outputView->setUniformItemSizes(true);
    m_outputView->setWordWrap(true);
    m_outputView->setToolTip(tr("Double-click an output to open it in the viewer"));
    m_details->setMaximumHeight(110);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("Outputs")));
    rl->addWidget(m_outputView, 1);
    rl->addWidget(m_details);

    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    l->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_more, &QPushButton::clicked, this, &HistoryDialog::loadMore);
    connect(m_model, &HistoryModel::thumbnailRequested, this, &HistoryDialog::requestThumbnail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showEntry(m_filter->mapToSource(cur).row()); });
    connect(m_outputView, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        Q_EMIT openOutputRequested(m_outputs->refAt(idx.row()), m_outputs->promptId());
    });

    QSettings s;
    if (!restoreGeometry(s.value(u"history/geometry"_s).toByteArray()))
        resize(1000, 640);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(u"history/geometry"_s, saveGeometry());
    QDialog::closeEvent(event);
}

void HistoryDialog::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text.trimmed());
}

int HistoryDialog::visibleRows() const
{
    return m_filter->rowCount();
}

void HistoryDialog::setClient(Client *client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_model->setOwnClientId(client ? client->clientId() : QString());
    m_model->clear();
    m_outputs->setEntry({});
    m_thumbQueue.clear();
    m_window = 0;
}

void HistoryDialog::setJobStore(JobStore *store, const QString &serverName)
{
    if (store == m_store && serverName == m_storeServer)
        return;
    m_store = store;
    m_storeServer = serverName;
    m_model->clear();
    m_outputs->setEntry({});
    m_window = 0;
}

int HistoryDialog::mergeStored(int maxItems)
{
    if (!m_store || m_storeServer.isEmpty())
        return 0;
    // Written live jobs first (the writer batches), then the newest `maxItems` of the server.
    m_store->flush();
    JobQuery q;
    q.servers = {m_storeServer};
    q.limit = maxItems;
    m_model->mergeStored(m_store->query(q));
    int stored = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        stored += m_model->isStored(r) ? 1 : 0;
    return stored;
}

void HistoryDialog::refresh()
{
    fetch(qMax(m_window, m_pageSize));
}

void HistoryDialog::loadMore()
{
    fetch(m_window + m_pageSize);
}

void HistoryDialog::fetch(int maxItems)
{
    if (!m_client) {
        const int stored = mergeStored(maxItems);
        m_window = maxItems;
        m_status->setText(
            stored > 0 ? tr("Not connected: %n job(s) from the job database.", nullptr, stored)
                       : tr("Not connected."));
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
        Q_EMIT loaded(m_model->rowCount());
        return;
    }
    if (m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Loading…"));
    m_more->setEnabled(false);
    // /history?max_items=N returns the newest N; asking for a bigger window pages back.
    HistoryReply *r = m_client->fetchHistory(maxItems);
    connect(r, &Reply::finished, this, [this, r, maxItems] {
        m_loading = false;
        if (!r->isOk()) {
            const int stored = mergeStored(maxItems);
            m_status->setText(
                tr("Could not load the history: %1").arg(r->errorString())
                + (stored > 0 ? u" "_s + tr("%n job(s) from the job database.", nullptr, stored)
                              : QString()));
            m_more->setEnabled(true);
            Q_EMIT loaded(m_model->rowCount());
            return;
        }
        const QList<HistoryEntry> entries = r->entries();
        m_window = maxItems;
        m_model->mergeEntries(entries);
        const int stored = mergeStored(maxItems);
        const bool more = entries.size() >= maxItems || stored >= maxItems;
        m_more->setEnabled(more);
        QString text =
            more ? tr("Jobs shown: %1 (Load More for older ones)").arg(m_model->rowCount())
                 : tr("All jobs shown: %1").arg(m_model->rowCount());
        if (stored > 0)
            text += u" · "_s + tr("%n from the job database", nullptr, stored);
        m_status->setText(text);
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
        Q_EMIT loaded(m_model->rowCount());
    });
}

void HistoryDialog::requestThumbnail(const ImageRef &ref)
{
    m_thumbQueue.enqueue(ref);
    pumpThumbnails();
}

void HistoryDialog::pumpThumbnails()
{
    while (m_client && m_thumbsInFlight < 4 && !m_thumbQueue.isEmpty()) {
        const ImageRef ref = m_thumbQueue.dequeue();
        ++m_thumbsInFlight;
        DownloadReply *r = m_client->download(ref);
        connect(r, &Reply::finished, this, [this, r, ref] {
            --m_thumbsInFlight;
            if (!r->isOk()) {
                m_model->setThumbnailFailed(ref);
                pumpThumbnails();
                return;
            }
            DecodeLimits limits;
            limits.wantFullImage = false;
            limits.thumbnailSize = QSize(128, 128);
            ImageDecodeService::instance().decode(r->data(), limits, this,
                                                  [this, ref](const DecodeResult &d) {
                                                      if (d.ok)
                                                          m_model->setThumbnail(ref, d.thumbnail);
                                                      else
                                                          m_model->setThumbnailFailed(ref);
                                                  });
            pumpThumbnails();
        });
    }
}

void HistoryDialog::showEntry(int row)
{
    if (row < 0) {
        m_outputs->setEntry({});
        m_details->clear();
        return;
    }
    const HistoryEntry e = m_model->entryAt(row);
    m_outputs->setEntry(e);
    QString html = u"<b>"_s + tr("Prompt %1").arg(e.promptId).toHtmlEscaped() + u"</b><br>"_s;
    html += tr("Status: %1").arg(HistoryModel::outcomeLabel(e.outcome())).toHtmlEscaped();
    if (!e.prompt.clientId().isEmpty())
        html += u"<br>"_s + tr("Client: %1").arg(e.prompt.clientId()).toHtmlEscaped();
    const QStringList cached = e.cachedNodes();
    if (!cached.isEmpty())
        html += u"<br>"_s + tr("Cached nodes: %1").arg(cached.join(u", "_s)).toHtmlEscaped();
    if (m_model->isStored(row))
        html += u"<br>"_s + tr("From the job database (an earlier run)").toHtmlEscaped();
    if (const auto err = e.error())
        html += u"<br><span style='color:#d63a3a'>"_s
                + (err->nodeId.isEmpty()
                       ? tr("Error: %1").arg(err->exceptionMessage.trimmed())
                       : tr("Error in node %1 (%2): %3")
                             .arg(err->nodeId, err->nodeType, err->exceptionMessage.trimmed()))
                      .toHtmlEscaped()
                + u"</span>"_s;
    m_details->setHtml(html);
}

} // namespace ComfyScope::App
