-- UInt32 and UInt16 columns cannot be negative in ClickHouse.
CREATE TABLE order_lines (
    order_id UInt64,
    quantity UInt32,
    stock UInt16
) ENGINE = MergeTree ORDER BY order_id;
