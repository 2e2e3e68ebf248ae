-- ClickHouse scans columns and skips by granule, so a function over a column is no lost B-tree seek.
CREATE TABLE page_views
(
    ts DateTime,
    url String,
    user_id UInt64
)
ENGINE = MergeTree
ORDER BY (ts, user_id);

SELECT count() FROM page_views WHERE toDate(ts) = today() AND lower(url) LIKE '%checkout%';
