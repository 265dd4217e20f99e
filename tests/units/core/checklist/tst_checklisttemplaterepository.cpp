#include "checklist/templaterepository.h"
#include "testsupport.h"

#include <QTest>

using namespace ft;

class tst_ChecklistTemplateRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_temp;
    std::unique_ptr<ChecklistTemplateRepository> m_repo;

    // The item texts in order, joined with commas.
    QString texts(ChecklistTemplateId id)
    {
        QStringList out;
        const ChecklistTemplate t = m_repo->load(id).value();
        for (const ChecklistTemplateItem &i : t.items)
            out << i.text;
        return out.join(QLatin1Char(','));
    }
    static QString joined(const QStringList &l) { return l.join(QLatin1Char(',')); }
    QList<int> positions(ChecklistTemplateId id)
    {
        QList<int> out;
        const ChecklistTemplate t = m_repo->load(id).value();
        for (const ChecklistTemplateItem &i : t.items)
            out << i.position;
        return out;
    }
    // A template with items A, B, C, D in that order; returns the template and its item ids.
    std::pair<ChecklistTemplateId, QList<qint64>> abcd()
    {
        const ChecklistTemplateId id = m_repo->create(QStringLiteral("Letters")).value();
        QList<qint64> items;
        for (const char *t : {"A", "B", "C", "D"})
            items << m_repo->addItem(id, QString::fromLatin1(t)).value();
        return {id, items};
    }

