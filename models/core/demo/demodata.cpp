#include "demo/demodata.h"

// Sample content is data, not user interface: it is the same in every language, like a
// colleague's ticket text would be.
namespace ft::demo {

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *s : items)
        result << QString::fromUtf8(s);
    return result;
}
} // namespace

const std::vector<TeamInfo> &teams()
{
    static const std::vector<TeamInfo> all{
        {QStringLiteral("Service Desk"), 0.40},
        {QStringLiteral("Desktop Support"), 0.25},
        {QStringLiteral("Network"), 0.15},
        {QStringLiteral("Applications"), 0.20},
    };
    return all;
}

const std::vector<CategoryInfo> &categories(Kind kind)
{
    enum { Desk, Desktop, Net, Apps };
    static const QStringList printers = list({"on floor 2", "in the post room", "in Finance", "at reception",
                                              "on floor 4", "in the warehouse office"});
    static const QStringList apps = list({"the expenses system", "the CRM", "the HR portal", "the intranet",
                                          "the stock system", "Teams", "the VPN client", "the timesheet tool"});
    static const QStringList places = list({"meeting room 3", "the Leeds office", "floor 5", "the warehouse",
                                            "the training room", "reception", "the boardroom"});
    static const QStringList devices = list({"laptop", "docking station", "monitor", "headset", "keyboard",
                                             "desk phone", "mobile phone"});
    static const QStringList mailboxes = list({"Accounts", "Sales", "Recruitment", "Facilities", "Support"});

    static const std::vector<CategoryInfo> incident{
        {QStringLiteral("Email"), Apps, 0.18,
         list({"Outlook keeps asking for the password", "Shared mailbox %1 not showing", "Emails to %1 bounce back",
               "Calendar invites not arriving", "Mailbox full warning"}), mailboxes},
        {QStringLiteral("Printing"), Desktop, 0.14,
         list({"Printer %1 jams on every job", "Cannot print to the printer %1", "Printer %1 prints blank pages",
               "Scanner %1 does not send to email"}), printers},
        {QStringLiteral("Network"), Net, 0.15,
         list({"Wi-Fi drops in %1", "No network in %1", "VPN disconnects every few minutes", "Internet very slow in %1",
               "Cannot reach the file share from %1"}), places},
        {QStringLiteral("Access"), Desk, 0.20,
         list({"Account locked out", "Cannot log in to %1", "Password expired and reset fails",
               "Lost access to %1 after the update", "Two-factor prompt never arrives"}), apps},
        {QStringLiteral("Hardware"), Desktop, 0.15,
         list({"%1 will not power on", "%1 is very slow", "Broken screen on %1", "%1 not recognised by the dock",
               "Battery of %1 drains in an hour"}), devices},
        {QStringLiteral("Software"), Apps, 0.18,
         list({"%1 crashes on start", "Error when saving in %1", "%1 is very slow since Monday",
               "Cannot open attachments in %1", "%1 shows the wrong figures"}), apps},
    };
    static const std::vector<CategoryInfo> request{
        {QStringLiteral("Access"), Desk, 0.35,
         list({"Access to %1 for a new team member", "Remove access to %1 for a leaver",
               "Read-only access to %1 for an auditor", "Access to %1 for a contractor"}), apps},
        {QStringLiteral("Hardware"), Desktop, 0.25,
         list({"New %1 please", "Replacement %1", "Second %1 for home working", "Loan %1 for a trip"}), devices},
        {QStringLiteral("Software"), Apps, 0.20,
         list({"Install %1", "Licence for %1", "Upgrade %1 to the current version"}), apps},
        {QStringLiteral("New starter"), Desktop, 0.12,
         list({"New starter in %1 on Monday", "Workstation for a new starter in %1", "New starter kit for %1"}),
         list({"Finance", "Sales", "HR", "Operations", "Marketing", "Legal"})},
        {QStringLiteral("Email"), Apps, 0.08,
         list({"New distribution list for %1", "Out-of-office set-up for %1", "Mailbox delegation for %1"}), mailboxes},
    };
    static const std::vector<CategoryInfo> change{
        {QStringLiteral("Network"), Net, 0.35,
         list({"Replace the switch in %1", "New Wi-Fi access point in %1", "Firewall rule for %1",
               "Move the printer VLAN in %1"}), places},
        {QStringLiteral("Software"), Apps, 0.35,
         list({"Upgrade %1", "Monthly patching of %1", "Configuration change in %1"}), apps},
        {QStringLiteral("Server"), Net, 0.15,
         list({"Add disk space to the file server", "Replace the backup tape drive", "Renew the web certificate",
               "Move %1 to the new host"}), apps},
        {QStringLiteral("Security"), Apps, 0.15,
         list({"Enforce two-factor sign-in for %1", "Disable legacy sign-in for %1", "Review admin rights in %1"}), apps},
    };
    static const std::vector<CategoryInfo> problem{
        {QStringLiteral("Network"), Net, 0.35,
         list({"Recurring Wi-Fi drops in %1", "Intermittent VPN failures", "Slow file share every morning"}), places},
        {QStringLiteral("Email"), Apps, 0.25,
         list({"Repeated mailbox sync failures", "Password prompts after every update", "Delayed mail to %1"}),
         mailboxes},
        {QStringLiteral("Software"), Apps, 0.25,
         list({"%1 crashes for several users", "Recurring data errors in %1"}), apps},
        {QStringLiteral("Hardware"), Desktop, 0.15,
         list({"Batch of %1s failing early", "Docking stations dropping displays"}), devices},
    };
    switch (kind) {
    case Kind::Incident: return incident;
    case Kind::Request: return request;
    case Kind::Change: return change;
    case Kind::Problem: return problem;
    }
    return incident;
}

