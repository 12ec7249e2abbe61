// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>
#include <optional>

#include "core/api/capabilityprobe.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Core {
class Catalog;
class KeyService;
class KeyProbe;
} // namespace Core

namespace Gui {

class Workspace;

/**
 * The API key settings: paste a key (trimmed), pick the region (NA1, EU1, or a custom URL such
 * as a local simulator), Test connection (GET /me: org, key level, which resources that level
 * can read), Save to the OS keychain, Remove. A saved key is never shown again, only its last
 * four characters. Keychain failures are explained, with a way forward; there is no
 * plain-text fallback.
 */
class ApiKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyDialog)

public:
    ApiKeyDialog(Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog,
        QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    // The base URL the form describes, or why it is not usable.
    std::optional<QUrl> chosenBaseUrl(QString *problem = nullptr) const;
    QString resultText() const;
    bool isBusy() const { return m_busy; }

signals:
    void keySaved();
    void keyRemoved();
    void tested(bool ok);

private:
    void fitHeight();
    void showStoredBaseUrl();
    QDialogButtonBox *createButtons();
    void testConnection();
    void probe(const QString &key, const QUrl &baseUrl);
    void onProbed(const Core::ProbeOutcome &outcome);
    void save();
    void remove();
    void updateState();
    void setBusy(bool busy, const QString &text = {});
    void showResult(const QString &text, bool ok);

    Workspace &m_workspace;
    Core::KeyService &m_keys;
    const Core::Catalog &m_catalog;
    QLineEdit *m_key = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_stored = nullptr;
    QLabel *m_urlWarning = nullptr;
    bool m_resultIsUrlProblem = false; // m_result says what is wrong with the typed URL
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPointer<Core::KeyProbe> m_probe;
    std::optional<Core::KeyIdentity> m_tested;
    bool m_busy = false;
};

} // namespace Gui
