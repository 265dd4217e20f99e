#include "promisechooser.h"

#include "calendar/promisepresets.h"
#include "datetimeinput.h"
#include "domain/dateformats.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ft {

namespace {

QString presetText(PromisePreset::Kind kind)
{
    switch (kind) {
    case PromisePreset::InTwoHours:
        return PromiseChooser::tr("In &2 hours");
    case PromisePreset::TomorrowMorning:
        return PromiseChooser::tr("&Tomorrow 09:00");
    case PromisePreset::NextWorkingDay:
        return PromiseChooser::tr("&Next working day 10:00");
    case PromisePreset::FridayAfternoon:
        return PromiseChooser::tr("&Friday 16:00");
    }
    return {};
}

constexpr int OtherId = -2;

} // namespace

PromiseChooser::PromiseChooser(std::optional<Timestamp> current, const BusinessCalendar &calendar,
                               std::function<Timestamp()> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_choices(new QButtonGroup(this))
    , m_due(new DateTimeInput(calendar.timeZone(), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("promiseChooser"));
    const QTimeZone zone = calendar.timeZone();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), zone);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (const PromisePreset &preset : promisePresets(calendar, now)) {
        // The button says the day too: "Friday 16:00" may be next week's.
        auto button = new QRadioButton(tr("%1 — %2").arg(presetText(preset.kind),
                                                          locale.toString(preset.at, dateformat::weekdayDayMonthYearTime())),
                                       this);
        button->setObjectName(QStringLiteral("preset%1").arg(int(preset.kind)));
        m_choices->addButton(button, int(m_presets.size()));
        m_presets << preset.at.toSecsSinceEpoch();
        layout->addWidget(button);
    }
    auto other = new QRadioButton(tr("&Other:"), this);
    other->setObjectName(QStringLiteral("presetOther"));
    m_choices->addButton(other, OtherId);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setAccessibleName(tr("Promised update time"));
    m_due->setMinimumTimestamp(m_clock());
    auto otherRow = new QHBoxLayout;
    otherRow->addWidget(other);
    otherRow->addWidget(m_due, 1);
    layout->addLayout(otherRow);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setText(tr("That time has passed: promise a time still ahead."));
    m_problem->hide();
    layout->addWidget(m_problem);

    const QDateTime first = defaultPromise(calendar, now, current ? std::optional(QDateTime::fromSecsSinceEpoch(*current, zone))
                                                                  : std::nullopt);
    m_due->setTimestamp(first.toSecsSinceEpoch());
    const int preset = int(m_presets.indexOf(first.toSecsSinceEpoch()));
    m_choices->button(preset >= 0 ? preset : OtherId)->setChecked(true);
    connect(m_choices, &QButtonGroup::idClicked, this, &PromiseChooser::choosePreset);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, [this] {
        const int match = int(m_presets.indexOf(m_due->timestamp()));
        m_choices->button(match >= 0 ? match : OtherId)->setChecked(true);
        isValid();
    });
    setFocusProxy(m_choices->checkedButton());
}

void PromiseChooser::choosePreset(int id)
{
    if (id >= 0 && id < m_presets.size()) {
        const QSignalBlocker blocker(m_due);
        m_due->setTimestamp(m_presets.at(id));
    } else {
        m_due->setFocus();
    }
    isValid();
}

bool PromiseChooser::isValid()
{
    const bool valid = m_due->timestamp() > m_clock();
    if (m_problem->isHidden() == valid)
        return valid;
    m_problem->setVisible(!valid);
    emit validityChanged(valid);
    return valid;
}

Timestamp PromiseChooser::due() const { return m_due->timestamp(); }

} // namespace ft
