#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ft {

// Where an improvement initiative of the CSI register stands (SPEC §1). Stored as its number.
enum class CsiStatus { Proposed = 0, InProgress = 1, Done = 2, Dropped = 3 };
constexpr int CsiStatusCount = 4;

QString csiStatusKey(CsiStatus s);                      // proposed, in_progress, done, dropped
std::optional<CsiStatus> csiStatusFromKey(const QString &key);
QString csiStatusLabel(CsiStatus s);                    // translated
bool isClosedCsiStatus(CsiStatus s);                    // Done or Dropped

// One line of the CSI register: an improvement aimed at moving one KPI.
struct CsiInitiative
{
    qint64 id = 0;                    // 0 until stored
    QString title;
    QString kpiKey;                   // a column name of SPEC §2, e.g. "callbacks"
    std::optional<double> baseline;   // the KPI's value before the start (may be filled from the data)
    std::optional<double> target;     // the value it aims for
    QString owner;
    CsiStatus status = CsiStatus::Proposed;
    QDate startDate;
    std::optional<QDate> reviewDate;
    QString outcome;                  // what came of it, in words

    bool operator==(const CsiInitiative &) const = default;
};

} // namespace ft
