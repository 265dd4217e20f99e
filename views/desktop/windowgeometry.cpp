#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace ft::geometry {

namespace {

const QString group = QStringLiteral("window/geometryByScreen/");
const QString lastScreen = QStringLiteral("window/lastScreen");

// QSettings treats "/" and "\" in keys as separators.
QString settingsKey(const QString &key)
{
    QString safe = key;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return group + safe;
}

} // namespace

QString screenKey(const QScreen *screen)
{
    if (!screen)
        return QStringLiteral("unknown");
    const QSize size = screen->size();
    return QStringLiteral("%1 %2x%3").arg(screen->name()).arg(size.width()).arg(size.height());
}

void save(QSettings &settings, const QWidget *window)
{
    const QString key = screenKey(window->screen());
    settings.setValue(settingsKey(key), window->saveGeometry());
    settings.setValue(lastScreen, key);
}

bool restore(const QSettings &settings, QWidget *window)
{
    QStringList candidates;
    QStringList connected;
    for (const QScreen *screen : QGuiApplication::screens())
        connected << screenKey(screen);
    const QString last = settings.value(lastScreen).toString();
    if (connected.contains(last))
        candidates << last;
    candidates << screenKey(QGuiApplication::primaryScreen()) << connected;
    for (const QString &key : std::as_const(candidates)) {
        const QByteArray saved = settings.value(settingsKey(key)).toByteArray();
        if (!saved.isEmpty() && window->restoreGeometry(saved))
            return true;
    }
    return false;
}

void fitToScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known once the window is shown; before, allow a typical one.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const int extraW = window->isVisible() ? frame.width() - inner.width() : 0;
    const int extraH = window->isVisible() ? frame.height() - inner.height() : 32;
    QSize size = preferred.isValid() ? preferred : inner.size();
    size = size.boundedTo(QSize(available.width() - extraW, available.height() - extraH));
    size = size.expandedTo(window->minimumSize());
    if (size != inner.size())
        window->resize(size);
    QRect placed(window->frameGeometry().topLeft(), QSize(size.width() + extraW, size.height() + extraH));
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    if (placed.left() < available.left())
        placed.moveLeft(available.left());
    if (placed.top() < available.top())
        placed.moveTop(available.top());
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

} // namespace ft::geometry
