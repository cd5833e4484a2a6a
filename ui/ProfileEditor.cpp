// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProfileEditor.h"

#include "Dialogs.h"
#include "EnvironmentTable.h"
#include "PaletteColors.h"
#include "RunnerOptionWidgets.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiText.h"
#include "WindowText.h"
#include "launch/Constants.h"
#include "launch/LaunchSession.h"
#include "launch/Preflight.h"
#include "launch/RunnerCatalog.h"
#include "ui_ProfileEditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QGuiApplication>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace bl {

namespace {

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,]+)"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditorForm>())
    , m_dialogs(StandardDialogs::instance())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileEditor"));
    setMinimumWidth(360);

    m_ui->browseButton->setIcon(QIcon(QStringLiteral(":/beam-launcher/icons/folder-open.svg")));
    m_ui->copyButton->setIcon(QIcon(QStringLiteral(":/beam-launcher/icons/copy.svg")));
    for (QLabel *label : {m_ui->folderProblem, m_ui->runnerProblem, m_ui->endpointProblem, m_ui->environmentProblem,
                          m_ui->platformProblem, m_ui->flagsProblem, m_ui->environmentTableProblem}) {
        setRowShown(label, false);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    // The working folder sits with the flags whose relative paths it decides.
    m_workingDirEdit = new QLineEdit(this);
    m_workingDirEdit->setObjectName(QStringLiteral("workingDirEdit"));
    m_workingDirEdit->setPlaceholderText(UiText::tr("The pipeline folder"));
    m_workingDirEdit->setClearButtonEnabled(true);
    m_workingDirEdit->setAccessibleName(UiText::tr("Working folder"));
    m_workingDirEdit->setToolTip(UiText::tr("The folder the launcher runs in: relative paths in the pipeline flags (e.g. "
                                    "--output=out/counts) are read and written there. Empty: the pipeline folder."));
    auto *workingRow = new QHBoxLayout;
    auto *workingLabel = new QLabel(UiText::tr("Wor&king folder:"), this);
    workingLabel->setBuddy(m_workingDirEdit);
    workingRow->addWidget(workingLabel);
    workingRow->addWidget(m_workingDirEdit, 1);
    m_ui->flagsLayout->insertLayout(0, workingRow);
    m_ui->packageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->runnerHelp->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Wrapped labels must not soak up the editor's spare height: that goes below the form.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->wordWrap())
            continue;
        QSizePolicy policy = label->sizePolicy();
        policy.setVerticalPolicy(QSizePolicy::Maximum);
        label->setSizePolicy(policy);
        label->setMinimumWidth(240); // heights are reserved for this width: not much narrower than shown
    }
    setRowShown(m_ui->packageLabel, false);
    m_ui->packageLabel->setTextFormat(Qt::RichText);
    m_ui->launchStatus->setTextFormat(Qt::RichText);
    m_ui->runnerHelp->setTextFormat(Qt::PlainText);
    {
        QPalette p = m_ui->runnerHelp->palette();
        p.setColor(QPalette::WindowText, PaletteColors::from(palette()).muted);
        m_ui->runnerHelp->setPalette(p);
    }

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->commandPreview->setFont(mono);
    m_ui->commandPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->commandPreview->setWordWrapMode(QTextOption::WrapAnywhere);
    m_previewHighlighter = createCommandLineHighlighter(m_ui->commandPreview->document(), palette());

    m_environment = std::make_unique<EnvironmentTable>(m_ui->environmentTable);
    m_ui->flagsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (QTableWidget *table : {m_ui->flagsTable, m_ui->environmentTable}) {
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users reach the buttons
    }

    populateStaticChoices();

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &ProfileEditor::onEdited);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, [this](const QString &dir) {
        if (m_loading)
            return;
        setRowShown(m_ui->packageLabel, false);
        onEdited();
        Q_EMIT packageDirChanged(dir.trimmed());
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ProfileEditor::browse);
    connect(m_ui->runnerCombo, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        onRunnerChanged();
        onEdited();
    });
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->localJobServerCheck, &QCheckBox::toggled, this, [this] {
        updateEndpointRow();
        if (!m_loading)
            onEdited();
    });
    connect(m_ui->environmentTypeCombo, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->environmentConfigEdit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->launcherPlatformCombo, &QComboBox::currentTextChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->workerPlatformCombo, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->tagsEdit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->cgoCheck, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    connect(m_ui->flagsTable, &QTableWidget::itemChanged, this, &ProfileEditor::onEdited);
    connect(m_workingDirEdit, &QLineEdit::textChanged, this, &ProfileEditor::onEdited);
    connect(m_ui->environmentTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        m_environment->onItemChanged(item);
        onEdited();
    });
    connect(m_ui->addFlagButton, &QPushButton::clicked, this, &ProfileEditor::addFlag);
    connect(m_ui->removeFlagButton, &QPushButton::clicked, this, &ProfileEditor::removeFlag);
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, [this] { m_environment->add({}, true); });
    connect(m_ui->removeVariableButton, &QPushButton::clicked, this, [this] {
        if (m_environment->removeCurrent())
            onEdited();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ProfileEditor::copyCommand);

    setProfile(Profile());
}

