-- The workload casts the text column to jsonb to filter on a key: it holds JSON, parsed on every read.
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload text NOT NULL);
SELECT id FROM webhooks WHERE payload::jsonb ->> 'kind' = $1;
