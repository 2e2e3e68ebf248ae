-- The rare value gets a partial index; the flag is the second key of a composite one.
CREATE TABLE jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue text NOT NULL,
    processed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_jobs_pending ON jobs (created_at) WHERE NOT processed;
CREATE INDEX idx_jobs_queue_processed ON jobs (queue, processed);
