#include "importwizard.h"

#include "importing/importer.h"
#include "importrunner.h"
#include "importwizardpages.h"

namespace ft {

ImportWizard::ImportWizard(const Store &store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_runner(new ImportRunner(store, this))
{
    setObjectName(QStringLiteral("importWizard"));
    m_runner->setObjectName(QStringLiteral("importRunner"));
    setWindowTitle(tr("Import follow-ups"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(FilePage, new ImportFilePage(this));
    setPage(SettingsPage, new ImportSettingsPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(DryRunPage, new ImportDryRunPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setStartId(FilePage);
    resize(900, 620);
}

ImportWizard::~ImportWizard() = default;

Result<importing::FilePreview> ImportWizard::loadPreview(const QString &path)
{
    auto preview = importing::previewFile(path, 20);
    if (!preview)
        return preview.error();
    if (path != m_path) {
        m_options = {};
        m_options.profile = preview.value().profile;
    }
    m_path = path;
    m_preview = preview.value();
    return preview;
}

void ImportWizard::done(int result)
{
    // Cancel while a run is under way: stop it first; its transaction rolls back.
    if (m_runner->isRunning()) {
        m_runner->cancel();
        // Close once the worker has stopped (at its next progress report, in well under a second).
        connect(m_runner, &ImportRunner::finished, this, [this, result] { QWizard::done(result); },
                Qt::SingleShotConnection);
        return;
    }
    QWizard::done(result);
}

} // namespace ft
