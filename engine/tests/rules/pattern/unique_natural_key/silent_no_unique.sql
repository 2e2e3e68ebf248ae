-- A surrogate key only: nothing stops two rows with the same SKU.
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL
);
