#include "importrunner.h"

#include "importing/importer.h"
#include "store/store.h"

namespace ft {

ImportRunner::ImportRunner(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_zone(store.timeZone())
{
    connect(&m_task, &BackgroundTask::progressed, this, &ImportRunner::progressed);
}

void ImportRunner::cancel()
{
    // Asked, not discarded: an import that committed just before the request is reported as done.
    m_task.requestStop();
}

void ImportRunner::start(const QString &path, const importing::ImportOptions &given)
{
    if (m_task.isRunning())
        return;
    const Store *store = &m_store;
    const QTimeZone zone = m_zone;
    m_task.start(
        [store, zone, path, given](TaskControl &control) -> Result<importing::ImportReport> {
            importing::ImportOptions options = given;
            options.progress = [&control](qint64 done, qint64 total) { return control.progress(done, total); };
            // The worker's own connection: a connection belongs to the thread that opened it.
            ScopedConnection connection(*store);
            if (!connection.isOpen())
                return Error::failed(connection.errorText());
            return importing::importFile(connection, zone, path, options);
        },
        [this](const Result<importing::ImportReport> &result) {
            if (result)
                emit finished(true, result.value(), QString(), false);
            else
                emit finished(false, {}, result.error().message, result.error().code == Error::Code::Cancelled);
        });
}

} // namespace ft
