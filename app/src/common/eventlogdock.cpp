// SPDX-License-Identifier: MIT
#include "eventlogdock.h"

#include "eventlogmodel.h"

#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

EventLogDock::EventLogDock(EventLogModel *model, QWidget *parent)
    : QDockWidget(tr("Event Log"), parent)
    , m_model(model)
    , m_filter(new EventLogFilterModel(this))
    , m_view(new QTableView)
{
    setObjectName(u"eventLogDock"_s);
    m_filter->setSourceModel(model);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    auto *search = new QLineEdit;
    search->setPlaceholderText(tr("Filter events"));
    search->setClearButtonEnabled(true);
    auto *level = new QComboBox;
    level->addItem(tr("All events"), int(EventLogModel::Level::Info));
    level->addItem(tr("Warnings and errors"), int(EventLogModel::Level::Warning));
    level->addItem(tr("Errors only"), int(EventLogModel::Level::Error));
    auto *copy = new QToolButton;
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected events (or all shown) to the clipboard"));
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    bar->addWidget(search, 1);
    bar->addWidget(level);
    bar->addWidget(copy);
    bar->addWidget(clear);
    layout->addLayout(bar);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(EventLogModel::LevelColumn,
                           m_view->fontMetrics().horizontalAdvance(u"Warning"_s) + 40);
    m_view->setColumnWidth(EventLogModel::SourceColumn, 110);
    // The station's combined log says which server; the viewer's has only one.
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::ServerColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnHidden(EventLogModel::ServerColumn, !model->hasServers());
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("&Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    layout->addWidget(m_view);
    setWidget(body);

    connect(search, &QLineEdit::textChanged, m_filter, &EventLogFilterModel::setText);
    connect(level, &QComboBox::currentIndexChanged, this, [this, level] {
        m_filter->setMinimumLevel(EventLogModel::Level(level->currentData().toInt()));
    });
    connect(copy, &QToolButton::clicked, this, &EventLogDock::copySelection);
    connect(copyAction, &QAction::triggered, this, &EventLogDock::copySelection);
    connect(clear, &QToolButton::clicked, model, &EventLogModel::clear);

    // Follow new events while the view is scrolled to the bottom.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *sb = m_view->verticalScrollBar();
        m_view->setProperty("follow", sb->value() >= sb->maximum() - 2);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->hasServers() && m_view->isColumnHidden(EventLogModel::ServerColumn))
            m_view->setColumnHidden(EventLogModel::ServerColumn, false);
        if (m_view->property("follow").toBool())
            m_view->scrollToBottom();
    });
}

void EventLogDock::copySelection()
{
    QList<int> rows;
    const QModelIndexList sel = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : sel)
        rows.append(i.row());
    if (rows.isEmpty())
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        lines << EventLogModel::toText(
            m_model->entry(m_filter->mapToSource(m_filter->index(r, 0)).row()));
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace ComfyScope::App
