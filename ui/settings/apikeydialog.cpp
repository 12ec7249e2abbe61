// SPDX-License-Identifier: MIT
#include "ui/settings/apikeydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/api/apiclient.h"
#include "core/api/apisettings.h"
#include "core/api/keyprobe.h"
#include "core/catalog/catalog.h"
#include "core/common/keylevel.h"
#include "core/secrets/keyservice.h"
#include "core/secrets/keystore.h"
#include "ui/common/dialogs.h"
#include "ui/common/workspace.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

enum RegionChoice { Na1, Eu1, Custom };

} // namespace

ApiKeyDialog::ApiKeyDialog(
    Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_keys(keys)
    , m_catalog(catalog)
{
    setObjectName(u"apiKeyDialog"_s);
    setWindowTitle(tr("Fullstory API key"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Create a key in Fullstory under Settings › Integrations › API "
                                "Keys. An Architect or Admin key can read everything; a Standard "
                                "key cannot read privacy settings or users."),
        this);
    intro->setWordWrap(true);
    m_stored = new QLabel(this);
    m_stored->setObjectName(u"storedKey"_s);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setPlaceholderText(tr("Paste your API key"));
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    m_region->addItem(tr("NA1 — api.fullstory.com"));
    m_region->addItem(tr("EU1 — api.eu1.fullstory.com"));
    m_region->addItem(tr("Custom URL"));
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(u"customUrlEdit"_s);
    m_customUrl->setPlaceholderText(u"https://…"_s);
    m_urlWarning = new QLabel(this);
    m_urlWarning->setObjectName(u"urlWarning"_s);
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_urlWarning->setStyleSheet(u"color: #c0392b;"_s);
    m_urlWarning->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    showStoredBaseUrl();

    auto *form = new QFormLayout;
    form->addRow(tr("Stored key:"), m_stored);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("URL:"), m_customUrl);
    form->addRow(QString(), m_urlWarning);

    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_key, &QLineEdit::textChanged, this, &ApiKeyDialog::updateState);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ApiKeyDialog::updateState);
    connect(m_customUrl, &QLineEdit::textChanged, this, &ApiKeyDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &ApiKeyDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ApiKeyDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ApiKeyDialog::remove);
    connect(&m_keys, &Core::KeyService::changed, this, &ApiKeyDialog::updateState);
    // Save is an explicit button: Return in the key field must not store a half-pasted key.
    m_save->setAutoDefault(false);
    m_test->setDefault(true);
    updateState();
}

// The region the stored base URL belongs to, or the URL itself.
void ApiKeyDialog::showStoredBaseUrl()
{
    const QUrl current = Core::ApiSettings::baseUrl();
    if (current == Core::ApiClientConfig::baseUrlFor(Core::Region::NA1)) {
        m_region->setCurrentIndex(Na1);
    } else if (current == Core::ApiClientConfig::baseUrlFor(Core::Region::EU1)) {
        m_region->setCurrentIndex(Eu1);
    } else {
        m_region->setCurrentIndex(Custom);
        m_customUrl->setText(current.toString());
    }
}

QDialogButtonBox *ApiKeyDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(u"testButton"_s);
    m_remove = buttons->addButton(tr("Remove key"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(u"removeButton"_s);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

ApiKeyDialog::~ApiKeyDialog() = default; // a probe still running, our child, ends with us

std::optional<QUrl> ApiKeyDialog::chosenBaseUrl(QString *problem) const
{
    switch (m_region->currentIndex()) {
    case Na1:
        return Core::ApiClientConfig::baseUrlFor(Core::Region::NA1);
    case Eu1:
        return Core::ApiClientConfig::baseUrlFor(Core::Region::EU1);
    default:
        break;
    }
    const QUrl url = QUrl::fromUserInput(m_customUrl->text().trimmed());
    if (const auto why = Core::ApiSettings::refusalFor(url)) {
        if (problem)
            *problem = *why;
        return std::nullopt;
    }
    return url;
}

QString ApiKeyDialog::resultText() const
{
    return m_result->text();
}

void ApiKeyDialog::updateState()
{
    const bool stored = m_keys.isStored();
    switch (m_keys.state()) {
    case Core::KeyService::State::Stored:
        m_stored->setText(tr("a key ending in %1").arg(m_keys.hint()));
        break;
    case Core::KeyService::State::Missing:
        m_stored->setText(tr("none"));
        break;
    case Core::KeyService::State::Checking:
        m_stored->setText(tr("checking the keychain…"));
        break;
    case Core::KeyService::State::Unavailable:
        m_stored->setText(tr("the keychain is not available"));
        break;
    }
    m_key->setPlaceholderText(
        stored ? tr("Paste a new key to replace the stored one") : tr("Paste your API key"));
    m_customUrl->setEnabled(m_region->currentIndex() == Custom);
    QString problem;
    const std::optional<QUrl> url = chosenBaseUrl(&problem);
    const bool urlOk = url.has_value();
    const bool hasText = !m_key->text().trimmed().isEmpty();
    m_test->setEnabled(!m_busy && urlOk && (hasText || stored));
    m_save->setEnabled(!m_busy && urlOk && (hasText || stored));
    m_remove->setEnabled(!m_busy && stored);
    if (!urlOk && m_region->currentIndex() == Custom && !m_customUrl->text().isEmpty()) {
        showResult(problem, false);
        m_resultIsUrlProblem = true;
    } else if (m_resultIsUrlProblem) {
        // Typing on from "http://…" to "https://…" makes the problem said a moment ago untrue.
        m_result->clear();
        m_resultIsUrlProblem = false;
    }
    // Said while the address is typed, before Test or Save sends the key anywhere.
    const QString warning = url ? Core::ApiSettings::foreignHostWarning(*url) : QString();
    m_urlWarning->setText(warning);
    m_urlWarning->setVisible(!warning.isEmpty());
    fitHeight();
}

// Grows the dialog when a warning or a longer result appears: a fixed height squeezed the
// fields instead (and the wrapped text was cut).
void ApiKeyDialog::fitHeight()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            const int needed = layout()->hasHeightForWidth()
                ? layout()->totalHeightForWidth(width())
                : sizeHint().height();
            if (height() < needed)
                resize(width(), needed);
        },
        Qt::QueuedConnection);
}

void ApiKeyDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (!text.isEmpty())
        m_result->setText(text);
    updateState();
}

void ApiKeyDialog::showResult(const QString &text, bool ok)
{
    m_resultIsUrlProblem = false;
    m_result->setText(text);
    fitHeight();
    m_result->setStyleSheet(ok ? QString() : u"color: #c0392b;"_s);
}

void ApiKeyDialog::testConnection()
{
    QString problem;
    const auto baseUrl = chosenBaseUrl(&problem);
    if (!baseUrl) {
        showResult(problem, false);
        return;
    }
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty()) {
        probe(typed, *baseUrl);
        return;
    }
    // Nothing typed: test the stored key, read from the keychain for this one request.
    setBusy(true, tr("Reading the stored key…"));
    Core::KeyStoreJob *job = m_keys.read();
    connect(job, &Core::KeyStoreJob::finished, this,
        [this, url = *baseUrl](const Core::KeyStoreResult &result) {
            if (!result.isOk()) {
                setBusy(false);
                showResult(result.message, false);
                emit tested(false);
                return;
            }
            probe(result.key, url);
        });
}

void ApiKeyDialog::probe(const QString &key, const QUrl &baseUrl)
{
    setBusy(true, tr("Connecting to %1…").arg(baseUrl.host()));
    if (m_probe)
        m_probe->cancel();
    m_probe = new Core::KeyProbe(key, baseUrl, this);
    connect(m_probe, &Core::KeyProbe::finished, this, &ApiKeyDialog::onProbed);
}

void ApiKeyDialog::onProbed(const Core::ProbeOutcome &outcome)
{
    setBusy(false);
    if (!outcome.isOk()) {
        m_tested.reset();
        showResult(outcome.error.message, false);
        emit tested(false);
        return;
    }
    m_tested = outcome.identity;
    const Core::Catalog &catalog = m_catalog;
    const QList<Core::ResourceSpec> readable = catalog.readableBy(outcome.identity.level);
    QStringList notReadable;
    for (const Core::ResourceSpec &spec : catalog.resources()) {
        if (!Core::levelAllows(outcome.identity.level, spec.minLevel))
            notReadable.append(spec.displayTitle());
    }
    const QString level = Core::keyLevelDisplayName(outcome.identity.level);
    QString text = outcome.identity.email.isEmpty()
        ? tr("Connected: org %1, %2 key.").arg(outcome.identity.orgId, level)
        : tr("Connected: org %1, %2 key of %3.")
              .arg(outcome.identity.orgId, level, outcome.identity.email);
    text += u'\n';
    if (notReadable.isEmpty())
        text += tr("It can read all %1 resources.").arg(catalog.resources().size());
    else
        text += tr("It can read %1 of %2 resources; not: %3 (they need a higher key level).")
                    .arg(readable.size())
                    .arg(catalog.resources().size())
                    .arg(notReadable.join(u", "_s));
    if (!outcome.identity.warning.isEmpty())
        text += u'\n' + outcome.identity.warning;
    showResult(text, true);
    emit tested(true);
}

void ApiKeyDialog::save()
{
    QString problem;
    const auto baseUrl = chosenBaseUrl(&problem);
    if (!baseUrl) {
        showResult(problem, false);
        return;
    }
    // Stored as Fullstory wants it, so the hint shows the key's own last characters.
    const QString key = Core::ApiClientConfig::cleanKey(m_key->text());
    if (key.isEmpty()) {
        // Only the region changed; the stored key stays.
        Core::ApiSettings::setBaseUrl(*baseUrl);
        if (m_workspace.mode() == Workspace::Mode::Own)
            m_workspace.probeIdentity();
        emit keySaved();
        accept();
        return;
    }
    setBusy(true, tr("Saving the key in the keychain…"));
    Core::KeyStoreJob *job = m_keys.write(key);
    connect(job, &Core::KeyStoreJob::finished, this,
        [this, url = *baseUrl](const Core::KeyStoreResult &result) {
            setBusy(false);
            if (!result.isOk()) {
                showResult(tr("The key was not saved. %1").arg(result.message), false);
                return;
            }
            Core::ApiSettings::setBaseUrl(url);
            m_key->clear();
            if (m_tested && m_workspace.mode() == Workspace::Mode::Own)
                m_workspace.setIdentity(m_tested);
            else if (m_workspace.mode() == Workspace::Mode::Own)
                m_workspace.probeIdentity();
            emit keySaved();
            accept();
        });
}

void ApiKeyDialog::remove()
{
    const auto answer = Dialogs::question(this, tr("Remove API key"),
        tr("Remove the stored API key from the keychain? Your synced data stays; you need a key "
           "again to sync."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true, tr("Removing the key…"));
    Core::KeyStoreJob *job = m_keys.remove();
    connect(job, &Core::KeyStoreJob::finished, this, [this](const Core::KeyStoreResult &result) {
        setBusy(false);
        if (!result.isOk() && result.status != Core::KeyStoreResult::Status::NotFound) {
            showResult(result.message, false);
            return;
        }
        showResult(tr("The key was removed from the keychain."), true);
        emit keyRemoved();
    });
}

} // namespace Gui
