#include "welcomepage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

namespace {

QPushButton *choice(const QString &name, const QString &text, QWidget *parent)
{
    auto button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(40);
    button->setMinimumWidth(320);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QAction *importAction, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto title = new QLabel(tr("<h1>Welcome to FollowThrough</h1>"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto text = new QLabel(tr("FollowThrough keeps the promises your team makes: who is owed an update, what has gone "
                              "quiet, what is waiting to close.<br><br>This register is empty. How would you like to begin?"),
                           this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    // A wrapped label in a centred layout gets a too-narrow guess of its width; give it one.
    text->setFixedWidth(520);
    text->setAlignment(Qt::AlignHCenter);
    text->setMinimumHeight(text->heightForWidth(520));

    auto sample = choice(QStringLiteral("loadSampleButton"), tr("Load sample data"), this);
    sample->setToolTip(tr("A realistic, made-up history to try every feature on"));
    auto import = choice(QStringLiteral("importButton"), tr("Import…"), this);
    import->setToolTip(tr("Read follow-ups from a CSV export of your service desk"));
    import->setEnabled(importAction->isEnabled());
    connect(importAction, &QAction::changed, import, [import, importAction] { import->setEnabled(importAction->isEnabled()); });
    connect(import, &QPushButton::clicked, importAction, &QAction::trigger);
    auto empty = choice(QStringLiteral("startEmptyButton"), tr("Start empty"), this);
    empty->setToolTip(tr("Add follow-ups yourself with Follow-up ▸ New"));
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleDataRequested);
    connect(empty, &QPushButton::clicked, this, &WelcomePage::startEmptyRequested);

    auto layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(sample, 0, Qt::AlignHCenter);
    layout->addWidget(import, 0, Qt::AlignHCenter);
    layout->addWidget(empty, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace ft
