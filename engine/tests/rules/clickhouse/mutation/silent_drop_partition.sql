-- Old data removed by dropping a whole monthly partition, and changes appended as new row versions.
ALTER TABLE shop.order_events DROP PARTITION 202412;
INSERT INTO shop.product_prices (sku, price, version) VALUES ('KT-1', 19.90, 1733212800), ('MUG-9', 7.50, 1733212800);
