#include "importactions.h"

#include "importwizard/importwizard.h"
#include "sampledataloader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace ft {

namespace {
// The window's words keep their translations where they were made before this class existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ft::MainWindow)
};
} // namespace

ImportActions::ImportActions(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    setObjectName(QStringLiteral("importActions"));
}

void ImportActions::importFile()
{
    auto wizard = new ImportWizard(m_store, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this](const importing::ImportReport &report) {
        emit loaded(Tr::tr("Imported %1: %2 added, %3 updated.")
                        .arg(QFileInfo(report.file).fileName())
                        .arg(report.added)
                        .arg(report.updated));
    });
    wizard->show();
}

void ImportActions::loadSampleData(int items, QWidget *busy)
{
    // A child of the window, as before: tests find it there by name while it runs.
    auto loader = new SampleDataLoader(m_store.path(), items, m_window);
    loader->setObjectName(QStringLiteral("sampleDataLoader"));
    busy->setEnabled(false);
    connect(loader, &SampleDataLoader::finished, this, [this, loader, busy](bool ok, const QString &message) {
        loader->deleteLater();
        busy->setEnabled(true);
        if (!ok)
            QMessageBox::information(m_window, Tr::tr("Load sample data"), message);
        emit sampleDataLoaded();
    });
    loader->start();
}

} // namespace ft
