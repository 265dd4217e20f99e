#include "demo/demogenerator.h"

#include "domain/followupservice.h"
#include "store/sqlhelpers.h"
#include "store/store.h"

#include <QRandomGenerator>

namespace ft {

// A first, plain generator; the realistic one (teams, checklists, surveys, years of history) replaces it.
Result<void> generateDemo(Store &store, const DemoOptions &options, const DemoProgress &progress)
{
    const QSqlDatabase db = store.database();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    FollowUpService service(store);
    service.setRecordChanges(false);
    QRandomGenerator random(options.seed);
    const Timestamp end = options.endAt ? options.endAt : QDateTime::currentSecsSinceEpoch();
    Timestamp now = end - 365 * 86400;
    service.setClock([&now] { return now; });
    for (int i = 0; i < options.items; ++i) {
        now = end - 365 * 86400 + qint64(i) * (365 * 86400 / std::max(1, options.items));
        FollowUp f;
        f.title = QStringLiteral("Demo follow-up %1").arg(i + 1);
        f.kind = static_cast<Kind>(random.bounded(KindCount));
        f.priority = static_cast<Priority>(1 + random.bounded(4));
        auto created = service.create(f);
        if (!created)
            return created.error();
        if (progress && !progress(i + 1, options.items))
            return Error::cancelled(QStringLiteral("cancelled"));
    }
    return tx.commit();
}

} // namespace ft
