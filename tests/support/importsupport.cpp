#include "importsupport.h"

#include "testsupport.h"

namespace ft::test {

importing::ImportReport mustImportAt(Timestamp fallbackNow, const Store &store, const QString &path,
                                     importing::ImportOptions options)
{
    if (options.now == 0)
        options.now = fallbackNow;
    auto r = importing::importFile(store, path, options);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(path), qPrintable(r.error().message));
    return r.value();
}

importing::ImportReport mustImport(const Store &store, const QString &path, importing::ImportOptions options)
{
    return mustImportAt(at(2026, 4, 1, 9, 0), store, path, std::move(options));
}

QByteArray smallServiceNowLog()
{
    return "number,incident_state,active,reopen_count,sys_mod_count,made_sla,caller_id,opened_at,sys_updated_by,"
               "sys_updated_at,contact_type,category,subcategory,u_symptom,priority,assignment_group,assigned_to,"
               "resolved_at,closed_at\n"
               "INC1,New,true,0,0,true,Caller 1,1/3/2016 9:00,Updated by 1,1/3/2016 9:05,Phone,Category 5,Sub 7,"
               "Symptom 9,3 - Moderate,Group 1,?,?,10/3/2016 12:00\n"
               "INC1,Active,true,0,1,true,Caller 1,1/3/2016 9:00,Updated by 2,1/3/2016 10:00,Phone,Category 5,Sub 7,"
               "Symptom 9,3 - Moderate,Group 1,Resolver 4,?,10/3/2016 12:00\n"
               "INC1,Awaiting User Info,true,0,2,true,Caller 1,1/3/2016 9:00,Updated by 2,1/3/2016 11:00,Phone,"
               "Category 5,Sub 7,Symptom 9,3 - Moderate,Group 1,Resolver 4,?,10/3/2016 12:00\n"
               "INC1,Active,true,0,3,true,Caller 1,1/3/2016 9:00,Updated by 2,2/3/2016 14:30,Phone,Category 5,Sub 7,"
               "Symptom 9,2 - High,Group 1,Resolver 4,?,10/3/2016 12:00\n"
               "INC1,Resolved,true,0,4,true,Caller 1,1/3/2016 9:00,Updated by 2,3/3/2016 16:00,Phone,Category 5,"
               "Sub 7,Symptom 9,2 - High,Group 1,Resolver 4,3/3/2016 16:00,10/3/2016 12:00\n"
               "INC1,Closed,false,0,5,true,Caller 1,1/3/2016 9:00,Updated by 3,10/3/2016 12:00,Phone,Category 5,"
               "Sub 7,Symptom 9,2 - High,Group 1,Resolver 4,3/3/2016 16:00,10/3/2016 12:00\n"
               "INC2,Resolved,true,0,1,false,Caller 2,13/3/2016 8:00,Updated by 5,13/3/2016 9:00,Email,Category 6,"
               "?,?,4 - Low,Group 2,Resolver 8,?,20/3/2016 9:00\n"
               "INC2,New,true,0,0,false,Caller 2,13/3/2016 8:00,Updated by 5,13/3/2016 8:10,Email,Category 6,"
               "?,?,4 - Low,Group 2,?,?,20/3/2016 9:00\n"
               "INC2,-100,true,1,2,false,Caller 2,13/3/2016 8:00,Updated by 5,14/3/2016 9:00,Email,Category 6,"
               "?,?,4 - Low,Group 2,Resolver 8,?,20/3/2016 9:00\n"
               "INC2,Active,true,1,3,false,Caller 2,13/3/2016 8:00,Updated by 5,14/3/2016 10:00,Email,Category 6,"
               "?,?,4 - Low,Group 2,Resolver 8,?,20/3/2016 9:00\n"
               "INC2,Resolved,true,1,4,false,Caller 2,13/3/2016 8:00,Updated by 5,15/3/2016 10:00,Email,Category 6,"
               "?,?,4 - Low,Group 2,Resolver 8,?,20/3/2016 9:00\n"
               "INC2,Closed,false,1,5,false,Caller 2,13/3/2016 8:00,Updated by 6,20/3/2016 9:00,Email,Category 6,"
               "?,?,1,Group 2,Resolver 8,?,20/3/2016 9:00\n";
}

} // namespace ft::test
