-- ClickHouse enforces no foreign keys: a reference column is just a column.
CREATE TABLE customers (id UInt64, name String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE orders (
    id UInt64,
    customer_id UInt64,
    created_at DateTime
) ENGINE = MergeTree ORDER BY (customer_id, created_at);
