-- The column is already UNIQUE, so its B-tree serves the lookups: a second, hash index adds nothing.
CREATE TABLE short_urls (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE
);
CREATE INDEX short_urls_slug_hash ON short_urls USING hash (slug);
