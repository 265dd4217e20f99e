#pragma once

#include "threading/backgroundtask.h"

#include "csi/csiinitiative.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ft {

class Store;

// Adds or edits one initiative of the CSI register. "Fill from the data" sets the baseline to the
// KPI's value in the last whole month before the start date, computed on a worker thread.
class CsiInitiativeDialog : public QDialog
{
    Q_OBJECT
public:
    CsiInitiativeDialog(const Store &store, const CsiInitiative &initiative, QWidget *parent = nullptr);
    ~CsiInitiativeDialog() override;
    CsiInitiative initiative() const;
    void fillBaseline();

signals:
    void baselineFilled(bool ok);

private:
    // Shows the baseline and target in the measure's display unit (percent for rates).
    void applyUnit();
    double m_scale = 1.0;   // display value = stored value × m_scale
    const Store &m_store;
    CsiInitiative m_initiative;
    QLineEdit *m_title;
    QComboBox *m_kpi;
    QCheckBox *m_hasBaseline;
    QDoubleSpinBox *m_baseline;
    QPushButton *m_fill;
    QLabel *m_fillNote;
    QCheckBox *m_hasTarget;
    QDoubleSpinBox *m_target;
    QLineEdit *m_owner;
    QComboBox *m_status;
    QDateEdit *m_start;
    QCheckBox *m_hasReview;
    QDateEdit *m_review;
    QPlainTextEdit *m_outcome;
    BackgroundTask *m_task = new BackgroundTask(this);
};

} // namespace ft
