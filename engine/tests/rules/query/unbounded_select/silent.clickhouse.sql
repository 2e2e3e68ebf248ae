-- ClickHouse is built to scan whole columns; a full read is its normal workload.
CREATE TABLE page_views
(
    ts DateTime,
    url String,
    user_id UInt64
)
ENGINE = MergeTree
ORDER BY (ts, user_id);

SELECT url, user_id FROM page_views;
