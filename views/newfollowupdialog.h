#pragma once

#include "domain/followup.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ft {

class DateTimeInput;

// Asks for what a new follow-up needs; the title is required, a first promise optional.
class NewFollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choices
    {
        QStringList owners, teams, categories;
        Timestamp defaultPromise = 0;
        QTimeZone zone;
    };
    NewFollowUpDialog(const Choices &choices, QWidget *parent = nullptr);
    FollowUp draft() const;

private:

    QLineEdit *m_title;
    QLineEdit *m_reference;
    QComboBox *m_kind;
    QComboBox *m_priority;
    QLineEdit *m_requester;
    QLineEdit *m_contact;
    QComboBox *m_owner;
    QComboBox *m_team;
    QComboBox *m_category;
    QCheckBox *m_promise;
    DateTimeInput *m_due;
    QPlainTextEdit *m_notes;
};

} // namespace ft