ProfileEditor::~ProfileEditor() = default;

QWidget *ProfileEditor::takeCommandPreview()
{
    m_ui->mainLayout->removeWidget(m_ui->previewGroup);
    return m_ui->previewGroup;
}

void ProfileEditor::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : StandardDialogs::instance();
}

QString ProfileEditor::hostLabel()
{
    return UiText::tr("This computer (%1)").arg(Platform::host().toString());
}

void ProfileEditor::populateStaticChoices()
{
    const RunnerCatalog &catalog = RunnerCatalog::builtIn();
    for (const RunnerInfo &runner : catalog.runners()) {
        m_ui->runnerCombo->addItem(runner.name, runner.name);
        m_ui->runnerCombo->setItemData(m_ui->runnerCombo->count() - 1,
                                       QString(runner.title + u'\n' + runner.description), Qt::ToolTipRole);
    }
    m_ui->runnerCombo->lineEdit()->setPlaceholderText(UiText::tr("runner name"));

    m_ui->environmentTypeCombo->addItem(UiText::tr("Runner's default"), QString());
    for (const QString &type : catalog.environmentTypes()) {
        m_ui->environmentTypeCombo->addItem(type, type);
        m_ui->environmentTypeCombo->setItemData(m_ui->environmentTypeCombo->count() - 1,
                                                catalog.environmentTypeHelp(type), Qt::ToolTipRole);
    }

    m_ui->launcherPlatformCombo->addItem(hostLabel(), QString());
    for (const char *platform : {"linux/amd64", "linux/arm64", "darwin/arm64", "darwin/amd64", "windows/amd64",
                                 "windows/arm64"})
        m_ui->launcherPlatformCombo->addItem(QString::fromLatin1(platform), QString::fromLatin1(platform));

    m_ui->workerPlatformCombo->addItem(QStringLiteral("linux/amd64"), QStringLiteral("linux/amd64"));
    m_ui->workerPlatformCombo->addItem(QStringLiteral("linux/arm64"), QStringLiteral("linux/arm64"));
    m_ui->workerPlatformCombo->setItemData(1, UiText::tr("Arm workers, e.g. Dataflow t2a machine types"), Qt::ToolTipRole);
}

