#include "aboutdialog.h"

#include "actionicons.h"
#include "store/storestatistics.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft {

namespace {

// The tables a lead recognises, in words; the others (settings, calendars…) are bookkeeping.
QString tableLabel(const QString &table)
{
    if (table == QLatin1String("followup")) return AboutDialog::tr("Follow-ups");
    if (table == QLatin1String("event")) return AboutDialog::tr("Timeline entries");
    if (table == QLatin1String("promise")) return AboutDialog::tr("Promised updates");
    if (table == QLatin1String("checklist_run")) return AboutDialog::tr("Checklist runs");
    if (table == QLatin1String("survey_response")) return AboutDialog::tr("Survey responses");
    if (table == QLatin1String("csi_initiative")) return AboutDialog::tr("CSI initiatives");
    if (table == QLatin1String("import_run")) return AboutDialog::tr("Imports");
    return {};
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Store &store, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About FollowThrough"));

    auto icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto heading = new QLabel(tr("<h2>FollowThrough %1</h2><p>Follow-ups, closure checklists and KPI reviews for "
                                 "IT team leads.</p>")
                                  .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                              this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setWordWrap(true);

    const QLocale locale;
    auto facts = new QFormLayout;
    auto path = selectableLabel(QDir::toNativeSeparators(store.path()), this);
    path->setObjectName(QStringLiteral("aboutStorePath"));
    facts->addRow(tr("Store:"), path);
    auto schema = selectableLabel(locale.toString(store.schemaVersion()), this);
    schema->setObjectName(QStringLiteral("aboutSchemaVersion"));
    facts->addRow(tr("Schema version:"), schema);
    const auto counts = tableCounts(store);
    if (!counts) {
        facts->addRow(tr("Contents:"), selectableLabel(counts.error().message, this));
    } else {
        for (const auto &[table, count] : counts.value()) {
            const QString label = tableLabel(table);
            if (label.isEmpty())
                continue;
            auto value = selectableLabel(locale.toString(count), this);
            value->setObjectName(QStringLiteral("aboutCount_%1").arg(table));
            facts->addRow(tr("%1:").arg(label), value);
        }
    }
    facts->addRow(tr("Qt:"), selectableLabel(QString::fromLatin1(qVersion()), this));
    auto licence = new QLabel(tr("FollowThrough is free software under the GNU General Public License, version 3 "
                                 "or later. It comes with no warranty. "
                                 "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">Read the licence</a>."),
                              this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    facts->addRow(tr("Licence:"), licence);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto text = new QVBoxLayout;
    text->addWidget(heading);
    text->addLayout(facts);
    auto top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace ft
