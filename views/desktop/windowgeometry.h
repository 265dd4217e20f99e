#pragma once

#include <QSize>
#include <QString>

class QScreen;
class QSettings;
class QWidget;

// Window geometry remembered per screen: a laptop used on its own and at a desk with a large
// monitor keeps one geometry for each, so undocking never leaves the window off screen or huge.
// The key is the screen's name and size ("eDP-1 1920x1080").
namespace ft::geometry {

QString screenKey(const QScreen *screen);
// Saves under the key of the screen the window is on, and remembers that screen.
void save(QSettings &settings, const QWidget *window);
// Restores the geometry saved for the screen it was last on when that screen is connected,
// else the one saved for any connected screen (primary first); false when none fits.
bool restore(const QSettings &settings, QWidget *window);
// Moves and shrinks `window` so that its frame lies within the available geometry (the screen less
// panels and docks) of the screen it is on; `preferred` is the size it takes when it fits.
void fitToScreen(QWidget *window, QSize preferred = {});

} // namespace ft::geometry
