#pragma once

#include "domain/error.h"
#include "importing/importtypes.h"

#include <QWizard>
#include <optional>

namespace ft {

class ImportRunner;
class Store;

// File → Import: pick a file; see the profile and date order detected and the first rows as
// they will be read; map columns for generic files (remembered per header for next time); a dry
// run says what would be added, updated and rejected; then the import, with progress and Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, SettingsPage, MappingPage, DryRunPage, RunPage };

    explicit ImportWizard(const Store &store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const Store &store() const { return m_store; }
    ImportRunner *runner() const { return m_runner; }

    // What the pages decide, in one place.
    QString path() const { return m_path; }
    Result<importing::FilePreview> loadPreview(const QString &path);
    const std::optional<importing::FilePreview> &preview() const { return m_preview; }
    importing::ImportOptions options() const { return m_options; }
    importing::ImportOptions &editOptions() { return m_options; }

    void done(int result) override;

signals:
    // After an import that wrote something: the window reloads.
    void imported(const ft::importing::ImportReport &report);

private:
    const Store &m_store;
    ImportRunner *m_runner;
    QString m_path;
    std::optional<importing::FilePreview> m_preview;
    importing::ImportOptions m_options;
};

} // namespace ft
