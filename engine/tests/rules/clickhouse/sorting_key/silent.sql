-- Low-cardinality filter columns first, then the day, then the timestamp.
CREATE TABLE analytics.events (
    occurred_at DateTime64(3),
    tenant_id UInt32,
    event_type LowCardinality(String),
    payload String
) ENGINE = MergeTree
ORDER BY (tenant_id, event_type, toDate(occurred_at), occurred_at);
