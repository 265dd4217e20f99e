#include "actionicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace ft::icons {

namespace {

// Paints an SVG whose strokes say "currentColor" (outline) and "#accent" (the one coloured part)
// in the colours of the current palette.
class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor outline = palette.color(group, QPalette::WindowText);
        // Disabled icons stay one colour, so that the whole icon reads as unavailable.
        const QColor accent = mode == QIcon::Disabled ? outline : palette.color(QPalette::Active, QPalette::Highlight);
        QByteArray svg = m_svg;
        svg.replace("currentColor", outline.name().toLatin1());
        svg.replace("#accent", accent.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("ft-palette-svg"); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon bundled(const QString &themeName)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(themeName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteSvgEngine(file.readAll()));
}

QIcon action(const QString &themeName) { return QIcon::fromTheme(themeName, bundled(themeName)); }

QIcon application() { return QIcon(QStringLiteral(":/icons/org.followthrough.FollowThrough.svg")); }

} // namespace ft::icons
