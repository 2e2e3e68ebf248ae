-- Known attributes as typed columns, and open-ended ones in a jsonb document.
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    color text,
    weight_grams integer CHECK (weight_grams > 0),
    extra jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX products_extra_gin ON products USING gin (extra);
