-- website_id is a UUID, but it names the site: a few thousand values that every query filters on, so leading with it prunes well.
CREATE TABLE website_event (
    website_id UUID,
    session_id UUID,
    event_id UUID,
    created_at DateTime('UTC')
) ENGINE = MergeTree
ORDER BY (website_id, session_id, created_at);
