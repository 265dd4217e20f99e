#include "todayview.h"

#include "ownerloadview.h"
#include "todaymodel.h"
#include "todaysummary.h"

#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QGuiApplication>
#include <QMimeData>
#include <QToolButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace ft {

TodayView::TodayView(TodayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_showLoads(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_loads(new OwnerLoadView(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setAccessibleName(tr("Today review"));
    m_summary->setAccessibleName(tr("Today summary"));
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from typical contents, so that dates and labels are never cut; the title takes the rest
    // (fitColumns), but never less than a readable minimum: when the window is narrow the other
    // columns give way first, eliding their text.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto fit = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(TodayModel::ReferenceColumn, fit(QStringLiteral("INC0012345")));
    header->resizeSection(TodayModel::OwnerColumn, fit(QStringLiteral("Margaret Okafor")));
    header->resizeSection(TodayModel::PriorityColumn, fit(QStringLiteral("3 Moderate")));
    header->resizeSection(TodayModel::StatusColumn, fit(QStringLiteral("Waiting on vendor")));
    header->resizeSection(TodayModel::NextUpdateDueColumn, fit(QStringLiteral("Wed 30 Sep 10:00")));
    header->resizeSection(TodayModel::LastContactColumn, fit(QStringLiteral("Wed 30 Sep 10:00")));
    header->resizeSection(TodayModel::WaitingColumn, fit(QStringLiteral("12 d 23 h overdue")));
    header->setMinimumSectionSize(40);
    // The review answers "who is owed what": the last contact is in the panel and the Waiting column.
    header->hideSection(TodayModel::LastContactColumn);
    for (int c = 0; c < TodayModel::ColumnCount; ++c)
        m_preferred[c] = header->sectionSize(c);
    // A column the user widens or narrows keeps that width as its own from then on.
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && column != TodayModel::TitleColumn && column < TodayModel::ColumnCount && size > 0) {
            m_preferred[column] = size;
            m_userSized[column] = true;
        }
    });
    m_tree->viewport()->installEventFilter(this);

    // Header clicks order the rows within each section; the Waiting column is the review's own order.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        const FollowUpId id = currentId();
        m_model->sort(column, order);
        if (id)
            selectId(id);
    });

    // Narrowed to one owner or team: "what is on Ana's plate", or the lead's own team only.
    m_owner->setObjectName(QStringLiteral("todayOwnerFilter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_team->setObjectName(QStringLiteral("todayTeamFilter"));
    m_team->setAccessibleName(tr("Team filter"));
    for (QComboBox *combo : {m_owner, m_team}) {
        // As wide as the room allows, not as the longest name: down to about six characters.
        combo->setSizePolicy(QSizePolicy::Ignored, combo->sizePolicy().verticalPolicy());
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 6 + 32);
        combo->setMaximumWidth(combo->fontMetrics().averageCharWidth() * 28 + 32);
        connect(combo, &QComboBox::activated, this, &TodayView::narrow);
    }
    setChoices({}, {});
    m_showLoads->setObjectName(QStringLiteral("showOwnerLoads"));
    m_showLoads->setText(tr("Who is &drowning"));
    m_showLoads->setToolTip(tr("Overdue, due today and gone quiet per owner; click an owner to see only theirs"));
    m_showLoads->setCheckable(true);
    m_copy->setObjectName(QStringLiteral("copySummary"));
    m_copy->setText(tr("Cop&y summary"));
    m_copy->setToolTip(tr("Put today's review on the clipboard, for an e-mail or a chat"));
    connect(m_copy, &QToolButton::clicked, this, &TodayView::copySummary);
    m_loads->hide();
    m_loads->setMaximumHeight(m_loads->fontMetrics().height() * 9);
    connect(m_showLoads, &QToolButton::toggled, m_loads, &QWidget::setVisible);
    connect(m_loads, &OwnerLoadView::ownerChosen, this, &TodayView::chooseOwner);
    auto tools = new QHBoxLayout;
    tools->addWidget(m_owner, 1);
    tools->addWidget(m_team, 1);
    tools->addStretch(0);   // takes only what the filters, at their widest, leave
    tools->addWidget(m_showLoads);
    tools->addWidget(m_copy);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(m_loads);
    layout->addWidget(m_tree);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::layoutSections);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.parent().isValid())
                    m_position = {current.parent().row(), current.row()};
                emit currentChanged(m_model->idAt(current));
            });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const FollowUpId id = m_model->idAt(index))
            emit activated(id);
    });
    layoutSections();
}

