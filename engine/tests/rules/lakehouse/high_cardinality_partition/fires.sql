-- Partitioned by customer: one directory of small files per customer.
CREATE TABLE orders (
    order_id BIGINT,
    total DECIMAL(12,2),
    customer_id BIGINT
) USING parquet
PARTITIONED BY (customer_id);
