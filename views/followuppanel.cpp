#include "followuppanel.h"

#include "desktop/accessibility.h"
#include "displayformat.h"
#include "formhelpers.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ft {

FollowUpPanel::FollowUpPanel(TimelineModel *timeline, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_zone(zone)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_conflict(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_kind(form::kindCombo(this))
    , m_priority(form::priorityCombo(this))
    , m_requester(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_owner(form::textChoiceCombo({}, this))
    , m_team(form::textChoiceCombo({}, this))
    , m_category(form::textChoiceCombo({}, this))
    , m_sla(form::slaCombo(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save &changes"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_details(new QWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timelineView(new TimelineView(timeline, this))
{
    setObjectName(QStringLiteral("followUpPanel"));
    m_heading->setObjectName(QStringLiteral("panelHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_heading->setFont(big);
    m_facts->setObjectName(QStringLiteral("panelFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_reference->setObjectName(QStringLiteral("panelReference"));
    m_kind->setObjectName(QStringLiteral("panelKind"));
    m_priority->setObjectName(QStringLiteral("panelPriority"));
    m_requester->setObjectName(QStringLiteral("panelRequester"));
    m_contact->setObjectName(QStringLiteral("panelContact"));
    m_owner->setObjectName(QStringLiteral("panelOwner"));
    m_team->setObjectName(QStringLiteral("panelTeam"));
    m_category->setObjectName(QStringLiteral("panelCategory"));
    m_sla->setObjectName(QStringLiteral("panelSla"));
    m_notes->setObjectName(QStringLiteral("panelNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_conflict->setObjectName(QStringLiteral("panelConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setTextFormat(Qt::PlainText);   // it names who saved: a name, never markup
    m_conflict->setStyleSheet(QStringLiteral("color: %1").arg(display::alertColor().name()));
    m_conflict->hide();
    m_save->setObjectName(QStringLiteral("panelSave"));
    m_revert->setObjectName(QStringLiteral("panelRevert"));
    m_details->setObjectName(QStringLiteral("panelDetails"));
    m_splitter->setObjectName(QStringLiteral("panelSplitter"));

    // Two columns of fields: who and what on the left, how it is classified on the right; one column
    // when the panel is narrow (layoutFields), so that the panel never widens the window.
    m_fields = new QGridLayout;
    const auto row = [this](const QString &label, QWidget *field) {
        auto l = new QLabel(label, m_details);
        l->setBuddy(field);
        m_fieldRows.append({l, field});
    };
    // Mnemonics chosen to stay clear of the menus' (File, Edit, Follow-up, View, Tools, Help).
    row(tr("T&itle:"), m_title);
    row(tr("Re&quester:"), m_requester);
    row(tr("Cont&act:"), m_contact);
    row(tr("O&wner:"), m_owner);
    row(tr("Tea&m:"), m_team);
    row(tr("Refere&nce:"), m_reference);
    row(tr("&Kind:"), m_kind);
    row(tr("&Priority:"), m_priority);
    row(tr("Cate&gory:"), m_category);
    row(tr("S&LA:"), m_sla);
    row(tr("Note&s:"), m_notes);
    // Combo boxes as wide as the room they get, not as their longest item.
    for (QComboBox *combo : {m_kind, m_priority, m_owner, m_team, m_category, m_sla}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    layoutFields(2);

    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addWidget(m_conflict);
    detailsLayout->addLayout(m_fields);
    detailsLayout->addLayout(buttons);

    auto timelineBox = new QGroupBox(tr("Timeline"), this);
    timelineBox->setObjectName(QStringLiteral("timelineBox"));
    auto timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(4, 4, 4, 4);
    timelineLayout->addWidget(m_timelineView);

    m_splitter->addWidget(m_details);
    m_splitter->addWidget(timelineBox);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    for (QLineEdit *edit : {m_title, m_reference, m_requester, m_contact})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_kind, m_priority, m_sla})
        connect(combo, &QComboBox::activated, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_owner, m_team, m_category})
        connect(combo, &QComboBox::editTextChanged, this, [this] {
            if (!m_filling)
                setDirty(true);
        });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit saveRequested(edited());
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_shown)
            fill(*m_shown);
    });
    // Down the left column, then the right one, then notes and the buttons: the order the eye reads.
    QWidget *order[] = {m_title, m_requester, m_contact, m_owner, m_team, m_reference, m_kind,
                        m_priority, m_category, m_sla, m_notes, m_revert, m_save, m_timelineView};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_facts->setAccessibleName(tr("Follow-up facts"));
    m_heading->setAccessibleName(tr("Follow-up"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    a11y::nameFieldsFromLabels(this);
    showFollowUp(std::nullopt);
}

void FollowUpPanel::layoutFields(int columns)
{
    if (columns == m_fieldColumns)
        return;
    m_fieldColumns = columns;
    for (const auto &[label, field] : std::as_const(m_fieldRows)) {
        m_fields->removeWidget(label);
        m_fields->removeWidget(field);
    }
    const qsizetype notes = m_fieldRows.size() - 1;
    const qsizetype perColumn = columns == 2 ? (notes + 1) / 2 : notes;
    for (qsizetype i = 0; i < notes; ++i) {
        const int r = int(i % perColumn);
        const int c = int(i / perColumn);
        m_fields->addWidget(m_fieldRows[i].first, r, c * 2, Qt::AlignRight);
        m_fields->addWidget(m_fieldRows[i].second, r, c * 2 + 1);
    }
    m_fields->addWidget(m_fieldRows[notes].first, int(perColumn), 0, Qt::AlignRight | Qt::AlignTop);
    m_fields->addWidget(m_fieldRows[notes].second, int(perColumn), 1, 1, columns == 2 ? 3 : 1);
    m_fields->setColumnStretch(1, 3);
    m_fields->setColumnStretch(3, columns == 2 ? 2 : 0);
}

void FollowUpPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Two columns need room for two labels and two fields of about 16 characters each.
    const int twoColumns = fontMetrics().averageCharWidth() * 64;
    layoutFields(width() >= twoColumns ? 2 : 1);
}

void FollowUpPanel::setChecklist(QWidget *checklist)
{
    auto scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checklistScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // the items wrap instead
    scroll->setWidget(checklist);
    m_checklist = scroll;
    m_splitter->insertWidget(1, scroll);
    m_splitter->setStretchFactor(1, 0);
}

void FollowUpPanel::fitChecklist()
{
    if (!m_checklist || !m_checklist->widget())
        return;
    // The details as tall as they need, the checklist as tall as its items (up to half of what is
    // left), the timeline the rest: no empty space above a timeline cut to three rows.
    const QList<int> sizes = m_splitter->sizes();
    int total = 0;
    for (int size : sizes)
        total += size;
    if (total <= 0 || sizes.size() < 3)
        return;
    const int details = std::min(m_details->sizeHint().height(), total / 2);
    QWidget *content = m_checklist->widget();
    const int wanted = content->heightForWidth(m_checklist->viewport()->width());
    const int checklist = std::min(std::max(wanted > 0 ? wanted : content->sizeHint().height(), 40), (total - details) / 2);
    m_splitter->setSizes({details, checklist, total - details - checklist});
}

void FollowUpPanel::focusFirstField() { m_title->setFocus(Qt::ShortcutFocusReason); }

void FollowUpPanel::setChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories)
{
    m_filling = true;
    const auto reset = [](QComboBox *combo, const QStringList &values) {
        const QString text = combo->currentText();
        combo->clear();
        combo->addItem(QString());
        combo->addItems(values);
        combo->setEditText(text);
    };
    reset(m_owner, owners);
    reset(m_team, teams);
    reset(m_category, categories);
    m_filling = false;
}

void FollowUpPanel::showFollowUp(const std::optional<FollowUp> &f)
{
    const bool same = f && m_shown && f->id == m_shown->id;
    const bool keepEdits = same && m_dirty;
    m_shown = f;
    setEnabled(f.has_value());
    if (!f) {
        m_heading->setText(tr("No follow-up selected"));
        m_facts->setText(tr("Pick a follow-up in the Today review or the list to see it here."));
        FollowUp blank;
        fill(blank);
        return;
    }
    if (!keepEdits)
        fill(*f);
    else if (m_editBase && !m_editBase->sameEditableFields(*f)) {
        // The edits stay; saving them will be refused (FollowUpService::edit), with Reload offered.
        m_conflict->setText(tr("%1 saved this follow-up in another window or program while you were editing it. "
                               "Saving will not write over that change: revert to see the saved values.")
                                .arg(f->changedBy.isEmpty() ? tr("Someone") : f->changedBy));
        m_conflict->show();
    }
}

void FollowUpPanel::fill(const FollowUp &f)
{
    m_filling = true;
    const Timestamp now = QDateTime::currentSecsSinceEpoch();
    if (m_shown) {
        m_heading->setText(f.reference.isEmpty() ? f.title : tr("%1 · %2").arg(f.reference, f.title));
        // Non-breaking spaces keep each date on one line when the facts wrap.
        const auto time = [&](const std::optional<Timestamp> &t) {
            return t ? display::dateTime(*t, m_zone, now).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
                     : tr("—");
        };
        QString due = time(f.nextUpdateDue);
        if (f.isOpen() && f.nextUpdateDue && *f.nextUpdateDue < now)
            due = tr("<span style='color:%3'><b>%1 (%2&nbsp;overdue)</b></span>")
                      .arg(due, display::duration(now - *f.nextUpdateDue).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                           display::alertColor().name());
        // Two columns of facts: where the work stands on the left, its history on the right.
        QList<std::pair<QString, QString>> left{
            {tr("Status"), statusLabel(f.status).toHtmlEscaped()},
            {tr("Update due"), due},
            {tr("Last contact"), time(f.lastContactAt)},
        };
        QList<std::pair<QString, QString>> right{
            {tr("Opened"), time(f.openedAt)},
            {tr("First response"), time(f.firstResponseAt)},
            {tr("Callbacks"), QString::number(f.reopenCount)},
        };
        if (f.resolvedAt)
            left.append({tr("Resolved"), time(f.resolvedAt)});
        if (f.closedAt)
            right.append({tr("Closed"), time(f.closedAt)});
        if (f.satisfaction)
            left.append({tr("Satisfaction"), tr("%1 of 5").arg(*f.satisfaction)});
        // The facts flow like words, each kept whole, so that a narrow panel wraps them instead of
        // growing the window: where the work stands first, then its history.
        QStringList facts;
        const QString muted = display::mutedColor().name();   // a fixed grey vanishes on a dark background
        for (const auto &[label, value] : left + right)
            facts << QStringLiteral("<span style='white-space:nowrap'><span style='color:%3'>%1:</span>&nbsp;%2</span>")
                         .arg(label.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")), value, muted);
        const QString html = facts.join(QStringLiteral(" &nbsp;· "));
        m_facts->setText(html);
    }
    m_title->setText(f.title);
    m_reference->setText(f.reference);
    form::selectData(m_kind, int(f.kind));
    form::selectData(m_priority, int(f.priority));
    m_requester->setText(f.requester);
    m_contact->setText(f.requesterContact);
    m_owner->setEditText(f.owner);
    m_team->setEditText(f.team);
    m_category->setEditText(f.category);
    form::selectData(m_sla, int(f.slaMet));
    m_notes->setPlainText(f.notes);
    // Show the start of long values, not their end.
    for (QLineEdit *edit : {m_title, m_reference, m_requester, m_contact})
        edit->setCursorPosition(0);
    m_filling = false;
    setDirty(false);
    m_editBase = m_shown ? std::optional<FollowUp>(f) : std::nullopt;
    m_conflict->hide();
}

void FollowUpPanel::setDirty(bool dirty)
{
    if (m_filling)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

FollowUp FollowUpPanel::edited() const
{
    FollowUp f = m_shown.value_or(FollowUp{});
    f.title = m_title->text().trimmed();
    f.reference = m_reference->text().trimmed();
    f.kind = Kind(m_kind->currentData().toInt());
    f.priority = Priority(m_priority->currentData().toInt());
    f.requester = m_requester->text().trimmed();
    f.requesterContact = m_contact->text().trimmed();
    f.owner = m_owner->currentText().trimmed();
    f.team = m_team->currentText().trimmed();
    f.category = m_category->currentText().trimmed();
    f.slaMet = SlaMet(m_sla->currentData().toInt());
    f.notes = m_notes->toPlainText();
    return f;
}

} // namespace ft