void TodayView::setChoices(const QStringList &owners, const QStringList &teams)
{
    const auto fill = [](QComboBox *combo, const QString &everyone, const QStringList &values, const QString &keep) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(everyone, QString());
        for (const QString &v : values)
            combo->addItem(v, v);
        const int at = combo->findData(keep);
        if (at < 0 && !keep.isEmpty())
            combo->addItem(keep, keep);
        combo->setCurrentIndex(at >= 0 ? at : (keep.isEmpty() ? 0 : combo->count() - 1));
    };
    fill(m_owner, tr("Every owner"), owners, m_model->ownerFilter());
    fill(m_team, tr("Every team"), teams, m_model->teamFilter());
}

void TodayView::chooseOwner(const QString &owner)
{
    int at = m_owner->findData(owner);
    if (at < 0) {
        m_owner->addItem(owner, owner);
        at = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(at);
    narrow();
}

void TodayView::copySummary()
{
    const QString day = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const TodaySummary summary = TodaySummary::of(*m_model, day);
    auto mime = new QMimeData;
    mime->setText(summary.plain);
    mime->setHtml(summary.html);
    QGuiApplication::clipboard()->setMimeData(mime);
    emit summaryCopied();
}

void TodayView::narrow()
{
    const FollowUpId id = currentId();
    m_model->setOwnerAndTeam(m_owner->currentData().toString(), m_team->currentData().toString());
    if (id)
        selectId(id);
}

int TodayView::titleMinimumWidth() const
{
    // About 28 characters of a title, past the indentation of the section it sits in.
    return m_tree->indentation() + m_tree->fontMetrics().averageCharWidth() * 28;
}

namespace {

// The order in which columns give way when the window is narrow, least important first. The title,
// the promised time and how long the requester has waited never go: they are what the review is for.
constexpr std::array<int, 4> givingWay = {TodayModel::PriorityColumn, TodayModel::StatusColumn,
                                          TodayModel::ReferenceColumn, TodayModel::OwnerColumn};

} // namespace

void TodayView::fitContents()
{
    // Contents measured in the rows there are (the review lists hundreds at most), in whatever
    // language the texts come in; never more than about 40 characters, so that one long owner's
    // name does not take the title's room.
    const int ceiling = m_tree->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < TodayModel::ColumnCount; ++c) {
        if (c == TodayModel::TitleColumn || m_userSized[c])
            continue;
        const int content = std::min(ceiling, std::max(static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(c), m_tree->header()->sectionSizeHint(c)));
        m_preferred[c] = std::max(m_preferred[c], content);
    }
    fitColumns();
}

