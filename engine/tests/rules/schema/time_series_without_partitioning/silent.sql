-- Range-partitioned on the event time, so old months are dropped, not deleted.
CREATE TABLE page_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at timestamptz NOT NULL,
    url text,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE page_events_2026_12 PARTITION OF page_events
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
