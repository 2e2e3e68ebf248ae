-- A ClickHouse MergeTree event table, partitioned by month.
CREATE TABLE page_events (
    occurred_at DateTime,
    url String
) ENGINE = MergeTree
PARTITION BY toYYYYMM(occurred_at)
ORDER BY occurred_at;
