#pragma once

#include "demo/demoplan.h"
#include "demo/workingtime.h"

#include <QRandomGenerator>
#include <vector>

namespace ft::demo {

// A checklist template as the store holds it, for attaching runs.
struct TemplateInfo
{
    qint64 id = 0;
    QString name;
    int kindMask = 0;          // bit n = Kind n; 0 = every kind
    QStringList categories;    // empty = every category
    std::vector<ChecklistItemPlan> items;
};

// Dates in the history where something changed, as fractions of its span (0 = start, 1 = now).
// The demo shows the effect of each CSI initiative from its start on.
struct Milestones
{
    double triageScript = 0.25;       // faster first responses
    double closureChecklist = 0.40;   // checklists completed, fewer callbacks
    double promiseCalendar = 0.60;    // more promises kept
};

// Plans the life of each follow-up: who, what, when, and every contact, promise, status change,
// checklist tick, callback and survey up to the end of the history.
class Simulation
{
public:
    Simulation(quint32 seed, int items, Timestamp start, Timestamp end, const WorkingTime &time,
               std::vector<TemplateInfo> templates);

    // The opening times of all items, ascending.
    const std::vector<Timestamp> &openingTimes() const { return m_opened; }
    ItemPlan plan(int index);

    Timestamp start() const { return m_start; }
    Timestamp end() const { return m_end; }
    const Milestones &milestones() const { return m_milestones; }
    QString leadName() const { return m_lead; }

private:
    struct Technician
    {
        QString name;
        int team = 0;
        double keepBias = 0;
    };
    struct Requester
    {
        QString name;
        QString contact;
    };

    // Random draws, all from one seeded generator so that a seed gives one history.
    double uniform() { return m_rng.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    double logNormal(double median, double sigma);
    template<typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

    void makePeople(int items);
    void makeOpeningTimes(int items);
    Timestamp after(Timestamp from, qint64 seconds, bool roundTheClock) const;
    const TemplateInfo *templateFor(Kind kind, const QString &category) const;
    void truncate(ItemPlan &plan) const;

    QRandomGenerator m_rng;
    Timestamp m_start;
    Timestamp m_end;
    const WorkingTime &m_time;
    std::vector<TemplateInfo> m_templates;
    Milestones m_milestones;
    std::vector<Technician> m_technicians;
    std::vector<std::vector<int>> m_teamMembers;
    std::vector<Requester> m_requesters;
    std::vector<Timestamp> m_opened;
    QString m_lead;
    int m_references[KindCount] = {0, 0, 0, 0};
    int m_recentCount = 0;
};

} // namespace ft::demo
