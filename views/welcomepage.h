#pragma once

#include <QWidget>

class QAction;

namespace ft {

// What an empty store shows: load sample data, import a file, or start with nothing.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    // `importAction` is the window's File ▸ Import action, so the button follows its state.
    WelcomePage(QAction *importAction, QWidget *parent = nullptr);

signals:
    void sampleDataRequested();
    void startEmptyRequested();
};

} // namespace ft
