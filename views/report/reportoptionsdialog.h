#pragma once

#include "report/reportdata.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QListWidget;

namespace ft {

// Chooses what goes into the review pack: the period length, the period reviewed (the one holding
// the chosen day), the paper and the KPIs.
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportOptionsDialog(QDate today, QWidget *parent = nullptr);
    ReportOptions options() const;
    void setOptions(const ReportOptions &options);

private:
    QComboBox *m_by;
    QDateEdit *m_to;
    QComboBox *m_paper;
    QListWidget *m_kpis;
};

} // namespace ft
