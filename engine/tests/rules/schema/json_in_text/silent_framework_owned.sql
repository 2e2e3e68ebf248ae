-- Rails Active Storage owns this table and its metadata text; a key string and a rate are not JSON.
CREATE TABLE public.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL
);
CREATE TABLE public.webhooks (id uuid NOT NULL, payload_key character varying, interest_rate text);
