#include "mainwindow.h"

#include "store/store.h"

namespace ft {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FollowThrough"));
}

} // namespace ft
