-- What each sync did: resources, rows and errors
SELECT r.started_at, r.status, r.trigger, s.resource, s.status AS resource_status,
       s.rows, s.retries, s.waited_ms, s.error
FROM _sync_runs r
JOIN _sync_resources s ON s.run_id = r.id
ORDER BY r.started_at DESC, s.rowid;
