-- A JSONB field lookup served by an expression index on that field.
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
CREATE INDEX events_kind_idx ON events ((payload ->> 'kind'));

SELECT id FROM events WHERE payload ->> 'kind' = 'signup' LIMIT 100;
