#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace ft {

// What a job running in the background sees: whether it should stop, and a way to say how far it is.
// Both are safe to call from the job's thread as often as it likes.
class TaskControl
{
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // For code below that takes a plain flag (the KPI passes check it between rows).
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }
    // Progress as done of total; reaches the window only when the thousandth changes.
    // Returns false once cancelled, so that a loop may write `if (!control.progress(i, n)) return`.
    bool progress(qint64 done, qint64 total);

private:
    friend class BackgroundTask;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_permille{-1};
    std::function<void(int)> m_report;
};

// The one way FollowThrough runs work off the window's thread: a job on a thread of its own, with a
// cancel flag and progress, whose result is handed to the owner's thread. Starting a job cancels the
// one before it and only the newest job's result is delivered; a cancelled job's result never is.
// The destructor cancels and waits, so no job outlives the object whose data it reports to.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Runs work(control) on a new thread and, unless cancelled or overtaken meanwhile, calls
    // deliver(result) on this object's thread. A job that needs the store opens its own connection
    // (a connection belongs to the thread that opened it).
    template <typename Work, typename Deliver>
    void start(Work work, Deliver deliver)
    {
        startJob([work = std::move(work), deliver = std::move(deliver)](TaskControl &control) mutable
                 -> std::function<void()> {
            auto result = work(control);
            return [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); };
        });
    }

    void cancel();                 // the running job stops at its next check; nothing is delivered
    // The running job is asked to stop at its next check, and what it ends with is still delivered:
    // for work whose outcome must be told truly (an import that committed just before the request).
    void requestStop();
    bool isRunning() const { return m_running > 0; }
    // Blocks until every job has ended; for the command line and tests, never the window.
    void waitForIdle();

signals:
    void progressed(int permille);
    void runningChanged(bool running);

private:
    using Job = std::function<std::function<void()>(TaskControl &)>;
    void startJob(Job job);

    struct Run;
    std::shared_ptr<Run> m_current;
    QList<QThread *> m_threads;
    int m_running = 0;
};

} // namespace ft
