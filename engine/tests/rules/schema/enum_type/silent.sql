-- Text with a CHECK for a short list, a lookup table for one whose values carry data.
CREATE TABLE plans (
    code text PRIMARY KEY,
    monthly_price_cents bigint NOT NULL
);
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
    plan_code text NOT NULL REFERENCES plans (code)
);
