-- Claiming jobs with SKIP LOCKED lets each worker take a different row.
CREATE TABLE jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue text NOT NULL,
    payload jsonb NOT NULL,
    run_at timestamptz NOT NULL DEFAULT now(),
    locked_at timestamptz
);
CREATE INDEX jobs_pending_idx ON jobs (queue, run_at) WHERE locked_at IS NULL;

WITH next AS (
    SELECT id FROM jobs
    WHERE queue = 'default' AND locked_at IS NULL AND run_at <= now()
    ORDER BY run_at
    LIMIT 1
    FOR UPDATE SKIP LOCKED
)
UPDATE jobs SET locked_at = now() FROM next WHERE jobs.id = next.id
RETURNING jobs.id, jobs.payload;