void TodayView::fitColumns()
{
    QHeaderView *header = m_tree->header();
    const int available = m_tree->viewport()->width();
    if (available <= 0)
        return;
    const int titleMinimum = titleMinimumWidth();
    const int floor = header->minimumSectionSize();
    m_fitting = true;
    // Columns hidden for want of room come back first; the ones the view or the user hid stay hidden.
    for (int c = 0; c < TodayModel::ColumnCount; ++c) {
        if (m_fitHidden[c]) {
            header->showSection(c);
            m_fitHidden[c] = false;
        }
    }
    const auto wantedOf = [&] {
        int wanted = 0;
        for (int c = 0; c < TodayModel::ColumnCount; ++c)
            if (c != TodayModel::TitleColumn && !header->isSectionHidden(c))
                wanted += m_preferred[c];
        return wanted;
    };
    // Too narrow for every column at its width and a readable title: the least important go, one
    // after the other, rather than every column eliding its text ("3 Mo…", "48 d ov…").
    for (int c : givingWay) {
        if (available - wantedOf() >= titleMinimum)
            break;
        if (header->isSectionHidden(c))
            continue;
        header->hideSection(c);
        m_fitHidden[c] = true;
    }
    QList<int> others;
    int wanted = 0;
    int floors = 0;
    for (int c = 0; c < TodayModel::ColumnCount; ++c) {
        if (c == TodayModel::TitleColumn || header->isSectionHidden(c))
            continue;
        others << c;
        wanted += m_preferred[c];
        floors += std::min(floor, m_preferred[c]);
    }
    // What is still missing, the columns left give up in proportion to what each can give.
    const int shortfall = std::max(0, titleMinimum - (available - wanted));
    const int giveable = wanted - floors;
    const double share = giveable > 0 ? std::min(1.0, double(shortfall) / giveable) : 0.0;
    int used = 0;
    for (int c : std::as_const(others)) {
        const int width = m_preferred[c] - int(std::ceil((m_preferred[c] - std::min(floor, m_preferred[c])) * share));
        header->resizeSection(c, width);
        used += width;
    }
    header->resizeSection(TodayModel::TitleColumn, std::max(titleMinimum, available - used));
    m_fitting = false;
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TodayView::layoutSections()
{
    for (int s = 0; s < TodayModel::SectionCount; ++s) {
        // Section titles carry their count and need the whole width.
        m_tree->setFirstColumnSpanned(s, {}, true);
        m_tree->expand(m_model->sectionIndex(TodayModel::Section(s)));
    }
    fitContents();
    m_loads->setLoads(m_model->ownerLoads(), m_model->ownerFilter());
    const auto n = [this](TodayModel::Section s) { return QLocale().toString(m_model->count(s)); };
    m_summary->setText(tr("<b>%1</b> overdue · <b>%2</b> due today · <b>%3</b> gone quiet · <b>%4</b> waiting to close · "
                          "%5 open in all")
                           .arg(n(TodayModel::Overdue), n(TodayModel::DueToday), n(TodayModel::GoneQuiet),
                                n(TodayModel::WaitingToClose), QLocale().toString(m_model->openCount())));
    // An empty review says why, so that it does not read as a broken one (e.g. after importing
    // only closed tickets, which feed the KPIs but leave nothing to follow up).
    qint64 listed = 0;
    for (int s = 0; s < TodayModel::SectionCount; ++s)
        listed += m_model->count(TodayModel::Section(s));
    if (listed == 0) {
        QString why;
        if (!m_model->ownerFilter().isEmpty() || !m_model->teamFilter().isEmpty())
            why = tr("Nothing for this owner or team today: choose “Every owner” and “Every team” to see everyone's.");
        else if (m_model->openCount() == 0)
            why = tr("No open follow-ups: everything in this store is resolved or closed. Imported closed tickets count in "
                     "the KPI charts and the report; new work appears here once it is open.");
        else
            why = tr("Nothing needs you today: no open follow-up is overdue, due today or gone quiet.");
        m_summary->setText(m_summary->text() + QStringLiteral("<br>") + why.toHtmlEscaped());
    }
}

void TodayView::selectFirst()
{
    for (int s = 0; s < TodayModel::SectionCount; ++s) {
        const QModelIndex section = m_model->sectionIndex(TodayModel::Section(s));
        if (m_model->rowCount(section) > 0) {
            m_tree->setCurrentIndex(m_model->index(0, 0, section));
            return;
        }
    }
}

FollowUpId TodayView::selectIdOrNext(FollowUpId id)
{
    if (m_model->indexOfId(id).isValid()) {
        selectId(id);
        return id;
    }
    const auto [section, row] = m_position;
    if (section < 0)
        return 0;
    for (int s = section; s < TodayModel::SectionCount; ++s) {
        const QModelIndex parent = m_model->sectionIndex(TodayModel::Section(s));
        const int rows = m_model->rowCount(parent);
        if (rows == 0)
            continue;
        const QModelIndex next = m_model->index(s == section ? std::min(row, rows - 1) : 0, 0, parent);
        m_tree->setCurrentIndex(next);
        m_tree->scrollTo(next);
        return m_model->idAt(next);
    }
    return 0;
}

FollowUpId TodayView::currentId() const { return m_model->idAt(m_tree->currentIndex()); }

void TodayView::selectId(FollowUpId id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearCurrentIndex();
        m_tree->clearSelection();
    }
}

void TodayView::refresh()
{
    const FollowUpId id = currentId();
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->refresh();
    // Still listed: selected again. Gone from the review (e.g. contacted): the window keeps showing
    // it in the panel all the same, so no currentChanged here.
    if (id)
        selectId(id);
}

QByteArray TodayView::saveHeader()
{
    // The state keeps the widths the columns would like, not the ones a narrow window squeezed
    // them to: restored in a wide window, those would read as the user's choice and stay cut.
    QHeaderView *header = m_tree->header();
    m_fitting = true;
    for (int c = 0; c < TodayModel::ColumnCount; ++c) {
        if (m_fitHidden[c])
            header->showSection(c);
        m_fitHidden[c] = false;
        if (c != TodayModel::TitleColumn)
            header->resizeSection(c, m_preferred[c]);
    }
    const QByteArray state = header->saveState();
    m_fitting = false;
    fitColumns();
    return state;
}
void TodayView::restoreHeader(const QByteArray &state)
{
    QHeaderView *header = m_tree->header();
    if (!header->restoreState(state))
        return;
    // A state saved by an older version may carry a stretching title: the widths are fitted here.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    for (int c = 0; c < TodayModel::ColumnCount; ++c) {
        m_fitHidden[c] = false;
        if (c != TodayModel::TitleColumn && header->sectionSize(c) > 0)
            m_preferred[c] = header->sectionSize(c);
    }
    fitColumns();
}

} // namespace ft
