-- A global key/value configuration table belongs to no entity.
CREATE TABLE app_config (
    key text PRIMARY KEY,
    value text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
