-- Web vitals are NULL when the browser did not measure them, and 0 would skew every average: a few Nullable columns on purpose.
CREATE TABLE website_event (
    website_id UUID,
    session_id UUID,
    event_id UUID,
    url_path String,
    event_type UInt32,
    created_at DateTime('UTC'),
    lcp Nullable(Decimal(10, 1)),
    inp Nullable(Decimal(10, 1)),
    cls Nullable(Decimal(10, 4))
) ENGINE = MergeTree ORDER BY (website_id, created_at);
