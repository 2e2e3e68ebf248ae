-- PostgreSQL's timestamp is 8 bytes and reaches year 294276: no 2038 limit.
CREATE TABLE subscriptions (id bigint PRIMARY KEY, starts_at timestamp NOT NULL, ends_at timestamptz NOT NULL);
