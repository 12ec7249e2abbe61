-- Who changed the privacy settings in the last 30 days
SELECT metadata__last_updated AS changed_at,
       metadata__last_updated_by AS author,
       default_privacy_mode,
       discard_ip_addresses
FROM settings_privacy_history
WHERE metadata__last_updated >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')
ORDER BY metadata__last_updated DESC;
