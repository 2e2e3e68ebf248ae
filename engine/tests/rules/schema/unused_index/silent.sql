-- The one secondary index serves the queue queries of the workload.
CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    opened_at timestamptz NOT NULL,
    title text NOT NULL
);
CREATE INDEX tickets_queue_idx ON tickets (queue, opened_at);

SELECT id, title FROM tickets WHERE queue = $1 ORDER BY opened_at LIMIT 50;
SELECT id, title FROM tickets WHERE id = $1;
SELECT count(*) FROM tickets WHERE queue = $1;
