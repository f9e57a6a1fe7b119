// SPDX-License-Identifier: MIT
// StationWindow: the dense table beside the tiles and the tile size (View menu).
#include "stationwindow.h"

#include "fleettablemodel.h"
#include "fleettiledelegate.h"
#include "tilegridview.h"
#include "common/connectionindicator.h"
#include "viewer/progressdelegate.h"

#include <comfyscope/fleet/fleetmodel.h>

#include <QtCore/QEvent>
#include <QtGui/QActionGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>

using namespace Qt::StringLiterals;

namespace ComfyScope::App {

namespace {
/// Keeps a table's column widths in step with its font (a larger font, wider columns).
class FontWatcher : public QObject
{
public:
    FontWatcher(QWidget *watched, std::function<void()> onChange)
        : QObject(watched)
        , m_onChange(std::move(onChange))
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::FontChange)
            m_onChange();
        return false;
    }

private:
    std::function<void()> m_onChange;
};
} // namespace

void StationWindow::createDenseView()
{
    m_tableModel = new FleetTableModel(m_fleet, this);
    m_tableSort = new FleetTableSortModel(this);
    m_tableSort->setSourceModel(m_tableModel);
    m_table = new QTableView;
    m_table->setObjectName(u"fleetTable"_s);
    m_table->setAccessibleName(tr("Servers"));
    m_table->setModel(m_tableSort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::StateColumn, Qt::DescendingOrder); // needs attention
    m_tableSort->setDynamicSortFilter(false); // until the table is shown (setTableView())
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int c : {int(FleetTableModel::ProgressColumn), int(FleetTableModel::VramColumn),
                  int(FleetTableModel::RamColumn)})
        m_table->setItemDelegateForColumn(
            c, new ProgressDelegate(FleetTableModel::ProgressRole, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(FleetTableModel::JobColumn,
                                                      QHeaderView::Stretch);
    new FontWatcher(m_table, [this] { sizeTableColumns(); });
    sizeTableColumns();
    connect(m_table, &QWidget::customContextMenuRequested, this, &StationWindow::showTileMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this] { openInViewer(currentServer()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    m_views->addWidget(m_table);

    m_tableAct = new QAction(tr("Dense &Table"), this);
    m_tableAct->setCheckable(true);
    m_tableAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_tableAct->setToolTip(tr("Every server as one row: state, queue, running job, VRAM, alerts"));
    connect(m_tableAct, &QAction::toggled, this, &StationWindow::setTableView);
    m_sizeGroup = new QActionGroup(this);
    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    QMenu *sizes = new QMenu(tr("Tile &Size"), this);
    const QList<std::pair<FleetTileDelegate::TileSize, QString>> entries = {
        {FleetTileDelegate::TileSize::Small, tr("&Small (dense)")},
        {FleetTileDelegate::TileSize::Medium, tr("&Medium")},
        {FleetTileDelegate::TileSize::Large, tr("&Large (with preview)")}};
    for (const auto &[size, text] : entries) {
        QAction *a = sizes->addAction(text);
        a->setCheckable(true);
        a->setData(int(size));
        m_sizeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, size] { setTileSize(size); });
    }
    if (view) {
        QAction *first = view->actions().value(0);
        view->insertAction(first, m_tableAct);
        view->insertMenu(first, sizes);
        view->insertSeparator(first);
    }
    if (auto *tb = findChild<QToolBar *>(u"stationToolBar"_s)) {
        tb->addSeparator();
        tb->addAction(m_tableAct);
    }
}

void StationWindow::sizeTableColumns()
{
    // From the font, not from the rows: measuring 200 changing rows each second costs.
    const QFontMetrics fm(m_table->font());
    const int pad = fm.averageCharWidth() * 3;
    auto width = [&](int column, const QString &sample) {
        const QString header =
            m_tableModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(
            column,
            qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(header) + fm.height()) + pad);
    };
    width(FleetTableModel::ServerColumn, u"gpu-server-000"_s + u"MM"_s);
    width(FleetTableModel::StateColumn,
          FleetTileDelegate::tr("%1 for %2")
              .arg(connectionStateLabel(Client::State::Reconnecting), u"59 min 59 s"_s));
    width(FleetTableModel::QueueColumn, u"999"_s);
    width(FleetTableModel::ProgressColumn, u"100 %"_s + u"MMMMMM"_s);
    width(FleetTableModel::StepColumn, u"999/999"_s);
    width(FleetTableModel::EtaColumn, u"59 min 59 s"_s);
    width(FleetTableModel::VramColumn, u"100 %"_s + u"MMMM"_s);
    width(FleetTableModel::RamColumn, u"100 %"_s + u"MMMM"_s);
    width(FleetTableModel::AlertsColumn, u"99"_s);
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + qMax(4, fm.height() / 3));
}

void StationWindow::setTableView(bool on)
{
    m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_table) : m_tiles);
    // The table's rows move with their values only while it is shown: re-sorting 200 rows on
    // every refresh of a hidden table took 6.5 % of the GUI thread at 200 servers. Shown again,
    // it sorts once, with the values of now.
    if (m_tableSort->dynamicSortFilter() != on) {
        m_tableSort->setDynamicSortFilter(on);
        if (on)
            m_tableSort->sort(m_tableSort->sortColumn(), m_tableSort->sortOrder());
    }
    if (m_tableAct->isChecked() != on) {
        const QSignalBlocker block(m_tableAct);
        m_tableAct->setChecked(on);
    }
    // The sort box orders the tiles; the table sorts by its header.
    m_sortBox->setEnabled(!on);
    if (m_settings.tableView != on) {
        m_settings.tableView = on;
        m_settings.save();
    }
    updateActions();
}

void StationWindow::setTileSize(FleetTileDelegate::TileSize size)
{
    for (QAction *a : m_sizeGroup->actions())
        a->setChecked(a->data().toInt() == int(size));
    m_delegate->setTileSize(size);
    m_tiles->relayout();
    if (m_settings.tileSize != int(size)) {
        m_settings.tileSize = int(size);
        m_settings.save();
    }
}

FleetTileDelegate::TileSize StationWindow::tileSize() const
{
    return m_delegate->tileSizeMode();
}

} // namespace ComfyScope::App
