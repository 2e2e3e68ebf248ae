-- API keys are long random strings looked up only with =: a hash index stores 4 bytes per entry.
CREATE TABLE api_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    api_key text NOT NULL,
    requested_at timestamptz NOT NULL
);
CREATE INDEX api_requests_api_key_hash ON api_requests USING hash (api_key);
