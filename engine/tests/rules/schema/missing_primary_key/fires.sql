-- A keyless table: duplicates cannot be prevented, rows cannot be addressed.
CREATE TABLE page_views (
    user_id bigint,
    url text,
    viewed_at timestamptz
);
