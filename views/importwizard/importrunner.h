#pragma once

#include "importing/importtypes.h"

#include <QObject>
#include <QTimeZone>
#include <atomic>
#include <memory>

class QThread;

namespace ft {

class Store;

// Runs one import (or dry run) on a worker thread with its own connection to the store, reports
// progress in thousandths and can be cancelled; the window stays responsive meanwhile.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(const Store &store, QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QString &path, const importing::ImportOptions &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progressed(int permille);
    // ok: the report is valid; otherwise `error` says why (cancelled: the user asked).
    void finished(bool ok, const ft::importing::ImportReport &report, const QString &error, bool cancelled);

private:
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> lastPermille{-1};
        importing::ImportReport report;
        QString error;
        bool ok = false;
        bool cancelled = false;
    };
    const Store &m_store;
    QTimeZone m_zone;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace ft
