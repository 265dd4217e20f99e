#pragma once

#include "checklist/checklisteffect.h"
#include "threading/backgroundtask.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace ft {

class ChecklistEffectModel;
class Store;

// View → Checklist effect: for a chosen period, how often users called back about work resolved
// with a complete checklist against work resolved with checks skipped or overridden, and which
// items, when skipped, were most often followed by a callback. Figures are read on a worker.
class ChecklistEffectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistEffectDialog(Store &store, QWidget *parent = nullptr);
    ~ChecklistEffectDialog() override;

    void setPeriod(const QDate &from, const QDate &to);   // both days included
    bool isBusy() const { return m_task->isRunning(); }
    ChecklistEffectModel *model() const { return m_model; }
    QString summaryText() const;

signals:
    void computed();

private:
    void recompute();
    void applyPreset(int index);
    void showEffect(const Result<ChecklistEffect> &effect);

    Store &m_store;
    ChecklistEffectModel *m_model;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_complete;
    QLabel *m_incomplete;
    QLabel *m_headline;
    QLabel *m_compliance;
    QTableView *m_table;
    BackgroundTask *m_task = new BackgroundTask(this);
};

} // namespace ft
