#include "checklist/stocktemplates.h"

#include "domain/types.h"

#include <QCoreApplication>

namespace ft {

namespace {

struct StockItem
{
    const char *text;
    bool required;
    const char *hint;
};

struct StockTemplate
{
    const char *name;
    int kindMask;   // bit n = Kind n
    QList<StockItem> items;
};

constexpr int bit(Kind k) { return 1 << int(k); }

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::StockTemplates)
};

const QList<StockTemplate> &stockTemplateTexts()
{
    static const QList<StockTemplate> all{
        {QT_TRANSLATE_NOOP("ft::StockTemplates", "Incident closure"), bit(Kind::Incident),
         {{QT_TRANSLATE_NOOP("ft::StockTemplates", "User confirmed it is fixed"), true,
           QT_TRANSLATE_NOOP("ft::StockTemplates", "Ask them to try it while you are still on the line.")},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Root cause noted in the resolution"), true,
           QT_TRANSLATE_NOOP("ft::StockTemplates", "One sentence a colleague would understand next year.")},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Knowledge article linked, or not needed"), false,
           QT_TRANSLATE_NOOP("ft::StockTemplates", "If you had to work it out, write it down.")},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "User told how to reopen if it comes back"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Related tickets checked for the same cause"), false, ""}}},
        {QT_TRANSLATE_NOOP("ft::StockTemplates", "Service request fulfilment"), bit(Kind::Request),
         {{QT_TRANSLATE_NOOP("ft::StockTemplates", "Everything requested was delivered"), true,
           QT_TRANSLATE_NOOP("ft::StockTemplates", "Compare with the original request, not with memory.")},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Approval on record where one is needed"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Requester shown how to use it"), false, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Requester confirmed receipt"), true, ""}}},
        {QT_TRANSLATE_NOOP("ft::StockTemplates", "Change closure"), bit(Kind::Change),
         {{QT_TRANSLATE_NOOP("ft::StockTemplates", "Change tested after implementation"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Back-out plan no longer needed, or kept ready"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Affected users told it is done"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Configuration records updated"), true,
           QT_TRANSLATE_NOOP("ft::StockTemplates", "Inventory, diagrams, monitoring.")},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Lessons noted for the next change"), false, ""}}},
        {QT_TRANSLATE_NOOP("ft::StockTemplates", "New starter workstation"), bit(Kind::Request),
         {{QT_TRANSLATE_NOOP("ft::StockTemplates", "Account created and password handed over safely"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Laptop imaged, encrypted and updated"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Email, calendar and chat work"), true, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "Printer and shared drives mapped"), false, ""},
          {QT_TRANSLATE_NOOP("ft::StockTemplates", "New starter knows how to reach the service desk"), true, ""}}},
    };
    return all;
}

} // namespace

QList<ChecklistTemplate> stockTemplates()
{
    QList<ChecklistTemplate> out;
    for (const StockTemplate &stock : stockTemplateTexts()) {
        ChecklistTemplate t;
        t.name = Tr::tr(stock.name);
        t.kindMask = stock.kindMask;
        for (const StockItem &item : stock.items) {
            ChecklistTemplateItem i;
            i.position = int(t.items.size());
            i.text = Tr::tr(item.text);
            i.required = item.required;
            i.hint = *item.hint ? Tr::tr(item.hint) : QString();
            t.items << i;
        }
        t.position = int(out.size());
        out << t;
    }
    return out;
}

} // namespace ft
