-- ClickHouse has no unique constraints; deduplication is the table engine's job.
CREATE TABLE users (
    id UInt64,
    email String,
    updated_at DateTime
) ENGINE = ReplacingMergeTree(updated_at) ORDER BY id;
