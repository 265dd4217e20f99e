#include "formhelpers.h"

#include <QCoreApplication>

namespace ft::form {

QComboBox *kindCombo(QWidget *parent)
{
    auto combo = new QComboBox(parent);
    for (int k = 0; k < KindCount; ++k)
        combo->addItem(kindLabel(Kind(k)), k);
    return combo;
}

QComboBox *priorityCombo(QWidget *parent)
{
    auto combo = new QComboBox(parent);
    for (int p = int(Priority::Critical); p <= int(Priority::Low); ++p)
        combo->addItem(priorityLabel(Priority(p)), p);
    selectData(combo, int(Priority::Moderate));
    return combo;
}

QComboBox *channelCombo(QWidget *parent)
{
    auto combo = new QComboBox(parent);
    for (int c = 0; c < ChannelCount; ++c)
        combo->addItem(channelLabel(Channel(c)), c);
    return combo;
}

QComboBox *slaCombo(QWidget *parent)
{
    auto combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("ft::form", "Unknown"), int(SlaMet::Unknown));
    combo->addItem(QCoreApplication::translate("ft::form", "Met"), int(SlaMet::Yes));
    combo->addItem(QCoreApplication::translate("ft::form", "Missed"), int(SlaMet::No));
    return combo;
}

QComboBox *textChoiceCombo(const QStringList &choices, QWidget *parent)
{
    auto combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(choices);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace ft::form
