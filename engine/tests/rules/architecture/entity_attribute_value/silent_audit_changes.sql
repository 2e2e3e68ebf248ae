-- A change log names the changed column, but keeps old and new values, not a generic value.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);

CREATE TABLE order_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    field_name text NOT NULL,
    old_value text,
    new_value text,
    changed_at timestamptz NOT NULL DEFAULT now()
);
