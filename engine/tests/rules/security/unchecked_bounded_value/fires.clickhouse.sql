-- A signed Int32 quantity accepts negatives.
CREATE TABLE order_lines (
    order_id UInt64,
    quantity Int32
) ENGINE = MergeTree ORDER BY order_id;
