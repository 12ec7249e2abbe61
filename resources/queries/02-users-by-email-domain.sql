-- Users by email domain: who your identified users work for
SELECT lower(substr(email, instr(email, '@') + 1)) AS domain,
       count(*) AS users,
       sum(is_being_deleted) AS being_deleted
FROM users
WHERE email LIKE '%_@_%'
GROUP BY 1
ORDER BY users DESC
LIMIT 200;
