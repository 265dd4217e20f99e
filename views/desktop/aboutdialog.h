#pragma once

#include <QDialog>

namespace ft {

class Store;

// Help → About: what is running (version, Qt), on which store (path, schema version, what it
// holds) and under which licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Store &store, QWidget *parent = nullptr);
};

} // namespace ft
