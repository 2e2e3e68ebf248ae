-- Plural table names and qualified column names stay clear of keywords.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_group text,
    sort_order integer NOT NULL DEFAULT 0,
    description text
);
