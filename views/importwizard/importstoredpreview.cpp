#include "importstoredpreview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace ft {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::ImportDryRunPage)
};

QString when(const std::optional<Timestamp> &t, const QTimeZone &zone)
{
    if (!t)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*t, zone), QLocale::ShortFormat);
}

QString sla(SlaMet s)
{
    switch (s) {
    case SlaMet::Yes: return Tr::tr("yes");
    case SlaMet::No: return Tr::tr("no");
    case SlaMet::Unknown: break;
    }
    return {};
}

} // namespace

void showStoredPreview(QTableWidget *table, const QList<FollowUp> &items, const QTimeZone &zone)
{
    const QStringList headers{Tr::tr("Reference"), Tr::tr("Title"),    Tr::tr("Kind"),      Tr::tr("Status"),
                              Tr::tr("Priority"),  Tr::tr("Owner"),    Tr::tr("Team"),      Tr::tr("Opened"),
                              Tr::tr("First response"), Tr::tr("Resolved"), Tr::tr("Closed"), Tr::tr("Reopened"),
                              Tr::tr("SLA met")};
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const FollowUp &f = items.at(r);
        const QStringList cells{f.reference,
                                f.title,
                                kindLabel(f.kind),
                                statusLabel(f.status),
                                priorityLabel(f.priority),
                                f.owner,
                                f.team,
                                when(f.openedAt, zone),
                                when(f.firstResponseAt, zone),
                                when(f.resolvedAt, zone),
                                when(f.closedAt, zone),
                                QString::number(f.reopenCount),
                                sla(f.slaMet)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
}

} // namespace ft
