// Screenshots of the real window for the user guide and for checking the look (dark palette,
// scaling) without a mouse:
//   guideshots --db FILE --out PNG [--dark] [--view today|list] [--select-first]
//              [--trigger ACTION]... [--grab window|modal|NAME] [--size WxH] [--wait MS]
// ACTION is an action's objectName; NAME a widget's objectName (grabbed wherever it is).
#include "mainwindow.h"
#include "store/store.h"
#include "todaymodel.h"

#include <QAction>
#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QWidget *findWidget(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == name && top->isVisible())
            return top;
        if (auto w = top->findChild<QWidget *>(name); w && w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("followthrough-guideshots"));
    QCoreApplication::setOrganizationName(QStringLiteral("followthrough-guideshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral("guide"));
    QTextStream err(stderr);

    QString db, out, view = QStringLiteral("today"), grab = QStringLiteral("window");
    QStringList triggers;
    bool dark = false, selectFirst = false;
    QSize size(1280, 800);
    int wait = 800;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--db")) db = next();
        else if (a == QLatin1String("--out")) out = next();
        else if (a == QLatin1String("--dark")) dark = true;
        else if (a == QLatin1String("--view")) view = next();
        else if (a == QLatin1String("--select-first")) selectFirst = true;
        else if (a == QLatin1String("--trigger")) triggers << next();
        else if (a == QLatin1String("--grab")) grab = next();
        else if (a == QLatin1String("--wait")) wait = next().toInt();
        else if (a == QLatin1String("--size")) {
            const QStringList wh = next().split(QLatin1Char('x'));
            if (wh.size() == 2)
                size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        } else {
            err << "unknown option " << a << '\n';
            return 2;
        }
    }
    if (db.isEmpty() || out.isEmpty()) {
        err << "usage: guideshots --db FILE --out PNG [options]\n";
        return 2;
    }
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    auto store = ft::Store::open(db);
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    ft::MainWindow window(*store.value());
    window.resize(size);
    window.show();
    window.showView(view == QLatin1String("list") ? ft::MainWindow::View::List : ft::MainWindow::View::Today);
    if (selectFirst) {
        ft::TodayModel *model = window.todayModel();
        for (int s = 0; s < ft::TodayModel::SectionCount; ++s) {
            const QModelIndex section = model->sectionIndex(ft::TodayModel::Section(s));
            if (model->rowCount(section) > 0) {
                window.setCurrent(model->idAt(model->index(0, 0, section)));
                break;
            }
        }
    }

    int status = 0;
    // Actions may open modal dialogs, whose exec() only returns when closed: trigger each from
    // the event loop, and take the picture from a timer that runs inside that dialog's loop.
    for (const QString &name : std::as_const(triggers)) {
        QTimer::singleShot(100, &window, [&window, name, &status, &err] {
            auto action = window.findChild<QAction *>(name);
            if (!action) {
                err << "no action " << name << '\n';
                status = 1;
                return;
            }
            action->trigger();
        });
    }
    QTimer::singleShot(wait, &window, [&] {
        QWidget *target = &window;
        if (grab == QLatin1String("modal"))
            target = QApplication::activeModalWidget();
        else if (grab != QLatin1String("window"))
            target = findWidget(grab);
        if (!target) {
            err << "nothing to grab: " << grab << '\n';
            status = 1;
        } else if (!target->grab().save(out)) {
            err << "cannot write " << out << '\n';
            status = 1;
        }
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        QCoreApplication::exit(status);
        window.close();
    });
    QApplication::exec();
    return status;
}
