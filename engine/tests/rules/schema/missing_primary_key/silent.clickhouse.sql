-- A ClickHouse MergeTree table is addressed by its sorting key, not a primary key constraint.
CREATE TABLE page_views (
    user_id UInt64,
    url String,
    viewed_at DateTime
) ENGINE = MergeTree ORDER BY (user_id, viewed_at);
