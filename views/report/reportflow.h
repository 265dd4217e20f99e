#pragma once

#include "report/reportlayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <functional>

// The report's page flow: boxes placed top to bottom, a new page when the next one does not fit,
// and the plain blocks (paragraph, heading). Shared by the layout's sections and its tables.
namespace ft::reportflow {

constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// Places boxes top to bottom, starting a new page when the next one would not fit the body.
class Flow
{
public:
    Flow(const QPaintDevice &device, ReportLayout &layout)
        : m_device(device), m_layout(layout)
    {
        newPage();
    }

    const QPaintDevice &device() const { return m_device; }
    qreal mm(qreal millimetres) const { return millimetres * m_device.logicalDpiY() / 25.4; }
    qreal width() const { return m_layout.body.width(); }
    qreal left() const { return m_layout.body.left(); }
    qreal spaceLeft() const { return m_layout.body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_layout.body.top() + 0.5; }

    qreal textHeight(const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).height();
    }

    // True when wrapping cannot bring the text within `width`.
    bool tooWide(const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).width() > width + 0.5;
    }

    void newPage()
    {
        m_layout.pages.append(ReportPage{});
        m_y = m_layout.body.top();
    }

    // Starts a new page unless `height` (plus what must stay with it) still fits.
    void ensure(qreal height)
    {
        if (!atPageTop() && height > spaceLeft())
            newPage();
    }

    ReportBox &place(ReportBox box, qreal height, qreal gapAfter)
    {
        box.rect = QRectF(left(), m_y, width(), height);
        m_contentBottom = box.rect.bottom();
        m_y += height + gapAfter;
        m_layout.pages.last().boxes.append(std::move(box));
        return m_layout.pages.last().boxes.last();
    }

    void skip(qreal height) { m_y = qMin(m_y + height, m_layout.body.bottom()); }

    // How tall `section` comes out when laid out on one endless page of this width.
    qreal measure(const std::function<void(Flow &)> &section) const
    {
        ReportLayout scratch;
        scratch.body = QRectF(left(), 0, width(), 1e9);
        Flow flow(m_device, scratch);
        section(flow);
        return flow.m_contentBottom;   // the gap after the last box may fall past the page end
    }

    // A section that fits on one page starts on a new page rather than break in two, unless that
    // would leave more than half of this page empty.
    void keepTogether(const std::function<void(Flow &)> &section)
    {
        const qreal h = measure(section);
        const qreal page = m_layout.body.height();
        if (!atPageTop() && h > spaceLeft() && h <= page && spaceLeft() < page / 2)
            newPage();
        section(*this);
    }

private:
    const QPaintDevice &m_device;
    ReportLayout &m_layout;
    qreal m_y = 0;
    qreal m_contentBottom = 0;
};

ReportBox textBox(ReportBox::Kind kind, const QString &text);
void paragraph(Flow &flow, const QFont &font, const QString &text, qreal gapAfter);
// A heading never ends a page: it moves on with at least `keepWith` of what follows it.
void heading(Flow &flow, const ReportFonts &fonts, const QString &text, qreal keepWith);

} // namespace ft::reportflow
