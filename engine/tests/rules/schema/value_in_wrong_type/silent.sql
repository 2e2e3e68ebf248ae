-- Real date, boolean and uuid types.
CREATE TABLE people (
    id bigint PRIMARY KEY,
    birth_date date,
    is_active boolean NOT NULL DEFAULT true,
    external_uuid uuid NOT NULL
);
