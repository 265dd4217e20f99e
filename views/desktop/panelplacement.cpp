#include "desktop/panelplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSplitter>
#include <QStyle>

namespace ft {

PanelPlacement::PanelPlacement(QSplitter *splitter, QWidget *window)
    : m_splitter(splitter)
    , m_window(window)
{
}

bool PanelPlacement::update()
{
    const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen || m_splitter->count() < 2)
        return true;
    // What the window needs around the splitter: its frame and the margins of the central widget.
    const int frame = m_window->isVisible() ? m_window->frameGeometry().width() - m_window->width() : 16;
    const int around = m_window->width() - m_splitter->width();
    const int room = screen->availableGeometry().width() - frame - std::max(0, around);
    int beside = m_splitter->handleWidth();
    for (int i = 0; i < m_splitter->count(); ++i) {
        const QWidget *w = m_splitter->widget(i);
        if (!w->isHidden())
            beside += w->minimumSizeHint().width();
    }
    const Qt::Orientation wanted = beside <= room ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        // Half and half: the list above keeps enough rows to work down, the panel below its fields.
        const int length = wanted == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
        m_splitter->setSizes({length * 3 / 5, length * 2 / 5});
    }
    return wanted == Qt::Horizontal;
}

} // namespace ft
