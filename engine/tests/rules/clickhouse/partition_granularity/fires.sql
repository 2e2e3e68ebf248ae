-- Hourly partitions: a year of data is 8,760 partitions and every insert touches a new one.
CREATE TABLE logs.requests (
    ts DateTime,
    service LowCardinality(String),
    status UInt16,
    latency_ms UInt32
) ENGINE = MergeTree
PARTITION BY toStartOfHour(ts)
ORDER BY (service, ts);
