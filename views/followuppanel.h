#pragma once

#include "domain/followup.h"

#include <QTimeZone>
#include <QWidget>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace ft {

class TimelineModel;
class TimelineView;

// Everything about one follow-up: its editable fields (saved as one edit), the facts its
// actions maintain (status, promise, contacts) and its timeline.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    FollowUpPanel(TimelineModel *timeline, const QTimeZone &zone, QWidget *parent = nullptr);

    // Shows `f`, or an empty, disabled panel. Unsaved edits of the same follow-up are kept
    // when its facts refresh; switching to another follow-up drops them.
    void showFollowUp(const std::optional<FollowUp> &f);
    void setChoices(const QStringList &owners, const QStringList &teams, const QStringList &categories);
    bool isDirty() const { return m_dirty; }
    // After the edits were saved (or dropped): the next showFollowUp() shows the store's values.
    void discardEdits() { setDirty(false); }
    // The follow-up with the fields as edited.
    FollowUp edited() const;
    // The follow-up as the fields were filled from the store, before the edits: what a save checks
    // the stored follow-up against, so that another window's change is not silently written over.
    std::optional<FollowUp> editBase() const { return m_editBase; }
    FollowUpId shownId() const { return m_shown ? m_shown->id : 0; }
    QSplitter *splitter() const { return m_splitter; }
    // F6 lands here: the first field, for editing with the keyboard.
    void focusFirstField();
    // The checklist of the follow-up shown, between the details and the timeline.
    void setChecklist(QWidget *checklist);
    // Gives the checklist the height of its items and the timeline the rest (on another follow-up).
    void fitChecklist();

signals:
    void saveRequested(const FollowUp &edited);

private:
    void fill(const FollowUp &f);
    void layoutFields(int columns);
    void resizeEvent(QResizeEvent *event) override;
    void setDirty(bool dirty);

    QTimeZone m_zone;
    std::optional<FollowUp> m_shown;
    std::optional<FollowUp> m_editBase;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel *m_heading;
    QLabel *m_facts;
    QLabel *m_conflict;
    QLineEdit *m_title;
    QLineEdit *m_reference;
    QComboBox *m_kind;
    QComboBox *m_priority;
    QLineEdit *m_requester;
    QLineEdit *m_contact;
    QComboBox *m_owner;
    QComboBox *m_team;
    QComboBox *m_category;
    QComboBox *m_sla;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    QWidget *m_details;
    QGridLayout *m_fields = nullptr;
    QList<std::pair<QLabel *, QWidget *>> m_fieldRows;   // label and field, in reading order; notes last
    int m_fieldColumns = 0;
    QSplitter *m_splitter;
    QScrollArea *m_checklist = nullptr;
    TimelineView *m_timelineView;
};

} // namespace ft
