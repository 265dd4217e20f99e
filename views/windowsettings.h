#pragma once

class QMainWindow;
class QSplitter;

namespace ft {

class FollowUpListView;
class TodayView;

// What of the main window's layout is kept between sessions: the geometry per screen, the toolbar,
// the two splitters, the Today review's columns and the list's columns and filter.
namespace windowsettings {

struct Layout
{
    QMainWindow *window;
    QSplitter *main;    // the views beside (or above) the follow-up panel
    QSplitter *panel;   // the panel's details, timeline and checklist
    TodayView *today;
    FollowUpListView *list;
};

void save(const Layout &layout);
// What was saved, or sizes that suit a first start on this screen.
void restore(const Layout &layout);

} // namespace windowsettings
} // namespace ft
