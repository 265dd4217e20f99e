#include "checklist/checklistservice.h"
#include "checklists/checklistrunwidget.h"
#include "domain/followupservice.h"
#include "followuplookups.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>

using namespace ft;

// The checklist in the panel: rows that stay put while they are ticked, required items marked,
// the templates' hints shown.
class tst_ChecklistRunWidget : public QObject
{
    Q_OBJECT

    static QList<QCheckBox *> boxes(QWidget &w)
    {
        QList<QCheckBox *> out;
        for (QCheckBox *b : w.findChildren<QCheckBox *>())
            if (b->objectName().startsWith(QLatin1String("checklistItem_")))
                out << b;
        std::sort(out.begin(), out.end(), [](QCheckBox *a, QCheckBox *b) { return a->objectName() < b->objectName(); });
        return out;
    }

private slots:
    void shouldKeepEveryRowInPlaceWhileTicking()
    {
        test::TempStore temp(test::Checklists::Stock);
        FollowUpService service(temp.store());
        FollowUp draft;
        draft.kind = Kind::Incident;
        draft.title = QStringLiteral("Printer offline");
        auto created = service.create(draft);
        QVERIFY(created);
        auto stored = followUpById(temp.store(), created.value().id);
        QVERIFY(stored);
        ChecklistService checklists(temp.store());
        ChecklistRunWidget widget(checklists, temp.store().timeZone());
        widget.resize(420, 700);
        widget.showFollowUp(stored.value());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QList<QCheckBox *> before = boxes(widget);
        QVERIFY(before.size() >= 3);
        QTRY_VERIFY(before.first()->mapTo(&widget, QPoint(0, 0)).y() > 0);
        QList<int> rows;
        for (QCheckBox *b : before)
            rows << b->mapTo(&widget, QPoint(0, 0)).y();

        // Tick the first two, one after the other: the boxes below never move.
        for (int i = 0; i < 2; ++i) {
            boxes(widget).at(i)->click();
            QTRY_VERIFY(boxes(widget).at(i)->isChecked());
            const auto positions = [&] {
                QList<int> now;
                for (QCheckBox *b : boxes(widget))
                    now << b->mapTo(&widget, QPoint(0, 0)).y();
                return now;
            };
            QTRY_VERIFY(positions().value(0) > 0);   // laid out again
            QCOMPARE(positions(), rows);
        }
    }

    void shouldMarkRequiredItemsAndShowHints()
    {
        test::TempStore temp(test::Checklists::Stock);
        FollowUpService service(temp.store());
        FollowUp draft;
        draft.kind = Kind::Incident;
        draft.title = QStringLiteral("Printer offline");
        auto created = service.create(draft);
        QVERIFY(created);
        ChecklistService checklists(temp.store());
        ChecklistRunWidget widget(checklists, temp.store().timeZone());
        widget.showFollowUp(followUpById(temp.store(), created.value().id).value());
        auto runs = checklists.runs(created.value().id);
        QVERIFY(runs && !runs->isEmpty());
        int hints = 0;
        for (const ChecklistRunItem &item : runs->first().items) {
            auto words = widget.findChild<QLabel *>(QStringLiteral("checklistText_%1").arg(item.id));
            QVERIFY(words);
            QVERIFY(words->text().contains(item.required ? QStringLiteral("(required)") : QStringLiteral("(advisory)")));
            if (!item.hint.isEmpty()) {
                auto hint = widget.findChild<QLabel *>(QStringLiteral("checklistHint_%1").arg(item.id));
                QVERIFY(hint);
                QCOMPARE(hint->text(), item.hint);
                ++hints;
            }
        }
        QVERIFY(hints > 0);   // the stock incident template has hints
    }
};

QTEST_MAIN(tst_ChecklistRunWidget)
#include "tst_checklistrunwidget.moc"
