#pragma once

#include "domain/types.h"

#include <QComboBox>
#include <QStringList>

// Combos shared by the dialogs and the panel, each entry carrying its domain value as data.
namespace ft::form {

QComboBox *kindCombo(QWidget *parent);
QComboBox *priorityCombo(QWidget *parent);
QComboBox *channelCombo(QWidget *parent);
QComboBox *slaCombo(QWidget *parent);
// Editable: known values to pick from, anything else may be typed.
QComboBox *textChoiceCombo(const QStringList &choices, QWidget *parent);
void selectData(QComboBox *combo, const QVariant &data);

} // namespace ft::form
