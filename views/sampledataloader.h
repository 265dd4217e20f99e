#pragma once

#include "domain/error.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;

namespace ft {

// Fills the store with the demo history on a worker thread (with its own connection), showing
// progress with a Cancel button; the window stays responsive meanwhile.
class SampleDataLoader : public QObject
{
    Q_OBJECT
public:
    SampleDataLoader(const QString &storePath, int items, QWidget *dialogParent);
    ~SampleDataLoader() override;
    void start();

signals:
    // Empty message on success; a cancelled run leaves the store as it was.
    void finished(bool ok, const QString &message);

private:
    struct Shared
    {
        std::atomic<bool> cancel{false};
        Error error;
        bool ok = false;
    };
    QString m_path;
    int m_items;
    QPointer<QProgressDialog> m_progress;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace ft
