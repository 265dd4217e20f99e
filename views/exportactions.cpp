#include "exportactions.h"

#include "exporting/csvexport.h"
#include "exporting/icalendarexport.h"
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
    auto written = exporting::exportFollowUpsCsv(m_store, path, exporting::ExportSelection{m_list->filter()});
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
