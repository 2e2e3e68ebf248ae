-- Hive fills an INSERT OVERWRITE partition by position; that is its idiom, not a hazard to flag.
CREATE TABLE daily_sales (product_id BIGINT, quantity BIGINT) PARTITIONED BY (sold_on STRING);

INSERT OVERWRITE TABLE daily_sales PARTITION (sold_on = '2026-12-01')
SELECT product_id, sum(quantity) FROM sales WHERE sold_on = '2026-12-01' GROUP BY product_id;
