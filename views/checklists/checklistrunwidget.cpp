#include "checklistrunwidget.h"
#include "domain/dateformats.h"

#include "checklist/checklistservice.h"

#include <QCheckBox>
#include <QEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ft {

ChecklistRunWidget::ChecklistRunWidget(ChecklistService &service, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("checklistRunWidget"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);

    auto header = new QHBoxLayout;
    auto title = new QLabel(tr("<b>Closure checklist</b>"), this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addChecklistButton"));
    m_add->setText(tr("Add checklist"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(new QMenu(m_add));
    m_add->menu()->setObjectName(QStringLiteral("addChecklistMenu"));
    header->addWidget(title);
    header->addWidget(m_progress);
    header->addStretch();
    header->addWidget(m_add);
    m_layout->addLayout(header);
    rebuild();
}

void ChecklistRunWidget::showFollowUp(const std::optional<FollowUp> &f)
{
    m_shown = f;
    rebuild();
}

QString ChecklistRunWidget::progressText() const { return m_progress->text(); }

QString ChecklistRunWidget::when(Timestamp t) const
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t, m_zone), dateformat::dayMonthYearCommaTime());
}

bool ChecklistRunWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QCheckBox *box = m_boxOfLabel.value(watched); box && box->isEnabled()) {
            box->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistRunWidget::toggle(qint64 runItemId, bool checked, const QString &note)
{
    auto result = checked ? m_service.check(runItemId, note) : m_service.uncheck(runItemId);
    if (!result) {
        emit failed(result.error());
        rebuild();   // put the box back as the store has it
        return;
    }
    emit changed(result.value());
    rebuild();
}

void ChecklistRunWidget::rebuild()
{
    delete m_runs;
    m_runs = new QWidget(this);
    m_runs->setObjectName(QStringLiteral("checklistRuns"));
    auto grid = new QGridLayout(m_runs);
    grid->setContentsMargins(0, 0, 0, 0);
    // The item's words and the note or who/when share the width, the words a little more.
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    m_boxOfLabel.clear();
    m_layout->addWidget(m_runs);
    m_add->menu()->clear();
    m_progress->clear();
    setEnabled(m_shown.has_value());
    if (!m_shown)
        return;

    const bool editable = m_shown->status != Status::Closed;
    auto runs = m_service.runs(m_shown->id);
    if (!runs) {
        auto error = new QLabel(runs.error().message, m_runs);
        error->setWordWrap(true);
        grid->addWidget(error, 0, 0);
        return;
    }
    const ChecklistProgress progress = progressOf(runs.value());
    m_progress->setText(runs->isEmpty() ? tr("none") : tr("%1 checked").arg(progress.text()));

    const int rowHeight = QLineEdit().sizeHint().height();
    int row = 0;
    for (const ChecklistRun &run : runs.value()) {
        auto name = new QLabel(tr("<i>%1</i> — %2").arg(run.templateName.toHtmlEscaped(), progressOf(run).text()), m_runs);
        name->setObjectName(QStringLiteral("checklistRun_%1").arg(run.id));
        grid->addWidget(name, row++, 0, 1, 3);
        // An override belongs to the closure it let through: once the work is reopened it no longer
        // applies (the timeline keeps it), so it is shown only while the follow-up is resolved or closed.
        if (run.overriddenAt && !m_shown->isOpen()) {
            auto overridden = new QLabel(tr("Overridden by %1 on %2: “%3”")
                                             .arg(run.overrideBy.toHtmlEscaped(), when(*run.overriddenAt),
                                                  run.overrideReason.toHtmlEscaped()),
                                         m_runs);
            overridden->setObjectName(QStringLiteral("checklistOverride_%1").arg(run.id));
            overridden->setWordWrap(true);
            overridden->setStyleSheet(QStringLiteral("color: #9a3412;"));
            grid->addWidget(overridden, row++, 0, 1, 3);
        }
        for (const ChecklistRunItem &item : run.items) {
            // The box carries no text: its words are a label beside it that wraps in a narrow panel
            // (a check box's own text never wraps, and would set the panel's least width).
            const QString itemText = item.required ? tr("%1 (required)").arg(item.text) : tr("%1 (advisory)").arg(item.text);
            auto box = new QCheckBox(m_runs);
            box->setObjectName(QStringLiteral("checklistItem_%1").arg(item.id));
            box->setAccessibleName(itemText);
            auto words = new QLabel(itemText, m_runs);
            words->setObjectName(QStringLiteral("checklistText_%1").arg(item.id));
            words->setWordWrap(true);
            words->setEnabled(editable);
            words->installEventFilter(this);   // a click on the words ticks the box, as on a box's own text
            m_boxOfLabel.insert(words, box);
            box->setChecked(item.isChecked());
            box->setEnabled(editable);
            box->setToolTip(item.required ? tr("Required: resolving is refused while this is unchecked.")
                                          : tr("Advisory: resolving warns while this is unchecked."));
            // Each item keeps one row of one height, checked or not: the note field and the "who, when"
            // line share a cell, so that ticking an item never moves the ones below under the pointer.
            QWidget *side = nullptr;
            if (item.isChecked()) {
                QString who = tr("%1, %2").arg(item.checkedBy, when(*item.checkedAt));
                if (!item.note.isEmpty())
                    who += tr(" — %1").arg(item.note);
                auto detail = new QLabel(who, m_runs);
                detail->setObjectName(QStringLiteral("checklistDetail_%1").arg(item.id));
                detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
                detail->setToolTip(who);
                detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
                side = detail;
                connect(box, &QCheckBox::toggled, this, [this, id = item.id](bool on) {
                    QMetaObject::invokeMethod(this, [this, id, on] { toggle(id, on, {}); }, Qt::QueuedConnection);
                });
            } else {
                auto note = new QLineEdit(m_runs);
                note->setObjectName(QStringLiteral("checklistNote_%1").arg(item.id));
                note->setPlaceholderText(tr("Note (optional)"));
                note->setEnabled(editable);
                side = note;
                connect(box, &QCheckBox::toggled, this, [this, id = item.id, note](bool on) {
                    const QString text = note->text();
                    // Rebuilding deletes the box that sent this signal: do it once the signal is done.
                    QMetaObject::invokeMethod(this, [this, id, on, text] { toggle(id, on, text); }, Qt::QueuedConnection);
                });
            }
            side->setFixedHeight(rowHeight);
            side->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
            grid->addWidget(box, row, 0, Qt::AlignTop);
            grid->addWidget(words, row, 1);
            grid->addWidget(side, row, 2, Qt::AlignTop);
            ++row;
            // The template's hint, under its item, whether checked or not.
            if (!item.hint.isEmpty()) {
                auto hint = new QLabel(item.hint, m_runs);
                hint->setObjectName(QStringLiteral("checklistHint_%1").arg(item.id));
                hint->setWordWrap(true);
                hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
                hint->setContentsMargins(0, 0, 0, 4);
                grid->addWidget(hint, row++, 1, 1, 2);
            }
        }
    }
    grid->setRowStretch(row + 1, 1);   // items stay together at the top, however tall the panel
    if (runs->isEmpty()) {
        auto none = new QLabel(tr("No checklist applies to this follow-up."), m_runs);
        none->setObjectName(QStringLiteral("checklistNone"));
        grid->addWidget(none, row++, 0, 1, 3);
    }

    auto candidates = m_service.attachableTemplates(m_shown->id);
    const bool canAdd = m_shown->isOpen() && candidates && !candidates->isEmpty();
    m_add->setEnabled(canAdd);
    if (canAdd) {
        for (const ChecklistTemplate &t : candidates.value()) {
            QAction *a = m_add->menu()->addAction(t.name);
            a->setObjectName(QStringLiteral("attachTemplate_%1").arg(t.id));
            connect(a, &QAction::triggered, this, [this, templateId = t.id] {
                if (!m_shown)
                    return;
                auto result = m_service.attach(m_shown->id, templateId);
                if (!result) {
                    emit failed(result.error());
                    return;
                }
                emit changed(result.value());
                rebuild();
            });
        }
    }
}

} // namespace ft