const QStringList &firstNames()
{
    static const QStringList all = list({
        "Ana", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya",
        "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe",
        "Amir", "Bianca", "Carlos", "Dana", "Erik", "Fatima", "Gustav", "Hana", "Ivan", "Julia", "Kofi", "Lena",
        "Marco", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor", "Yara", "Aisha", "Bruno",
    });
    return all;
}

const QStringList &lastNames()
{
    static const QStringList all = list({
        "Lopez", "Becker", "Martin", "Okafor", "Novak", "Haddad", "Kim", "Schmidt", "Rossi", "Nowak", "Ahmed",
        "Johansson", "Costa", "Fischer", "Murphy", "Ivanova", "Tanaka", "Dubois", "Singh", "Moreau", "Bauer", "Silva",
        "Kowalski", "Larsen", "Mensah", "Weber", "Garcia", "Horvat", "Yilmaz", "Brown", "Nielsen", "Patel", "Keller",
        "Ferreira", "Wagner", "Jansen", "Popescu", "Walsh", "Richter", "Santos",
    });
    return all;
}

const QStringList &firstContactPhrases()
{
    static const QStringList all = list({"Called back, reproducing the problem together",
                                         "Acknowledged, looking into it now", "Remote session booked for this afternoon",
                                         "Asked for a screenshot of the error", "Visited the desk, checked the setup",
                                         "Confirmed the details and the impact"});
    return all;
}

const QStringList &updatePhrases()
{
    static const QStringList all = list({"Still working on it, next step agreed", "Tried a fix, needs a second look",
                                         "Escalated internally, waiting for a colleague",
                                         "Testing a workaround with the user", "Update given, no change yet",
                                         "Found a likely cause, testing"});
    return all;
}

const QStringList &waitingPhrases(bool vendor)
{
    static const QStringList requester = list({"Asked the requester to test when back at the desk",
                                               "Waiting for the manager's approval", "Asked for the serial number"});
    static const QStringList supplier = list({"Logged a case with the vendor", "Part ordered from the supplier",
                                              "Waiting for the carrier to fix the line"});
    return vendor ? supplier : requester;
}

const QStringList &replyPhrases(bool vendor)
{
    static const QStringList requester = list({"Requester replied with the details", "Approval received",
                                               "Requester tested, sent the result"});
    static const QStringList supplier = list({"Vendor sent a fix", "Part arrived", "Carrier reports the line fixed"});
    return vendor ? supplier : requester;
}

const QStringList &notePhrases()
{
    static const QStringList all = list({"Internal: checked the logs", "Internal: same as last month's ticket",
                                         "Internal: asked the team in chat", "Internal: knowledge article is outdated"});
    return all;
}

const QStringList &fixedPhrases()
{
    static const QStringList all = list({"User confirmed it works again", "Delivered and confirmed",
                                         "Fixed, user tested it with me", "Done, requester happy",
                                         "Completed and verified"});
    return all;
}

const QStringList &callbackPhrases()
{
    static const QStringList all = list({"User called back: the problem is back", "Requester says it is not working",
                                         "Same fault again this morning", "Something was missed, reopening"});
    return all;
}

const QStringList &overrideReasons()
{
    static const QStringList all = list({"User unreachable, closing on the agreed deadline",
                                         "Knowledge base down, will link the article later",
                                         "Vendor fix confirmed by monitoring, user on leave",
                                         "Duplicate of a ticket already closed properly"});
    return all;
}

const QStringList &surveyComments(bool happy)
{
    static const QStringList good = list({"Quick and friendly, thanks!", "Kept me informed the whole time",
                                          "Fixed first time", "Great service"});
    static const QStringList bad = list({"Took far too long", "Nobody called me back when promised",
                                         "Had to chase twice", "Problem came back the next day"});
    return happy ? good : bad;
}

} // namespace ft::demo
