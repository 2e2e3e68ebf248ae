-- No sorting key at all: every query reads the whole table.
CREATE TABLE analytics.raw_events (
    occurred_at DateTime,
    tenant_id UInt32,
    payload String
) ENGINE = MergeTree
ORDER BY tuple();
