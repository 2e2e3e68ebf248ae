-- Products get a generated id for references and keep their SKU unique.
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
