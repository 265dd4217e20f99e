#pragma once

#include "domain/error.h"

#include <QObject>

class QWidget;

namespace ft {

class FollowUpTableModel;
class Store;

// File → Export follow-ups as CSV (the list's filter, as the list shows it) and Export promised
// updates as iCalendar: asks for the file, writes it, and says what it wrote or why not.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(const Store &store, const FollowUpTableModel *list, QWidget *window);
    void exportCsv();
    void exportCalendar();

signals:
    void wrote(const QString &message);
    void failed(const QString &what, const ft::Error &error);

private:
    const Store &m_store;
    const FollowUpTableModel *m_list;
    QWidget *m_window;
};

} // namespace ft
