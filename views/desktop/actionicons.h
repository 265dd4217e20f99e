#pragma once

#include <QIcon>

// Icons for the actions: the desktop's icon theme first, so that FollowThrough looks like its
// neighbours; our own small SVGs (resources/icons/actions) where the theme has none. The bundled
// ones are drawn in the palette's text and highlight colours at paint time, so they stay
// visible in a dark palette and follow a palette change while the app runs.
namespace ft::icons {

// `themeName` is a freedesktop icon name; its fallback is :/icons/actions/<themeName>.svg.
QIcon action(const QString &themeName);
// The bundled fallback alone (tests, and places where the theme must not decide).
QIcon bundled(const QString &themeName);
// The application icon, embedded.
QIcon application();

} // namespace ft::icons
