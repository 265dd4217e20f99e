#pragma once

#include "importing/importtypes.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace ft {

class ImportWizard;

// Step 1: which file.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool validatePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_error;
};

// Step 2: how it will be read — profile, date order, the first rows.
class ImportSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSettingsPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void describeDates();

    ImportWizard *m_wizard;
    QComboBox *m_profile;
    QComboBox *m_dateOrder;
    QLabel *m_dateNote;
    QTableWidget *m_rows;
};

// Whether a profile's columns are mapped in step 3: generic files, event logs and the tool exports.
bool takesMapping(importing::Profile profile);

// Step 3 (importmappingpage.cpp): which column feeds which field — a suggested column can be left
// out — and what the status, priority and kind values found in the first rows mean; both
// remembered per header for the next file with the same columns.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    QHash<QString, QString> chosen() const;
    QList<importing::ValueRule> chosenValues() const;
    void fillValues();
    QStringList fields() const;

    ImportWizard *m_wizard;
    importing::Profile m_profile = importing::Profile::Generic;
    QTableWidget *m_fields;
    QTableWidget *m_values;
    QList<QComboBox *> m_columns;
    QList<QComboBox *> m_valueChoices;
    QHash<QString, QString> m_suggested;
    QList<importing::ValueRule> m_savedValues;
};

// Step 4: the dry run — what would be added, updated, rejected — then the commit button.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDryRunPage(ImportWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void runDryRun();

    ImportWizard *m_wizard;
    QCheckBox *m_skipBadRows;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_rejected;
    QLabel *m_storedNote;
    QTableWidget *m_stored;
    bool m_ready = false;
};

// Step 5: the import itself, with progress; Cancel leaves the store as it was.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_rejected;
    bool m_done = false;
};

// "Would add 3, update 2 …" in words, shared by the dry run and the import.
QString describeReport(const importing::ImportReport &report);

} // namespace ft