void ProfileEditor::setProfile(const Profile &profile)
{
    ++m_loading;
    m_profile = profile;
    const LaunchSettings &s = profile.settings;
    m_ui->nameEdit->setText(profile.name);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(s.packageDir));
    m_workingDirEdit->setText(QDir::toNativeSeparators(s.workingDirectory));
    setRowShown(m_ui->packageLabel, false);
    m_ui->runnerCombo->setCurrentText(s.runner);
    m_ui->endpointEdit->setText(s.endpoint);
    m_ui->localJobServerCheck->setChecked(s.localJobServer);
    m_suggestedEndpoint.clear();
    const int envIndex = m_ui->environmentTypeCombo->findData(s.environmentType.trimmed().toUpper());
    if (envIndex >= 0) {
        m_ui->environmentTypeCombo->setCurrentIndex(envIndex);
    } else {
        // An unknown type from a hand-edited profile stays visible, so validation can name it.
        m_ui->environmentTypeCombo->addItem(s.environmentType, s.environmentType);
        m_ui->environmentTypeCombo->setCurrentIndex(m_ui->environmentTypeCombo->count() - 1);
    }
    m_ui->environmentConfigEdit->setText(s.environmentConfig);
    if (s.launcherPlatform.isValid())
        m_ui->launcherPlatformCombo->setCurrentText(s.launcherPlatform.toString());
    else
        m_ui->launcherPlatformCombo->setCurrentIndex(0);
    const QString worker = s.workerPlatform.isValid() ? s.workerPlatform.toString() : QStringLiteral("linux/amd64");
    if (m_ui->workerPlatformCombo->findData(worker) < 0)
        m_ui->workerPlatformCombo->addItem(worker, worker);
    m_ui->workerPlatformCombo->setCurrentIndex(m_ui->workerPlatformCombo->findData(worker));
    m_ui->cgoCheck->setChecked(s.cgo);
    m_ui->tagsEdit->setText(s.buildTags.join(u','));

    fillFlagsTable(s.pipelineFlags);
    m_environment->setVariables(s.environment);
    m_optionValues = s.runnerOptions;
    m_optionsRunner.clear();
    onRunnerChanged();
    m_nameProblem.clear();
    --m_loading;
    revalidate();
}

QString ProfileEditor::runnerName() const
{
    return m_ui->runnerCombo->currentText().trimmed();
}

Platform ProfileEditor::launcherPlatform(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString text = m_ui->launcherPlatformCombo->currentText().trimmed();
    if (text.isEmpty() || text == m_ui->launcherPlatformCombo->itemText(0))
        return {};
    const auto platform = Platform::parse(text);
    if (!platform) {
        if (ok)
            *ok = false;
        return {};
    }
    return *platform;
}

QMap<QString, QString> ProfileEditor::optionValues() const
{
    QMap<QString, QString> values;
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(runnerName());
    if (!runner)
        return values;
    for (const RunnerOption &option : runner->options) {
        const QWidget *widget = m_optionWidgets.value(option.name);
        QString value = runnerOptionValue(widget);
        if (option.type == u"bool" && value == (option.defaultValue == u"true" ? u"true" : u"false"))
            value.clear(); // a check box left as the runner has it by default says nothing
        if (!value.isEmpty())
            values.insert(option.name, value);
    }
    return values;
}

LaunchSettings ProfileEditor::settings() const
{
    LaunchSettings s = m_profile.settings; // keeps what the editor does not show (go path, prebuilt binaries)
    const QString dir = m_ui->folderEdit->text().trimmed();
    s.packageDir = dir.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(dir));
    s.runner = runnerName();
    s.endpoint = m_ui->endpointEdit->text().trimmed();
    s.localJobServer = !m_ui->localJobServerCheck->isHidden() && m_ui->localJobServerCheck->isChecked();
    s.environmentType = m_ui->environmentTypeCombo->currentData().toString();
    s.environmentConfig = m_ui->environmentConfigEdit->text().trimmed();
    s.launcherPlatform = launcherPlatform();
    s.workerPlatform = Platform::parse(m_ui->workerPlatformCombo->currentData().toString())
                           .value_or(Platform::defaultWorker());
    s.cgo = m_ui->cgoCheck->isChecked();
    s.buildTags = splitTags(m_ui->tagsEdit->text());
    s.runnerOptions = optionValues();
    s.pipelineFlags.clear();
    for (int row = 0; row < m_ui->flagsTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->flagsTable->item(row, 0);
        const QString flag = item ? item->text().trimmed() : QString();
        if (!flag.isEmpty())
            s.pipelineFlags << flag;
    }
    s.environment = m_environment->variables();
    const QString working = m_workingDirEdit->text().trimmed();
    s.workingDirectory = working.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(working));
    return s;
}

Profile ProfileEditor::profile() const
{
    Profile p = m_profile;
    p.name = m_ui->nameEdit->text().trimmed();
    p.settings = settings();
    return p;
}

QMap<QString, QString> ProfileEditor::typedSecrets() const
{
    QMap<QString, QString> secrets;
    const LaunchSettings s = settings();
    for (const EnvironmentVariable &variable : s.environment) {
        if (variable.secret && !variable.value.isEmpty())
            secrets.insert(variable.name, variable.value);
    }
    return secrets;
}

