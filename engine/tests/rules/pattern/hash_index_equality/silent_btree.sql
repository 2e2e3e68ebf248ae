-- A B-tree on the same column: the default, nothing specific to praise.
CREATE TABLE api_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    api_key text NOT NULL,
    requested_at timestamptz NOT NULL
);
CREATE INDEX api_requests_api_key_idx ON api_requests USING btree (api_key);
