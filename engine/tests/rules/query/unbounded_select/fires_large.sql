-- A table sized at 50 million rows read whole.
-- sqlreview: rows events=50M
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, created_at timestamptz NOT NULL);

SELECT id, kind, created_at FROM events ORDER BY created_at;
