#include "todaysummary.h"

#include "todaymodel.h"

#include <QLocale>

namespace ft {

TodaySummary TodaySummary::of(const TodayModel &model, const QString &dayText, int perSection)
{
    const QLocale locale;
    const auto n = [&](qint64 value) { return locale.toString(value); };
    TodaySummary s;
    const QString title = tr("Today's review, %1").arg(dayText);
    const QString counts = tr("%1 overdue · %2 due today · %3 gone quiet · %4 waiting to close")
                               .arg(n(model.count(TodayModel::Overdue)), n(model.count(TodayModel::DueToday)),
                                    n(model.count(TodayModel::GoneQuiet)), n(model.count(TodayModel::WaitingToClose)));
    s.plain = title + QLatin1Char('\n') + counts + QLatin1Char('\n');
    s.html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), counts.toHtmlEscaped());
    for (int section = 0; section < TodayModel::SectionCount; ++section) {
        const QModelIndex parent = model.sectionIndex(TodayModel::Section(section));
        const int rows = model.rowCount(parent);
        if (rows == 0)
            continue;
        const QString heading = parent.data().toString();
        s.plain += QLatin1Char('\n') + heading + QLatin1Char('\n');
        s.html += QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        const auto cell = [&](int row, int column) { return model.index(row, column, parent).data().toString(); };
        for (int r = 0; r < std::min(rows, perSection); ++r) {
            const QString reference = cell(r, TodayModel::ReferenceColumn);
            const QString what = reference.isEmpty() ? cell(r, TodayModel::TitleColumn)
                                                     : tr("%1 %2").arg(reference, cell(r, TodayModel::TitleColumn));
            const QString owner = cell(r, TodayModel::OwnerColumn);
            const QString line = tr("%1 — %2 — %3")
                                     .arg(what, owner.isEmpty() ? tr("nobody") : owner, cell(r, TodayModel::WaitingColumn));
            s.plain += QStringLiteral("- ") + line + QLatin1Char('\n');
            s.html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        s.html += QStringLiteral("</ul>");
        const qint64 more = model.count(TodayModel::Section(section)) - std::min(rows, perSection);
        if (more > 0) {
            const QString rest = tr("… and %1 more").arg(n(more));
            s.plain += rest + QLatin1Char('\n');
            s.html += QStringLiteral("<p>%1</p>").arg(rest.toHtmlEscaped());
        }
    }
    const QList<TodayModel::OwnerLoad> loads = model.ownerLoads();
    if (!loads.isEmpty()) {
        const QString heading = tr("By owner (overdue / due today / gone quiet)");
        s.plain += QLatin1Char('\n') + heading + QLatin1Char('\n');
        s.html += QStringLiteral("<p><b>%1</b></p><table>").arg(heading.toHtmlEscaped());
        for (const TodayModel::OwnerLoad &load : loads) {
            const QString who = load.owner.isEmpty() ? tr("nobody") : load.owner;
            s.plain += tr("- %1: %2 / %3 / %4").arg(who, n(load.overdue), n(load.dueToday), n(load.goneQuiet)) + QLatin1Char('\n');
            s.html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                          .arg(who.toHtmlEscaped(), n(load.overdue), n(load.dueToday), n(load.goneQuiet));
        }
        s.html += QStringLiteral("</table>");
    }
    return s;
}

} // namespace ft
