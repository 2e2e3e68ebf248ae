-- Daily active users over the whole events table, counted exactly.
SELECT count(DISTINCT user_id) AS users FROM events WHERE event_date = '2026-12-02';
