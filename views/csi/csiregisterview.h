#pragma once

#include "threading/backgroundtask.h"

#include "csiregistermodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ft {

class Store;

// The CSI register: every improvement initiative with its measure before and after its start,
// and buttons to add, edit, close (done / dropped), delete and fill the baseline from the data.
// The before / after figures are computed by a BackgroundTask and filled in when ready.
class CsiRegisterView : public QWidget
{
    Q_OBJECT
public:

    explicit CsiRegisterView(Store &store, QWidget *parent = nullptr);
    ~CsiRegisterView() override;

    void refresh();
    QList<CsiInitiative> initiatives() const { return m_model->initiatives(); }
    CsiRegisterModel *model() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);

    void addInitiative();
    void editCurrent();
    void closeCurrent(CsiStatus status);
    void deleteCurrent();
    void fillBaselineOfCurrent();

signals:
    void measured();       // the before / after figures are in the table
    void changed();        // the register was written

private:
    void measure();
    void fitColumns();
    int currentRow() const;
    void updateButtons();
    void showError(const QString &what, const QString &message);

    Store &m_store;
    CsiRegisterModel *m_model;
    QTableView *m_table;
    QLabel *m_note;
    QPushButton *m_add, *m_edit, *m_done, *m_drop, *m_delete, *m_fill;
    BackgroundTask *m_task = new BackgroundTask(this);
};

} // namespace ft
