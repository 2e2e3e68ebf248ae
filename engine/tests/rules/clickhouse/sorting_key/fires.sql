-- The key starts with the event time, so filters on the tenant cannot skip granules.
CREATE TABLE analytics.events (
    occurred_at DateTime64(3),
    tenant_id UInt32,
    event_type LowCardinality(String),
    payload String
) ENGINE = MergeTree
ORDER BY (occurred_at, tenant_id, event_type);
