#pragma once

#include <QString>

namespace ft {

// Loads our translations and Qt's own for `language` (e.g. "de"), or for the system's language
// when it is empty, and makes that locale the default for dates and numbers.
void installTranslations(const QString &language);

} // namespace ft
