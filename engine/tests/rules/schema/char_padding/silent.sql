-- Fixed-width codes stay char(2)/char(3); the variable SKU is text with a length check.
CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku text NOT NULL UNIQUE CHECK (length(sku) <= 20),
    origin_country char(2) NOT NULL,
    price_currency char(3) NOT NULL
);
