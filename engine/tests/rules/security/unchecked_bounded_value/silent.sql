-- Column and table CHECKs bound every such value.
CREATE TABLE order_lines (
    id bigint PRIMARY KEY,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    discount_percent numeric(5, 2) NOT NULL DEFAULT 0,
    CONSTRAINT order_lines_price_ok CHECK (unit_price >= 0),
    CONSTRAINT order_lines_discount_ok CHECK (discount_percent BETWEEN 0 AND 100)
);
