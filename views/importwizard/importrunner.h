#pragma once

#include "importing/importtypes.h"
#include "threading/backgroundtask.h"

#include <QObject>
#include <QTimeZone>

namespace ft {

class Store;

// Runs one import (or dry run) in the background with its own connection to the store, reports
// progress in thousandths and can be cancelled; the window stays responsive meanwhile.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(const Store &store, QObject *parent = nullptr);

    void start(const QString &path, const importing::ImportOptions &options);
    void cancel();
    bool isRunning() const { return m_task.isRunning(); }

signals:
    void progressed(int permille);
    // ok: the report is valid; otherwise `error` says why (cancelled: the user asked).
    void finished(bool ok, const ft::importing::ImportReport &report, const QString &error, bool cancelled);

private:
    const Store &m_store;
    QTimeZone m_zone;
    BackgroundTask m_task;   // last member: destroyed (cancelled and waited for) first
};

} // namespace ft
