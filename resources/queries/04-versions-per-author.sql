-- Versions per author, across every setting's history
SELECT author, setting, count(*) AS versions, max(changed_at) AS latest
FROM (
    SELECT metadata__last_updated_by AS author, 'blocking' AS setting, metadata__last_updated AS changed_at FROM settings_blocking_history
    UNION ALL SELECT metadata__last_updated_by, 'domain', metadata__last_updated FROM settings_domain_history
    UNION ALL SELECT metadata__last_updated_by, 'geo', metadata__last_updated FROM settings_geo_history
    UNION ALL SELECT metadata__last_updated_by, 'privacy', metadata__last_updated FROM settings_privacy_history
    UNION ALL SELECT metadata__last_updated_by, 'features', metadata__last_updated FROM settings_features_history
    UNION ALL SELECT metadata__last_updated_by, 'targeting', metadata__last_updated FROM settings_targeting_history
)
GROUP BY author, setting
ORDER BY versions DESC, author;
