-- A SKU in char(20) is padded with spaces up to twenty characters.
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku char(20) NOT NULL UNIQUE,
    name text NOT NULL
);
