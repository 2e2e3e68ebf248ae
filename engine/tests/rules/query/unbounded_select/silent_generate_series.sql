-- A calendar built from generate_series reads no table.
SELECT d::date AS day FROM generate_series(date '2026-01-01', date '2026-12-31', interval '1 day') AS d;
