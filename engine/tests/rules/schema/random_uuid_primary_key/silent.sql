-- A bigint key for locality, with a random public identifier beside it.
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    total_cents bigint NOT NULL
);