private slots:
    void init()
    {
        m_repo.reset();
        m_temp = std::make_unique<test::TempStore>();
        m_repo = std::make_unique<ChecklistTemplateRepository>(m_temp->store());
    }

    void shouldShipFourStockTemplatesInAFreshStore()
    {
        test::TempStore stock(test::Checklists::Stock);
        ChecklistTemplateRepository repo(stock.store());
        const auto all = repo.templates().value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).name, QStringLiteral("Incident closure"));
        QCOMPARE(all.at(0).items.at(0).text, QStringLiteral("User confirmed it is fixed"));
        QVERIFY(all.at(0).items.at(0).required);
        QVERIFY(!all.at(0).items.at(2).required);
    }

    void shouldCreateRenameAndRefuseDuplicateNames()
    {
        const auto id = m_repo->create(QStringLiteral("  Printer fix  ")).value();
        QCOMPARE(m_repo->load(id).value().name, QStringLiteral("Printer fix"));
        QVERIFY(m_repo->rename(id, QStringLiteral("Printer repair")));
        QCOMPARE(m_repo->load(id).value().name, QStringLiteral("Printer repair"));
        auto twin = m_repo->create(QStringLiteral("printer REPAIR"));
        QVERIFY(!twin);
        QCOMPARE(twin.error().code, Error::Code::Conflict);
        QVERIFY(twin.error().message.contains(QStringLiteral("Printer repair")) || twin.error().message.contains(QStringLiteral("printer REPAIR")));
        QCOMPARE(m_repo->create(QStringLiteral("   ")).error().code, Error::Code::BadInput);
        QCOMPARE(m_repo->templates().value().size(), 1);
    }

    void shouldDuplicateATemplateWithItemsAndApplicability()
    {
        const auto [id, items] = abcd();
        QVERIFY(m_repo->setApplicability(id, kindBit(Kind::Change), {QStringLiteral("Network")}));
        QVERIFY(m_repo->editItem(items.at(1), QStringLiteral("B"), false, QStringLiteral("a hint")));
        const auto copy = m_repo->duplicate(id).value();
        const auto second = m_repo->duplicate(id).value();
        const ChecklistTemplate t = m_repo->load(copy).value();
        QCOMPARE(t.name, QStringLiteral("Letters (copy)"));
        QCOMPARE(m_repo->load(second).value().name, QStringLiteral("Letters (copy 2)"));
        QCOMPARE(texts(copy), texts(id));
        QCOMPARE(t.kindMask, kindBit(Kind::Change));
        QCOMPARE(t.categories, QStringList{QStringLiteral("Network")});
        QVERIFY(!t.items.at(1).required);
        QCOMPARE(t.items.at(1).hint, QStringLiteral("a hint"));
        QVERIFY(t.items.at(1).id != items.at(1));   // its own items, not shared ones
    }

    void shouldDeleteATemplateAndItsItems()
    {
        const auto [id, items] = abcd();
        QVERIFY(m_repo->remove(id));
        QCOMPARE(m_repo->load(id).error().code, Error::Code::NotFound);
        QCOMPARE(m_repo->editItem(items.at(0), QStringLiteral("x"), true, {}).error().code, Error::Code::NotFound);
    }

    void shouldAddEditAndRemoveItemsKeepingPositionsDense()
    {
        const auto [id, items] = abcd();
        QCOMPARE(texts(id), QStringLiteral("A,B,C,D"));
        QVERIFY(m_repo->editItem(items.at(2), QStringLiteral("  C2 "), false, QStringLiteral("hint")));
        const auto c = m_repo->load(id).value().items.at(2);
        QCOMPARE(c.text, QStringLiteral("C2"));
        QVERIFY(!c.required);
        QCOMPARE(c.hint, QStringLiteral("hint"));
        QCOMPARE(m_repo->editItem(items.at(2), QStringLiteral(" "), true, {}).error().code, Error::Code::BadInput);
        QVERIFY(m_repo->removeItem(items.at(1)));
        QCOMPARE(texts(id), QStringLiteral("A,C2,D"));
        QCOMPARE(positions(id), (QList<int>{0, 1, 2}));
        m_repo->addItem(id, QStringLiteral("E")).value();
        QCOMPARE(texts(id), QStringLiteral("A,C2,D,E"));
        QCOMPARE(positions(id), (QList<int>{0, 1, 2, 3}));
    }

    void shouldMoveItemsUpDownAndToAPosition()
    {
        const auto [id, items] = abcd();
        QVERIFY(m_repo->moveItemDown(items.at(0)));
        QCOMPARE(texts(id), QStringLiteral("B,A,C,D"));
        QVERIFY(m_repo->moveItemUp(items.at(3)));
        QCOMPARE(texts(id), QStringLiteral("B,A,D,C"));
        QVERIFY(m_repo->moveItem(items.at(2), 0));
        QCOMPARE(texts(id), QStringLiteral("C,B,A,D"));
        QVERIFY(m_repo->moveItem(items.at(2), 99));   // clamped to the end
        QCOMPARE(texts(id), QStringLiteral("B,A,D,C"));
        QCOMPARE(positions(id), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(m_repo->moveItemUp(items.at(1)).error().code, Error::Code::Refused);    // B is first
        QCOMPARE(m_repo->moveItemDown(items.at(2)).error().code, Error::Code::Refused);  // C is last
        QCOMPARE(texts(id), QStringLiteral("B,A,D,C"));
    }

    void shouldApplyByKindAndCategoryIgnoringCase()
    {
        ChecklistTemplate t;
        QVERIFY(t.appliesTo(Kind::Problem, QStringLiteral("anything")));   // mask 0, no categories: all
        t.kindMask = kindBit(Kind::Incident) | kindBit(Kind::Request);
        QVERIFY(t.appliesTo(Kind::Incident, {}));
        QVERIFY(t.appliesTo(Kind::Request, QStringLiteral("Email")));
        QVERIFY(!t.appliesTo(Kind::Change, {}));
        t.categories = parseCategories(QStringLiteral("Email, Printing ,,email"));
        QCOMPARE(joined(t.categories), QStringLiteral("Email,Printing"));
        QVERIFY(t.appliesTo(Kind::Incident, QStringLiteral("EMAIL")));
        QVERIFY(t.appliesTo(Kind::Incident, QStringLiteral(" printing ")));
        QVERIFY(!t.appliesTo(Kind::Incident, QStringLiteral("Network")));
        QVERIFY(!t.appliesTo(Kind::Incident, {}));
        QVERIFY(!t.appliesTo(Kind::Change, QStringLiteral("Email")));
    }

    void shouldListApplicableTemplatesFromTheStore()
    {
        const auto any = m_repo->create(QStringLiteral("Any")).value();
        const auto changes = m_repo->create(QStringLiteral("Network changes")).value();
        QVERIFY(m_repo->setApplicability(changes, kindBit(Kind::Change), {QStringLiteral("network")}));
        QCOMPARE(m_repo->setApplicability(changes, 1 << KindCount, {}).error().code, Error::Code::BadInput);
        const auto names = [this](Kind k, const QString &c) {
            QStringList out;
            const QList<ChecklistTemplate> found = m_repo->applicable(k, c).value();
            for (const auto &t : found)
                out << t.name;
            return out;
        };
        QCOMPARE(joined(names(Kind::Change, QStringLiteral("Network"))), QStringLiteral("Any,Network changes"));
        QCOMPARE(joined(names(Kind::Change, QStringLiteral("Storage"))), QStringLiteral("Any"));
        QCOMPARE(joined(names(Kind::Incident, QStringLiteral("Network"))), QStringLiteral("Any"));
        Q_UNUSED(any);
    }
};

QTEST_GUILESS_MAIN(tst_ChecklistTemplateRepository)
#include "tst_checklisttemplaterepository.moc"
