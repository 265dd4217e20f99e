#pragma once

#include "domain/error.h"
#include "threading/backgroundtask.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;

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
    void end(bool ok, const QString &message);

    QString m_path;
    int m_items;
    QPointer<QProgressDialog> m_progress;
    BackgroundTask *m_task;
    bool m_cancelled = false;
};

} // namespace ft
