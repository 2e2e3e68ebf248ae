-- An append-only event table with no partitions: retention means huge DELETEs.
CREATE TABLE page_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at timestamptz NOT NULL,
    url text,
    PRIMARY KEY (id)
);
