-- Widening an integer key on a live table rewrites it and its indexes.
ALTER TABLE comments ALTER COLUMN post_id TYPE bigint;