void ProfileEditor::setPackageDir(const QString &dir)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(dir)); // emits packageDirChanged
}

QString ProfileEditor::packageDir() const
{
    return settings().packageDir;
}

void ProfileEditor::showPackageInspecting()
{
    m_ui->packageLabel->setText(UiText::tr("Inspecting the package…"));
    setRowShown(m_ui->packageLabel, true);
}

void ProfileEditor::showPackageInfo(const PackageInfo &info)
{
    const PaletteColors colors = PaletteColors::from(palette());
    const QString ok = colors.text.name();
    QStringList parts;
    if (!info.name.isEmpty()) {
        parts << UiText::tr("Package <b>%1</b>").arg(info.name.toHtmlEscaped());
        if (!info.modulePath.isEmpty())
            parts << UiText::tr("module %1").arg(info.modulePath.toHtmlEscaped());
    }
    QString text = parts.join(QStringLiteral(" · "));
    auto line = [](const QColor &color, const QString &message) {
        return QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(color.name(), message);
    };
    if (!info.name.isEmpty()) {
        if (!info.isCommand())
            text += line(colors.error, UiText::tr("This is not package main: choose the folder with func main()."));
        else if (info.importsBeam)
            text += line(QColor(ok), UiText::tr("✓ imports the Beam Go SDK"));
        else
            text += line(colors.warning,
                         UiText::tr("Does not import the Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or "
                            "github.com/apache/beam/sdks/go/pkg/beam before Beam's Go module): is this the "
                            "pipeline's folder?"));
    }
    for (qsizetype i = 0; i < info.problems.size() && i < 3; ++i)
        text += line(colors.error, htmlEscapedLines(info.problems.at(i).toString()));
    if (text.startsWith(QLatin1String("<br>")))
        text.remove(0, 4);
    m_ui->packageLabel->setText(text);
    setRowShown(m_ui->packageLabel, !text.isEmpty());
}

void ProfileEditor::showPackageError(const QString &message)
{
    m_ui->packageLabel->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                    .arg(PaletteColors::from(palette()).error.name(), htmlEscapedLines(message)));
    setRowShown(m_ui->packageLabel, true);
}

void ProfileEditor::updateEndpointRow()
{
    // The local Prism job server brings its own endpoint.
    const bool local = !m_ui->localJobServerCheck->isHidden() && m_ui->localJobServerCheck->isChecked();
    m_ui->endpointEdit->setEnabled(!local);
    if (local && !m_ui->endpointEdit->text().isEmpty())
        m_ui->endpointEdit->clear();
}

void ProfileEditor::onRunnerChanged()
{
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(runnerName());
    m_ui->runnerHelp->setText(runner ? runner->description : QString());
    setRowShown(m_ui->runnerHelp, runner != nullptr);

    // Suggest the runner's job service address, without overwriting one the user typed.
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    const bool untouched = endpoint.isEmpty() || endpoint == m_suggestedEndpoint;
    QString placeholder = UiText::tr("HOST:PORT");
    if (runner && runner->defaultPort > 0)
        placeholder = UiText::tr("e.g. localhost:%1").arg(runner->defaultPort);
    if (runner && runner->endpoint == RunnerInfo::Endpoint::Required) {
        if (untouched && runner->defaultPort > 0) {
            m_suggestedEndpoint = QStringLiteral("localhost:%1").arg(runner->defaultPort);
            m_ui->endpointEdit->setText(m_suggestedEndpoint);
        }
    } else {
        if (runner && runner->endpoint == RunnerInfo::Endpoint::Optional)
            placeholder = UiText::tr("optional; %1").arg(placeholder);
        else if (runner)
            placeholder = UiText::tr("not used by this runner");
        if (!m_suggestedEndpoint.isEmpty() && endpoint == m_suggestedEndpoint)
            m_ui->endpointEdit->clear();
        m_suggestedEndpoint.clear();
    }
    m_ui->endpointEdit->setPlaceholderText(placeholder);
    // universal too: a Beam SDK older than Prism talks to the managed Prism as to any job service.
    m_ui->localJobServerCheck->setHidden(!runner || (runner->name != u"prism" && runner->name != u"universal"));
    updateEndpointRow();

    const QString defaultType = runner ? runner->defaultEnvironmentType : QString();
    m_ui->environmentTypeCombo->setItemText(0, defaultType.isEmpty() ? UiText::tr("Runner's default")
                                                                      : UiText::tr("Runner's default (%1)").arg(defaultType));
    rebuildOptions();
}

