-- Monthly partitions, the usual choice; a Date column partitions by day at most.
CREATE TABLE logs.requests (
    ts DateTime,
    service LowCardinality(String),
    latency_ms UInt32
) ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (service, ts);
CREATE TABLE logs.daily_rollup (
    day Date,
    service LowCardinality(String),
    requests UInt64
) ENGINE = SummingMergeTree
PARTITION BY day
ORDER BY (service, day);
