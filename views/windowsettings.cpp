#include "windowsettings.h"

#include "desktop/windowgeometry.h"
#include "followuplistview.h"
#include "todayview.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace ft::windowsettings {

void save(const Layout &layout)
{
    QSettings settings;
    geometry::save(settings, layout.window);
    settings.setValue(QStringLiteral("window/state"), layout.window->saveState());
    settings.setValue(QStringLiteral("window/splitter"), layout.main->saveState());
    settings.setValue(QStringLiteral("window/panelSplitter"), layout.panel->saveState());
    settings.remove(QStringLiteral("window/view"));   // the window opens on Today, whatever was shown last
    settings.setValue(QStringLiteral("window/todayHeader"), layout.today->saveHeader());
    layout.list->saveState(settings);
}

void restore(const Layout &layout)
{
    const QSettings settings;
    QMainWindow *window = layout.window;
    if (!geometry::restore(settings, window))
        geometry::fitToScreen(window, window->screen() ? window->screen()->availableGeometry().size() * 0.9 : QSize(1360, 840));
    else
        geometry::fitToScreen(window);   // saved on a larger screen of the same name, or the panels moved
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!layout.main->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        layout.main->setSizes({940, 460});
    if (!layout.panel->restoreState(settings.value(QStringLiteral("window/panelSplitter")).toByteArray()))
        layout.panel->setSizes({300, 220, 320});
    const QByteArray todayHeader = settings.value(QStringLiteral("window/todayHeader")).toByteArray();
    if (!todayHeader.isEmpty())
        layout.today->restoreHeader(todayHeader);
    layout.list->restoreState(settings);
}

} // namespace ft::windowsettings
