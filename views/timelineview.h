#pragma once

#include <QTreeView>

namespace ft {

class TimelineModel;

// A follow-up's timeline, newest first, one event per line with its full text on hover.
class TimelineView : public QTreeView
{
    Q_OBJECT
public:
    TimelineView(TimelineModel *model, QWidget *parent = nullptr);
};

} // namespace ft
