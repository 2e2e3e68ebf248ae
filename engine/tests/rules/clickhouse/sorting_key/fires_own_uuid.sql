-- The row's own random id first: every value is unique, so the columns after it cannot narrow a read.
CREATE TABLE website_event (
    event_id UUID,
    website_id UUID,
    created_at DateTime('UTC')
) ENGINE = MergeTree
ORDER BY (event_id, website_id, created_at);
