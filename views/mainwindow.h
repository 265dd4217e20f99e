#pragma once

#include <QMainWindow>

namespace ft {

class Store;

// The lead's daily window: the Today review, the full list, the follow-up panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

private:
    Store &m_store;
};

} // namespace ft
