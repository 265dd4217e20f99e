#pragma once

#include <QObject>
#include <QThread>

#include <utility>

namespace ft {

// QThread::create() with the thread object owned by `owner`. Workers hand themselves to
// deleteLater() when they finish, but that only happens if an event loop turns again; at exit,
// or when a test ends right after the result arrived, it does not, and the thread object would
// leak. A parent frees it in any case. The owner's destructor must wait() for a running thread
// before QObject's destructor deletes its children.
template <typename Function>
QThread *createOwnedThread(QObject *owner, Function &&work)
{
    QThread *thread = QThread::create(std::forward<Function>(work));
    thread->setParent(owner);
    return thread;
}

} // namespace ft
