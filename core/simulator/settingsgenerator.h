// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/simulator/simrandom.h"

namespace Core {

// One stored version of a setting, oldest first in SettingsSeries::versions().
struct SettingsVersion
{
    QByteArray json; // the whole version, compact, metadata included
    QString lastUpdated; // metadata.lastUpdated exactly as sent
    qint64 msecs = 0; // the same instant; strictly increasing within a series
};

/**
 * The version history of one setting kind on one platform (e.g. "domain"/"mobile").
 *
 * Each new version applies one or two plausible edits to the previous one — rules added,
 * removed, reordered or changed, lists grown and shrunk, switches flipped — by one of a handful
 * of authors, at a later time with 0, 3 or 6 fraction digits (Fullstory sends all three). The
 * shapes are those of fullstory-api.md §3.3. Deterministic for a seed; appendVersions() continues
 * the same story, which is how tests make "new versions since the last sync".
 */
class SettingsSeries
{
public:
    static const QStringList &kinds(); // blocking, domain, geo, privacy, features, targeting
    static bool hasPlatforms(const QString &kind); // domain and features

    // createdMsecs: when the setting was first saved; negative: a deterministic day in January
    // 2021.
    SettingsSeries(QString kind, QString platform, quint64 seed, qint64 createdMsecs = -1);

    const QString &kind() const;
    const QString &platform() const;
    const QList<SettingsVersion> &versions() const;
    void appendVersions(int count);

private:
    QJsonObject initialState();
    void mutate(QJsonObject &state, const QString &when);

    void mutateBlocking(QJsonObject &state);
    void mutateDomain(QJsonObject &state);
    void mutateGeo(QJsonObject &state);
    void mutatePrivacy(QJsonObject &state, const QString &when);
    void mutateFeatures(QJsonObject &state);
    void mutateTargeting(QJsonObject &state);

    QString m_kind;
    QString m_platform;
    SimRandom m_rng;
    QJsonObject m_state; // the newest version, without metadata
    QList<SettingsVersion> m_versions;
    qint64 m_createdMsecs = 0;
    QString m_createdBy;
    int m_serial = 0; // distinguishes generated names
};

} // namespace Core
