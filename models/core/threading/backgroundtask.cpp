#include "threading/backgroundtask.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

namespace ft {

bool TaskControl::progress(qint64 done, qint64 total)
{
    const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
    if (m_permille.exchange(permille, std::memory_order_relaxed) != permille && m_report)
        m_report(permille);
    return !isCancelled();
}

struct BackgroundTask::Run
{
    TaskControl control;
    std::atomic<bool> discard{false};   // cancelled or overtaken: its result is nobody's
};

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    // No signal from a destructor: whoever listened may be half gone.
    blockSignals(true);
    waitForIdle();
}

void BackgroundTask::cancel()
{
    if (m_current) {
        m_current->discard = true;
        m_current->control.m_cancelled = true;
    }
}

void BackgroundTask::requestStop()
{
    if (m_current)
        m_current->control.m_cancelled = true;
}

void BackgroundTask::waitForIdle()
{
    // Deleting a finished thread here is safe: its finished() handler is queued to this thread and
    // holds no pointer once the thread is gone from the list.
    const QList<QThread *> threads = std::exchange(m_threads, {});
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    if (m_running) {
        m_running = 0;
        emit runningChanged(false);
    }
}

void BackgroundTask::startJob(Job job)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_current = run;
    QPointer<BackgroundTask> self(this);
    // Weak: the run owns this function, and a strong reference here would keep the run alive forever.
    const std::weak_ptr<Run> weak = run;
    run->control.m_report = [self, weak](int permille) {
        QMetaObject::invokeMethod(
            self, [self, weak, permille] {
                const std::shared_ptr<Run> current = weak.lock();
                if (self && current && self->m_current == current && !current->discard)
                    emit self->progressed(permille);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([self, run, job = std::move(job)]() mutable {
        std::function<void()> deliver = job(run->control);
        // Handed to the owner's thread; dropped there if a newer job started or this one was cancelled.
        QMetaObject::invokeMethod(
            self, [self, run, deliver = std::move(deliver)] {
                if (self && self->m_current == run && !run->discard)
                    deliver();
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("backgroundTask"));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (!m_threads.removeOne(thread))
            return;   // already waited for and deleted
        thread->deleteLater();
        if (--m_running == 0)
            emit runningChanged(false);
    });
    if (m_running++ == 0)
        emit runningChanged(true);
    thread->start();
}

} // namespace ft
