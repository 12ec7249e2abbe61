-- The properties your users carry, and where each one is stored
-- User properties are your own: a value is a column users.properties__<name>, a list a table.
SELECT column_name AS property, data_type AS type, 'users' AS stored_in
FROM _sync_schema
WHERE table_name = 'users' AND column_name LIKE 'properties\_\_%' ESCAPE '\'
UNION ALL
SELECT DISTINCT substr(table_name, length('users__') + 1), 'list', table_name
FROM _sync_schema
WHERE table_name LIKE 'users\_\_properties\_\_%' ESCAPE '\'
ORDER BY 3, 1;
