#include "exportactions.h"

#include "exporting/csvexport.h"
#include "exporting/icalendarexport.h"
#include "followupfilter.h"
#include "followuptablemodel.h"
#include "store/store.h"

#include <QDir>
#include <QFileDialog>

namespace ft {

ExportActions::ExportActions(const Store &store, const FollowUpTableModel *list, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_list(list)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportActions"));
}

void ExportActions::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export follow-ups"),
                                                      QDir::home().filePath(
                                                          //: default file name of the CSV export
                                                          tr("followups.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The list's filter, as the list shows it: what the lead sees is what leaves.
    const SqlCondition condition = sqlCondition(m_list->filter(), m_store.timeZone());
    exporting::ExportSelection selection;
    selection.where = condition.where.trimmed();
    if (selection.where.startsWith(QLatin1String("WHERE "), Qt::CaseInsensitive))
        selection.where = selection.where.mid(6);
    selection.values = condition.values;
    auto written = exporting::exportFollowUpsCsv(m_store, path, selection);
    if (!written) {
        emit failed(tr("Export follow-ups"), written.error());
        return;
    }
    emit wrote(tr("Wrote %1 follow-ups to %2.").arg(written.value()).arg(path));
}

void ExportActions::exportCalendar()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export promised updates"),
                                                      QDir::home().filePath(
                                                          //: default file name of the calendar export
                                                          tr("promised-updates.ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    auto written = exporting::exportPromisesIcs(m_store, path);
    if (!written) {
        emit failed(tr("Export promised updates"), written.error());
        return;
    }
    emit wrote(tr("Wrote %1 promised updates to %2.").arg(written.value()).arg(path));
}

} // namespace ft
