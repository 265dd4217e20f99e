#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace ft {

// "Who you are": the name the lead's actions are recorded under on the timeline and in checklists,
// instead of the login name. Kept in the settings (user/displayName); empty means the login name.
class IdentityAction : public QObject
{
    Q_OBJECT
public:
    static inline const char *settingsKey = "user/displayName";   // notr: settings key

    explicit IdentityAction(QWidget *window);
    QAction *action() const { return m_action; }
    // The stored name, or an empty string when none was given.
    static QString storedName();
    // Asks for the name (modal); emits changed() when it is saved.
    void ask();

signals:
    void changed(const QString &name);

private:
    QWidget *m_window;
    QAction *m_action;
};

} // namespace ft
