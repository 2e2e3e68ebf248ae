-- An estimate where an estimate will do, and an exact distinct count per group.
SELECT approx_count_distinct(user_id) AS users FROM events WHERE event_date = '2026-12-02';
SELECT country, count(DISTINCT user_id) AS users FROM events WHERE event_date = '2026-12-02' GROUP BY country;
