// The bundled action icons: one for every name the window asks for, drawn in the palette's colours.
#include "desktop/actionicons.h"

#include <QApplication>
#include <QDirIterator>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace ft;

class tst_ActionIcons : public QObject
{
    Q_OBJECT

    // The darkest and lightest opaque pixels' lightness.
    static std::pair<int, int> lightnessRange(const QImage &image)
    {
        int darkest = 255, lightest = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 200)
                    continue;
                darkest = qMin(darkest, c.lightness());
                lightest = qMax(lightest, c.lightness());
            }
        return {darkest, lightest};
    }

private slots:
    void shouldBundleEveryIconAsAValid24PixelSvg()
    {
        QDirIterator it(QStringLiteral(":/icons/actions"));
        int count = 0;
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).completeBaseName();
            const QImage image = icons::bundled(name).pixmap(24, 24).toImage();
            QVERIFY2(!image.isNull(), qPrintable(name));
            int opaque = 0;
            for (int y = 0; y < 24; ++y)
                for (int x = 0; x < 24; ++x)
                    opaque += image.pixelColor(x, y).alpha() > 0;
            QVERIFY2(opaque > 20, qPrintable(name));   // something was drawn
            ++count;
        }
        QVERIFY(count >= 20);
        QVERIFY(!icons::application().pixmap(64, 64).isNull());
    }

    void shouldDrawTheOutlineInThePaletteTextColour()
    {
        const QPalette original = QApplication::palette();
        QPalette light = original;
        light.setColor(QPalette::WindowText, Qt::black);
        QApplication::setPalette(light);
        const auto onLight = lightnessRange(icons::bundled(QStringLiteral("edit-find")).pixmap(48, 48).toImage());
        QPalette dark = original;
        dark.setColor(QPalette::WindowText, Qt::white);
        QApplication::setPalette(dark);
        const auto onDark = lightnessRange(icons::bundled(QStringLiteral("edit-find")).pixmap(48, 48).toImage());
        QApplication::setPalette(original);
        QVERIFY2(onLight.first < 40, qPrintable(QString::number(onLight.first)));
        QVERIFY2(onDark.second > 215, qPrintable(QString::number(onDark.second)));
    }

    void shouldPreferTheBundledIconWhenTheThemeHasNone()
    {
        const QIcon icon = icons::action(QStringLiteral("task-reopen"));   // in no freedesktop theme
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(24, 24).isNull());
    }
};

QTEST_MAIN(tst_ActionIcons)
#include "tst_actionicons.moc"
