#include "importwizardpages.h"

#include "importing/importer.h"
#include "importing/toolprofiles.h"
#include "importing/valuemaps.h"
#include "importwizard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ft {

namespace {

// Mappings are remembered per header: the same export from the same tool maps the same way.
QString mappingKey(const QStringList &header)
{
    const QByteArray digest = QCryptographicHash::hash(header.join(QLatin1Char('\x1f')).toUtf8(),
                                                       QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("import/mapping/") + QString::fromLatin1(digest);
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Reference (ticket number)")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Title")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Kind")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Status")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Priority")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Owner (technician)")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Team")},
        {QStringLiteral("requester"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Requester")},
        {QStringLiteral("requester_contact"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Requester contact")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Category")},
        {QStringLiteral("opened_at"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Opened at")},
        {QStringLiteral("first_response_at"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "First response at")},
        {QStringLiteral("resolved_at"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Resolved at")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Closed at")},
        {QStringLiteral("reopen_count"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Reopen count (callbacks)")},
        {QStringLiteral("sla_met"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "SLA met (yes/no)")},
        {QStringLiteral("contact_type"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Contact type")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Notes")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Time of the event")},
        {QStringLiteral("status_detail"), QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Status detail (sub-status)")},
        {QStringLiteral("first_response_minutes"),
         QT_TRANSLATE_NOOP("ft::ImportMappingPage", "Minutes to the first response")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("ft::ImportMappingPage", label) : field;
}

// What a value reads as without a value map: the tool's words, then ours; empty when unknown.
QString automaticKey(importing::Profile profile, const QString &field, const QString &value)
{
    const bool tool = importing::isToolProfile(profile);
    const QString key = value.trimmed().toLower();
    if (field == QLatin1String("status")) {
        if (tool)
            if (auto it = importing::toolVocabulary(profile).statuses.constFind(key);
                it != importing::toolVocabulary(profile).statuses.constEnd())
                return statusKey(*it);
        if (auto s = importing::parseStatus(value))
            return statusKey(*s);
    } else if (field == QLatin1String("priority")) {
        if (tool)
            if (auto it = importing::toolVocabulary(profile).priorities.constFind(key);
                it != importing::toolVocabulary(profile).priorities.constEnd())
                return QString::number(int(*it));
        if (auto p = importing::parsePriority(value))
            return QString::number(int(*p));
    } else {
        if (tool)
            if (auto it = importing::toolVocabulary(profile).kinds.constFind(key);
                it != importing::toolVocabulary(profile).kinds.constEnd())
                return kindKey(*it);
        if (auto k = importing::parseKind(value))
            return kindKey(*k);
    }
    return {};
}

// Our values of a field, as (key, label) for the choice of a value map.
QList<std::pair<QString, QString>> ourValues(const QString &field)
{
    QList<std::pair<QString, QString>> values;
    if (field == QLatin1String("status")) {
        for (int i = 0; i < StatusCount; ++i)
            values.append({statusKey(Status(i)), statusLabel(Status(i))});
    } else if (field == QLatin1String("priority")) {
        for (int i = 1; i <= 4; ++i)
            values.append({QString::number(i), priorityLabel(Priority(i))});
    } else {
        for (int i = 0; i < KindCount; ++i)
            values.append({kindKey(Kind(i)), kindLabel(Kind(i))});
    }
    return values;
}

QString valuesKey(const QStringList &header) { return mappingKey(header) + QStringLiteral("/values"); }

} // namespace

bool takesMapping(importing::Profile profile)
{
    return profile == importing::Profile::Generic || profile == importing::Profile::Events
           || importing::isToolProfile(profile);
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fields(new QTableWidget(this))
    , m_values(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Which column holds what"));
    setSubTitle(tr("Pick the column for each field; “not imported” leaves a column out, even one that was "
                   "suggested. Below, say what the file's values mean. Your choices are remembered for files "
                   "with the same columns."));
    m_fields->setObjectName(QStringLiteral("importMapping"));
    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setObjectName(QStringLiteral("importValueMaps"));
    m_values->setColumnCount(4);
    m_values->setHorizontalHeaderLabels({tr("Field"), tr("Value in the file"), tr("Rows"), tr("Read as")});
    for (int c = 0; c < 3; ++c)
        m_values->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setSelectionMode(QAbstractItemView::NoSelection);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_fields, 3);
    layout->addWidget(new QLabel(tr("Values of the first rows and what they will be read as:"), this));
    layout->addWidget(m_values, 2);
}

QStringList ImportMappingPage::fields() const
{
    if (m_profile == importing::Profile::Events)
        return importing::eventFields();
    QStringList all = importing::genericFields();
    if (importing::isToolProfile(m_profile))
        all += importing::toolOnlyFields();
    return all;
}

void ImportMappingPage::initializePage()
{
    const auto &preview = m_wizard->preview();
    if (!preview)
        return;
    m_profile = m_wizard->options().profile.value_or(preview->profile);
    m_suggested = importing::suggestMapping(preview->header, m_profile);
    QHash<QString, QString> mapping = m_suggested;
    const QStringList saved = QSettings().value(mappingKey(preview->header)).toStringList();
    if (!saved.isEmpty()) {
        mapping.clear();
        for (const QString &pair : saved) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                mapping.insert(pair.left(eq), pair.mid(eq + 1));
        }
    }
    m_savedValues.clear();
    for (const QString &rule : QSettings().value(valuesKey(preview->header)).toStringList()) {
        if (auto parsed = importing::parseValueRule(rule))
            m_savedValues << parsed.value();
    }
    const QStringList all = fields();
    m_fields->setRowCount(int(all.size()));
    m_columns.clear();
    for (int i = 0; i < all.size(); ++i) {
        const QString &field = all.at(i);
        auto item = new QTableWidgetItem(fieldLabel(field));
        item->setData(Qt::UserRole, field);
        m_fields->setItem(i, 0, item);
        auto combo = new QComboBox(m_fields);
        combo->setObjectName(QStringLiteral("importMap_") + field);
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &column : preview->header)
            combo->addItem(column, column);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(field))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            fillValues();
            emit completeChanged();
        });
        m_fields->setCellWidget(i, 1, combo);
        m_columns << combo;
    }
    fillValues();
    emit completeChanged();
}

void ImportMappingPage::fillValues()
{
    const auto &preview = m_wizard->preview();
    if (!preview)
        return;
    const QHash<QString, QString> mapping = chosen();
    struct Found
    {
        QString field, value;
        int rows = 0;
    };
    QList<Found> found;
    for (const QString &field : importing::valueMapFields()) {
        const int column = int(preview->header.indexOf(mapping.value(field)));
        if (mapping.value(field).isEmpty() || column < 0)
            continue;
        const int detail = field == QLatin1String("status")
                               ? int(preview->header.indexOf(mapping.value(QStringLiteral("status_detail"))))
                               : -1;
        for (const QStringList &row : preview->rows) {
            QString value = row.value(column).trimmed();
            if (detail >= 0 && !mapping.value(QStringLiteral("status_detail")).isEmpty()
                && !row.value(detail).trimmed().isEmpty())
                value += QLatin1Char('/') + row.value(detail).trimmed();
            if (importing::isEmptyValue(value))
                continue;
            auto it = std::find_if(found.begin(), found.end(),
                                   [&](const Found &f) { return f.field == field && f.value == value; });
            if (it == found.end())
                found.append({field, value, 1});
            else
                ++it->rows;
        }
    }
    m_values->setRowCount(int(found.size()));
    m_valueChoices.clear();
    for (int i = 0; i < found.size(); ++i) {
        const Found &f = found.at(i);
        auto fieldItem = new QTableWidgetItem(fieldLabel(f.field));
        fieldItem->setData(Qt::UserRole, f.field);
        m_values->setItem(i, 0, fieldItem);
        m_values->setItem(i, 1, new QTableWidgetItem(f.value));
        m_values->setItem(i, 2, new QTableWidgetItem(QString::number(f.rows)));
        auto combo = new QComboBox(m_values);
        combo->setObjectName(QStringLiteral("importValue_%1_%2").arg(f.field).arg(i));
        const QString automatic = automaticKey(m_profile, f.field, f.value);
        QString automaticLabel;
        const auto values = ourValues(f.field);
        for (const auto &[key, label] : values) {
            if (key == automatic)
                automaticLabel = label;
        }
        combo->addItem(automatic.isEmpty() ? tr("(not known: choose one)") : tr("%1 (as read)").arg(automaticLabel),
                       QString());
        for (const auto &[key, label] : values)
            combo->addItem(label, key);
        const importing::ValueRule *saved = importing::findValueRule(m_savedValues, f.field, f.value);
        if (saved) {
            QString savedKey = saved->value;
            if (f.field == QLatin1String("priority"))
                if (auto p = importing::parsePriority(saved->value))
                    savedKey = QString::number(int(*p));
            combo->setCurrentIndex(std::max(0, combo->findData(savedKey)));
        }
        m_values->setCellWidget(i, 3, combo);
        m_valueChoices << combo;
    }
}

QHash<QString, QString> ImportMappingPage::chosen() const
{
    QHash<QString, QString> mapping;
    const QStringList all = fields();
    for (int i = 0; i < m_columns.size() && i < all.size(); ++i) {
        const QString column = m_columns.at(i)->currentData().toString();
        if (!column.isEmpty())
            mapping.insert(all.at(i), column);
    }
    return mapping;
}

QList<importing::ValueRule> ImportMappingPage::chosenValues() const
{
    QList<importing::ValueRule> rules;
    for (int i = 0; i < m_valueChoices.size(); ++i) {
        const QString value = m_valueChoices.at(i)->currentData().toString();
        if (value.isEmpty())
            continue;
        // The value as the file writes it, with any * taken literally as far as a wildcard can.
        rules.append({m_values->item(i, 0)->data(Qt::UserRole).toString(), m_values->item(i, 1)->text(), value});
    }
    return rules;
}

bool ImportMappingPage::isComplete() const
{
    const QHash<QString, QString> mapping = chosen();
    if (m_profile == importing::Profile::Events)
        return mapping.contains(QStringLiteral("reference")) && mapping.contains(QStringLiteral("at"))
               && mapping.contains(QStringLiteral("status"));
    if (importing::isToolProfile(m_profile))
        return mapping.contains(QStringLiteral("reference")) && mapping.contains(QStringLiteral("status"));
    return !mapping.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    QHash<QString, QString> mapping = chosen();
    QStringList saved;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        saved << it.key() + QLatin1Char('=') + it.value();
    // A suggested column left "not imported" is left out on purpose (--map FIELD=).
    for (auto it = m_suggested.constBegin(); it != m_suggested.constEnd(); ++it) {
        if (!mapping.contains(it.key()))
            mapping.insert(it.key(), QString());
    }
    importing::ImportOptions &options = m_wizard->editOptions();
    options.mapping = mapping;
    options.valueRules = chosenValues();
    saved.sort();
    QStringList values;
    for (const importing::ValueRule &rule : std::as_const(options.valueRules))
        values << rule.field + QLatin1Char(':') + rule.source + QLatin1Char('=') + rule.value;
    if (m_wizard->preview()) {
        QSettings().setValue(mappingKey(m_wizard->preview()->header), saved);
        QSettings().setValue(valuesKey(m_wizard->preview()->header), values);
    }
    return true;
}

} // namespace ft
