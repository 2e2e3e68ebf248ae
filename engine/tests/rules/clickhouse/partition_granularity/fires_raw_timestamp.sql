-- Partitioned by the raw timestamp: one partition per second of data.
CREATE TABLE logs.requests (
    ts DateTime,
    service LowCardinality(String),
    latency_ms UInt32
) ENGINE = MergeTree
PARTITION BY ts
ORDER BY (service, ts);