void ProfileEditor::rebuildOptions()
{
    const RunnerInfo *runner = RunnerCatalog::builtIn().find(runnerName());
    const QString name = runner ? runner->name : QString();
    if (name == m_optionsRunner && !m_optionWidgets.isEmpty())
        return;
    // Keep what was typed for the old runner's options, should the user come back to it.
    for (auto it = m_optionWidgets.cbegin(); it != m_optionWidgets.cend(); ++it)
        m_optionValues.insert(it.key(), runnerOptionValue(it.value()));
    m_optionsRunner = name;
    m_optionWidgets.clear();
    m_optionProblems.clear();
    QFormLayout *form = m_ui->optionsLayout;
    while (form->rowCount() > 0)
        form->removeRow(0);

    if (!runner || runner->options.isEmpty()) {
        m_ui->optionsGroup->setVisible(false);
        return;
    }
    m_ui->optionsGroup->setVisible(true);
    m_ui->optionsGroup->setTitle(UiText::tr("%1 options").arg(runner->title));
    for (const RunnerOption &option : runner->options) {
        const QString value = m_optionValues.value(option.name, option.defaultValue);
        QWidget *widget = createRunnerOptionWidget(option, value, form->parentWidget(), [this] { onEdited(); });
        auto *label = new QLabel(QStringLiteral("--%1:").arg(option.name), form->parentWidget());
        label->setToolTip(widget->toolTip());
        label->setBuddy(widget);
        form->addRow(label, widget);
        auto *problem = new QLabel(form->parentWidget());
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::RichText);
        form->addRow(QString(), problem);
        form->setRowVisible(problem, false);
        m_optionWidgets.insert(option.name, widget);
        m_optionProblems.insert(option.name, problem);
    }
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    revalidate();
    Q_EMIT edited();
}

void ProfileEditor::setRowShown(QWidget *widget, bool shown)
{
    // A hidden widget alone does not collapse its QFormLayout row: its spacing would stay.
    for (QFormLayout *form : {m_ui->formLayout, m_ui->optionsLayout}) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(widget, &row, &role);
        if (row >= 0) {
            form->setRowVisible(row, shown);
            return;
        }
    }
    widget->setVisible(shown);
}

void ProfileEditor::browse()
{
    const QString start = packageDir().isEmpty() ? QDir::homePath() : packageDir();
    const QString dir = m_dialogs->chooseFolder(this, UiText::tr("Choose the pipeline's package folder"), start);
    if (!dir.isEmpty())
        setPackageDir(dir);
}

void ProfileEditor::fillFlagsTable(const QStringList &flags)
{
    m_ui->flagsTable->setRowCount(0);
    for (const QString &flag : flags) {
        const int row = m_ui->flagsTable->rowCount();
        m_ui->flagsTable->insertRow(row);
        m_ui->flagsTable->setItem(row, 0, new QTableWidgetItem(flag));
    }
}

void ProfileEditor::setPipelineFlags(const QStringList &flags)
{
    if (flags == settings().pipelineFlags)
        return;
    ++m_loading;
    fillFlagsTable(flags);
    --m_loading;
    onEdited();
}

void ProfileEditor::addFlag()
{
    const int row = m_ui->flagsTable->rowCount();
    m_ui->flagsTable->insertRow(row);
    m_ui->flagsTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("--")));
    m_ui->flagsTable->setCurrentCell(row, 0);
    m_ui->flagsTable->editItem(m_ui->flagsTable->item(row, 0));
}

void ProfileEditor::removeFlag()
{
    const int row = m_ui->flagsTable->currentRow();
    if (row < 0)
        return;
    m_ui->flagsTable->removeRow(row);
    onEdited();
}

} // namespace bl
