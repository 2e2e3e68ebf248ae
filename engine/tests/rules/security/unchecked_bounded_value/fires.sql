-- Review ratings and unit prices with nothing rejecting out-of-range values.
CREATE TABLE reviews (
    id bigint PRIMARY KEY,
    product_id bigint NOT NULL,
    rating smallint NOT NULL,
    unit_price numeric(10, 2) NOT NULL
);
