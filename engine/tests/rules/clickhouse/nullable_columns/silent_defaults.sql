-- Empty strings and zeros stand for "unknown"; only one column where NULL means something.
CREATE TABLE web.page_views (
    site_id UInt32,
    viewed_at DateTime,
    user_id UInt64 DEFAULT 0,
    referrer String DEFAULT '',
    country LowCardinality(String),
    consent_given_at Nullable(DateTime)
) ENGINE = MergeTree
ORDER BY (site_id, viewed_at);
