-- Users with their tags
SELECT u.display_name, u.email, group_concat(t.value, ', ') AS tags
FROM users u
JOIN users__properties__tags t ON t._dlt_parent_id = u._dlt_id
GROUP BY u._dlt_id
ORDER BY u.display_name
LIMIT 500;
