-- Users by a property (here: pricing plan)
SELECT coalesce(properties__pricing_plan, '(none)') AS pricing_plan,
       count(*) AS users,
       round(avg(properties__seats), 1) AS average_seats
FROM users
GROUP BY 1
ORDER BY users DESC;
