#pragma once

class QSplitter;
class QWidget;

namespace ft {

// Keeps a list and its details panel side by side while the screen has the room for both at their
// least widths, and puts the panel below the list when it has not: the window never has to grow
// past the screen for the panel, whatever the screen, the language or the follow-up shown.
class PanelPlacement
{
public:
    // `splitter` holds the list (first) and the panel (second); `window` is the top-level window.
    PanelPlacement(QSplitter *splitter, QWidget *window);
    // Decides again from the available width of the window's screen; true when the panel is beside.
    bool update();

private:
    QSplitter *m_splitter;
    QWidget *m_window;
};

} // namespace ft
