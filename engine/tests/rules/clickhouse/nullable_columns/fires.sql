-- A page-view table with Nullable everywhere, including a column of the sorting key.
CREATE TABLE web.page_views (
    site_id UInt32,
    viewed_at DateTime,
    user_id Nullable(UInt64),
    referrer Nullable(String),
    country Nullable(FixedString(2)),
    device Nullable(String)
) ENGINE = MergeTree
ORDER BY (site_id, user_id, viewed_at);
