#pragma once

class QWidget;

// Screen readers name a field by its accessible name. Our forms already label every field with a
// buddy QLabel; this copies each label's words (without "&" and ":") into the field's accessible
// name where none was set, so every form gets names without repeating each string.
namespace ft::a11y {

void nameFieldsFromLabels(QWidget *root);

} // namespace ft::a11y
