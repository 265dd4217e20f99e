#pragma once

#include "domain/change.h"
#include "domain/error.h"
#include "domain/followup.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ft {

class ChecklistService;

// The closure checklists of one follow-up, for its panel: each item a check box with who checked
// it and when, an optional note, and the progress ("3 of 5"). Checking runs through
// ChecklistService at once; the window puts the Change on its undo stack.
class ChecklistRunWidget : public QWidget
{
    Q_OBJECT
public:
    ChecklistRunWidget(ChecklistService &service, const QTimeZone &zone, QWidget *parent = nullptr);

    void showFollowUp(const std::optional<FollowUp> &f);
    QString progressText() const;

signals:
    void changed(const ft::Change &change);
    void failed(const ft::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void toggle(qint64 runItemId, bool checked, const QString &note);
    QString when(Timestamp t) const;

    ChecklistService &m_service;
    QTimeZone m_zone;
    std::optional<FollowUp> m_shown;
    QLabel *m_progress;
    QToolButton *m_add;
    QWidget *m_runs = nullptr;
    QVBoxLayout *m_layout;
    QHash<QObject *, QCheckBox *> m_boxOfLabel;   // an item's words → its box
};

} // namespace ft
