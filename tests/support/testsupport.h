#pragma once

#include "domain/types.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <memory>

// Shared by the tests: a store in a fresh temporary folder, and fixed points in time.
namespace ft::test {

// A new store starts with the stock checklist templates, which attach to new incidents and
// requests and then block resolving them. Tests of other features start without templates so that
// they exercise their own rule; checklist tests add the templates they need, or ask for the stock ones.
enum class Checklists { None, Stock };

class TempStore
{
public:
    explicit TempStore(Checklists checklists = Checklists::None);
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Local time in the store's zone (the tests run with TZ=Europe/Berlin).
Timestamp at(int year, int month, int day, int hour = 0, int minute = 0);

QByteArray fileBytes(const QString &path);

} // namespace ft::test
