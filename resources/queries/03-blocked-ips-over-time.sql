-- Blocked IPs over time: how many each version of the blocking settings had
SELECT h.metadata__last_updated AS version,
       h.metadata__last_updated_by AS author,
       count(ip.value) AS blocked_ips
FROM settings_blocking_history h
LEFT JOIN settings_blocking_history__blocked_ips ip ON ip._dlt_parent_id = h._dlt_id
GROUP BY h._dlt_id
ORDER BY version;
