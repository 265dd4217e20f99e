// Input for `scripts/check-untranslated --self-test`, never compiled. Every line marked "expect"
// hands a bare literal to the user and must be reported; every other line must not be.
void shown(QWidget *parent, QLabel *label, QComboBox *combo, QPainter &painter, QTextStream &err)
{
    label->setText(QStringLiteral("Overdue follow-ups")); // expect
    label->setText("Overdue"); // expect
    label->setToolTip(u"Opens the follow-up"_s); // expect
    label->setText(QStringLiteral("%1 of %2").arg(QLatin1String("items"))); // expect
    label->setText(tr("%1 of %2").arg(QStringLiteral("items"), total)); // expect
    auto *title = new QLabel(QStringLiteral("Title"), parent); // expect
    QPushButton save("Save", parent); // expect
    auto *box = new QGroupBox{QLatin1String("Filters")}; // expect
    parent->setWindowTitle(QString::fromUtf8("Daily review")); // expect
    QMessageBox::warning(parent, tr("FollowThrough"), QStringLiteral("Could not save.")); // expect
    statusBar()->showMessage(QStringLiteral("Saved"), 2000); // expect
    m_tabs->addTab(page, QStringLiteral("Charts")); // expect
    combo->addItem(QStringLiteral("Week"), QStringLiteral("week")); // expect
    header->setHeaderLabels({tr("Title"), QStringLiteral("Owner")}); // expect
    action->setAccessibleName(
        QStringLiteral("Filter by owner")); // expect
    painter.drawText(rect, Qt::AlignLeft, QStringLiteral("Page")); // expect
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("write to FILE"), // expect
                                 QStringLiteral("FILE"));
    err << QStringLiteral("Cannot open the store") << '\n'; // expect
    return Error::failed(QStringLiteral("Row %1: no title").arg(row)); // expect
    return Error{Error::Code::Refused, QStringLiteral("Closed follow-ups cannot change")}; // expect
    label->setText(R"(Raw text)"); // expect
    auto *menu = new QMenu(QStringLiteral("File"), parent); // expect
}

void allowed(QWidget *parent, QLabel *label, QComboBox *combo, QTextStream &err)
{
    label->setText(tr("Overdue follow-ups"));
    label->setText(QCoreApplication::translate("ft::Today", "Overdue"));
    label->setText(tr("%1 of %2").arg(a, b));
    label->setText(QStringLiteral("%1: %2").arg(tr("Owner"), owner));
    label->setText(QStringLiteral(" — "));
    label->setText(QStringLiteral("<b>%1</b>").arg(name));
    label->setObjectName(QStringLiteral("overdueLabel"));
    auto *title = new QLabel(tr("Title"), parent);
    auto *action = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), parent);
    auto *quit = menu->addAction(icons::action(QStringLiteral("application-exit")), tr("&Quit"));
    combo->addItem(tr("Week"), QStringLiteral("week"));
    label->setText(day.toString(QStringLiteral("yyyy-MM-dd")));
    const QCommandLineOption out(QStringLiteral("out"), tr("write to FILE"), QStringLiteral("FILE"));
    label->setText(QStringLiteral("FollowThrough")); // notr: the product's name
    // notr: a file name pattern the user types as it is
    dialog->setNameFilter(QStringLiteral("*.csv"));
    static const char *const summary = QT_TRANSLATE_NOOP("ft::cli", "print the KPIs");
    err << tr("Cannot open the store: %1").arg(path) << '\n';
    return Error::failed(tr("Row %1: no title").arg(row));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    query.prepare(QStringLiteral("SELECT title FROM followup WHERE id = ?"));
    // label->setText(QStringLiteral("a comment is not code"));
}

const Command &kpiCommand()
{
    static const Command command{QStringLiteral("kpi"), QStringLiteral("kpi [--by PERIOD]"),
                                 "print the KPIs", false, runKpi}; // expect
    static const Command translated{QStringLiteral("kpi"), QStringLiteral("kpi [--by PERIOD]"),
                                    QT_TRANSLATE_NOOP("ft::cli", "print the KPIs"), false, runKpi};
    return command;
}

void ourHelpers(QWidget *parent)
{
    m_new = makeAction(this, "actionNewFollowUp", QStringLiteral("&New follow-up…"), QKeySequence::New); // expect
    m_new = makeAction(this, "actionNewFollowUp", tr("&New follow-up…"), QKeySequence::New, tr("Create one"));
    auto *demo = choice(QStringLiteral("welcomeDemo"), QStringLiteral("Try it with sample data"), parent); // expect
    auto *demo2 = choice(QStringLiteral("welcomeDemo"), tr("Try it with sample data"), parent);
    heading(flow, fonts, QStringLiteral("Summary"), 20); // expect
    showError(tr("Export"), QStringLiteral("The folder is not writable")); // expect
    undo->push(new FollowUpUndoCommand(*m_service, changes, QStringLiteral("Resolve"), changed)); // expect
}
