#pragma once

#include <QObject>

class QWidget;

namespace ft {

class Store;

// File → Import… (the import wizard, beside the window) and the welcome page's "Load sample data"
// (generated on a worker): both end with `loaded` once the store holds more.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    ImportActions(Store &store, QWidget *window);

    void importFile();
    // Fills the store with `items` generated follow-ups; `busy` is disabled meanwhile.
    void loadSampleData(int items, QWidget *busy);

signals:
    // The store holds what was read; `message` says what, or is empty when there is nothing to say.
    void loaded(const QString &message);
    void sampleDataLoaded();

private:
    Store &m_store;
    QWidget *m_window;
};

} // namespace ft
