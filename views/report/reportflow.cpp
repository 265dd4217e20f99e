#include "report/reportflow.h"

namespace ft::reportflow {

ReportBox textBox(ReportBox::Kind kind, const QString &text)
{
    ReportBox b;
    b.kind = kind;
    b.text = text;
    return b;
}

void paragraph(Flow &flow, const QFont &font, const QString &text, qreal gapAfter)
{
    const qreal h = flow.textHeight(font, text, flow.width());
    flow.ensure(h);
    ReportBox &b = flow.place(textBox(ReportBox::Kind::Paragraph, text), h, gapAfter);
    b.neededHeight = h;
}

void heading(Flow &flow, const ReportFonts &fonts, const QString &text, qreal keepWith)
{
    const qreal h = flow.textHeight(fonts.heading, text, flow.width());
    flow.ensure(h + flow.mm(3) + keepWith);
    ReportBox &b = flow.place(textBox(ReportBox::Kind::Heading, text), h, flow.mm(3));
    b.neededHeight = h;
}

} // namespace ft::reportflow
