-- Moving a varchar column to text is metadata-only in PostgreSQL.
ALTER TABLE comments ALTER COLUMN body TYPE text;
